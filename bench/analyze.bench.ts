// analyzeMessage on a whole mail (issue 4): a typical one (5 KB, 5 recipients) and a heavy one
// (1 MB, 500 recipients), each against the bare regex scan of the same body in the same run, so the
// ratio says what the full verdict (CPR finder, quoted-mail ranges, 500 recipient classifications,
// lookalike checks, hashing, fingerprint) costs compared with the cheapest conceivable CPR check.
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeMessage, findCprNumbers, parsePolicy, type Message, type Recipient } from "../src/detection";
import { checkSalutation } from "../src/detection/salutation";
import { seededRandom, syntheticDanishMail } from "./danish-text";
import { compareWithRegexBaseline, type Bench } from "./harness";

const TODAY = new Date(2026, 5, 1);
const SALT = "bench-salt";
const policy = parsePolicy(JSON.parse(readFileSync(join(__dirname, "..", "examples", "policy.randers.json"), "utf8")));

const WEBMAIL = ["gmail.com", "hotmail.com", "outlook.dk", "yahoo.dk", "live.dk"];
const PARTNERS = ["aarhus.dk", "viborg.dk", "rm.dk", "skat.dk"];
const FIRST = ["mette", "jens", "ahmed", "freja", "søren", "birgit", "lars", "anne"];

/** A mix like a large distribution list: colleagues, partners, citizens, firms, one typo. */
function recipients(count: number, seed: number): Recipient[] {
  const rnd = seededRandom(seed);
  const out: Recipient[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]}.${i}`;
    const r = rnd();
    let domain: string;
    if (r < 0.4) domain = "randers.dk";
    else if (r < 0.5) domain = PARTNERS[i % PARTNERS.length] as string;
    else if (r < 0.75) domain = WEBMAIL[i % WEBMAIL.length] as string;
    else domain = `firma${i}.dk`;
    out.push({ address: `${name}@${domain}`, displayName: name });
  }
  if (count === 1) return [{ address: "kollega@randers.dk" }];
  out[Math.min(3, count - 1)] = { address: "sagsbehandler@anders.dk" };
  return out;
}

function message(bodyLength: number, recipientCount: number, seed: number): Message {
  const all = recipients(recipientCount, seed);
  const to = all.slice(0, Math.ceil(all.length * 0.6));
  const cc = all.slice(to.length);
  // A reply: the new text above Outlook's header, the citizen's earlier mail below it.
  const body = `${syntheticDanishMail(Math.floor(bodyLength / 2), seed)}\nFra: Borger <b@gmail.com>\nSendt: 3. november 2026 10:12\nEmne: Sag\n\n${syntheticDanishMail(Math.ceil(bodyLength / 2), seed + 1)}`;
  return { from: { address: "jens@randers.dk" }, to, cc, bcc: [], subject: "Vedr. din sag", body };
}

function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

function analyzeBench(name: string, bodyLength: number, recipientCount: number, seed: number, rounds: number): Bench {
  return {
    name,
    run() {
      const mail = message(bodyLength, recipientCount, seed);
      const started = performance.now();
      const verdict = analyzeMessage(mail, policy, { today: TODAY, salt: SALT });
      const firstMs = performance.now() - started;
      const result = compareWithRegexBaseline(
        name,
        mail.body,
        (body) => analyzeMessage({ ...mail, body }, policy, { today: TODAY, salt: SALT }),
        { rounds, minRoundMs: 250 },
      );
      // The same mail to colleagues only: what the text work (CPR finder, quoted ranges, hashing) costs alone.
      const internal = { ...mail, to: [{ address: "kollega@randers.dk" }], cc: [] };
      const textMs = medianMs(() => analyzeMessage(internal, policy, { today: TODAY, salt: SALT }), 5);
      const cprCount = findCprNumbers(mail.body, { today: TODAY }).length;
      // The greeting check (issue 19) on its own, over the same body and recipients.
      const refs = [...mail.to, ...mail.cc].map((r, i) => ({ field: i < mail.to.length ? ("to" as const) : ("cc" as const), address: r.address, kind: "external" as const }));
      const greetings = () => {
        for (let i = 0; i < 100; i++) checkSalutation(mail.body, refs, false);
      };
      greetings(); // warm-up: the first calls run unoptimised code
      const greetingMs = medianMs(greetings, 7) / 100;
      // The same verdict with the greeting check off, interleaved with it on, so load on the machine hits both alike.
      const off = { ...policy, checks: { salutation: "off" as const, salutationInternal: false } };
      const on: number[] = [];
      const offTimes: number[] = [];
      const runOn = () => on.push(medianMs(() => analyzeMessage(mail, policy, { today: TODAY, salt: SALT }), 3));
      const runOff = () => offTimes.push(medianMs(() => analyzeMessage(mail, off, { today: TODAY, salt: SALT }), 3));
      for (let round = 0; round < 21; round++) {
        if (round % 2 === 0) (runOn(), runOff());
        else (runOff(), runOn());
      }
      const middle = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      const withCheck = middle(on);
      const withoutCheck = middle(offTimes);
      return {
        ...result,
        notes: [
          `${(mail.body.length / 1000).toFixed(0)} K chars, ${mail.to.length + mail.cc.length} recipients, action ${verdict.action}, ` +
            `${verdict.findings.length} findings, ${cprCount} CPR numbers in the body`,
          `${(1000 / result.opsPerSec).toFixed(2)} ms per analyzeMessage (first call ${firstMs.toFixed(1)} ms); ` +
            `ratio ${(result.ratio ?? 0).toPrecision(3)} = the bare scan is ${(1 / (result.ratio ?? 1)).toFixed(0)}× faster`,
          ...(recipientCount > 1
            ? [`of which the text alone (same body, one internal recipient): ${textMs.toFixed(2)} ms; the rest is recipient classification`]
            : []),
          `greeting check alone: ${(greetingMs * 1000).toFixed(1)} µs = ${((100 * greetingMs * result.opsPerSec) / 1000).toFixed(2)} % of one analyzeMessage; ` +
            `interleaved medians, check on ${withCheck.toFixed(3)} ms / off ${withoutCheck.toFixed(3)} ms`,
        ],
      };
    },
  };
}

export const benches: Bench[] = [
  analyzeBench("analyzeMessage, typical mail (5 KB, 5 recipients)", 5 * 1024, 5, 11, 7),
  analyzeBench("analyzeMessage, heavy mail (1 MB, 500 recipients)", 1024 * 1024, 500, 12, 3),
  analyzeBench("analyzeMessage, text work only (1 MB to 1 colleague)", 1024 * 1024, 1, 12, 5),
];

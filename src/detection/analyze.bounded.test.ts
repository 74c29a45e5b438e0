// Long citizen lists (issue 12 item 5, issue 16): every occurrence is counted exactly and every
// number enters the fingerprint, but only a bounded number of occurrence objects is built and each
// distinct number is hashed once. Work is counted (hash calls, objects), never timed.
import { defaultPolicy } from "../policy";
import { analyzeMessage } from "./analyze";
import { KEEP_ALL_OCCURRENCES, KEEP_DISTINCT_NUMBERS, KEEP_PLACES_PER_NUMBER } from "./cpr-tally";
import * as fingerprint from "./fingerprint";
import type { CprFinding, Message, Verdict } from "./types";

jest.mock("./fingerprint", () => {
  const actual = jest.requireActual<typeof import("./fingerprint")>("./fingerprint");
  return { ...actual, cprHash: jest.fn(actual.cprHash) };
});
const cprHash = fingerprint.cprHash as jest.MockedFunction<typeof fingerprint.cprHash>;

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const TODAY = new Date(2026, 5, 1);
const policy = defaultPolicy("sagsbehandler@randers.dk");

/** `count` distinct synthetic numbers "DDMMYY-SSSS" (1900s dates, modulus 11 holds), generated in order. */
function syntheticNumbers(count: number): string[] {
  const out: string[] = [];
  for (let year = 30; out.length < count; year++) {
    for (let month = 1; month <= 12 && out.length < count; month++) {
      for (let day = 1; day <= 28 && out.length < count; day++) {
        const date = [day, month, year].map((n) => String(n).padStart(2, "0")).join("");
        let head = 0;
        for (let i = 0; i < 6; i++) head += Number(date[i]) * WEIGHTS[i]!;
        // 7th digit 0–3 keeps every date in the 1900s.
        for (let serial = 0; serial < 4000 && out.length < count; serial++) {
          const s = String(serial).padStart(4, "0");
          let sum = head;
          for (let i = 0; i < 4; i++) sum += Number(s[i]) * WEIGHTS[6 + i]!;
          if (sum % 11 === 0) out.push(`${date}-${s}`);
        }
      }
    }
  }
  return out;
}

function mail(parts: { body?: string; attachments?: { name: string; text: string; parts?: { where: string; start: number; end: number }[] }[] }): Message {
  return {
    from: { address: "sagsbehandler@randers.dk" },
    to: [{ address: "borger@gmail.com" }],
    cc: [],
    bcc: [],
    subject: "Udtræk",
    body: parts.body ?? "Hermed listen.",
    attachments: parts.attachments,
  };
}

function cprFinding(verdict: Verdict, rule: CprFinding["rule"] = "cpr-external"): CprFinding {
  const f = verdict.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule} finding`);
  return f as CprFinding;
}

const GENERATED = syntheticNumbers(200001);
const NUMBERS = GENERATED.slice(0, 200000);

beforeEach(() => cprHash.mockClear());

describe("a citizen list past the object cap", () => {
  test("counts every occurrence and every distinct number exactly; shows a bounded few", () => {
    // 600 distinct numbers, each five times, on three sheets: 3,000 occurrences.
    const numbers = NUMBERS.slice(0, 600);
    const sheet = (from: number) => numbers.map((n, i) => `Borger ${from + i};${n}`).join("\n");
    const sheets = [sheet(0), sheet(600), sheet(1200), `${sheet(1800)}\n${sheet(2400)}`];
    let text = "";
    const parts = sheets.map((s, i) => {
      const start = text.length + (i > 0 ? 2 : 0);
      text += (i > 0 ? "\n\n" : "") + s;
      return { where: `sheet:Ark${i + 1}`, start, end: text.length };
    });
    const verdict = analyzeMessage(mail({ attachments: [{ name: "borgere.xlsx", text, parts }] }), policy, { today: TODAY, salt: "s" });
    const f = cprFinding(verdict);
    expect(f.occurrenceCount).toBe(3000);
    expect(f.cprCount).toBe(600);
    expect(f.truncated).toBe(true);
    expect(cprFinding(verdict, "cpr-several-people").cprCount).toBe(600);
    expect(f.cprs.length).toBeGreaterThanOrEqual(KEEP_ALL_OCCURRENCES);
    expect(f.cprs.length).toBeLessThan(KEEP_ALL_OCCURRENCES + KEEP_DISTINCT_NUMBERS * KEEP_PLACES_PER_NUMBER);
    // Every sheet holding numbers is named (the pane lists the places), and the first occurrences are all there.
    expect(new Set(f.cprs.map((c) => (c.location.part === "attachment" ? c.location.where : "")))).toEqual(
      new Set(["sheet:Ark1", "sheet:Ark2", "sheet:Ark3", "sheet:Ark4"]),
    );
    expect(f.cprs.slice(0, 3).map((c) => c.masked)).toEqual(numbers.slice(0, 3).map((n) => `${n.slice(0, 6)}-XXXX`));
    expect(verdict.action).toBe("block");
  });

  test("an ordinary mail is reported in full: no truncation, one object per occurrence", () => {
    const body = `${NUMBERS[0]} og ${NUMBERS[1]} og igen ${NUMBERS[0]}`;
    const f = cprFinding(analyzeMessage(mail({ body }), policy, { today: TODAY, salt: "s" }));
    expect(f.cprs).toHaveLength(3);
    expect([f.occurrenceCount, f.cprCount, f.truncated]).toEqual([3, 2, false]);
    expect(f.cprs[0]!.hash).toBe(f.cprs[2]!.hash);
  });
});

describe("200,000 numbers in an attachment", () => {
  const text = NUMBERS.map((n, i) => `${i};${n};Randers`).join("\n");
  const analyze = (t: string) => analyzeMessage(mail({ attachments: [{ name: "borgere.csv", text: t }] }), policy, { today: TODAY, salt: "s" });

  test("one number changed is another fingerprint; the same list is the same", () => {
    const a = analyze(text);
    const b = analyze(text.slice());
    // The last number (past any cap) replaced by another valid one.
    const other = GENERATED[200000]!;
    const changed = text.slice(0, text.lastIndexOf(NUMBERS[199999]!)) + other + ";Randers";
    const c = analyze(changed);
    expect(cprFinding(a).cprCount).toBe(200000);
    expect(cprFinding(c).cprCount).toBe(200000);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  }, 120000);

  test("hashes each shown number once and builds a bounded number of objects", () => {
    const verdict = analyze(text);
    const f = cprFinding(verdict);
    expect(f.occurrenceCount).toBe(200000);
    expect(f.cprs.length).toBeLessThanOrEqual(KEEP_ALL_OCCURRENCES + KEEP_DISTINCT_NUMBERS);
    // One hash per distinct number that has an object, not per occurrence (and not 200,000).
    expect(cprHash.mock.calls.length).toBe(new Set(f.cprs.map((c) => c.hash)).size);
    expect(cprHash.mock.calls.length).toBeLessThanOrEqual(KEEP_ALL_OCCURRENCES + KEEP_DISTINCT_NUMBERS);
  }, 120000);
});

test("400,000 numbers in the body to an outside address: a block with exact counts", () => {
  const body = NUMBERS.concat(NUMBERS).map((n) => `CPR ${n}`).join("\n");
  const verdict = analyzeMessage(mail({ body }), policy, { today: TODAY, salt: "s" });
  expect(verdict.action).toBe("block");
  const f = cprFinding(verdict, "cpr-several-people");
  expect([f.occurrenceCount, f.cprCount, f.truncated]).toEqual([400000, 200000, true]);
  expect(f.cprs.length).toBeLessThanOrEqual(KEEP_ALL_OCCURRENCES + KEEP_DISTINCT_NUMBERS * KEEP_PLACES_PER_NUMBER);
  expect(cprHash.mock.calls.length).toBeLessThanOrEqual(KEEP_ALL_OCCURRENCES + KEEP_DISTINCT_NUMBERS);
}, 120000);

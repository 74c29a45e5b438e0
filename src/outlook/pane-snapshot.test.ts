// The handler's verdict as the pane's first view: small enough for sessionData, exact in its
// counts, with nothing that leads back to a CPR number, and tied to the draft it was made from.
import { analyzeMessage, isCprFinding, type CprFinding, type Message } from "../detection";
import { defaultPolicy } from "../policy";
import { syntheticCpr } from "../../dev/testing/synthetic-cpr";
import type { AttachmentDetailsLike } from "./compose-item";
import { draftState, MAX_SNAPSHOT_CHARS, parseSnapshot, SNAPSHOT_OCCURRENCES, snapshotJson, type PaneSnapshot } from "./pane-snapshot";

const policy = defaultPolicy("sagsbehandler@randers.dk");
const DATES = ["010203", "150788", "311299", "240563", "050505", "121212"];
const numbers = Array.from({ length: 600 }, (_, i) => syntheticCpr(DATES[i % DATES.length]!, Math.floor(i / DATES.length) % 40));

/** A mail to a citizen with a citizen list in `files` attachments (each number once per file). */
function heavyMail(files: number): Message {
  return {
    from: { address: "sagsbehandler@randers.dk" },
    to: [{ address: "borger@gmail.com", kind: "external" } as Message["to"][number]],
    cc: [],
    bcc: [],
    subject: "Afgørelse",
    body: `Kære borger\nDit CPR-nr. ${numbers[0]} er noteret.`,
    attachments: Array.from({ length: files }, (_, f) => ({ name: `liste-${f}.csv`, text: numbers.map((n) => `Borger;${n}`).join("\n") })),
  };
}

const details = (n: number): AttachmentDetailsLike[] =>
  Array.from({ length: n }, (_, i) => ({ id: `att-${i}`, name: `liste-${i}.csv`, size: 1000 + i, attachmentType: "file", isInline: false }));

function snapshotOf(message: Message): PaneSnapshot {
  const verdict = analyzeMessage(message, policy, { salt: "salt-1" });
  return { state: draftState({ ...message, attachments: undefined }, details(message.attachments?.length ?? 0), policy), verdict, people: {} };
}

const cprFindings = (s: PaneSnapshot) => s.verdict.findings.filter(isCprFinding);
const withoutHash = (cs: CprFinding["cprs"]) => cs.map(({ hash: _hash, ...c }) => c);

/** The full verdict's hash of the person at that place in the snapshot (same start, same mask). */
function hashOfMasked(snapshot: PaneSnapshot, c: CprFinding["cprs"][number]): string {
  const found = cprFindings(snapshot).flatMap((f) => f.cprs).find((o) => o.start === c.start && o.masked === c.masked && JSON.stringify(o.location) === JSON.stringify(c.location));
  return found!.hash;
}

describe("snapshotJson", () => {
  it("fits a heavy verdict into sessionData with its exact counts and every place", () => {
    const snapshot = snapshotOf(heavyMail(6));
    const full = cprFindings(snapshot);
    expect(JSON.stringify(snapshot.verdict).length).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
    const json = snapshotJson(snapshot)!;
    expect(json).not.toBeNull();
    expect(json.length).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    const back = parseSnapshot(json)!;
    expect(back.verdict.action).toBe(snapshot.verdict.action);
    expect(back.verdict.findings.map((f) => f.rule)).toEqual(snapshot.verdict.findings.map((f) => f.rule));
    cprFindings(back).forEach((f, i) => {
      const was = full[i] as CprFinding;
      expect([f.occurrenceCount, f.cprCount]).toEqual([was.occurrenceCount, was.cprCount]);
      expect(f.truncated).toBe(true);
      expect(f.cprs.length).toBeGreaterThanOrEqual(SNAPSHOT_OCCURRENCES);
      expect(f.cprs.length).toBeLessThan(was.cprs.length);
      // The first occurrences, in order, and every file and part the full verdict shows.
      expect(withoutHash(f.cprs.slice(0, SNAPSHOT_OCCURRENCES))).toEqual(withoutHash(was.cprs.slice(0, SNAPSHOT_OCCURRENCES)));
      const where = (cs: CprFinding["cprs"]) => [...new Set(cs.map((c) => JSON.stringify([c.location.part, "name" in c.location ? c.location.name : ""])))].sort();
      expect(where(f.cprs)).toEqual(where(was.cprs));
    });
  });

  it("holds no CPR number, and no hash, digest or fingerprint that could be tried against the masks", () => {
    const snapshot = snapshotOf(heavyMail(3));
    const json = snapshotJson(snapshot)!;
    for (const n of numbers) {
      expect(json).not.toContain(n);
      expect(json).not.toContain(n.replace("-", ""));
    }
    expect(json).toContain("-XXXX");
    const full = cprFindings(snapshot);
    for (const secret of [snapshot.verdict.fingerprint, ...full.map((f) => f.numbersDigest!), ...full.flatMap((f) => f.cprs.map((c) => c.hash))]) {
      expect(json).not.toContain(secret);
    }
    const back = parseSnapshot(json)!;
    expect(back.verdict.fingerprint).toBe("");
    // One id per person, by order of appearance, the same in every finding.
    const ids = cprFindings(back).flatMap((f) => f.cprs.map((c) => c.hash));
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: new Set(ids).size }, (_, i) => `p${i + 1}`)));
    const idOf = new Map<string, string>();
    for (const c of cprFindings(back).flatMap((f) => f.cprs)) {
      const hash = hashOfMasked(snapshot, c);
      expect(idOf.get(hash) ?? c.hash).toBe(c.hash);
      idOf.set(hash, c.hash);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
  });

  it("keeps the people it still shows, and no others", () => {
    const snapshot = snapshotOf(heavyMail(2));
    const hashes = [...new Set(cprFindings(snapshot).flatMap((f) => f.cprs.map((c) => c.hash)))];
    const people = Object.fromEntries(hashes.map((h, i) => [h, { order: i + 1, before: "Borger" }]));
    const back = parseSnapshot(snapshotJson({ ...snapshot, people })!)!;
    const shown = new Set(cprFindings(back).flatMap((f) => f.cprs.map((c) => c.hash)));
    expect(Object.keys(back.people).sort()).toEqual([...shown].sort());
    expect(shown.size).toBeLessThan(hashes.length);
    // Each person keeps their own context under their id.
    for (const f of cprFindings(back)) for (const c of f.cprs) expect(back.people[c.hash]!.order).toBe(hashes.indexOf(hashOfMasked(snapshot, c)) + 1);
  });

  it("keeps every occurrence of a small verdict", () => {
    const message: Message = { ...heavyMail(0), attachments: [] };
    const snapshot = snapshotOf(message);
    const back = cprFindings(parseSnapshot(snapshotJson(snapshot))!);
    expect(back.map((f) => withoutHash(f.cprs))).toEqual(cprFindings(snapshot).map((f) => withoutHash(f.cprs)));
    expect(back.map((f) => f.truncated)).toEqual(cprFindings(snapshot).map((f) => f.truncated));
  });

  it("gives nothing when even the compacted verdict is too big (a number in very many files)", () => {
    expect(snapshotJson(snapshotOf(heavyMail(400)))).toBeNull();
  });
});

describe("draftState", () => {
  const message = { ...heavyMail(0), attachments: undefined };
  const base = draftState(message, details(2), policy);

  it("is the same for the same draft and policy", () => {
    expect(draftState(structuredClone(message), details(2), structuredClone(policy))).toBe(base);
  });

  it.each([
    ["a recipient added", { ...message, cc: [{ address: "kollega@randers.dk" }] }, details(2), policy],
    ["another subject", { ...message, subject: "Afgørelse." }, details(2), policy],
    ["the body edited", { ...message, body: message.body + " " }, details(2), policy],
    ["an attachment removed", message, details(1), policy],
    ["an attachment replaced", message, [details(2)[0]!, { ...details(2)[1]!, id: "att-9" }], policy],
    ["another policy", message, details(2), { ...policy, version: "2" }],
  ])("changes with %s", (_what, m, d, p) => {
    expect(draftState(m as Message, d, p)).not.toBe(base);
  });
});

describe("parseSnapshot", () => {
  const good = snapshotJson(snapshotOf(heavyMail(1)))!;

  it.each([
    ["nothing", null],
    ["not JSON", "{"],
    ["no people", JSON.stringify({ ...JSON.parse(good), people: [] })],
    ["no state", JSON.stringify({ ...JSON.parse(good), state: 1 })],
    ["an unknown action", JSON.stringify({ ...JSON.parse(good), verdict: { ...JSON.parse(good).verdict, action: "send" } })],
    ["a CPR finding without occurrences", JSON.stringify({ ...JSON.parse(good), verdict: { ...JSON.parse(good).verdict, findings: [{ rule: "cpr-external", severity: "block" }] } })],
  ])("refuses %s", (_what, json) => {
    expect(parseSnapshot(json)).toBeNull();
  });
});

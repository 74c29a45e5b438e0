import type { CprFinding, CprOccurrence, Finding, RecipientFinding, Verdict } from "../detection";
import { defaultPolicy } from "../policy";
import type { Policy } from "../policy/types";
import {
  ageOn,
  buildSections,
  confirmOffer,
  digitalPostCandidates,
  initialState,
  isConfirmed,
  paneReducer,
  paneStatus,
  type PaneState,
} from "./model";

const today = new Date("2026-11-25T12:00:00Z");

const policy: Policy = {
  ...defaultPolicy("anna.jensen@randers.dk"),
  version: "2026-11-01",
  organization: { name: "Randers Kommune", domains: ["randers.dk"] },
  digitalPost: {
    type: "gateway",
    name: "Digital Post via Randers Kommunes gateway",
    addressTemplate: "{cpr}@randers.mitdk.digital-post.dk",
    gatewayDomains: ["mitdk.digital-post.dk"],
    allowedSenders: ["sikkerpost@randers.dk"],
  },
};

function occ(hash: string, over: Partial<CprOccurrence> = {}): CprOccurrence {
  return {
    location: { part: "body" },
    start: 0,
    end: 11,
    masked: "010203-XXXX",
    birthDate: "2003-02-01",
    evidence: "keyword",
    quoted: false,
    hash,
    ...over,
  };
}

function cpr(over: Partial<CprFinding> = {}): CprFinding {
  return {
    rule: "cpr-external",
    severity: "confirm",
    confirmable: true,
    cprs: [occ("h1")],
    recipients: [{ field: "to", address: "borger@gmail.com", kind: "external" }],
    quotedOnly: false,
    ...over,
  };
}

function lookalike(over: Partial<RecipientFinding> = {}): RecipientFinding {
  return {
    rule: "lookalike",
    severity: "block",
    confirmable: false,
    recipient: { field: "cc", address: "sagsbehandler@anders.dk", kind: "external" },
    assessment: {
      address: "sagsbehandler@anders.dk",
      domain: "anders.dk",
      kind: "external",
      lookalike: { severity: "block", imitates: "randers.dk", imitatesName: "Randers Kommune", reason: "typo", suggestion: "sagsbehandler@randers.dk" },
    },
    ...over,
  };
}

const v = (action: Verdict["action"], findings: Finding[], fingerprint = "fp1"): Verdict => ({ action, findings, fingerprint });

describe("buildSections", () => {
  test("groups by severity in the order block, confirm, notice", () => {
    const notice = lookalike({
      severity: "notice",
      recipient: { field: "to", address: "x@kl.dk", kind: "external" },
      assessment: { address: "x@kl.dk", domain: "kl.dk", kind: "external", lookalike: { severity: "notice", imitates: "kk.dk", reason: "known-neighbour", actualName: "KL" } },
    });
    const sections = buildSections(v("block", [notice, cpr(), lookalike()]), policy, today);
    expect(sections.map((s) => [s.severity, s.items.map((i) => i.rule)])).toEqual([
      ["block", ["lookalike"]],
      ["confirm", ["cpr-external"]],
      ["notice", ["lookalike"]],
    ]);
    // A notice about a known organisation needs no fix button.
    expect(sections[2]?.items[0]?.actions).toEqual([]);
  });

  test("mixed mail: one CPR card, the lookalike fix leads, and the lookalike recipient is listed and removed only on its own card", () => {
    const lookRecipient = { field: "cc" as const, address: "sagsbehandler@anders.dk", kind: "external" as const };
    const other = { field: "to" as const, address: "borger@gmail.com", kind: "external" as const };
    const findings: Finding[] = [
      cpr({ rule: "cpr-subject", severity: "block", confirmable: false, recipients: [], cprs: [occ("h1", { location: { part: "subject" } })] }),
      cpr({ rule: "cpr-several-people", severity: "block", recipients: [lookRecipient, other], cprs: [occ("h1"), occ("h2")] }),
      cpr({ recipients: [lookRecipient, other], cprs: [occ("h1"), occ("h2")] }),
      lookalike(),
    ];
    const sections = buildSections(v("block", findings), policy, today, { h1: { order: 1, before: "Barn:" }, h2: { order: 2 } });
    const items = sections.flatMap((s) => s.items);
    expect(items.map((it) => [it.rule, it.lead === true])).toEqual([
      ["lookalike", true],
      ["cpr-external", false],
    ]);
    expect(items[0]!.actions[0]).toMatchObject({ kind: "fix-domain", suggestion: "sagsbehandler@randers.dk" });
    const card = items[1]!;
    expect(card.rules).toEqual(["cpr-subject", "cpr-several-people", "cpr-external"]);
    expect(card.people.map((p) => [p.hash, p.order, p.before])).toEqual([
      ["h1", 1, "Barn:"],
      ["h2", 2, undefined],
    ]);
    expect(card.showRecipients.map((r) => r.address)).toEqual(["borger@gmail.com"]);
    expect(card.actions.find((a) => a.kind === "remove-recipient")).toEqual({ kind: "remove-recipient", targets: [{ field: "to", address: "borger@gmail.com" }] });
  });

  test("the status counts problems as the cards show them: all CPR findings are one", () => {
    const findings: Finding[] = [
      cpr({ rule: "cpr-subject", severity: "block", confirmable: false, recipients: [], cprs: [occ("h1", { location: { part: "subject" } })] }),
      cpr({ cprs: [occ("h1")] }),
      lookalike(),
    ];
    const state = { ...initialState("smart-alert"), phase: "ready" as const, verdict: v("block", findings) };
    expect(paneStatus(state)).toMatchObject({ kind: "needs-action", count: 2, mustFix: 2 });
  });

  test("a lookalike offers the correction in its own field first, then removal", () => {
    const [item] = buildSections(v("block", [lookalike()]), policy, today)[0]!.items;
    expect(item!.actions).toEqual([
      { kind: "fix-domain", field: "cc", address: "sagsbehandler@anders.dk", suggestion: "sagsbehandler@randers.dk" },
      { kind: "remove-recipient", targets: [{ field: "cc", address: "sagsbehandler@anders.dk" }] },
    ]);
    expect(item!.places).toEqual([{ part: "recipient", field: "cc" }]);
  });

  test("a lookalike without a suggestion can only be removed", () => {
    const f = lookalike();
    delete f.assessment.lookalike!.suggestion;
    const [item] = buildSections(v("block", [f]), policy, today)[0]!.items;
    expect(item!.actions.map((a) => a.kind)).toEqual(["remove-recipient"]);
  });

  test("CPR to outside recipients: remove them all, or Digital Post when the policy has a route", () => {
    const f = cpr({
      recipients: [
        { field: "to", address: "borger@gmail.com", kind: "external" },
        { field: "bcc", address: "advokat@firma.dk", kind: "external" },
      ],
    });
    const [item] = buildSections(v("confirm", [f]), policy, today)[0]!.items;
    expect(item!.actions).toEqual([
      {
        kind: "remove-recipient",
        targets: [
          { field: "to", address: "borger@gmail.com" },
          { field: "bcc", address: "advokat@firma.dk" },
        ],
      },
      { kind: "route-digital-post" },
      // The number stands in the body: masking it there is a fix of its own.
      { kind: "mask-cpr", hashes: [expect.any(String)], masked: expect.any(String) },
    ]);
    const { digitalPost: _none, ...noRoute } = policy;
    const [plain] = buildSections(v("confirm", [f]), noRoute as Policy, today)[0]!.items;
    expect(plain!.actions.map((a) => a.kind)).toEqual(["remove-recipient", "mask-cpr"]);
  });

  test("a CPR number in the subject gets the mask-subject fix", () => {
    const f = cpr({ rule: "cpr-subject", severity: "block", confirmable: false, recipients: [], cprs: [occ("h1", { location: { part: "subject" } })] });
    const [item] = buildSections(v("block", [f]), policy, today)[0]!.items;
    expect(item!.actions).toEqual([{ kind: "mask-subject" }]);
    expect(item!.places).toEqual([{ part: "subject", quoted: false }]);
  });

  test("places: recipient fields, then each part once; quoted only when every number there is quoted", () => {
    const f = cpr({
      cprs: [
        occ("h1", { location: { part: "body" }, quoted: true }),
        occ("h2", { location: { part: "body" }, quoted: false, masked: "050607-XXXX", birthDate: "2007-06-05" }),
        occ("h1", { location: { part: "attachment", name: "afgørelse.pdf" }, quoted: false }),
      ],
    });
    const [item] = buildSections(v("confirm", [f]), policy, today)[0]!.items;
    expect(item!.places).toEqual([
      { part: "recipient", field: "to" },
      { part: "body", quoted: false },
      { part: "attachment", name: "afgørelse.pdf", quoted: false },
    ]);
    expect(item!.people).toEqual([
      {
        hash: "h1",
        masked: "010203-XXXX",
        birthDate: "2003-02-01",
        age: 23,
        places: [
          { part: "body", quoted: true },
          { part: "attachment", name: "afgørelse.pdf", quoted: false },
        ],
        quotedOnly: false,
      },
      { hash: "h2", masked: "050607-XXXX", birthDate: "2007-06-05", age: 19, places: [{ part: "body", quoted: false }], quotedOnly: false },
    ]);
  });

  test("an attachment that could not be read has no one-click fix", () => {
    const f: Finding = { rule: "attachment-unchecked", severity: "confirm", confirmable: true, attachment: "scan.pdf", reason: "encrypted" };
    const [item] = buildSections(v("confirm", [f]), policy, today)[0]!.items;
    expect(item!.actions).toEqual([]);
    expect(item!.places).toEqual([{ part: "attachment", name: "scan.pdf", quoted: false }]);
  });
});

describe("ageOn", () => {
  test.each([
    ["2003-02-01", "2026-01-31T12:00:00Z", 22],
    ["2003-02-01", "2026-02-01T00:00:00Z", 23],
    ["1958-11-25", "2026-11-25T12:00:00Z", 68],
    ["2026-11-26", "2026-11-25T12:00:00Z", 0],
  ])("born %s, on %s: %i", (birth, on, age) => expect(ageOn(birth, new Date(on))).toBe(age));
});

describe("confirmOffer", () => {
  test("offered when every open finding is confirmable", () => {
    const offer = confirmOffer(v("confirm", [cpr({ cprs: [occ("h1"), occ("h1"), occ("h2")] })]), policy);
    expect(offer).toMatchObject({
      rules: ["cpr-external"],
      people: 2,
      statement: "cpr",
      requireReason: true,
      recipients: [{ field: "to", address: "borger@gmail.com", kind: "external" }],
    });
    expect(offer?.reasons.map((r) => r.code)).toEqual(["citizen-request", "authority-forced-tls", "not-confidential", "other"]);
  });

  test("not offered while something must be fixed", () => {
    expect(confirmOffer(v("block", [cpr(), lookalike()]), policy)).toBeUndefined();
    expect(confirmOffer(v("allow", []), policy)).toBeUndefined();
  });

  test("notices do not stand in the way, and a recipient statement when no CPR is involved", () => {
    const ext: RecipientFinding = {
      rule: "external-recipient",
      severity: "confirm",
      confirmable: true,
      recipient: { field: "to", address: "x@firma.dk", kind: "external" },
      assessment: { address: "x@firma.dk", domain: "firma.dk", kind: "external" },
    };
    const notice = lookalike({ severity: "notice", confirmable: false });
    expect(confirmOffer(v("confirm", [ext, notice]), policy)).toMatchObject({ statement: "recipient", people: 0, rules: ["external-recipient"] });
  });
});

describe("digitalPostCandidates", () => {
  test("one entry per person across CPR findings", () => {
    const verdict = v("confirm", [
      cpr({ cprs: [occ("h1"), occ("h2", { masked: "050607-XXXX", birthDate: "2007-06-05" })] }),
      cpr({ rule: "cpr-subject", cprs: [occ("h1", { location: { part: "subject" } })] }),
    ]);
    expect(digitalPostCandidates(verdict, today).map((p) => p.hash)).toEqual(["h1", "h2"]);
  });
});

describe("paneReducer and paneStatus", () => {
  const loaded = (verdict: Verdict, origin: "smart-alert" | "ribbon" = "smart-alert", confirmedFingerprint?: string): PaneState =>
    paneReducer(initialState(), { type: "loaded", verdict, origin, ...(confirmedFingerprint ? { confirmedFingerprint } : {}) });

  test("loading, then the findings that need action", () => {
    expect(paneStatus(initialState())).toEqual({ kind: "loading" });
    expect(paneStatus(loaded(v("block", [lookalike(), cpr()])))).toEqual({ kind: "needs-action", origin: "smart-alert", count: 2, mustFix: 1, action: "block" });
  });

  test("the send handler's findings first: shown, buttons off and said to be checked, until the pane's own check or a failure", () => {
    const first = paneReducer(initialState(), { type: "loaded", verdict: v("block", [lookalike(), cpr()]), origin: "smart-alert", verifying: true });
    expect(first).toMatchObject({ phase: "ready", busy: true, verifying: true });
    expect(paneStatus(first)).toEqual({ kind: "needs-action", origin: "smart-alert", count: 2, mustFix: 1, action: "block", verifying: true });
    const checked = paneReducer(first, { type: "rechecked", verdict: v("block", [lookalike(), cpr()]) });
    expect(checked.busy).toBe(false);
    expect(checked).not.toHaveProperty("verifying");
    expect(paneStatus(checked)).not.toHaveProperty("verifying");
    const failed = paneReducer(first, { type: "failed", error: "read-failed" });
    expect(failed).toMatchObject({ busy: false, error: "read-failed" });
    expect(failed).not.toHaveProperty("verifying");
  });

  test("a clean mail checked from the ribbon is 'clean'; from the Smart Alert it is 'press Send again'", () => {
    expect(paneStatus(loaded(v("allow", []), "ribbon"))).toEqual({ kind: "clean", notices: 0 });
    expect(paneStatus(loaded(v("allow", []), "smart-alert"))).toEqual({ kind: "send-again", origin: "smart-alert", confirmed: false, notices: 0 });
  });

  test("after a fix that leaves nothing: send again, with the outcome", () => {
    let s = loaded(v("block", [lookalike()]));
    s = paneReducer(s, { type: "busy" });
    expect(s.busy).toBe(true);
    s = paneReducer(s, { type: "done", outcome: { kind: "fixed-domain", from: "a@anders.dk", to: "a@randers.dk" }, verdict: v("allow", [], "fp2") });
    expect(s.busy).toBe(false);
    expect(paneStatus(s)).toEqual({
      kind: "send-again",
      origin: "smart-alert",
      confirmed: false,
      notices: 0,
      outcome: { kind: "fixed-domain", from: "a@anders.dk", to: "a@randers.dk" },
    });
  });

  test("after a fix that leaves something: still needs action, with the outcome", () => {
    let s = loaded(v("block", [lookalike(), cpr()]));
    s = paneReducer(s, { type: "done", outcome: { kind: "removed", addresses: ["x@anders.dk"] }, verdict: v("confirm", [cpr()], "fp2") });
    expect(paneStatus(s)).toMatchObject({ kind: "needs-action", count: 1, mustFix: 0, action: "confirm", outcome: { kind: "removed" } });
  });

  test("a confirmation holds only for the fingerprint it was given for", () => {
    let s = loaded(v("confirm", [cpr()], "fp1"));
    s = paneReducer(s, { type: "done", outcome: { kind: "confirmed" }, verdict: v("confirm", [cpr()], "fp1"), confirmedFingerprint: "fp1" });
    expect(isConfirmed(s)).toBe(true);
    expect(paneStatus(s)).toMatchObject({ kind: "send-again", confirmed: true });
    // The caseworker adds a recipient: new fingerprint, the confirmation no longer holds.
    s = paneReducer(s, { type: "rechecked", verdict: v("confirm", [cpr()], "fp9") });
    expect(isConfirmed(s)).toBe(false);
    expect(paneStatus(s)).toMatchObject({ kind: "needs-action" });
  });

  test("a stored confirmation found at start counts", () => {
    expect(paneStatus(loaded(v("confirm", [cpr()], "fp1"), "smart-alert", "fp1"))).toMatchObject({ kind: "send-again", confirmed: true });
  });

  test("a failed write keeps the findings and shows the error; a failed first read is an error state", () => {
    const s = paneReducer(loaded(v("block", [lookalike()])), { type: "failed", error: "write-failed" });
    expect(s.verdict?.findings).toHaveLength(1);
    expect(s.error).toBe("write-failed");
    expect(paneStatus(paneReducer(initialState(), { type: "failed", error: "read-failed" }))).toEqual({ kind: "error", error: "read-failed" });
  });

  test("Take Action on an open pane: the mail was stopped again, the old outcome is gone", () => {
    let s = loaded(v("block", [lookalike()]), "ribbon");
    s = paneReducer(s, { type: "done", outcome: { kind: "removed", addresses: ["a@b.dk"] }, verdict: v("allow", []) });
    s = paneReducer(s, { type: "stopped-by-alert" });
    expect(s.origin).toBe("smart-alert");
    expect(s.lastOutcome).toBeUndefined();
  });

  test("a failure because the mail changed shows the mail as it is now, with the error", () => {
    const s = paneReducer(loaded(v("block", [lookalike()])), { type: "failed", error: "changed-meanwhile", verdict: v("allow", [], "fp2") });
    expect(s.verdict?.fingerprint).toBe("fp2");
    expect(s.error).toBe("changed-meanwhile");
    expect(paneStatus(s)).toMatchObject({ kind: "send-again" });
  });

  test("the policy fallback flag survives later events", () => {
    let s = paneReducer(initialState(), { type: "loaded", verdict: v("block", [lookalike()]), origin: "ribbon", policyFallback: true });
    s = paneReducer(s, { type: "rechecked", verdict: v("allow", []) });
    expect(s.policyFallback).toBe(true);
  });
});

import { defaultPolicy } from "../../src/policy";
import type { Policy } from "../../src/policy/types";
import { buildReport } from "../../src/cli/report";
import { summarizeVerdict } from "../../src/cli/summary";
import { cpr, cprExternal, cprSubject, lookalike, verdict } from "./helpers/verdicts";

const withDigitalPost: Policy = {
  ...defaultPolicy("jens@randers.dk"),
  digitalPost: { type: "portal", name: "Digital Post", url: "https://example.invalid", gatewayDomains: [] },
};
const withoutDigitalPost = defaultPolicy("jens@randers.dk");

describe("summarizeVerdict", () => {
  it("keeps rules, severities, lookalike domains and quoted-only flags, and nothing else", () => {
    const summary = summarizeVerdict(verdict([cprExternal([cpr("150372-XXXX", true)]), lookalike("x@anders.dk", "randers.dk")]), withDigitalPost);
    expect(summary).toEqual({
      action: "block",
      findings: [
        { rule: "cpr-external", severity: "confirm" },
        { rule: "lookalike", severity: "block" },
      ],
      lookalikes: [{ domain: "anders.dk", imitates: "randers.dk", severity: "block" }],
      cprFindings: [{ rule: "cpr-external", quotedOnly: true }],
      // the lookalike still has to be fixed: Digital Post does not handle this one
      digitalPostWouldHandle: false,
    });
    expect(JSON.stringify(summary)).not.toMatch(/gmail|XXXX|x@/);
  });

  it("counts a mail stopped only by CPR to an external recipient as Digital Post's, when the policy has a route", () => {
    const only = verdict([cprExternal([cpr("150372-XXXX")])]);
    expect(summarizeVerdict(only, withDigitalPost).digitalPostWouldHandle).toBe(true);
    expect(summarizeVerdict(only, withoutDigitalPost).digitalPostWouldHandle).toBe(false);
    // a CPR number in the subject is not protected by Digital Post
    expect(summarizeVerdict(verdict([cprExternal([cpr("150372-XXXX")]), cprSubject()]), withDigitalPost).digitalPostWouldHandle).toBe(false);
  });

  it("uses the Unicode form of an IDN lookalike", () => {
    const summary = summarizeVerdict(verdict([lookalike("a@xn--kge-kka.dk", "koege.dk", "confirm", "køge.dk")]), withoutDigitalPost);
    expect(summary.lookalikes).toEqual([{ domain: "køge.dk", imitates: "koege.dk", severity: "confirm" }]);
  });
});

describe("buildReport", () => {
  const mails = [
    verdict([]),
    verdict([]),
    verdict([cprExternal([cpr("150372-XXXX"), cpr("220481-XXXX", true)])]), // stopped, Digital Post
    verdict([cprExternal([cpr("150372-XXXX", true)])]), // stopped, quoted only, Digital Post
    verdict([lookalike("a@anders.dk", "randers.dk"), lookalike("b@anders.dk", "randers.dk")]), // one mail, one domain
    verdict([lookalike("c@anders.dk", "randers.dk"), cprSubject()]),
    verdict([lookalike("d@rander.dk", "randers.dk", "confirm")]),
    verdict([lookalike("e@kl.dk", "kk.dk", "notice")]), // a notice does not stop
  ].map((v) => summarizeVerdict(v, withDigitalPost));
  const report = buildReport(mails, { digitalPostConfigured: true, unreadable: ["parse-failed", "parse-failed", "too-large"] });

  it("counts mails and what would have stopped them", () => {
    expect(report.mails).toBe(8);
    expect(report.actions).toEqual({ allow: 3, confirm: 3, block: 2 });
    expect(report.stopped).toBe(5);
    expect(report.unreadable).toBe(3);
    expect(report.unreadableByReason).toEqual({ "parse-failed": 2, "too-large": 1 });
  });

  it("counts mails and findings per rule, most frequent first", () => {
    expect(report.byRule).toEqual([
      { rule: "lookalike", mails: 4, findings: 5 },
      { rule: "cpr-external", mails: 2, findings: 2 },
      { rule: "cpr-subject", mails: 1, findings: 1 },
    ]);
  });

  it("counts per severity in a fixed order", () => {
    expect(report.bySeverity).toEqual([
      { severity: "block", mails: 2, findings: 4 },
      { severity: "confirm", mails: 3, findings: 3 },
      { severity: "notice", mails: 1, findings: 1 },
    ]);
  });

  it("lists lookalike domains by the number of mails, once per mail", () => {
    expect(report.topLookalikes).toEqual([
      { domain: "anders.dk", imitates: "randers.dk", mails: 2, severity: "block" },
      { domain: "kl.dk", imitates: "kk.dk", mails: 1, severity: "notice" },
      { domain: "rander.dk", imitates: "randers.dk", mails: 1, severity: "confirm" },
    ]);
  });

  it("gives the share of CPR findings only in quoted history", () => {
    expect(report.cpr).toEqual({ mailsWithCpr: 3, findings: 3, quotedOnlyFindings: 1, quotedOnlyShare: 1 / 3 });
  });

  it("gives the share of stopped mails the Digital Post route would have handled", () => {
    expect(report.digitalPost).toEqual({ configured: true, mails: 2, shareOfStopped: 2 / 5 });
  });

  it("has no shares to give for an empty run", () => {
    const empty = buildReport([], { digitalPostConfigured: false });
    expect(empty.cpr.quotedOnlyShare).toBeNull();
    expect(empty.digitalPost.shareOfStopped).toBeNull();
    expect(empty.bySeverity.map((row) => row.mails)).toEqual([0, 0, 0]);
  });
});

import type { Verdict } from "../detection";
import { paneAuditStamp, parsePaneRecord, sendAuditStamp } from "./audit-stamp";

const caught: Verdict = {
  action: "block",
  fingerprint: "fp",
  findings: [
    {
      rule: "lookalike",
      severity: "block",
      confirmable: false,
      recipient: { field: "to", address: "anna@anders.dk", displayName: "Anna Jensen", kind: "external" },
      assessment: { address: "anna@anders.dk", domain: "anders.dk", kind: "external" },
    },
    {
      rule: "cpr-external",
      severity: "confirm",
      confirmable: true,
      quotedOnly: false,
      recipients: [
        { field: "to", address: "anna@anders.dk", kind: "external" },
        { field: "cc", address: "borger@gmail.com", kind: "external" },
      ],
      cprs: ["h1", "h1", "h2"].map((hash) => ({
        location: { part: "body" as const },
        start: 0,
        end: 11,
        masked: "010203-XXXX",
        birthDate: "2003-02-01",
        evidence: "keyword" as const,
        quoted: false,
        hash,
      })),
    },
  ],
};

describe("paneAuditStamp", () => {
  test("decisions, reason, rules and counts under the policy version", () => {
    expect(
      paneAuditStamp({ caught, decisions: ["fixed-domain", "confirmed"], reasonCode: "citizen-request", policyVersion: "2026-11-01" }),
    ).toBe(
      "v=1; decision=fixed-domain,confirmed; rules=lookalike,cpr-external; reason=citizen-request; findings=2; cpr=2; occurrences=3; people=2; external=2; policy=2026-11-01",
    );
  });

  test("never carries addresses, names, masks or digits of the mail; odd policy values become tokens", () => {
    const stamp = paneAuditStamp({ caught, decisions: ["digital-post", "digital-post"], reasonCode: "andet; x=1", policyVersion: "v 2 (test)" });
    expect(stamp).not.toMatch(/@|anders|Anna|gmail|010203|XXXX|fp\b|h1/);
    expect(stamp).toContain("decision=digital-post;");
    expect(stamp).toContain("reason=andet__x_1");
    expect(stamp).toContain("policy=v_2__test_");
    expect(stamp).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe("sendAuditStamp", () => {
  const pane = paneAuditStamp({ caught, decisions: ["fixed-domain", "confirmed"], reasonCode: "citizen-request", policyVersion: "2026-11-01" });

  test("keeps the pane's record and adds the handler's result, add-in version and policy", () => {
    expect(sendAuditStamp(pane, { result: "confirmed", addinVersion: "0.1.0", policyVersion: "2026-11-01", rules: ["cpr-external"], reasonCode: "other" })).toBe(
      "sendevagt 0.1.0; result=confirmed; policy=2026-11-01; decision=fixed-domain,confirmed; rules=lookalike,cpr-external; reason=citizen-request; findings=2; cpr=2; occurrences=3; people=2; external=2",
    );
  });

  test("without a pane record: the result, and for a confirmation its rules and reason", () => {
    expect(sendAuditStamp(undefined, { result: "allow", addinVersion: "dev", policyVersion: "zero-config" })).toBe("sendevagt dev; result=allow; policy=zero-config");
    expect(sendAuditStamp("", { result: "confirmed", addinVersion: "0.1.0", policyVersion: "7", rules: ["cpr-external", "cpr-external"], reasonCode: "citizen-request" })).toBe(
      "sendevagt 0.1.0; result=confirmed; policy=7; rules=cpr-external; reason=citizen-request",
    );
  });

  test("is idempotent: a re-run send writes the same value", () => {
    const once = sendAuditStamp(pane, { result: "allow", addinVersion: "0.1.0", policyVersion: "2026-11-01" });
    expect(sendAuditStamp(once, { result: "allow", addinVersion: "0.1.0", policyVersion: "2026-11-01" })).toBe(once);
  });

  test("only the handler's value carries the word the transport rule exempts on", () => {
    expect(pane).not.toMatch(/sendevagt/i);
    expect(sendAuditStamp(pane, { result: "allow", addinVersion: "0.1.0", policyVersion: "p" })).toMatch(/^sendevagt 0\.1\.0; result=allow; /);
  });

  test("drops anything in the old header that is not a well-formed pane field", () => {
    const hostile = "sendevagt 0.0.9; result=allow; decision=confirmed; reason=a b@x.dk; findings=0102031008; people=2; note=010203-1008; cpr=1";
    expect(parsePaneRecord(hostile)).toEqual({ decision: "confirmed", people: "2", cpr: "1" });
    const stamp = sendAuditStamp(hostile, { result: "allow", addinVersion: "0.1.0", policyVersion: "p" });
    expect(stamp).toBe("sendevagt 0.1.0; result=allow; policy=p; decision=confirmed; cpr=1; people=2");
    expect(stamp).not.toMatch(/@|010203/);
  });
});

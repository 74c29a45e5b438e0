import type { Verdict } from "../detection/types";
import { buildAuditStamp } from "./audit-stamp";

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

describe("buildAuditStamp", () => {
  test("decisions, reason, rules and counts under the policy version", () => {
    expect(
      buildAuditStamp({ caught, decisions: ["fixed-domain", "confirmed"], reasonCode: "citizen-request", policyVersion: "2026-11-01" }),
    ).toBe(
      "v=1; decision=fixed-domain,confirmed; reason=citizen-request; rules=lookalike,cpr-external; findings=2; cpr=3; people=2; external=2; policy=2026-11-01",
    );
  });

  test("never carries addresses, names, masks or digits of the mail; odd policy values become tokens", () => {
    const stamp = buildAuditStamp({ caught, decisions: ["digital-post", "digital-post"], reasonCode: "andet; x=1", policyVersion: "v 2 (test)" });
    expect(stamp).not.toMatch(/@|anders|Anna|gmail|010203|XXXX|fp\b|h1/);
    expect(stamp).toContain("decision=digital-post;");
    expect(stamp).toContain("reason=andet__x_1");
    expect(stamp).toContain("policy=v_2__test_");
    expect(stamp).toMatch(/^[\x20-\x7e]+$/);
  });
});

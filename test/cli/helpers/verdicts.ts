// Hand-made verdicts in the core's shapes, for the pure report code.
import type { CprFinding, CprOccurrence, Finding, RecipientFinding, Severity, Verdict } from "../../../src/detection/types";

export function cpr(masked: string, quoted = false): CprOccurrence {
  return { location: { part: "body" }, start: 0, end: 11, masked, birthDate: "1972-03-15", evidence: "checksum", quoted, hash: "h" };
}

export function cprExternal(cprs: CprOccurrence[], severity: Severity = "confirm"): CprFinding {
  return {
    rule: "cpr-external",
    severity,
    confirmable: true,
    cprs,
    recipients: [{ field: "to", address: "borger@gmail.com", kind: "external" }],
    quotedOnly: cprs.every((c) => c.quoted),
  };
}

export function cprSubject(): CprFinding {
  return { rule: "cpr-subject", severity: "block", confirmable: false, cprs: [cpr("150372-XXXX")], recipients: [], quotedOnly: false };
}

export function lookalike(address: string, imitates: string, severity: Severity = "block", unicodeDomain?: string): RecipientFinding {
  const domain = address.slice(address.indexOf("@") + 1);
  return {
    rule: "lookalike",
    severity,
    confirmable: severity !== "block",
    recipient: { field: "to", address, kind: "external" },
    assessment: { address, domain, ...(unicodeDomain ? { unicodeDomain } : {}), kind: "external", lookalike: { severity, imitates, reason: "typo" } },
  };
}

export function verdict(findings: Finding[]): Verdict {
  const action = findings.some((f) => f.severity === "block") ? "block" : findings.some((f) => f.severity === "confirm") ? "confirm" : "allow";
  return { action, findings, fingerprint: "f" };
}

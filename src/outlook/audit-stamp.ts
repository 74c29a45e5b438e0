// The `x-sendevagt` internet header: evidence for the DPO (what was caught, what the caseworker
// did and why) that Exchange transport rules and message trace can read. Codes and counts only —
// never digits, names, addresses or free text.
import type { CprFinding, Finding, Verdict } from "../detection/types";

export const AUDIT_HEADER = "x-sendevagt";

export type Decision = "fixed-domain" | "removed-recipient" | "masked-subject" | "digital-post" | "confirmed";

export interface AuditInput {
  /** What the pane first found (the reason the mail was stopped). */
  caught: Verdict;
  /** What the caseworker did, in order. */
  decisions: readonly Decision[];
  /** The policy's reason code when confirmed. */
  reasonCode?: string;
  policyVersion: string;
}

// Header values must be plain ASCII tokens; policy codes and versions come from IT's file.
const token = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64);

const isCpr = (f: Finding): f is CprFinding =>
  f.rule === "cpr-external" || f.rule === "cpr-several-people" || f.rule === "cpr-subject";

export function buildAuditStamp(input: AuditInput): string {
  const findings = input.caught.findings;
  const cprs = findings.filter(isCpr).flatMap((f) => f.cprs);
  const external = new Set(
    findings.filter(isCpr).flatMap((f) => f.recipients.map((r) => `${r.field}:${r.address.toLowerCase()}`)),
  );
  const parts = [
    "v=1",
    `decision=${[...new Set(input.decisions)].join(",") || "none"}`,
    ...(input.reasonCode ? [`reason=${token(input.reasonCode)}`] : []),
    `rules=${[...new Set(findings.map((f) => f.rule))].join(",") || "none"}`,
    `findings=${findings.length}`,
    `cpr=${cprs.length}`,
    `people=${new Set(cprs.map((c) => c.hash)).size}`,
    `external=${external.size}`,
    `policy=${token(input.policyVersion) || "none"}`,
  ];
  return parts.join("; ");
}

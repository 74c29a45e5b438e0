// The `x-sendevagt` internet header: evidence for the DPO (what was caught, what the caseworker
// did and why, what the send handler finally decided) that Exchange transport rules and message
// trace can read. The only module that knows its format. Codes and counts only — never CPR
// digits, names or addresses. The one free text is the caseworker's own reason ("Andet", or why
// other people's numbers stay in a Digital Post message): checked free of CPR numbers by the pane,
// percent-encoded and capped here, so the DPO can read it.
//
// Two writers, one header. The task pane writes its record on each fix or confirmation
// (`paneAuditStamp`); the send handler, when it lets the mail go, reads that record back and
// writes the final value with its own result in front (`sendAuditStamp`), so the pane's evidence
// is never lost:
//
//   pane:  v=1; decision=fixed-domain,confirmed; rules=lookalike,cpr-external; reason=other; text=barn%20i%20foraeldremyndighed; findings=2; cpr=2; occurrences=3; people=2; external=2; policy=2026-11-01
//   (cpr= counts distinct numbers, occurrences= every place one stands)
//   sent:  sendevagt 0.1.0; result=confirmed; policy=2026-11-01; decision=fixed-domain,confirmed; rules=lookalike,cpr-external; reason=citizen-request; findings=2; cpr=3; people=2; external=2
//
// Only the handler's value starts with the word "sendevagt": the transport rule in docs/deploy.md
// exempts mail whose header contains it, and a pane record alone (a draft that never passed the
// handler) must not earn that exemption.
import type { Finding, Verdict } from "../detection";
import { isCprFinding } from "../detection";

export const AUDIT_HEADER = "x-sendevagt";
export const AUDIT_FORMAT_VERSION = "1";

export type Decision =
  | "fixed-domain"
  | "removed-recipient"
  | "moved-recipient"
  | "masked-subject"
  | "cleaned-display-name"
  | "masked-cpr"
  | "removed-attachment"
  | "removed-quoted"
  /** Other people's numbers stay in a Digital Post message, with the caseworker's reason (text=). */
  | "kept-other-people"
  | "digital-post"
  | "confirmed";

export interface AuditInput {
  /** What the pane first found (the reason the mail was stopped). */
  caught: Verdict;
  /** What the caseworker did, in order. */
  decisions: readonly Decision[];
  /** The policy's reason code when confirmed. */
  reasonCode?: string;
  /** The caseworker's own words (already checked free of CPR numbers); encoded and capped. */
  reasonText?: string;
  policyVersion: string;
}

export interface SendOutcome {
  result: "allow" | "confirmed";
  addinVersion: string;
  policyVersion: string;
  /**
   * Used only when the pane's record is missing (its header write failed, or this Outlook cannot
   * read headers back): the rules and reason of the stored confirmation.
   */
  rules?: readonly string[];
  reasonCode?: string;
}

/** The pane's fields, in the order they are written. */
const PANE_KEYS = ["decision", "rules", "reason", "text", "findings", "cpr", "occurrences", "people", "external"] as const;
type PaneKey = (typeof PANE_KEYS)[number];
type PaneRecord = Partial<Record<PaneKey, string>>;

// Header values must be plain ASCII tokens; policy codes and versions come from IT's file.
const token = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64);

/** At most this many characters of the reason are kept (before encoding). */
export const MAX_REASON_TEXT = 100;

/** Percent-encoded (so ";" and "=" cannot break the record), capped, never cutting an escape. */
export function encodeReasonText(text: string): string {
  const chars = Array.from(text.trim()).slice(0, MAX_REASON_TEXT);
  let out = "";
  for (const c of chars) {
    // encodeURIComponent throws on a lone surrogate: such a character is dropped.
    try {
      out += encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      // skip
    }
  }
  return out;
}

// What each field may hold when read back: a header someone else set must not smuggle text in.
const SHAPES: Record<PaneKey, RegExp> = {
  decision: /^[a-z-]+(,[a-z-]+)*$/,
  reason: /^[A-Za-z0-9._-]{1,64}$/,
  text: /^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2}){1,1200}$/,
  rules: /^[a-z-]+(,[a-z-]+)*$/,
  findings: /^\d{1,4}$/,
  // Counts of a citizen list run to six digits; ten would be a number's length, never allowed.
  cpr: /^\d{1,7}$/,
  occurrences: /^\d{1,7}$/,
  people: /^\d{1,7}$/,
  external: /^\d{1,4}$/,
};

// Insertion order kept; a Set, because a finding can hold hundreds of thousands of numbers.
const unique = <T>(xs: readonly T[]): T[] => Array.from(new Set(xs));

function format(head: string[], record: PaneRecord, tail: string[] = []): string {
  const parts = [...head];
  for (const key of PANE_KEYS) if (record[key] !== undefined) parts.push(`${key}=${record[key]}`);
  return parts.concat(tail).join("; ");
}

/** The pane's record: what was caught and what the caseworker did about it. */
export function paneAuditStamp(input: AuditInput): string {
  const findings = input.caught.findings;
  const cprs = findings.filter(isCprFinding).flatMap((f) => f.cprs);
  const external = unique(findings.filter(isCprFinding).flatMap((f) => f.recipients.map((r) => `${r.field}:${r.address.toLowerCase()}`)));
  const record: PaneRecord = {
    decision: unique(input.decisions).join(",") || "none",
    ...(input.reasonCode ? { reason: token(input.reasonCode) } : {}),
    ...(input.reasonText && encodeReasonText(input.reasonText) ? { text: encodeReasonText(input.reasonText) } : {}),
    rules: unique(findings.map((f) => f.rule)).join(",") || "none",
    findings: String(findings.length),
    // Exact even when a finding lists only some of its numbers (occurrenceCount, cprCount):
    // cpr= counts distinct numbers, occurrences= the places they stand.
    cpr: String(Math.max(unique(cprs.map((c) => c.hash)).length, ...findings.filter(isCprFinding).map((f) => f.cprCount ?? 0))),
    occurrences: String(Math.max(cprs.length, ...findings.filter(isCprFinding).map((f) => f.occurrenceCount ?? 0))),
    people: String(Math.max(unique(cprs.map((c) => c.hash)).length, ...findings.filter(isCprFinding).map((f) => f.cprCount ?? 0))),
    external: String(external.length),
  };
  return format([`v=${AUDIT_FORMAT_VERSION}`], record, [`policy=${token(input.policyVersion) || "none"}`]);
}

/** The pane's fields from a header value; anything malformed or unknown is dropped. */
export function parsePaneRecord(value: string | undefined): PaneRecord {
  const record: PaneRecord = {};
  if (!value) return record;
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim() as PaneKey;
    const v = part.slice(eq + 1).trim();
    if ((PANE_KEYS as readonly string[]).includes(key) && SHAPES[key].test(v)) record[key] = v;
  }
  return record;
}

/**
 * The final header on a mail the handler lets go: the pane's record (read back from the header
 * as it stands) with the handler's result, the add-in version and the policy that decided.
 * Idempotent: applied to its own output it gives the same value, so a re-run send writes nothing.
 */
export function sendAuditStamp(existing: string | undefined, outcome: SendOutcome): string {
  const record = parsePaneRecord(existing);
  const rules = unique((outcome.rules ?? []).filter((r) => /^[a-z-]+$/.test(r)));
  if (record.rules === undefined && rules.length > 0) record.rules = rules.join(",");
  if (record.reason === undefined && outcome.reasonCode) record.reason = token(outcome.reasonCode);
  return format([`sendevagt ${token(outcome.addinVersion) || "none"}`, `result=${outcome.result}`, `policy=${token(outcome.policyVersion) || "none"}`], record);
}

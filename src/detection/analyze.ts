// analyzeMessage: the one verdict the send handler, the task pane, the CLI and the tests share.
// It composes the finders (CPR numbers, recipients) with the policy's rules and says what must
// happen: allow, confirm or block, with every finding and a salted fingerprint.
import type { Policy } from "./policy-types";
import type { CprTallyResult } from "./cpr-tally";
import { maskCprNumbers } from "./cpr";
import { numbersDigest, verdictFingerprint, UNSALTED } from "./fingerprint";
import { cprOptionsFor, findMessageCprs, type MessageCprs } from "./occurrences";
import { classifyRecipient } from "./recipients";
import { salutationFindings } from "./salutation";
import type {
  Action,
  AnalyzeOptions,
  AttachmentFinding,
  CprFinding,
  Finding,
  Message,
  Recipient,
  RecipientAssessment,
  RecipientField,
  RecipientFinding,
  RecipientRef,
  RuleId,
  Severity,
  Verdict,
} from "./types";

const FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];
const SEVERITY_RANK: Record<Severity, number> = { block: 0, confirm: 1, notice: 2 };

interface Addressed {
  field: RecipientField;
  /** As given, for the fingerprint only; findings carry the masked form. */
  rawAddress: string;
  ref: RecipientRef;
  assessment: RecipientAssessment;
}

/** Where the recipients' copies of the mail are safe: inside, with a trusted partner, or the gateway. */
function isSafeForCpr(kind: RecipientRef["kind"]): boolean {
  return kind === "internal" || kind === "trusted" || kind === "digital-post";
}

/** Where a subject line stays inside protected transport (the gateway does not protect subjects). */
function isSafeForSubject(kind: RecipientRef["kind"]): boolean {
  return kind === "internal" || kind === "trusted";
}

function assess(recipient: Recipient, policy: Policy): RecipientAssessment {
  try {
    return classifyRecipient(recipient, policy);
  } catch {
    // A classifier bug must not let the mail through unchecked: treat the address as malformed.
    return { address: String(recipient.address ?? ""), domain: "", kind: "invalid" };
  }
}

function maskedAssessment(assessment: RecipientAssessment): RecipientAssessment {
  const masked: RecipientAssessment = { ...assessment, address: maskCprNumbers(assessment.address) };
  if (assessment.lookalike?.suggestion) {
    masked.lookalike = { ...assessment.lookalike, suggestion: maskCprNumbers(assessment.lookalike.suggestion) };
  }
  return masked;
}

function collectRecipients(message: Message, policy: Policy): Addressed[] {
  const out: Addressed[] = [];
  const seen = new Set<string>();
  // The same person in To and Cc is classified once.
  const assessed = new Map<string, RecipientAssessment>();
  for (const field of FIELDS) {
    const list = Array.isArray(message[field]) ? message[field] : [];
    for (const recipient of list) {
      if (!recipient || typeof recipient.address !== "string") continue;
      const key = `${field}:${recipient.address.trim().toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const memoKey = `${recipient.address.trim().toLowerCase()}\u0000${recipient.displayName ?? ""}`;
      let assessment = assessed.get(memoKey);
      if (!assessment) {
        assessment = assess(recipient, policy);
        assessed.set(memoKey, assessment);
      }
      const ref: RecipientRef = { field, address: maskCprNumbers(recipient.address), kind: assessment.kind };
      if (typeof recipient.displayName === "string" && recipient.displayName !== "") {
        ref.displayName = maskCprNumbers(recipient.displayName);
      }
      out.push({ field, rawAddress: recipient.address, ref, assessment: maskedAssessment(assessment) });
    }
  }
  return out;
}

class Rules {
  constructor(private readonly policy: Policy) {}

  /** "confirm" when the policy lets the caseworker confirm this rule, else "block". */
  stopping(rule: RuleId): { severity: Severity; confirmable: boolean } {
    const confirmable = this.policy.confirmation.allowed.includes(rule);
    return { severity: confirmable ? "confirm" : "block", confirmable };
  }

  /** A finder's severity under the policy: an unconfirmable "confirm" must be fixed, so it blocks. */
  graded(rule: RuleId, severity: Severity): { severity: Severity; confirmable: boolean } {
    if (severity === "notice") return { severity, confirmable: false };
    if (severity === "block") return { severity, confirmable: false };
    return this.stopping(rule);
  }
}

/** The CPR fields of a finding over one tally: exact counts, the shown occurrences, the set's digest. */
function cprPart(tally: CprTallyResult, salt: string) {
  return {
    cprs: tally.cprs,
    quotedOnly: tally.allQuoted,
    occurrenceCount: tally.occurrenceCount,
    cprCount: tally.cprCount,
    truncated: tally.truncated,
    numbersDigest: numbersDigest(tally.sortedKeyBytes(), salt),
  };
}

function cprFindings(found: MessageCprs, recipients: Addressed[], rules: Rules, salt: string): CprFinding[] {
  const findings: CprFinding[] = [];
  const outside = recipients.filter((r) => !isSafeForCpr(r.ref.kind)).map((r) => r.ref);
  if (found.all.occurrenceCount > 0 && outside.length > 0) {
    const all = cprPart(found.all, salt); // one digest for both findings
    findings.push({ rule: "cpr-external", ...rules.stopping("cpr-external"), recipients: outside, ...all });
    if (found.all.cprCount > 1) {
      findings.push({ rule: "cpr-several-people", ...rules.stopping("cpr-several-people"), recipients: outside, ...all });
    }
  }
  if (found.subject.occurrenceCount > 0) {
    const exposed = recipients.filter((r) => !isSafeForSubject(r.ref.kind)).map((r) => r.ref);
    const grade = exposed.length > 0 ? rules.stopping("cpr-subject") : { severity: "notice" as const, confirmable: false };
    findings.push({ rule: "cpr-subject", ...grade, recipients: exposed, ...cprPart(found.subject, salt), quotedOnly: false });
  }
  return findings;
}

function recipientFindings(recipients: Addressed[], policy: Policy, rules: Rules, mailHasCpr: boolean): RecipientFinding[] {
  const findings: RecipientFinding[] = [];
  for (const { ref, assessment } of recipients) {
    const base = { recipient: ref, assessment };
    if (assessment.kind === "invalid") {
      findings.push({ rule: "invalid-recipient", ...rules.stopping("invalid-recipient"), ...base });
      continue;
    }
    const lookalike = assessment.lookalike;
    if (lookalike) {
      const rule = lookalike.reason === "display-name" ? "display-name-spoof" : "lookalike";
      findings.push({ rule, ...rules.graded(rule, lookalike.severity), ...base });
      if (lookalike.severity !== "notice") continue;
    }
    // Without CPR numbers an outside recipient is the policy's call; with them, cpr-external speaks.
    if (assessment.kind === "external" && !mailHasCpr && policy.externalRecipients !== "allow") {
      const grade =
        policy.externalRecipients === "notice" ? { severity: "notice" as const, confirmable: false } : rules.stopping("external-recipient");
      findings.push({ rule: "external-recipient", ...grade, ...base });
    }
  }
  return findings;
}

/**
 * An attachment Sendevagt could not read is "ikke kontrolleret". Inside the organisation that is a
 * notice. Going outside, a notice would let the mail leave without the caseworker ever hearing of
 * it, so it stops the mail until they confirm they have looked at the file themselves — except
 * pictures, which no mail check reads and which would make every photo a question.
 */
function attachmentFindings(message: Message, recipients: Addressed[], rules: Rules): AttachmentFinding[] {
  const findings: AttachmentFinding[] = [];
  const goesOutside = recipients.some((r) => !isSafeForCpr(r.ref.kind));
  for (const attachment of message.attachments ?? []) {
    if (typeof attachment.text === "string") continue;
    const reason = attachment.unreadable ?? "unreadable";
    const grade = goesOutside && reason !== "image" ? rules.stopping("attachment-unchecked") : { severity: "notice" as const, confirmable: false };
    findings.push({
      rule: "attachment-unchecked",
      ...grade,
      attachment: maskCprNumbers(attachment.name),
      reason,
    });
  }
  return findings;
}

function actionOf(findings: readonly Finding[]): Action {
  let action: Action = "allow";
  for (const finding of findings) {
    if (finding.severity === "block" || (finding.severity === "confirm" && !finding.confirmable)) return "block";
    if (finding.severity === "confirm") action = "confirm";
  }
  return action;
}

/** Block first, then confirm, then notice; the finders' order within a severity. */
function bySeverity(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map((entry) => entry.finding);
}

/**
 * The verdict on a message under a policy. Pure: no clock unless options.today is absent, no I/O.
 * Findings carry masked numbers and salted hashes, never the digits.
 */
export function analyzeMessage(message: Message, policy: Policy, options: AnalyzeOptions = {}): Verdict {
  const salt = options.salt ?? UNSALTED;
  const rules = new Rules(policy);
  const recipients = collectRecipients(message, policy);
  const found = findMessageCprs(message, cprOptionsFor(policy.cpr ?? { extraExemptDates: [] }, options.today), salt);
  const findings = bySeverity([
    ...cprFindings(found, recipients, rules, salt),
    ...recipientFindings(recipients, policy, rules, found.all.occurrenceCount > 0),
    ...attachmentFindings(message, recipients, rules),
    ...salutationFindings(message, recipients.map((r) => r.ref), policy, found.all.occurrenceCount > 0, (rule) => rules.stopping(rule)),
  ]);
  return {
    action: actionOf(findings),
    findings,
    fingerprint: verdictFingerprint(
      recipients.map((r) => ({ field: r.field, address: r.rawAddress })),
      findings,
      salt,
    ),
  };
}

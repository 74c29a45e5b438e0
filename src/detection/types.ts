// The plain data shapes of the detection core. Everything here is a contract shared by the
// send handler, the task pane, the CLI and the tests (see docs/architecture.md): add fields freely,
// never rename or remove.

/** Why a ten-digit run was accepted as a CPR number. */
export type CprEvidence = "checksum" | "exempt-date" | "keyword";

export interface CprMatch {
  /** UTF-16 offset of the first digit in the original text. */
  start: number;
  /** UTF-16 offset just after the last digit (exclusive). */
  end: number;
  /** The birth date the number encodes, "YYYY-MM-DD". */
  birthDate: string;
  evidence: CprEvidence;
}

export interface CprOptions {
  /** Dates after this are not birth dates. Default: now. */
  today?: Date;
  /** "YYYY-MM-DD" dates whose numbers may fail modulus 11. Default: the CPR office's 2023 list. */
  exemptDates?: readonly string[];
  /** Also report substitute numbers (erstatningspersonnumre, day + 60). Default: false. */
  substituteNumbers?: boolean;
}

export interface Recipient {
  address: string;
  displayName?: string;
}

export interface Attachment {
  name: string;
  /** Extracted text; absent when the attachment could not be read. */
  text?: string;
  /** Why the text is absent ("encrypted", "too-large", "unsupported-type", "cloud-link", …). */
  unreadable?: string;
  /** Where in the file each stretch of `text` came from (src/extract): a CPR at offset o stands in
   *  the part with start <= o < end; `where` is e.g. "sheet:Ark1", "page:3", "slide:2", "header". */
  parts?: AttachmentPart[];
}

export interface AttachmentPart {
  where: string;
  start: number;
  end: number;
}

// Defined beside the HTML reader that collects them (src/text/html-hidden.ts), a bottom module the
// attachment extractor shares; re-exported here so the core's types stay in one place.
export type { HiddenKind, HiddenText } from "../text/html-hidden";
import type { HiddenKind, HiddenText } from "../text/html-hidden";

export interface Message {
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  /** Plain text (HTML bodies go through htmlToText first). */
  body: string;
  /** What the HTML body carries but does not show (htmlBodyText's `hidden`); checked like the body. */
  bodyHidden?: HiddenText[];
  attachments?: Attachment[];
}

export type RecipientField = "to" | "cc" | "bcc";
export type RecipientKind = "internal" | "trusted" | "external" | "digital-post" | "invalid";
export type Severity = "block" | "confirm" | "notice";

export interface LookalikeAssessment {
  severity: Severity;
  /** The protected domain imitated, e.g. "randers.dk". */
  imitates: string;
  /** Name of the organisation behind `imitates`, e.g. "Randers Kommune". */
  imitatesName?: string;
  /** Stable reason code: "typo", "tld-swap", "affix", "subdomain", "homoglyph", "display-name", "known-neighbour", … */
  reason: string;
  /** The corrected address, when the fix is obvious. */
  suggestion?: string;
  /** For notices on known organisations: who the recipient domain really is. */
  actualName?: string;
}

export interface RecipientAssessment {
  address: string;
  /** Lower-case domain as given (xn-- form for IDN), "" when the address has none. */
  domain: string;
  /** Unicode form of `domain` when it differs (IDN). */
  unicodeDomain?: string;
  kind: RecipientKind;
  lookalike?: LookalikeAssessment;
}

/** Where a CPR number was found. */
export type Location =
  | { part: "subject" }
  | { part: "body" }
  | { part: "body-hidden"; kind: HiddenKind }
  | { part: "display-name"; field: RecipientField; address: string }
  | { part: "attachment"; name: string; where?: string };

export interface CprOccurrence {
  location: Location;
  start: number;
  end: number;
  /** "010203-XXXX": the only form of the number that leaves the core. */
  masked: string;
  birthDate: string;
  evidence: CprEvidence;
  /** True when the number stands in quoted earlier mail (reply/forward history). */
  quoted: boolean;
  /** Salted hash of the digits, so the pane can tell numbers apart without seeing them. */
  hash: string;
}

export interface RecipientRef {
  field: RecipientField;
  address: string;
  displayName?: string;
  kind: RecipientKind;
}

/** Stable rule ids; the audit header and the pilot report count by these. */
export type RuleId =
  | "cpr-external" // CPR numbers and at least one recipient outside org/trusted/Digital Post
  | "cpr-several-people" // CPR numbers of more than one person to an external recipient
  | "cpr-subject" // a CPR number in the subject line
  | "lookalike" // a recipient domain that imitates a protected one
  | "display-name-spoof" // a display name claiming an organisation the address does not belong to
  | "invalid-recipient" // a malformed address
  | "external-recipient" // an external recipient without CPR numbers (only when the policy asks)
  | "attachment-unchecked" // an attachment that could not be read
  | "recipient-name-mismatch"; // the greeting names someone none of the direct recipients can be

interface FindingBase {
  rule: RuleId;
  severity: Severity;
  /** Whether the policy lets the caseworker confirm this finding deliberately. */
  confirmable: boolean;
}

export interface CprFinding extends FindingBase {
  rule: "cpr-external" | "cpr-several-people" | "cpr-subject";
  cprs: CprOccurrence[];
  /** The recipients the numbers would reach outside the organisation (empty for cpr-subject to internal only). */
  recipients: RecipientRef[];
  /** Every number of the finding stands only in quoted earlier mail. */
  quotedOnly: boolean;
  /**
   * Exact counts when `cprs` is cut short (analyzeMessage always sets them): every occurrence, and
   * distinct numbers. `cprs` then holds the first occurrences, at least one per place, and each
   * shown number once per place; `truncated` says some occurrences have no object.
   */
  occurrenceCount?: number;
  cprCount?: number;
  truncated?: boolean;
  /** Salted digest over every distinct number of the finding (the fingerprint uses it; never digits). */
  numbersDigest?: string;
}

export interface RecipientFinding extends FindingBase {
  rule: "lookalike" | "display-name-spoof" | "invalid-recipient" | "external-recipient";
  recipient: RecipientRef;
  assessment: RecipientAssessment;
}

export interface AttachmentFinding extends FindingBase {
  rule: "attachment-unchecked";
  attachment: string;
  reason: string;
}

/** "Kære Jens Hansen" to anne.jensen@gmail.com: the greeting names someone else than the recipient. */
export interface SalutationFinding extends FindingBase {
  rule: "recipient-name-mismatch";
  /** The greeting as written, e.g. "Kære Jens Hansen" (CPR-shaped digits masked). */
  greeting: string;
  /** The people greeted, as written, e.g. ["Jens Hansen"]. */
  names: string[];
  /** The first direct recipient the greeting does not fit. */
  recipient: RecipientRef;
  /** Every direct (To) recipient the greeting does not fit. */
  recipients: RecipientRef[];
  /** Cc/Bcc recipients the greeting does fit: moving one of them to To is the likely fix. */
  matchingCopies: RecipientRef[];
}

export type Finding = CprFinding | RecipientFinding | AttachmentFinding | SalutationFinding;

export type Action = "allow" | "confirm" | "block";

export interface Verdict {
  /** block: something must be fixed; confirm: may go after an explicit confirmation; allow: go. */
  action: Action;
  /** Sorted by severity (block, confirm, notice). */
  findings: Finding[];
  /** Salted hash over recipients and findings; never reveals a CPR number. */
  fingerprint: string;
}

export interface AnalyzeOptions {
  today?: Date;
  /** Per-draft random salt for the fingerprint and CPR hashes. */
  salt?: string;
}

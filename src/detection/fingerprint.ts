// Salted hashes: the fingerprint a confirmation is stored under, and the per-number hashes that
// let the pane tell CPR numbers apart without seeing them. There are only ~4·10^8 valid CPR
// numbers, so an unsalted hash would be reversed in seconds; the caller supplies a per-draft
// random salt and keeps it beside the confirmation (docs/architecture.md, "The core's public surface").
import { sha256, sha256Bytes, utf8Bytes } from "./hash";
import type { Finding, RecipientField } from "./types";

/**
 * Used only when the caller passes no salt (tests, the CLI's dry runs). Hashes made with it are
 * NOT safe to store: anyone can recompute them for every CPR number.
 */
export const UNSALTED = "sendevagt/unsalted";

const SEPARATOR = "\u0000";

/** Hex digest of `value` under a purpose label and the salt, so hashes for different uses never coincide. */
function saltedHash(purpose: string, salt: string, value: string): string {
  return sha256(purpose + SEPARATOR + salt + SEPARATOR + value);
}

/** 16 hex digits (64 bits): plenty to tell the numbers of one mail apart. */
export function cprHash(digits: string, salt: string): string {
  return saltedHash("cpr", salt, digits).slice(0, 16);
}

/**
 * One salted digest over a whole set of numbers (./cpr-tally's sorted key bytes): a finding's
 * numbers enter the fingerprint this way however many there are, so a list of 200,000 people with
 * one number changed is another fingerprint.
 */
export function numbersDigest(sortedKeyBytes: Uint8Array, salt: string): string {
  const head = utf8Bytes("cpr-set" + SEPARATOR + salt + SEPARATOR);
  const data = new Uint8Array(head.length + sortedKeyBytes.length);
  data.set(head);
  data.set(sortedKeyBytes, head.length);
  return hex(sha256Bytes(data)).slice(0, 32);
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i]! < 16 ? "0" : "") + bytes[i]!.toString(16);
  return out;
}

export interface FingerprintRecipient {
  field: RecipientField;
  address: string;
}

function findingKey(finding: Finding): string {
  const head = `${finding.rule}|${finding.severity}|${finding.confirmable ? 1 : 0}`;
  switch (finding.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject": {
      // analyzeMessage's digest covers every number, also those without an occurrence object.
      const numbers = finding.numbersDigest ?? Array.from(new Set(finding.cprs.map((c) => c.hash))).sort().join(",");
      return `${head}|${numbers}|${finding.quotedOnly ? 1 : 0}`;
    }
    case "attachment-unchecked":
      return `${head}|${finding.attachment}|${finding.reason}`;
    case "recipient-name-mismatch":
      // Another greeting is another question: a confirmation for "Kære Jens" does not cover "Kære Peter".
      return `${head}|${finding.recipient.field}:${finding.recipient.address.toLowerCase()}|${finding.names.join(",").toLowerCase()}`;
    default:
      return `${head}|${finding.recipient.field}:${finding.recipient.address.toLowerCase()}`;
  }
}

/**
 * "v1-" + 64 hex digits over the recipients (field and lower-cased address, order ignored) and the
 * findings (rule, severity, CPR hashes). Same mail, policy and salt → same fingerprint; another
 * recipient or another finding → another fingerprint. Body edits that change no finding keep it.
 */
export function verdictFingerprint(
  recipients: readonly FingerprintRecipient[],
  findings: readonly Finding[],
  salt: string,
): string {
  const recipientKeys = recipients.map((r) => `${r.field}:${r.address.trim().toLowerCase()}`).sort();
  const findingKeys = findings.map(findingKey).sort();
  const canonical = ["recipients", ...recipientKeys, "findings", ...findingKeys].join("\n");
  return `v1-${saltedHash("fingerprint", salt, canonical)}`;
}

// Safe defaults in one place: parse.ts fills them into a partial policy.json, defaultPolicy()
// builds a whole policy from nothing but the sender's address (zero-config).
import type { RuleId } from "../detection";
import type { Policy, ReasonCode } from "./types";

/**
 * Confirmable unless IT says otherwise. A strong lookalike (severity "block") is never confirmable,
 * whatever this list says. Left out on purpose: "cpr-several-people" (a citizen's own consent to
 * mail cannot cover other people's numbers) and "cpr-subject" (the fix, editing the subject, is
 * always at hand).
 */
export const DEFAULT_CONFIRMABLE: readonly RuleId[] = [
  "cpr-external",
  "lookalike",
  "display-name-spoof",
  "invalid-recipient",
  "external-recipient",
  "attachment-unchecked",
  "recipient-name-mismatch",
];

export const DEFAULT_REASONS: readonly ReasonCode[] = [
  {
    code: "citizen-request",
    label: {
      da: "Borgeren har selv bedt om svar på mail og er vejledt om risikoen",
      en: "The citizen asked for a reply by email and has been told about the risk",
    },
    requiresText: false,
  },
  {
    code: "authority-forced-tls",
    label: {
      da: "Modtageren er en myndighed med tvungen TLS",
      en: "The recipient is an authority with forced TLS",
    },
    requiresText: false,
  },
  {
    code: "not-confidential",
    label: { da: "Oplysningerne er ikke fortrolige", en: "The information is not confidential" },
    requiresText: false,
  },
  { code: "other", label: { da: "Andet", en: "Other" }, requiresText: true },
];

import { DEFAULT_ATTACHMENT_LIMITS } from "../bytes/attachment-limits";

export { DEFAULT_ATTACHMENT_LIMITS };

/** Right person (issue 19): a greeting that fits no direct recipient is a notice; internal mail is not checked. */
export const DEFAULT_CHECKS = { salutation: "notice", salutationInternal: false } as const;

/** The version label of a policy built without policy.json. */
export const ZERO_CONFIG_VERSION = "zero-config";

/** The domain part of an address, lower-case, or "" when there is none. */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  return address
    .slice(at + 1)
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();
}

/**
 * The policy used when IT has shipped no policy.json: the sender's domain is the organisation,
 * nobody else is trusted, CPR numbers to anyone outside need Digital Post or a reasoned confirmation.
 * Without a sender address the organisation has no domains, so every recipient counts as external.
 */
export function defaultPolicy(senderAddress?: string): Policy {
  const domain = senderAddress ? domainOf(senderAddress) : "";
  return {
    version: ZERO_CONFIG_VERSION,
    organization: { name: domain, domains: domain ? [domain] : [] },
    trustedDomains: [],
    cpr: { extraExemptDates: [], substituteNumbers: false },
    confirmation: {
      allowed: [...DEFAULT_CONFIRMABLE],
      requireReason: true,
      reasons: DEFAULT_REASONS.map((r) => ({ ...r, label: { ...r.label } })),
    },
    externalRecipients: "allow",
    language: "da",
    checks: { ...DEFAULT_CHECKS },
    attachments: { ...DEFAULT_ATTACHMENT_LIMITS },
  };
}

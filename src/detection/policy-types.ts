// The resolved policy every part of Sendevagt works with. parsePolicy() (src/policy) turns IT's
// policy.json into this shape (defaults filled in); defaultPolicy() builds it with no file at all.
// The core owns the shape because the core reads it: src/policy depends on the core, never the
// other way round (issue 13; test/architecture/layers.test.ts).
import type { RuleId } from "./types";

export interface TrustedDomain {
  domain: string;
  name: string;
}

/** How a mail with CPR numbers goes to a citizen instead (see docs/digital-post.md). */
export type DigitalPostRoute =
  | {
      type: "gateway";
      /** Shown to the caseworker, e.g. "Digital Post via Randers Kommunes gateway". */
      name: string;
      /** Recipient address template; "{cpr}" is replaced by the ten digits, e.g. "{cpr}@randers.mitdk.digital-post.dk". */
      addressTemplate: string;
      /** Mail to these domains (and their subdomains) counts as the secure route. */
      gatewayDomains: string[];
      /** Mailboxes allowed to send through the gateway, e.g. "sikkerpost@randers.dk". */
      allowedSenders: string[];
      /** IT's guide for switching sender, optional. */
      guideUrl?: string;
    }
  | { type: "portal"; name: string; url: string; gatewayDomains: string[] }
  | { type: "instructions"; name: string; url: string; gatewayDomains: string[] };

export interface ReasonCode {
  code: string;
  label: { da: string; en: string };
  /** "Andet": the caseworker must add a free text. */
  requiresText: boolean;
}

/** Right person (issue 19): does the greeting name a direct recipient? */
export interface PolicyChecks {
  /** off: no check; notice: a notice, stopping only when CPR numbers go outside; confirm: always stops. Default notice. */
  salutation: "off" | "notice" | "confirm";
  /** Also check mail that only goes to the organisation's own addresses. Default false. */
  salutationInternal: boolean;
}

export interface Policy {
  /** IT's version label for the audit stamp, e.g. "2026-11-01". */
  version: string;
  organization: { name: string; domains: string[] };
  trustedDomains: TrustedDomain[];
  digitalPost?: DigitalPostRoute;
  cpr: {
    /** Added to the CPR office's list of 1 January dates without modulus 11 ("YYYY-MM-DD"). */
    extraExemptDates: string[];
    /** Also treat substitute numbers (erstatningspersonnumre, day + 60) as CPR numbers. Default false. */
    substituteNumbers?: boolean;
  };
  confirmation: {
    /** Findings the caseworker may confirm deliberately; the rest must be fixed. */
    allowed: RuleId[];
    requireReason: boolean;
    reasons: ReasonCode[];
  };
  /** What an external recipient without CPR numbers gets. */
  externalRecipients: "allow" | "notice" | "confirm";
  language: "da" | "en";
  /**
   * When the check cannot run (a part of the mail could not be read, an unexpected error, or no
   * policy at all where this one was known), stop with the retry message instead of offering Send
   * Anyway. Absent means false. docs/deploy.md explains the trade-off.
   */
  failClosed?: boolean;
  /** Optional checks beyond CPR numbers and recipients (absent in policies built by hand: defaults apply). */
  checks?: PolicyChecks;
  attachments: {
    maxTotalBytes: number;
    maxFileBytes: number;
    timeBudgetMs: number;
  };
}

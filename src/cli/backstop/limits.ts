// Exchange Online's documented limits for mail flow rules, each with where it is written. The
// generator refuses (with the limit named) rather than emit a script Exchange would reject halfway.
export const EXCHANGE_LIMITS = {
  /** "Exchange Online limits" service description, Journal, transport, and inbox rule limits: 300 rules. */
  rulesPerOrganization: 300,
  /** Same table: maximum size of an individual transport rule, 8 KB (characters in conditions, exceptions and actions). */
  ruleSizeChars: 8 * 1024,
  /** Same table: character limit for all regular expressions used in all transport rules, 20 KB. */
  regexCharsAllRules: 20 * 1024,
  /** New-TransportRule -Name: "The maximum length is 64 characters." */
  nameChars: 64,
  /** New-TransportRule -RejectMessageReasonText: "In the cloud-based service, the maximum number of characters is 1024." */
  rejectTextChars: 1024,
  /** New-TransportRule -Comments: "The length of the comment can't exceed 1024 characters." */
  commentChars: 1024,
} as const;

export type LimitName = keyof typeof EXCHANGE_LIMITS;

export interface LimitBreach {
  limit: LimitName;
  /** The rule it concerns, when it is one rule's. */
  rule?: string;
  actual: number;
  allowed: number;
}

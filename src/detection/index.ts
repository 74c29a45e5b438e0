// The detection core's one entry point (docs/architecture.md, "The core's public surface").
// Everything outside src/detection/ imports from here only.
export * from "./types";
export {
  findCprNumbers,
  maskCpr,
  maskCprNumbers,
  withoutCprNumbers,
  longestDigitRun,
  MAX_SHOWN_DIGIT_RUN,
  isValidCprDigits,
  DEFAULT_EXEMPT_DATES,
} from "./cpr";
export { analyzeMessage } from "./analyze";
export { isCprFinding, isCprRule, CPR_RULES_BY_WEIGHT } from "./findings";
export { htmlToText, htmlBodyText } from "../text/html-to-text";
export type { HtmlBody } from "../text/html-hidden";
export { quotedRanges, isQuoted, type TextRange } from "./quoted";
export { sha256 } from "./hash";
export { encodeUtf8 } from "../bytes/utf8";
export { verdictFingerprint, cprHash } from "./fingerprint";
// The policy travels with the core so that one import serves the handler, the pane and the CLI.
export { parsePolicy, PolicyError, defaultPolicy } from "../policy";
export type { PolicyIssue } from "../policy";
export type { Policy, PolicyChecks, TrustedDomain, DigitalPostRoute, ReasonCode } from "./policy-types";
export {
  classifyRecipient,
  parseAddress,
  findPublicBody,
  findKnownOrganisation,
  isWebmailDomain,
  toUnicodeDomain,
  type KnownOrganisation,
  type LookalikeReason,
  type ParsedAddress,
} from "./recipients";

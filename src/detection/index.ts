// The detection core's one entry point (../shared/DESIGN.md, "The core's public surface").
// Everything outside src/detection/ imports from here only.
export * from "./types";
export { findCprNumbers, maskCpr, isValidCprDigits, DEFAULT_EXEMPT_DATES } from "./cpr";
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

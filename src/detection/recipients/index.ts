// Recipients: who each one is, and whether its domain or display name imitates a protected one.
export { classifyRecipient, assessRecipient, type RecipientInput } from "./classify";
export { parseAddress, type ParsedAddress, type AddressProblem } from "./address";
export { findPublicBody, findKnownOrganisation, isWebmailDomain, knownOrganisations, type KnownOrganisation } from "./public-bodies";
export { toUnicodeDomain, toAsciiDomain } from "./idn";
export { protectedDomains, type ProtectedDomain } from "./protected";
export type { LookalikeReason } from "./lookalike";

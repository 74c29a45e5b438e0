// The policy module's public surface; src/detection/index.ts re-exports it for the one-entry-point contract.
export type { Policy, TrustedDomain, DigitalPostRoute, ReasonCode } from "./types";
export { parsePolicy, PolicyError, formatPath, type PolicyIssue } from "./parse";
export { checkPolicy, parsePolicyQuietly, type PolicyCheck } from "./validate";
export { defaultPolicy, DEFAULT_CONFIRMABLE, DEFAULT_REASONS, DEFAULT_ATTACHMENT_LIMITS, ZERO_CONFIG_VERSION } from "./defaults";
export { policySchema, RULE_IDS } from "./schema";

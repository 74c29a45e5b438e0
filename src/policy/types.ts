// The policy shape is owned by the core that reads it (src/detection/policy-types.ts); the policy
// module validates IT's file into it. Re-exported so src/policy's own files keep one short import.
export type { Policy, PolicyChecks, TrustedDomain, DigitalPostRoute, ReasonCode } from "../detection";

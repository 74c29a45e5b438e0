// A resolved Policy for the recipient tests, built by hand so these tests do not depend on
// parsePolicy/defaultPolicy (written and tested elsewhere).
import type { Policy, TrustedDomain } from "../../policy-types";

export function testPolicy(options: {
  name?: string;
  domains?: string[];
  trusted?: TrustedDomain[];
  gateways?: string[];
} = {}): Policy {
  return {
    version: "test",
    organization: { name: options.name ?? "Randers Kommune", domains: options.domains ?? ["randers.dk"] },
    trustedDomains: options.trusted ?? [],
    ...(options.gateways
      ? {
          digitalPost: {
            type: "gateway" as const,
            name: "Digital Post",
            addressTemplate: `{cpr}@${options.gateways[0]}`,
            gatewayDomains: options.gateways,
            allowedSenders: [],
          },
        }
      : {}),
    cpr: { extraExemptDates: [] },
    confirmation: { allowed: [], requireReason: false, reasons: [] },
    externalRecipients: "allow",
    language: "da",
    attachments: { maxTotalBytes: 25_000_000, maxFileBytes: 10_000_000, timeBudgetMs: 2000 },
  };
}

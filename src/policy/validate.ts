// policy.json checked and resolved, without words. The send handler needs only to know whether
// IT's file can be used (the pane and the CLI say what is wrong: ./parse.ts words the same
// problems), and the wording of every problem in two languages would be a tenth of its bundle.
import type { DigitalPostRoute, Policy } from "./types";
import { policySchema, type PolicyOutput } from "./schema";
import { crossFieldIssues, type RawIssue } from "./semantics";

export type PolicyCheck =
  | { ok: true; policy: Policy }
  /** The schema's issues as zod gives them, and the cross-field checks' (./semantics). */
  | { ok: false; schemaIssues: readonly unknown[]; crossFieldIssues: RawIssue[] };

/** Every problem of the (JSON.parse'd) file, or the resolved policy with its defaults filled in. */
export function checkPolicy(json: object): PolicyCheck {
  const result = policySchema.safeParse(json);
  const crossField = crossFieldIssues(json);
  if (result.success && crossField.length === 0) return { ok: true, policy: resolve(result.data) };
  return { ok: false, schemaIssues: result.success ? [] : result.error.issues, crossFieldIssues: crossField };
}

/**
 * The send handler's parser: accepts exactly what parsePolicy accepts and returns the same policy;
 * a file it refuses gets an error that only counts the problems.
 */
export function parsePolicyQuietly(json: unknown): Policy {
  if (typeof json === "string") json = JSON.parse(json);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("policy.json is not a JSON object");
  const checked = checkPolicy(json);
  if (!checked.ok) throw new Error(`policy.json: ${checked.schemaIssues.length + checked.crossFieldIssues.length} problems`);
  return checked.policy;
}

function lowerUnique(domains: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of domains) {
    const lower = d.toLowerCase();
    if (!out.includes(lower)) out.push(lower);
  }
  return out;
}

function resolveRoute(route: NonNullable<PolicyOutput["digitalPost"]>): DigitalPostRoute {
  if (route.type !== "gateway") return { ...route, gatewayDomains: lowerUnique(route.gatewayDomains) };
  const templateDomain = route.addressTemplate.slice(route.addressTemplate.lastIndexOf("@") + 1);
  const resolved: DigitalPostRoute = {
    type: "gateway",
    name: route.name,
    addressTemplate: route.addressTemplate,
    gatewayDomains: lowerUnique(route.gatewayDomains ?? [templateDomain]),
    allowedSenders: route.allowedSenders.map((a) => a.toLowerCase()),
  };
  if (route.guideUrl !== undefined) resolved.guideUrl = route.guideUrl;
  return resolved;
}

function resolve(parsed: PolicyOutput): Policy {
  const policy: Policy = {
    version: parsed.version,
    organization: { name: parsed.organization.name, domains: lowerUnique(parsed.organization.domains) },
    trustedDomains: parsed.trustedDomains.map((t) => ({ domain: t.domain.toLowerCase(), name: t.name })),
    cpr: { extraExemptDates: [...parsed.cpr.extraExemptDates], substituteNumbers: parsed.cpr.substituteNumbers },
    confirmation: {
      allowed: [...new Set(parsed.confirmation.allowed)],
      requireReason: parsed.confirmation.requireReason,
      reasons: parsed.confirmation.reasons.map((r) => ({
        code: r.code,
        label: { da: r.label.da, en: r.label.en ?? r.label.da },
        requiresText: r.requiresText,
      })),
    },
    externalRecipients: parsed.externalRecipients,
    language: parsed.language,
    checks: { salutation: parsed.checks.salutation, salutationInternal: parsed.checks.salutationInternal },
    attachments: { ...parsed.attachments },
  };
  if (parsed.digitalPost) policy.digitalPost = resolveRoute(parsed.digitalPost);
  if (parsed.failClosed) policy.failClosed = true;
  return policy;
}


// Checks that span several fields, run on the raw JSON beside the schema so that IT sees every
// problem in one go, even when other parts of the file are broken. Each check guards its own shape.

import { riskyDomainIssues } from "./risky";

export interface RawIssue {
  segments: (string | number)[];
  code: string;
  value?: unknown;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUnder(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

function checkGatewayDomains(policy: Json, issues: RawIssue[]): void {
  const route = policy.digitalPost;
  if (!isObject(route) || route.type !== "gateway") return;
  const template = route.addressTemplate;
  const domains = route.gatewayDomains;
  // Without gatewayDomains the parser derives them from the template, so there is nothing to contradict.
  if (typeof template !== "string" || !Array.isArray(domains)) return;
  const at = template.lastIndexOf("@");
  if (at < 0) return;
  const templateDomain = template.slice(at + 1).trim().toLowerCase();
  const listed = domains.filter((d): d is string => typeof d === "string").map((d) => d.trim().toLowerCase());
  if (!listed.some((d) => isUnder(templateDomain, d))) {
    issues.push({ segments: ["digitalPost", "gatewayDomains"], code: "gateway-domain-missing", value: templateDomain });
  }
}

function checkReasons(policy: Json, issues: RawIssue[]): void {
  const confirmation = policy.confirmation;
  if (!isObject(confirmation)) return;
  const reasons = confirmation.reasons;
  if (!Array.isArray(reasons)) return;
  if (reasons.length === 0 && confirmation.requireReason !== false) {
    issues.push({ segments: ["confirmation", "reasons"], code: "reasons-empty" });
  }
  const seen = new Set<string>();
  reasons.forEach((reason, index) => {
    if (!isObject(reason) || typeof reason.code !== "string") return;
    if (seen.has(reason.code)) {
      issues.push({ segments: ["confirmation", "reasons", index, "code"], code: "duplicate-reason-code", value: reason.code });
    }
    seen.add(reason.code);
  });
}

export function crossFieldIssues(policy: unknown): RawIssue[] {
  const issues: RawIssue[] = [];
  if (!isObject(policy)) return issues;
  checkGatewayDomains(policy, issues);
  checkReasons(policy, issues);
  for (const issue of riskyDomainIssues(policy)) issues.push(issue);
  return issues;
}

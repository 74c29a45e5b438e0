// Domains that must never be an organisation's own, a trusted partner or the Digital Post route:
// a webmail or ISP mail domain (gmail.com, hotmail.dk …: every citizen's private address would
// count as internal or secure) and a public suffix (dk, co.uk: every domain under it would).
// Each is an error, not a warning: the handler runs these checks too (parsePolicyQuietly), and a warning there would be
// read by nobody while the domain is trusted on every send. IT fixes the file; until then the
// handler uses the last good policy or the defaults and says policy.json could not be used.
// Narrow value imports, not the core index: the policy parser ships in the send handler and its
// bundle guard (bundle.test.ts) counts on pulling in only the suffix data and the webmail list
// (named exceptions in test/architecture/layers.test.ts).
import { parse } from "../detection/recipients/public-suffix";
import { isWebmailDomain } from "../detection/recipients/public-bodies";
import { DOMAIN_PATTERN } from "./schema";
import type { RawIssue } from "./semantics";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function clean(domain: string): string {
  return domain.trim().replace(/\.$/, "").toLowerCase();
}

/** "webmail" for a mail provider's domain (or under one), "public-suffix" for dk, co.uk …, else undefined. */
export function riskOf(domain: string): "webmail" | "public-suffix" | undefined {
  const d = clean(domain);
  // What is not a domain name at all already has its own error (schema.ts).
  if (!DOMAIN_PATTERN.test(d)) return undefined;
  if (isWebmailDomain(d)) return "webmail";
  // No registrable part: the whole name is a suffix on ICANN's list, and anyone can register under
  // it. (A one-label name like "dk" already fails the domain check.)
  const parsed = parse(d);
  if (parsed.domain === null && parsed.publicSuffix === d) return "public-suffix";
  return undefined;
}

function checkDomain(value: unknown, segments: (string | number)[], role: "own" | "trusted" | "gateway", issues: RawIssue[]): void {
  if (typeof value !== "string") return;
  const risk = riskOf(value);
  if (risk) issues.push({ segments, code: `${role}-${risk}`, value });
}

function checkList(list: unknown, segments: (string | number)[], role: "own" | "gateway", issues: RawIssue[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((d, i) => checkDomain(d, [...segments, i], role, issues));
}

export function riskyDomainIssues(policy: Json): RawIssue[] {
  const issues: RawIssue[] = [];
  if (isObject(policy.organization)) checkList(policy.organization.domains, ["organization", "domains"], "own", issues);
  if (Array.isArray(policy.trustedDomains)) {
    policy.trustedDomains.forEach((t, i) => {
      if (isObject(t)) checkDomain(t.domain, ["trustedDomains", i, "domain"], "trusted", issues);
    });
  }
  const route = policy.digitalPost;
  if (isObject(route)) {
    if (typeof route.addressTemplate === "string") {
      const template = route.addressTemplate;
      checkDomain(template.slice(template.lastIndexOf("@") + 1), ["digitalPost", "addressTemplate"], "gateway", issues);
    }
    checkList(route.gatewayDomains, ["digitalPost", "gatewayDomains"], "gateway", issues);
  }
  return issues;
}

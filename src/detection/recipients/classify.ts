// Who is this recipient? internal, trusted partner, the Digital Post gateway, external or not an
// address at all, and, for the external ones, whether the domain or the display name imitates
// an organisation we protect. Never throws: the send handler must always get an answer.
import type { Policy } from "../policy-types";
import type { LookalikeAssessment, RecipientAssessment, RecipientKind } from "../types";
import { parseAddress } from "./address";
import { describeDomain } from "./candidate";
import { claimedOrganisation } from "./display-name";
import { isIdn, toUnicodeDomain } from "./idn";
import { findLookalike, nearMiss } from "./lookalike";
import { normaliseDomain, protectedDomains, type ProtectedDomain } from "./protected";
import { findKnownOrganisation } from "./public-bodies";

export interface RecipientInput {
  address: string;
  displayName?: string;
}

interface PolicyDomains {
  own: string[];
  trusted: string[];
  gateways: string[];
}

const domainCache = new WeakMap<Policy, PolicyDomains>();

function clean(list: readonly unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const d of list ?? []) {
    const n = typeof d === "string" ? normaliseDomain(d) : undefined;
    if (n) out.push(n);
  }
  return out;
}

function policyDomains(policy: Policy): PolicyDomains {
  let hit = domainCache.get(policy);
  if (!hit) {
    hit = {
      own: clean(policy.organization?.domains),
      trusted: clean((policy.trustedDomains ?? []).map((t) => t && t.domain)),
      gateways: clean(policy.digitalPost?.gatewayDomains),
    };
    domainCache.set(policy, hit);
  }
  return hit;
}

function within(domain: string, parents: readonly string[]): boolean {
  return parents.some((p) => domain === p || domain.slice(-(p.length + 1)) === "." + p);
}

function kindOf(domain: string, d: PolicyDomains): RecipientKind {
  // The gateway first: it may sit under the organisation's own domain.
  if (within(domain, d.gateways)) return "digital-post";
  if (within(domain, d.own)) return "internal";
  if (within(domain, d.trusted)) return "trusted";
  return "external";
}

function lookalikeFor(domain: string, local: string, displayName: string | undefined, policy: Policy): LookalikeAssessment | undefined {
  const list = protectedDomains(policy);
  const candidate = describeDomain(domain);
  const known = candidate ? findKnownOrganisation(candidate.registrable) : undefined;

  const match = candidate ? findLookalike(candidate, list, !!known) : undefined;
  const fromMatch = (m: NonNullable<typeof match>): LookalikeAssessment => {
    const found: LookalikeAssessment = {
      severity: m.severity,
      imitates: m.target.domain,
      imitatesName: m.target.name,
      reason: m.reason,
      suggestion: `${local}@${m.target.domain}`,
    };
    if (known) found.actualName = known.name;
    return found;
  };
  if (match && match.severity !== "notice") return fromMatch(match);

  const claim = displayName ? claimedOrganisation(displayName, domain, policy, list) : undefined;
  if (claim) {
    const spoof: LookalikeAssessment = {
      // A free-mail box that calls itself an authority is the classic spoof; any other
      // domain may be a real person's signature habit, so it asks instead of stopping.
      severity: known && known.webmail ? "block" : "confirm",
      imitates: claim.imitates,
      imitatesName: claim.imitatesName,
      reason: "display-name",
    };
    if (known) spoof.actualName = known.name;
    return spoof;
  }

  // A known organisation next to one of ours: say who it really is (kl.dk is KL, not kk.dk).
  if (candidate && known && known.domains[0] !== undefined) {
    const neighbour = list.find((p: ProtectedDomain) => p.source !== "public" && nearMiss(candidate, p));
    if (neighbour && !within(candidate.registrable, [neighbour.domain])) {
      return {
        severity: "notice",
        imitates: neighbour.domain,
        imitatesName: neighbour.name,
        reason: "known-neighbour",
        actualName: known.name,
      };
    }
  }
  return match ? fromMatch(match) : undefined;
}

/** The classification without the last-resort guard (tests call this to see real errors). */
export function assessRecipient(recipient: RecipientInput, policy: Policy): RecipientAssessment {
  const address = typeof recipient?.address === "string" ? recipient.address : "";
  const parsed = parseAddress(address);
  if (!parsed.valid) return { address, domain: parsed.domain, kind: "invalid" };

  const domain = parsed.domain;
  const result: RecipientAssessment = { address, domain, kind: kindOf(domain, policyDomains(policy)) };
  if (isIdn(domain)) {
    const unicode = toUnicodeDomain(domain);
    if (unicode !== domain) result.unicodeDomain = unicode;
  }
  if (result.kind !== "external") return result;
  const displayName = typeof recipient.displayName === "string" ? recipient.displayName : undefined;
  const lookalike = lookalikeFor(domain, parsed.local, displayName, policy);
  if (lookalike) result.lookalike = lookalike;
  return result;
}

export function classifyRecipient(recipient: RecipientInput, policy: Policy): RecipientAssessment {
  try {
    return assessRecipient(recipient, policy);
  } catch (_error) {
    // Defensive only: assessRecipient is property-tested not to throw. A recipient we could
    // not assess is treated like a malformed one, which the verdict never lets pass silently.
    const address = typeof recipient?.address === "string" ? recipient.address : "";
    return { address, domain: "", kind: "invalid" };
  }
}

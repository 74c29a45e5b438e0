// A display name that claims an organisation the address does not belong to:
// "Køge Kommune" <koege.kommune@gmail.com>, or "Virk <postkasse@virk.dk>" <x@outlook.dk>.
// Only organisations we protect count (the policy's own and trusted names, the public bodies).
import type { Policy } from "../policy-types";
import { foldLong } from "./fold";
import { displayOrder, withoutIgnorable } from "./ignorable";
import { normaliseDomain, type ProtectedDomain } from "./protected";
import { knownOrganisations } from "./public-bodies";
import { asciiLookalike } from "./skeleton";

export interface NameClaim {
  imitates: string;
  imitatesName: string;
}

/**
 * Lower-case, Danish letters folded, punctuation to single spaces: "Faaborg-Midtfyn Kommune" →
 * "faaborg midtfyn kommune". Invisible characters (zero-width, bidi controls) are dropped first,
 * so "Kø\u200Bge" reads as "køge", not as two words.
 */
export function normaliseName(text: string): string {
  return asciiLookalike(foldLong(withoutIgnorable(text)))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const EMBEDDED_ADDRESS = /[^\s<>()"',;:@]+@([^\s<>()"',;:@]+)/g;
// A one-word name must be this long before it may stand inside a longer display name;
// "Virk" or "KL" only count as the whole display name.
const MIN_WORD_IN_TEXT = 6;

function within(domain: string, parent: string): boolean {
  return domain === parent || domain.slice(-(parent.length + 1)) === "." + parent;
}

function mentions(text: string, name: string): boolean {
  if (name === "" || text === "") return false;
  if (text === name) return true;
  if (name.indexOf(" ") < 0 && name.length < MIN_WORD_IN_TEXT) return false;
  return (" " + text + " ").indexOf(" " + name + " ") >= 0;
}

interface NamedDomains {
  names: string[];
  domains: string[];
}

function claimants(policy: Policy): NamedDomains[] {
  const list: NamedDomains[] = [];
  const org = policy.organization;
  if (org && typeof org.name === "string") list.push({ names: [org.name], domains: org.domains ?? [] });
  for (const t of policy.trustedDomains ?? []) list.push({ names: [t.name], domains: [t.domain] });
  for (const body of knownOrganisations()) {
    if (body.public) list.push({ names: [body.name, ...body.aliases], domains: body.domains });
  }
  return list.map((c) => ({
    names: c.names.map((n) => (typeof n === "string" ? normaliseName(n) : "")),
    domains: c.domains.map((d) => (typeof d === "string" ? normaliseDomain(d) ?? "" : "")).filter((d) => d !== ""),
  }));
}

const claimantCache = new WeakMap<Policy, NamedDomains[]>();

/**
 * The organisation the display name claims, when `domain` (the address's lower-case ASCII
 * domain) is not one of its domains. `protectedList` ranks which of its domains to name.
 */
export function claimedOrganisation(
  displayName: string,
  domain: string,
  policy: Policy,
  protectedList: readonly ProtectedDomain[],
): NameClaim | undefined {
  if (!displayName || displayName.length > 1000) return undefined;
  // What the caseworker sees: a right-to-left override shows its text reversed, and an address
  // or name with a zero-width space in it still reads whole.
  displayName = withoutIgnorable(displayOrder(displayName));
  const findProtected = (d: string) => protectedList.find((p) => p.domain === d);

  // An address written into the display name is the strongest claim there is.
  const written = displayName.match(EMBEDDED_ADDRESS) ?? [];
  for (const address of written) {
    const d = normaliseDomain(address.slice(address.lastIndexOf("@") + 1));
    if (!d || within(domain, d)) continue;
    const p = protectedList.find((q) => within(d, q.domain));
    if (p) return { imitates: p.domain, imitatesName: p.name };
  }

  const stripped = displayName.replace(EMBEDDED_ADDRESS, " ");
  const text = normaliseName(stripped);
  if (text === "") return undefined;
  let list = claimantCache.get(policy);
  if (!list) {
    list = claimants(policy);
    claimantCache.set(policy, list);
  }
  const claimed: string[] = [];
  for (const c of list) {
    if (c.names.some((n) => mentions(text, n))) claimed.push(...c.domains);
  }
  if (claimed.length === 0 || claimed.some((d) => within(domain, d))) return undefined;
  // Name the claimed domain the policy protects first (own, then trusted), else the first one.
  let best: ProtectedDomain | undefined;
  for (const d of claimed) {
    const p = findProtected(d);
    if (p && (!best || rank(p) < rank(best))) best = p;
  }
  return best ? { imitates: best.domain, imitatesName: best.name } : undefined;
}

function rank(p: ProtectedDomain): number {
  return p.source === "own" ? 0 : p.source === "trusted" ? 1 : 2;
}

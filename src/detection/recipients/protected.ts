// The domains a lookalike may imitate: the organisation's own, its trusted partners, and the
// known Danish public bodies. Each is prepared once per policy (labels, folded and skeleton
// forms), because a heavy mail asks the same question for hundreds of recipients.
import { getDomain, getPublicSuffix } from "./public-suffix";
import type { Policy } from "../policy-types";
import { collapseTranslit, foldLong, foldShort } from "./fold";
import { toAsciiDomain } from "./idn";
import { findKnownOrganisation, knownOrganisations } from "./public-bodies";
import { skeleton } from "./skeleton";

/** own: the policy's organisation; trusted: its partners; public: the shipped list. */
export type ProtectedSource = "own" | "trusted" | "public";

export interface ProtectedDomain {
  domain: string;
  name: string;
  source: ProtectedSource;
  /** The registrable label without the public suffix: "randers" of randers.dk. */
  label: string;
  suffix: string;
  /** label without hyphens, and its homoglyph skeleton. */
  bare: string;
  skeleton: string;
  /** bare with aa/ae/oe/ue collapsed. */
  collapsed: string;
  /**
   * The organisation's name as a domain label would spell it, when it differs from the label
   * (københavns kommune → "koebenhavns", "kobenhavns", "koebenhavn", "kobenhavn" for kk.dk): a
   * phisher writes the name, not the three-letter abbreviation, into koebenhavn-kommune.dk.
   * Only ever matched together with channel words.
   */
  nameLabels: string[];
}

export function normaliseDomain(domain: string): string | undefined {
  const trimmed = domain.trim().replace(/^\*?\./, "").replace(/\.$/, "");
  return toAsciiDomain(trimmed);
}

// Words of an organisation's name that say what kind of body it is, not which one: they are
// channel words themselves (or near), so the name label is what is left.
const KIND_WORDS = /\b(kommune|kommunes|regionskommune|region|regions|kommunernes|landsforening)\b/g;
const MIN_NAME_LABEL = 5;

/** "Københavns Kommune" → ["koebenhavns", "kobenhavns", "koebenhavn", "kobenhavn"] (see nameLabels). */
export function nameLabelsOf(names: readonly string[], bare: string): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (typeof name !== "string") continue;
    const core = name.toLowerCase().replace(KIND_WORDS, " ").replace(/[^a-z0-9æøåäöü]+/g, "");
    for (const folded of [foldLong(core), foldShort(core)]) {
      const forms = /[^s]s$/.test(folded) ? [folded, folded.slice(0, -1)] : [folded];
      for (const f of forms) {
        if (f.length >= MIN_NAME_LABEL && f !== bare && out.indexOf(f) < 0) out.push(f);
      }
    }
  }
  return out;
}

function prepare(domain: string, name: string, source: ProtectedDomain["source"], aliases: readonly string[] = []): ProtectedDomain | undefined {
  // A protected subdomain (sikkerpost.randers.dk) protects its registrable domain: that is
  // the name a lookalike imitates and the fix a suggestion should offer.
  const registrable = getDomain(domain);
  const suffix = getPublicSuffix(domain);
  if (!registrable || !suffix || registrable.length <= suffix.length + 1) return undefined;
  const label = registrable.slice(0, registrable.length - suffix.length - 1);
  const bare = foldLong(label).replace(/-/g, "");
  return {
    domain: registrable,
    name,
    source,
    label,
    suffix,
    bare,
    skeleton: skeleton(bare),
    collapsed: collapseTranslit(bare),
    nameLabels: nameLabelsOf([name].concat(aliases), bare),
  };
}

const cache = new WeakMap<Policy, ProtectedDomain[]>();

/** Own domains first, then trusted, then public bodies; a domain appears once, at its first source. */
export function protectedDomains(policy: Policy): ProtectedDomain[] {
  const hit = cache.get(policy);
  if (hit) return hit;
  const seen: Record<string, true> = Object.create(null);
  const list: ProtectedDomain[] = [];
  const add = (raw: string, name: string, source: ProtectedSource, aliases?: readonly string[]) => {
    const domain = typeof raw === "string" ? normaliseDomain(raw) : undefined;
    // The shipped list knows the names of public bodies; a policy entry for one gets them too.
    const body = domain && !aliases ? findKnownOrganisation(domain) : undefined;
    const names = aliases ?? (body && body.public ? [body.name].concat(body.aliases) : []);
    const entry = domain ? prepare(domain, typeof name === "string" ? name : domain, source, names) : undefined;
    if (!entry || seen[entry.domain]) return;
    seen[entry.domain] = true;
    list.push(entry);
  };
  const org = policy.organization;
  for (const d of org?.domains ?? []) add(d, org.name, "own");
  for (const t of policy.trustedDomains ?? []) add(t.domain, t.name, "trusted");
  for (const body of knownOrganisations()) {
    if (!body.public) continue;
    for (const d of body.domains) add(d, body.name, "public", body.aliases);
  }
  cache.set(policy, list);
  return list;
}

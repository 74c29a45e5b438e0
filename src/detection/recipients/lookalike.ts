// Does a recipient domain imitate a protected one? Each check below is one class of lookalike;
// the severity depends on how crowded the protected label's neighbourhood is (distance 1 from a
// two- or three-letter label hits real organisations; from an eight-letter one it does not)
// and on where the protected domain comes from (the organisation's own and trusted domains are
// the ones caseworkers actually mail, so they get every check; the shipped list of public
// bodies gets the checks that rarely hit an unrelated Danish domain).
import type { Severity } from "../types";
import { spellings, type CandidateDomain } from "./candidate";
import { editDistance, weightedDistance } from "./distance";
import { channelAffix, isGenericChannelWord, type ChannelAffix } from "./channel-words";
import { isDanishSpelling } from "./fold";
import { inflectionOf } from "./inflection";
import type { ProtectedDomain } from "./protected";
import { hasNonAscii } from "./skeleton";

export type LookalikeReason =
  | "subdomain" // randers.dk.securemail.eu
  | "tld-append" // randers.dk.co
  | "dot-split" // rand.ers.dk
  | "tld-swap" // randers.com
  | "translit" // koge.dk / køge.dk for koege.dk
  | "homoglyph" // rаnders.dk (Cyrillic а), randérs.dk, rnndcrs → skeleton equal
  | "hyphenation" // ran-ders.dk
  | "affix" // randers-kommune.dk, sikkerpost-randers.dk
  | "dot-hyphen" // randers-dk.com, randersdk.dk
  | "inflection" // randerserne.dk, aarhusen.dk, helsesingor.dk
  | "typo"; // anders.dk, randrs.dk, randers1.dk

export interface LookalikeMatch {
  target: ProtectedDomain;
  reason: LookalikeReason;
  severity: Severity;
  /** Weighted distance for typos, 0 for the structural classes; used to rank matches. */
  cost: number;
}

/** Labels further apart than this are unrelated. */
const MAX_EDITS = 3;

interface Relation {
  reason: LookalikeReason | "exact";
  edits: number;
  cost: number;
  /** affix only: a short name glued to a short word (kkit), so weaker evidence. */
  weak?: boolean;
  /** affix only: the organisation's written-out name (of five letters or more), not the label. */
  named?: boolean;
  /** typo only: within one edit only through a deliberate letter shape (rn, cl, 0, 1). */
  shaped?: boolean;
}

/**
 * Channel words around the protected name (randers-mail, minrandersborgerservice), or around
 * the organisation's name where the domain is an abbreviation (koebenhavns-kommune for kk.dk).
 */
function affixRelation(c: CandidateDomain, p: ProtectedDomain): Relation | undefined {
  for (const name of [p.bare].concat(p.nameLabels)) {
    const found = affixAround(c, name);
    if (!found) continue;
    if (name !== p.bare) {
      // The name is indirect evidence (midtjylland-it.dk may be any IT firm in the region), so
      // it needs a word that only the organisation itself would use.
      if (found.words.every(isGenericChannelWord)) continue;
      return { reason: "affix", edits: 0, cost: 0, named: true };
    }
    // A name of three letters or fewer glued to a two- or three-letter word (kkit, mitrm) is
    // barely that name any more; a hyphen (kk-it) or a longer word (kkborger) keeps it visible.
    const weak = p.bare.length <= 3 && !found.hyphenated && found.words.some((w) => w.length < 4 && w !== "dk");
    const onlyDk = found.words.length === 1 && found.words[0] === "dk";
    return { reason: onlyDk ? "dot-hyphen" : "affix", edits: 0, cost: 0, weak };
  }
  return undefined;
}

function affixAround(c: CandidateDomain, name: string): ChannelAffix | undefined {
  for (let k = 0; k < 2; k++) {
    if (k === 1 && c.forms[1] === c.forms[0]) break;
    const found = channelAffix(c.forms[k] as string, c.cuts[k] as number[], name);
    if (found) return found;
  }
  return undefined;
}

/**
 * A plural or inflection ending added to the name (randerserne, helsesingor). Not on names of
 * four letters or fewer: there an ending makes an ordinary word (skat → skater, virk → virker),
 * and a one-letter ending is already a typo.
 */
function inflectionRelation(c: CandidateDomain, p: ProtectedDomain): Relation | undefined {
  if (p.bare.length < 5) return undefined;
  const [long, short] = c.forms;
  const ending = inflectionOf(long, p.bare) ?? (short !== long ? inflectionOf(short, p.bare) : undefined);
  return ending ? { reason: "inflection", edits: ending.length, cost: 0 } : undefined;
}

/** How the candidate's registrable label relates to a protected label, if it does. */
function relateLabels(c: CandidateDomain, p: ProtectedDomain): Relation | undefined {
  if (c.label === p.label) return { reason: "exact", edits: 0, cost: 0 };
  const [long, short] = c.forms;
  if (long === p.bare || short === p.bare) {
    if (hasNonAscii(c.label)) return { reason: isDanishSpelling(c.label) ? "translit" : "homoglyph", edits: 0, cost: 0 };
    return { reason: "hyphenation", edits: 0, cost: 0 };
  }
  if (c.collapsed === p.collapsed) return { reason: "translit", edits: 0, cost: 0 };
  const [skelLong, skelShort, skelAlt] = c.skeletons;
  if (skelLong === p.skeleton || skelShort === p.skeleton || skelAlt === p.skeleton) {
    // On a label of three letters or fewer one letter read as another (itk.dk for ltk.dk) is
    // one slip, not proof: it may be somebody's real name. A shape no name uses (frnk for fmk,
    // a digit) or a non-ASCII letter is deliberate.
    if (p.bare.length > 3 || hasNonAscii(c.label) || deliberateShape(long, skelLong, p) || deliberateShape(short, skelShort, p)) {
      return { reason: "homoglyph", edits: 0, cost: 0 };
    }
    return { reason: "homoglyph", edits: 1, cost: 0.5 };
  }
  const structural = affixRelation(c, p) ?? inflectionRelation(c, p);
  if (structural) return structural;
  // Typos are measured on the plain spellings and on the skeletons, and the closer one counts:
  // the skeleton hides rn/m look-alikes, but it also turns a plain slip ("rnders") into two edits.
  const pairs: Array<[string, string]> = [[long, p.bare]];
  if (short !== long) pairs.push([short, p.bare]);
  if (c.forms[2] !== long && c.forms[2] !== short) pairs.push([c.forms[2], p.bare]);
  const plainPairs = pairs.length; // the pairs after these compare skeletons
  // On labels of three letters or fewer a skeleton near-miss is no evidence: "rn" is "m", and
  // every one-letter label would be one edit from it. Equal skeletons were handled above.
  if (p.bare.length > 3) {
    if (skelLong !== long || p.skeleton !== p.bare) pairs.push([skelLong, p.skeleton]);
    if (skelShort !== skelLong) pairs.push([skelShort, p.skeleton]);
    if (skelAlt !== skelLong) pairs.push([skelAlt, p.skeleton]);
  }
  let edits = MAX_EDITS + 1;
  let plainEdits = MAX_EDITS + 1;
  let skeletonEdits = MAX_EDITS + 1;
  pairs.forEach(([a, b], i) => {
    const d = editDistance(a, b, MAX_EDITS);
    if (i < plainPairs) plainEdits = Math.min(plainEdits, d);
    else if (deliberateShape(long, a, p)) skeletonEdits = Math.min(skeletonEdits, d);
    edits = Math.min(edits, d);
  });
  if (edits > MAX_EDITS) return undefined;
  // The weighted cost tells a slip (neighbouring key, doubled or swapped letters) from any edit.
  let cost = edits;
  for (const [a, b] of pairs) cost = Math.min(cost, weightedDistance(a, b, MAX_EDITS));
  // Deliberate look-alikes: within one edit only because the candidate uses a shape the name
  // does not (rn for m, cl for d, a digit for a letter), or two look-alike slips that cost one
  // edit's worth (hc1singor: c for e, 1 for l). A digit merely added (aarhus1) is neither.
  const shaped =
    (skeletonEdits <= 1 && skeletonEdits < plainEdits) ||
    (cost <= 1 && plainEdits >= 2 && deliberateShape(long, skelLong, p));
  return { reason: hasNonAscii(c.label) || shaped ? "homoglyph" : "typo", edits, cost, shaped };
}

/** The candidate merges more letter shapes (or uses a digit) than the protected name does. */
function deliberateShape(form: string, formSkeleton: string, p: ProtectedDomain): boolean {
  if (form.length - formSkeleton.length > p.bare.length - p.skeleton.length) return true;
  return /[01]/.test(form) && !/[01]/.test(p.bare);
}

/** Severity of a typo, by the length of the protected label (see docs/public-bodies.md). */
function typoSeverity(rel: Relation, length: number, policyDomain: boolean): Severity | undefined {
  if (policyDomain) {
    if (length <= 4) return rel.edits <= 1 ? "confirm" : undefined;
    // One edit, or two cheap slips (a neighbouring key and a doubled letter, say).
    if (rel.edits <= 1) return "block";
    if (rel.cost <= 1) return length >= 7 ? "block" : "confirm";
    return length >= 9 && rel.cost <= 1.5 ? "confirm" : undefined;
  }
  // Public bodies outside the policy: the list is long, and ordinary Danish names sit one edit
  // from some of them (holding/kolding, holland/lolland). Only a cheap slip on a long name
  // asks for confirmation; any other single edit is shown as a notice.
  // A deliberate shape (rniddelfart, k0lding with one more slip) is no ordinary name: it asks.
  if (rel.shaped && length >= 5) return "confirm";
  if (length < 6 || rel.edits > 1) return undefined;
  return length >= 7 && rel.cost <= 0.5 ? "confirm" : "notice";
}

function labelSeverity(rel: Relation, p: ProtectedDomain, sameSuffix: boolean): [LookalikeReason, Severity] | undefined {
  const length = p.bare.length;
  const policyDomain = p.source !== "public";
  switch (rel.reason) {
    case "exact":
      if (sameSuffix) return undefined;
      if (policyDomain) return ["tld-swap", length >= 4 ? "block" : "confirm"];
      return length >= 6 ? ["tld-swap", "block"] : length >= 4 ? ["tld-swap", "confirm"] : undefined;
    case "translit":
    case "homoglyph":
      if (rel.edits > 0) break;
      return policyDomain || length >= 3 ? [rel.reason, "block"] : undefined;
    case "hyphenation":
    case "dot-hyphen":
      return policyDomain || length >= 4 ? [rel.reason, "block"] : undefined;
    case "affix":
      // kkit.dk asks for the organisation's own or trusted kk.dk, and says nothing for a public
      // body outside the policy; kk-mail.dk asks there, because the name is so short.
      if (rel.weak) return policyDomain ? ["affix", "confirm"] : undefined;
      return policyDomain || length >= 4 || rel.named ? ["affix", "block"] : ["affix", "confirm"];
    case "inflection":
      if (!sameSuffix) return undefined;
      return [rel.reason, policyDomain ? "block" : "confirm"];
    default:
      break;
  }
  // A typo (or a homoglyph plus a typo) only counts on the protected domain's own suffix:
  // a slip in the name and a different TLD at once is no longer a slip.
  if (!sameSuffix) return undefined;
  const severity = typoSeverity(rel, length, policyDomain);
  return severity ? [rel.reason === "homoglyph" ? "homoglyph" : "typo", severity] : undefined;
}

/** The protected domain whole inside the candidate: randers.dk.co, randers.dk.securemail.eu. */
function embedded(c: CandidateDomain, p: ProtectedDomain): LookalikeReason | undefined {
  if (c.domain.indexOf(p.domain) < 0) return undefined; // the common case, without building strings
  const padded = "." + c.domain + ".";
  const at = padded.indexOf("." + p.domain + ".");
  if (at < 0) return undefined;
  const after = padded.slice(at + p.domain.length + 2, -1);
  if (after === "") return undefined; // the domain itself or a subdomain of it: not a lookalike
  return after === c.suffix ? "tld-append" : "subdomain";
}

/** gent.ofte.dk: the protected label split by dots into a subdomain. */
function dotSplit(c: CandidateDomain, p: ProtectedDomain): boolean {
  if (c.subLabels.length === 0 || c.suffix !== p.suffix) return false;
  const [long, short] = spellings(c.subLabels.join("") + c.label);
  return long === p.bare || short === p.bare;
}

/**
 * Every way `c` imitates `p`. `knownCandidate`: the candidate's registrable domain belongs to a
 * known organisation, so only the structural tricks (embedding, dot-split) may still flag it; a
 * near-miss by name is that organisation's real name and is left to the caller's notice.
 */
export function matchProtected(c: CandidateDomain, p: ProtectedDomain, knownCandidate: boolean): LookalikeMatch | undefined {
  const structural = embedded(c, p);
  if (structural) return { target: p, reason: structural, severity: "block", cost: 0 };
  if (dotSplit(c, p) && (p.source !== "public" || p.bare.length >= 4)) {
    return { target: p, reason: "dot-split", severity: "block", cost: 0 };
  }
  if (knownCandidate) return undefined;
  const rel = relateLabels(c, p);
  if (!rel) return undefined;
  const judged = labelSeverity(rel, p, c.suffix === p.suffix);
  return judged ? { target: p, reason: judged[0], severity: judged[1], cost: rel.cost } : undefined;
}

/** Would the candidate's name count as a near-miss of `p` if it were not a known organisation? */
export function nearMiss(c: CandidateDomain, p: ProtectedDomain): boolean {
  const rel = relateLabels(c, p);
  if (!rel) return false;
  if (rel.reason === "exact") return c.suffix !== p.suffix;
  return rel.edits <= 1 || rel.cost <= 1;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, confirm: 1, notice: 2 };
const SOURCE_RANK = { own: 0, trusted: 1, public: 2 } as const;

/**
 * The best match over all protected domains. The organisation's own and trusted domains come
 * first: they are the ones this caseworker mails, so fml.dk is a slip for the organisation's
 * fmk.dk before it is a homoglyph of some agency's fmi.dk. Then the stronger severity, the
 * cheaper slip, and on a tie the longer name (dropping a letter from fmk.dk is likelier than
 * two keys away from kk.dk).
 */
export function findLookalike(
  c: CandidateDomain,
  protectedList: readonly ProtectedDomain[],
  knownCandidate: boolean,
): LookalikeMatch | undefined {
  let best: LookalikeMatch | undefined;
  for (const p of protectedList) {
    const m = matchProtected(c, p, knownCandidate);
    if (m && (!best || better(m, best))) best = m;
  }
  return best;
}

function better(m: LookalikeMatch, best: LookalikeMatch): boolean {
  const policy = (x: LookalikeMatch) => (x.target.source === "public" ? 1 : 0);
  if (policy(m) !== policy(best)) return policy(m) < policy(best);
  if (m.severity !== best.severity) return SEVERITY_RANK[m.severity] < SEVERITY_RANK[best.severity];
  if (SOURCE_RANK[m.target.source] !== SOURCE_RANK[best.target.source]) return SOURCE_RANK[m.target.source] < SOURCE_RANK[best.target.source];
  if (m.cost !== best.cost) return m.cost < best.cost;
  // Two domains of one organisation (varde.dk, vardekommune.dk): keep the first, its main one.
  if (m.target.name === best.target.name) return false;
  return m.target.bare.length > best.target.bare.length;
}

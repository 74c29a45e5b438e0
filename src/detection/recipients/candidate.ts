// A recipient domain taken apart the way the lookalike checks need it: registrable label,
// public suffix, subdomain labels, Unicode forms, and the folded spellings to compare.
import { parse } from "./public-suffix";
import { collapseTranslit, foldLong, foldShort } from "./fold";
import { toUnicodeLabel } from "./idn";
import { alternateSkeleton, asciiLookalike, skeleton } from "./skeleton";

export interface CandidateDomain {
  /** Lower-case ASCII (xn--) form. */
  domain: string;
  /** The registrable domain, e.g. "securemail.eu" for gentofte.dk.securemail.eu. */
  registrable: string;
  suffix: string;
  /** Registrable label, Unicode form: "køge" for xn--kge-0na.dk. */
  label: string;
  /** Labels left of the registrable domain, Unicode form. */
  subLabels: string[];
  /**
   * Hyphen-free spellings of `label`: Danish letters long (ø → oe) and short (ø → o), other
   * look-alike letters replaced by the ASCII letter they imitate; the third keeps æ ø å as one
   * letter each, because a slip on the æ, ø or å key replaces one letter, not two.
   */
  forms: Spellings;
  /** Homoglyph skeletons of the long and short spellings, and the long one read "lc" first. */
  skeletons: [string, string, string];
  /** The long spelling with aa/ae/oe/ue collapsed (see collapseTranslit). */
  collapsed: string;
  /** Where the label's hyphens were, as offsets into the long and the short spelling. */
  cuts: [number[], number[]];
}

export type Spellings = [long: string, short: string, keyed: string];

export function spellings(unicodeText: string): Spellings {
  const bare = unicodeText.toLowerCase().replace(/-/g, "");
  return [asciiLookalike(foldLong(bare)), asciiLookalike(foldShort(bare)), bare.replace(/[^æøå]/g, (ch) => asciiLookalike(ch))];
}

function hyphenCuts(label: string): [number[], number[]] {
  const cuts: [number[], number[]] = [[], []];
  const parts = label.split("-");
  if (parts.length < 2) return cuts;
  let long = 0;
  let short = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    const s = spellings(parts[i] as string);
    long += s[0].length;
    short += s[1].length;
    cuts[0].push(long);
    cuts[1].push(short);
  }
  return cuts;
}

export function describeDomain(domain: string): CandidateDomain | undefined {
  const parsed = parse(domain, { extractHostname: false, validHosts: [] });
  const suffix = parsed.publicSuffix;
  const registrable = parsed.domain;
  const labelAscii = parsed.domainWithoutSuffix;
  if (!suffix || !registrable || !labelAscii || parsed.isIp) return undefined;
  const label = toUnicodeLabel(labelAscii);
  const subLabels = parsed.subdomain ? parsed.subdomain.split(".").map(toUnicodeLabel) : [];
  const forms = spellings(label);
  return {
    domain,
    registrable,
    suffix,
    label,
    subLabels,
    forms,
    skeletons: [skeleton(forms[0]), skeleton(forms[1]), alternateSkeleton(forms[0])],
    collapsed: collapseTranslit(forms[0]),
    cuts: hyphenCuts(label),
  };
}

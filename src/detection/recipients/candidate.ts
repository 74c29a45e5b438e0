// A recipient domain taken apart the way the lookalike checks need it: registrable label,
// public suffix, subdomain labels, Unicode forms, and the folded spellings to compare.
import { parse } from "tldts-icann";
import { collapseTranslit, foldLong, foldShort } from "./fold";
import { toUnicodeLabel } from "./idn";
import { asciiLookalike, skeleton } from "./skeleton";

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
  /** Homoglyph skeletons of the long and short spellings. */
  skeletons: [string, string];
  /** The long spelling with aa/ae/oe/ue collapsed (see collapseTranslit). */
  collapsed: string;
}

export type Spellings = [long: string, short: string, keyed: string];

export function spellings(unicodeText: string): Spellings {
  const bare = unicodeText.toLowerCase().replace(/-/g, "");
  return [asciiLookalike(foldLong(bare)), asciiLookalike(foldShort(bare)), bare.replace(/[^æøå]/g, (ch) => asciiLookalike(ch))];
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
    skeletons: [skeleton(forms[0]), skeleton(forms[1])],
    collapsed: collapseTranslit(forms[0]),
  };
}

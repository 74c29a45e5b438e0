// IDN labels arrive as xn-- punycode (that is what Outlook puts in the address); people and
// policy files may also write the Unicode form. Both directions go through the `punycode`
// package, never a platform API (classic Outlook's runtime has no URL or Intl to lean on).
import { toASCII, toUnicode } from "punycode/";

const MAX_DOMAIN = 253;

/** Lower-case ASCII form of a domain, or undefined when it cannot be encoded. */
export function toAsciiDomain(domain: string): string | undefined {
  const lower = domain.trim().toLowerCase();
  if (lower === "" || lower.length > MAX_DOMAIN * 4) return undefined;
  if (/^[\x21-\x7e]*$/.test(lower)) return lower.length > MAX_DOMAIN ? undefined : lower;
  try {
    const ascii = toASCII(lower);
    return ascii.length > MAX_DOMAIN ? undefined : ascii;
  } catch (_error) {
    return undefined;
  }
}

/** Unicode form of one label; a broken xn-- label stays as it is. */
export function toUnicodeLabel(label: string): string {
  if (label.slice(0, 4) !== "xn--") return label;
  try {
    return toUnicode(label).toLowerCase();
  } catch (_error) {
    return label;
  }
}

export function toUnicodeDomain(domain: string): string {
  return domain.split(".").map(toUnicodeLabel).join(".");
}

export function isIdn(domain: string): boolean {
  return /(^|\.)xn--/.test(domain);
}

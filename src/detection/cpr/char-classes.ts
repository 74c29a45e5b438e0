// Character classes for the CPR rule's boundaries. Hand-written tables instead of `\p{L}` regexes:
// Unicode property escapes are ES2018 and classic Outlook runs ES2016, and a per-character
// table lookup is also what keeps the scanner fast.

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// Decimal digits (Unicode Nd) of the scripts that could plausibly touch a number in a Danish mail.
const NON_ASCII_DIGIT_RANGES: readonly number[] = [
  0x0660, 0x0669, 0x06f0, 0x06f9, 0x07c0, 0x07c9, 0x0966, 0x096f, 0x09e6, 0x09ef, 0x0a66, 0x0a6f,
  0x0ae6, 0x0aef, 0x0b66, 0x0b6f, 0x0be6, 0x0bef, 0x0c66, 0x0c6f, 0x0ce6, 0x0cef, 0x0d66, 0x0d6f,
  0x0de6, 0x0def, 0x0e50, 0x0e59, 0x0ed0, 0x0ed9, 0x0f20, 0x0f29, 0x1040, 0x1049, 0x1090, 0x1099,
  0x17e0, 0x17e9, 0x1810, 0x1819, 0xff10, 0xff19, 0x1d7ce, 0x1d7ff,
];

// Letters without case (so the case test below cannot see them), by script block.
const UNCASED_LETTER_RANGES: readonly number[] = [
  0x01bb, 0x01bb, 0x01c0, 0x01c3, 0x0294, 0x0294, 0x02b0, 0x02c1, 0x05d0, 0x05ea, 0x0620, 0x064a,
  0x066e, 0x06d3, 0x0904, 0x0939, 0x0e01, 0x0e30, 0x1100, 0x11ff, 0x3041, 0x30ff, 0x3400, 0x4dbf,
  0x4e00, 0x9fff, 0xa000, 0xa48c, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0x20000, 0x3134f,
];

function inRanges(code: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (code >= (ranges[i] as number) && code <= (ranges[i + 1] as number)) return true;
  }
  return false;
}

/** A decimal digit of any script, given a code point. */
export function isDigitCodePoint(cp: number): boolean {
  return isAsciiDigit(cp) || (cp >= 0x0660 && inRanges(cp, NON_ASCII_DIGIT_RANGES));
}

/** A letter of any script (Danish æøå, accented, Greek, Cyrillic, CJK …), given a code point. */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp < 0x100) {
    // Latin-1: ª µ º and the accented letters; × and ÷ sit inside the letter block.
    return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  }
  if (cp <= 0x024f) return true; // Latin Extended-A/B are letters throughout
  if (inRanges(cp, UNCASED_LETTER_RANGES)) return true;
  if (cp >= 0x1d400 && cp <= 0x1d7cb) return true; // mathematical alphanumeric letters
  // Roman numerals and circled letters have case but are no letters.
  if ((cp >= 0x2160 && cp <= 0x2188) || (cp >= 0x24b6 && cp <= 0x24e9)) return false;
  const ch = String.fromCodePoint(cp);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The code point that ends just before `index` (one or two UTF-16 units), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index`, or -1 past the end. */
export function codePointAt(text: string, index: number): number {
  if (index >= text.length) return -1;
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

/** `. , - – /`: the joiners that make a digit group part of a longer dotted or dashed number. */
export function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x2f;
}

/** Single characters allowed between the date and the serial digits. */
export function isSingleSeparator(code: number): boolean {
  switch (code) {
    case 0x2d: // hyphen-minus
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
    case 0x20: // space
    case 0xa0: // no-break space
    case 0x202f: // narrow no-break space
    case 0x09: // tab
    case 0x2f: // slash
    case 0x2e: // full stop
      return true;
    default:
      return false;
  }
}

/** The dash of a spaced separator (` - `, ` – `). */
export function isSpacedDash(code: number): boolean {
  return code === 0x2d || code === 0x2013;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt; bidi controls such as LRM,
// RLM, ALM and the embeddings, overrides and isolates are all in it). A reader never sees these,
// so the finder reads past them as if they were not there. Checked against /\p{DI}/u in the tests.
export const DEFAULT_IGNORABLE_RANGES: readonly number[] = [
  0x00ad, 0x00ad, 0x034f, 0x034f, 0x061c, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180f,
  0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f, 0x3164, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xfeff,
  0xffa0, 0xffa0, 0xfff0, 0xfff8, 0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0000, 0xe0fff,
];

/** A default-ignorable code point (any plane). */
export function isIgnorableCodePoint(cp: number): boolean {
  return cp >= 0xad && inRanges(cp, DEFAULT_IGNORABLE_RANGES);
}

/** A UTF-16 unit that is a default-ignorable code point on its own (BMP only). */
export function isIgnorableUnit(code: number): boolean {
  if (code < 0x2000) return code === 0xad || code === 0x34f || code === 0x61c || (code >= 0x115f && code <= 0x1160) || (code >= 0x17b4 && code <= 0x17b5) || (code >= 0x180b && code <= 0x180f);
  if (code < 0x3000) return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f);
  return code === 0x3164 || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || code === 0xffa0 || (code >= 0xfff0 && code <= 0xfff8);
}

/** A supplementary default-ignorable code point, from its two surrogates. */
function isIgnorablePair(high: number, low: number): boolean {
  if (!(low >= 0xdc00 && low <= 0xdfff)) return false; // NaN past the end fails too
  if (high >= 0xdb40 && high <= 0xdb43) return true; // U+E0000–E0FFF (tags, variation selectors)
  if (high === 0xd82f) return low >= 0xdca0 && low <= 0xdca3; // U+1BCA0–1BCA3
  if (high === 0xd834) return low >= 0xdd73 && low <= 0xdd7a; // U+1D173–1D17A
  return false;
}

/** UTF-16 length of the ignorable code point starting at `index` (0 when there is none). */
export function ignorableLengthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code !== code || code < 0xad) return 0; // NaN past the end; nothing below U+00AD is ignorable
  if (code >= 0xd800 && code <= 0xdbff) return isIgnorablePair(code, text.charCodeAt(index + 1)) ? 2 : 0;
  return isIgnorableUnit(code) ? 1 : 0;
}

/** UTF-16 length of the ignorable code point ending just before `index` (0 when there is none). */
export function ignorableLengthBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const code = text.charCodeAt(index - 1);
  if (code < 0xad) return 0;
  if (code >= 0xdc00 && code <= 0xdfff) return index >= 2 && isIgnorablePair(text.charCodeAt(index - 2), code) ? 2 : 0;
  return isIgnorableUnit(code) ? 1 : 0;
}

/** The first index at or after `index` that does not start an ignorable code point. */
export function skipIgnorables(text: string, index: number): number {
  let i = index;
  for (let len = ignorableLengthAt(text, i); len > 0; len = ignorableLengthAt(text, i)) i += len;
  return i;
}

/** The smallest index at or before `index` such that only ignorables stand between it and `index`. */
export function skipIgnorablesBack(text: string, index: number): number {
  let i = index;
  for (let len = ignorableLengthBefore(text, i); len > 0; len = ignorableLengthBefore(text, i)) i -= len;
  return i;
}

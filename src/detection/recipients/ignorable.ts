// Characters that render as nothing: Unicode's Default_Ignorable_Code_Point (zero-width space
// and joiners, soft hyphen, word joiner, BOM, variation selectors, Hangul fillers, tags …) and
// the bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates). "Køge\u200BKommune" or a
// right-to-left override inside a display name looks exactly like "Køge Kommune" on screen, so
// the spoof check must read the name without them. Astral ranges are written as surrogate pairs
// so the pattern needs no "u" flag.
const IGNORABLE = new RegExp(
  "[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E" +
    "\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8]" +
    "|\\uD82F[\\uDCA0-\\uDCA3]|\\uD834[\\uDD73-\\uDD7A]|[\\uDB40-\\uDB43][\\uDC00-\\uDFFF]",
  "g",
);

/** The text without invisible format characters (see above). */
export function withoutIgnorable(text: string): string {
  return text.replace(IGNORABLE, "");
}

const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const RIGHT_TO_LEFT_ISOLATE = "\u2067";
const CLOSERS = "\u202C\u2069";

/**
 * The text in the order it is shown when it contains a right-to-left override or isolate:
 * "\u202Eenummok egøK" is displayed as "Køge kommune". Each override runs to its closing
 * PDF/PDI or to the end and is reversed (a simplification of the bidi algorithm that is exact
 * for Latin text, the only text a claim can match). Returns the text unchanged otherwise.
 */
export function displayOrder(text: string): string {
  if (text.indexOf(RIGHT_TO_LEFT_OVERRIDE) < 0 && text.indexOf(RIGHT_TO_LEFT_ISOLATE) < 0) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch !== RIGHT_TO_LEFT_OVERRIDE && ch !== RIGHT_TO_LEFT_ISOLATE) {
      out += ch;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && CLOSERS.indexOf(text.charAt(end)) < 0) end++;
    out += text.slice(i + 1, end).split("").reverse().join("");
    i = end + 1;
  }
  return out;
}

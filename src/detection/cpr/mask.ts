// The one display form of a CPR number that may leave the core: the birth date digits and a
// masked serial, so no other code ever needs the digits. And the one masking of text that is
// shown (names, addresses, subjects, file names): driven by the finder's own scanner, so every
// separator and ignorable the finder reads past is masked too.
import { findCprShapes } from "./candidates";
import { ignorableLengthAt } from "./char-classes";

const MASKED_SERIAL = "-XXXX";

/**
 * "010203-XXXX" for a matched number in any written form ("010203 - 1234", "0102031234",
 * "01\u200b0203\u00ad1234") or its digits. Input without six leading digits gives "XXXXXX-XXXX"
 * rather than leaking anything.
 */
export function maskCpr(value: string): string {
  let date = "";
  for (let i = 0; i < value.length && date.length < 6; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) date += value.charAt(i);
    else if (date.length > 0) {
      const skip = ignorableLengthAt(value, i);
      if (skip === 0) break;
      i += skip - 1;
    }
  }
  return (date.length === 6 ? date : "XXXXXX") + MASKED_SERIAL;
}

/**
 * A display name with every CPR-shaped number taken out, and the brackets, commas or dashes it
 * leaves empty ("Jens Hansen (070761-1006)" → "Jens Hansen"): the one-click fix for a number in a
 * recipient's name. What remains is never a number; an empty result means nothing else was there.
 */
export function withoutCprNumbers(text: string): string {
  if (typeof text !== "string") return "";
  const out = replaceShapes(text, () => "");
  if (out === text) return text;
  return out
    .replace(/[([{<]\s*[)\]}>]/g, "")
    .replace(/\s*[,;:/–-]\s*$/, "")
    .replace(/^\s*[,;:/–-]\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * `text` with every CPR-shaped number masked ("Jens (070761-1006)" → "Jens (070761-XXXX)"):
 * each span the finder's scanner reads as six-plus-four digits, with any separator and
 * ignorable it accepts, whatever its date, checksum or boundaries. Stricter than the finder on
 * purpose: a Digital Post gateway address carries the citizen's number whatever its checksum,
 * and over-masking a phone number costs nothing.
 */
export function maskCprNumbers(text: string): string {
  if (typeof text !== "string") return "";
  return replaceShapes(text, (span) => span.digits.slice(0, 6) + MASKED_SERIAL);
}

/** `text` with each CPR-shaped span replaced by `by(span)`; the same string when there is none. */
function replaceShapes(text: string, by: (span: ReturnType<typeof findCprShapes>[number]) => string): string {
  const spans = findCprShapes(text);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + by(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * The longest run of ASCII digits in `text`. Text shown beside a masked number (the words before
 * it, a caseworker's reason) may hold at most MAX_SHOWN_DIGIT_RUN digits in a row: a date or a
 * house number, never the six of a birth date plus anything that could be the rest.
 */
export function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code >= 48 && code <= 57 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

export const MAX_SHOWN_DIGIT_RUN = 5;

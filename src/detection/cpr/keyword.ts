// Rule 4c: a CPR keyword starting within the 40 characters before the number, on the same line.
// A caseworker who writes "CPR:" before a number with a slip in it is still sending a personal
// identifier, so the keyword counts as evidence even when modulus 11 fails.
import { ignorableLengthAt, ignorableLengthBefore, isLineBreak, skipIgnorables } from "./char-classes";

/** Lower-case; matched case-insensitively as substrings ("CPR-nr.", "personnummeret"). */
export const CPR_KEYWORDS: readonly string[] = ["cpr", "personnummer", "personnr", "person nr", "pers.nr"];

export const KEYWORD_WINDOW = 40;

// The keywords' first letters, so the window is searched only where a keyword can start.
const FIRST_LETTERS: readonly number[] = CPR_KEYWORDS.map((keyword) => keyword.charCodeAt(0)).filter(
  (code, index, all) => all.indexOf(code) === index,
);

/** Whether `keyword` is spelled from `index` on, ignorables between its letters read past. */
function keywordAt(text: string, index: number, keyword: string): boolean {
  if (index + keyword.length > text.length) return false;
  let at = index;
  for (let j = 0; j < keyword.length; j++, at++) {
    if (j > 0) at = skipIgnorables(text, at);
    const want = keyword.charCodeAt(j);
    const got = text.charCodeAt(at);
    // Keywords hold lower-case ASCII letters, "." and " "; OR-ing 0x20 folds exactly A–Z onto a–z.
    if (want >= 0x61 && want <= 0x7a ? (got | 0x20) !== want : got !== want) return false;
  }
  return true;
}

/**
 * Whether a CPR keyword starts within KEYWORD_WINDOW characters before `start` on its line.
 * Ignorables are neither counted in the window nor allowed to break a keyword apart.
 */
export function hasKeywordBefore(text: string, start: number): boolean {
  let from = start;
  let seen = 0;
  while (from > 0 && seen < KEYWORD_WINDOW) {
    const skip = ignorableLengthBefore(text, from);
    if (skip > 0) {
      from -= skip;
      continue;
    }
    if (isLineBreak(text.charCodeAt(from - 1))) break;
    from--;
    seen++;
  }
  for (let k = from; k < start; k++) {
    if (ignorableLengthAt(text, k) > 0) continue;
    if (FIRST_LETTERS.indexOf(text.charCodeAt(k) | 0x20) < 0) continue;
    for (const keyword of CPR_KEYWORDS) {
      if (keywordAt(text, k, keyword)) return true;
    }
  }
  return false;
}

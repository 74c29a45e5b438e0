// Rules 1 and 2 of the CPR rule (shape and boundaries) as one left-to-right scan over the
// original text. No regular expression: each character is read a bounded number of times, so
// the scan is linear whatever the input, and offsets are those of the text the caller holds.
import {
  codePointAt,
  codePointBefore,
  isDigitCodePoint,
  isLetterCodePoint,
  isNumberJoiner,
  isSingleSeparator,
  isSpacedDash,
} from "./char-classes";

/** A CPR-shaped number with clean boundaries; its date and evidence are not checked yet. */
export interface CprCandidate {
  /** Offset of the first digit. */
  start: number;
  /** Offset just after the last digit (exclusive). */
  end: number;
  /** The ten digits without separator. */
  digits: string;
}

// Local on purpose: the hot loop must not pay for a cross-module call (bundlers and tsx compile
// imports to property reads, sometimes getters) on every character it reads.
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isDigitCodePoint(codePointAt(text, index));
}

/** Rule 2, left side: nothing glued on, and not the tail of a dotted or dashed number. */
export function cleanBefore(text: string, start: number): boolean {
  const cp = codePointBefore(text, start);
  if (cp < 0) return true;
  if (cp === 0x2b || isDigitCodePoint(cp) || isLetterCodePoint(cp)) return false;
  if (isNumberJoiner(cp)) return !isDigitCodePoint(codePointBefore(text, start - 1));
  return true;
}

/** Rule 2, right side: nothing glued on, and not the head of a dotted or dashed number. */
export function cleanAfter(text: string, end: number): boolean {
  const cp = codePointAt(text, end);
  if (cp < 0) return true;
  if (isDigitCodePoint(cp) || isLetterCodePoint(cp)) return false;
  if (isNumberJoiner(cp)) return !isDigitAt(text, end + 1);
  return true;
}

/** Length of the ASCII digit run starting at `from`. */
function runLength(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
  return i - from;
}

/**
 * Where the four serial digits start after a six-digit date run ending at `dateEnd`, or -1 when
 * no accepted separator (rule 1) leads to a digit there.
 */
function serialStart(text: string, dateEnd: number): number {
  const first = text.charCodeAt(dateEnd);
  if (isSingleSeparator(first) && isAsciiDigit(text.charCodeAt(dateEnd + 1))) return dateEnd + 1;
  if (
    first === 0x20 &&
    isSpacedDash(text.charCodeAt(dateEnd + 1)) &&
    text.charCodeAt(dateEnd + 2) === 0x20 &&
    isAsciiDigit(text.charCodeAt(dateEnd + 3))
  ) {
    return dateEnd + 3;
  }
  return -1;
}

/** Every CPR-shaped number in `text` with clean boundaries, in order; they never overlap. */
export function findCandidates(text: string): CprCandidate[] {
  const found: CprCandidate[] = [];
  const n = text.length;
  // Invariant: text[i - 1] is not an ASCII digit, so a digit at i starts a run.
  let i = 0;
  while (i < n) {
    // Every candidate begins with a run of at least six digits, and such a run starting in
    // [i, i + 5] covers i + 5: when that is no digit, skip all six positions unread.
    const probe = i + 5;
    if (probe >= n) break;
    if (!isAsciiDigit(text.charCodeAt(probe))) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > i && isAsciiDigit(text.charCodeAt(start - 1))) start--;
    const runEnd = probe + 1 + runLength(text, probe + 1);
    const length = runEnd - start;
    i = runEnd;
    if (length === 10) {
      if (cleanBefore(text, start) && cleanAfter(text, runEnd)) {
        found.push({ start, end: runEnd, digits: text.slice(start, runEnd) });
      }
    } else if (length === 6) {
      const serial = serialStart(text, runEnd);
      if (serial < 0) continue;
      const serialEnd = serial + runLength(text, serial);
      // A serial run of another length is skipped by the next round or is its own run.
      if (serialEnd - serial !== 4) continue;
      if (cleanBefore(text, start) && cleanAfter(text, serialEnd)) {
        found.push({ start, end: serialEnd, digits: text.slice(start, runEnd) + text.slice(serial, serialEnd) });
      }
      i = serialEnd;
    }
  }
  return found;
}

// Rules 1 and 2 of the CPR rule (shape and boundaries) as one left-to-right scan over the
// original text. No regular expression and no normalised copy: each character is read a bounded
// number of times, so the scan is linear whatever the input, and offsets are those of the text
// the caller holds. Default-ignorable code points (soft hyphen, zero-width spaces, bidi controls,
// variation selectors, tags) are read past wherever they stand, as a reader never sees them.
import {
  codePointAt,
  codePointBefore,
  ignorableLengthAt,
  isDigitCodePoint,
  isIgnorableUnit,
  isLetterCodePoint,
  isNumberJoiner,
  isSingleSeparator,
  isSpacedDash,
  skipIgnorables,
  skipIgnorablesBack,
} from "./char-classes";

/** A CPR-shaped number with clean boundaries; its date and evidence are not checked yet. */
export interface CprCandidate {
  /** Offset of the first digit. */
  start: number;
  /** Offset just after the last digit (exclusive). */
  end: number;
  /** The ten digits without separator or ignorables. */
  digits: string;
}

// Local on purpose: the hot loop must not pay for a cross-module call (bundlers and tsx compile
// imports to property reads, sometimes getters) on every character it reads.
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a UTF-16 unit can stand inside a digit run: an ASCII digit, an ignorable, or any
 * surrogate (a supplementary ignorable is two of them; the run reader decides exactly).
 */
function mayStandInRun(code: number): boolean {
  if (code <= 0x39) return code >= 0x30;
  return code >= 0xad && ((code >= 0xd800 && code <= 0xdfff) || isIgnorableUnit(code));
}

/** Rule 2, left side: nothing glued on, and not the tail of a dotted or dashed number. */
export function cleanBefore(text: string, start: number): boolean {
  const at = skipIgnorablesBack(text, start);
  const cp = codePointBefore(text, at);
  if (cp < 0) return true;
  if (cp === 0x2b || isDigitCodePoint(cp) || isLetterCodePoint(cp)) return false;
  if (isNumberJoiner(cp)) return !isDigitCodePoint(codePointBefore(text, skipIgnorablesBack(text, at - 1)));
  return true;
}

/** Rule 2, right side: nothing glued on, and not the head of a dotted or dashed number. */
export function cleanAfter(text: string, end: number): boolean {
  const at = skipIgnorables(text, end);
  const cp = codePointAt(text, at);
  if (cp < 0) return true;
  if (isDigitCodePoint(cp) || isLetterCodePoint(cp)) return false;
  if (isNumberJoiner(cp)) return !isDigitCodePoint(codePointAt(text, skipIgnorables(text, at + 1)));
  return true;
}

/** A run of ASCII digits that may have ignorables between them. */
interface DigitRun {
  /** Just after the last digit. */
  end: number;
  /** How many digits. */
  count: number;
}

/** The digit run starting at the digit at `from`, read past ignorables between its digits. */
function readRun(text: string, from: number): DigitRun {
  let i = from;
  let end = from;
  let count = 0;
  for (;;) {
    if (isAsciiDigit(text.charCodeAt(i))) {
      count++;
      end = ++i;
      continue;
    }
    const skip = ignorableLengthAt(text, i);
    if (skip === 0) return { end, count };
    i += skip;
  }
}

/** The digits of text[from, to) without ignorables or separator. */
function digitsBetween(text: string, from: number, to: number): string {
  let digits = "";
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) digits += text.charAt(i);
  }
  return digits;
}

/**
 * Where the serial digits start after a date run ending at `dateEnd`, or -1 when no accepted
 * separator (rule 1) leads to a digit there. Ignorables may stand anywhere in the separator.
 */
function serialStart(text: string, dateEnd: number): number {
  const at = skipIgnorables(text, dateEnd);
  const first = text.charCodeAt(at);
  if (isSingleSeparator(first)) {
    const next = skipIgnorables(text, at + 1);
    if (isAsciiDigit(text.charCodeAt(next))) return next;
  }
  if (first !== 0x20) return -1;
  const dash = skipIgnorables(text, at + 1);
  if (!isSpacedDash(text.charCodeAt(dash))) return -1;
  const space = skipIgnorables(text, dash + 1);
  if (text.charCodeAt(space) !== 0x20) return -1;
  const next = skipIgnorables(text, space + 1);
  return isAsciiDigit(text.charCodeAt(next)) ? next : -1;
}

/** What the scanner keeps: rule 1 and 2 candidates, or (for masking) every CPR shape. */
type Keep = (start: number, end: number, digits: string) => void;

/**
 * Judges the digit run starting at `start` and returns where the scan goes on: a run of exactly
 * ten digits, or six, a separator and four. `strict` adds rule 2's boundaries; without them
 * (masking) a number glued to letters is taken too.
 */
function judgeRun(text: string, start: number, strict: boolean, keep: Keep): number {
  const run = readRun(text, start);
  if (run.count === 10) {
    if (!strict || (cleanBefore(text, start) && cleanAfter(text, run.end))) {
      keep(start, run.end, digitsBetween(text, start, run.end));
    }
    return run.end;
  }
  if (run.count !== 6) return run.end;
  const serial = serialStart(text, run.end);
  if (serial < 0) return run.end;
  const tail = readRun(text, serial);
  // A serial run of another length is skipped by the next round or is its own run.
  if (tail.count !== 4) return run.end;
  if (!strict || (cleanBefore(text, start) && cleanAfter(text, tail.end))) {
    keep(start, tail.end, digitsBetween(text, start, run.end) + digitsBetween(text, serial, tail.end));
  }
  return tail.end;
}

/**
 * The scan shared by the finder and the masker. Every candidate begins with a digit run of at
 * least six digits, so with its ignorables at least six units that can stand in a run: a probe at
 * every sixth unit that lands on anything else skips all six positions unread (Boyer–Moore style).
 */
function scan(text: string, strict: boolean, keep: Keep): void {
  const n = text.length;
  // Invariant: no digit run that began before i goes on past i (each round ends after a run, whose
  // next non-ignorable unit is no digit, or on a unit that is neither digit nor ignorable).
  let i = 0;
  while (i < n) {
    const probe = i + 5;
    if (probe >= n) return;
    const code = text.charCodeAt(probe);
    if (code > 0x39 ? code < 0xad || !mayStandInRun(code) : code < 0x30) {
      i = probe + 1;
      continue;
    }
    let from = probe;
    while (from > i && mayStandInRun(text.charCodeAt(from - 1))) from--;
    // The first digit of the stretch around the probe, if it holds one before an outsider.
    let start = from;
    while (start < n && !isAsciiDigit(text.charCodeAt(start)) && mayStandInRun(text.charCodeAt(start))) start++;
    if (start >= n) return;
    if (!isAsciiDigit(text.charCodeAt(start))) {
      i = start + 1;
      continue;
    }
    i = judgeRun(text, start, strict, keep);
  }
}

/** Every CPR-shaped number in `text` with clean boundaries, in order; they never overlap. */
export function findCandidates(text: string): CprCandidate[] {
  const found: CprCandidate[] = [];
  scan(text, true, (start, end, digits) => found.push({ start, end, digits }));
  return found;
}

/**
 * Every span that looks like a CPR number however it stands (rule 1's shape with every separator
 * and ignorable the finder accepts, whatever letters or joiners stand around it): a superset of
 * the finder's spans, for masking text that is shown.
 */
export function findCprShapes(text: string): Array<{ start: number; end: number; digits: string }> {
  const found: Array<{ start: number; end: number; digits: string }> = [];
  scan(text, false, (start, end, digits) => found.push({ start, end, digits }));
  return found;
}

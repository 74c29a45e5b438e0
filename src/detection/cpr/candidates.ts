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
 * Whether a UTF-16 unit above U+00AC may be part of an ignorable: a BMP default-ignorable or any
 * surrogate (a supplementary ignorable is two of them; the run reader decides exactly). Written
 * out here, not imported, because the scan asks it of every probe on a non-ASCII character; the
 * tests hold it to Unicode's list.
 */
export function mayBeIgnorable(code: number): boolean {
  if (code < 0x2000) {
    return code === 0xad || code === 0x34f || code === 0x61c || code === 0x115f || code === 0x1160 || code === 0x17b4 || code === 0x17b5 || (code >= 0x180b && code <= 0x180f);
  }
  if (code < 0x3000) return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f);
  if (code < 0xd800) return code === 0x3164;
  if (code <= 0xdfff) return true;
  return (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || code === 0xffa0 || (code >= 0xfff0 && code <= 0xfff8);
}

/** Whether a UTF-16 unit can stand inside a digit run: an ASCII digit or (maybe) an ignorable. */
function mayStandInRun(code: number): boolean {
  if (code <= 0x39) return code >= 0x30;
  return code >= 0xad && mayBeIgnorable(code);
}

/** An ASCII letter or digit (glued on), given a unit below 0x80. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** `. , - /`: the ASCII number joiners (isNumberJoiner has the en dash too). */
function isAsciiJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x2d || code === 0x2f;
}

/**
 * Rule 2 on both sides when the neighbours are plain ASCII (nearly always): true/false, or
 * undefined when a non-ASCII unit stands near and the general tests must decide.
 */
function cleanAsciiBoundaries(text: string, start: number, end: number): boolean | undefined {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  if (before >= 0x80 || after >= 0x80) return undefined;
  if (before === 0x2b || isAsciiAlnum(before) || isAsciiAlnum(after)) return false;
  if (isAsciiJoiner(before)) {
    const further = start > 1 ? text.charCodeAt(start - 2) : 0x20;
    if (further >= 0x80) return undefined;
    if (isAsciiDigit(further)) return false;
  }
  if (isAsciiJoiner(after)) {
    const further = end + 1 < text.length ? text.charCodeAt(end + 1) : 0x20;
    if (further >= 0x80) return undefined;
    if (isAsciiDigit(further)) return false;
  }
  return true;
}

function cleanBoundaries(text: string, start: number, end: number): boolean {
  const ascii = cleanAsciiBoundaries(text, start, end);
  return ascii !== undefined ? ascii : cleanBefore(text, start) && cleanAfter(text, end);
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

/**
 * The digit run starting at the digit at `from`, read past ignorables between its digits, into
 * `run` (reused: the scan judges runs one at a time and allocates nothing for them).
 */
function readRun(text: string, from: number, run: DigitRun): DigitRun {
  let i = from;
  let end = from;
  let count = 0;
  for (;;) {
    if (isAsciiDigit(text.charCodeAt(i))) {
      count++;
      end = ++i;
      continue;
    }
    // Nothing below U+00AD is ignorable: the usual space or letter after a run ends it here.
    const skip = text.charCodeAt(i) < 0xad ? 0 : ignorableLengthAt(text, i);
    if (skip === 0) break;
    i += skip;
  }
  run.end = end;
  run.count = count;
  return run;
}

const dateRun: DigitRun = { end: 0, count: 0 };
const serialRun: DigitRun = { end: 0, count: 0 };

/**
 * The ten digits of a span the scan reported: its ASCII digits, since neither the separator nor
 * an ignorable between them is one.
 */
export function spanDigits(text: string, start: number, end: number): string {
  if (end - start === 10) return text.slice(start, end);
  let digits = "";
  for (let i = start; i < end; i++) {
    if (isAsciiDigit(text.charCodeAt(i))) digits += text.charAt(i);
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

/**
 * What the scanner keeps: rule 1 and 2 candidates, or (for masking) every CPR shape, as spans
 * from the first digit to just after the last (spanDigits reads their digits).
 */
export type Keep = (start: number, end: number) => void;

/**
 * Judges the digit run starting at `start` and returns where the scan goes on: a run of exactly
 * ten digits, or six, a separator and four. `strict` adds rule 2's boundaries; without them
 * (masking) a number glued to letters is taken too.
 */
function judgeRun(text: string, start: number, strict: boolean, keep: Keep): number {
  const run = readRun(text, start, dateRun);
  if (run.count === 10) {
    if (!strict || cleanBoundaries(text, start, run.end)) keep(start, run.end);
    return run.end;
  }
  if (run.count !== 6) return run.end;
  const serial = serialStart(text, run.end);
  if (serial < 0) return run.end;
  const tail = readRun(text, serial, serialRun);
  // A serial run of another length is skipped by the next round or is its own run.
  if (tail.count !== 4) return run.end;
  if (!strict || cleanBoundaries(text, start, tail.end)) keep(start, tail.end);
  return tail.end;
}

const NONE = 0;
const DIGIT = 1;
const SEPARATOR = 2;
const OTHER = 3;

/** What each Latin-1 unit can be in a written number (æ, ø, å and ü are letters, nothing more):
 * the scan's probe reads this table. */
const LATIN1_KIND = (() => {
  const table = new Uint8Array(0x100);
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  for (const c of [0x09, 0x20, 0x2d, 0x2e, 0x2f, 0xa0]) table[c] = SEPARATOR;
  table[0xad] = OTHER;
  return table;
})();

/** A unit a separator of rule 1 is made of (space, tab, no-break spaces, dashes, slash, dot). */
function isSeparatorUnit(code: number): boolean {
  if (code < 0xad) return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x09 || code === 0xa0;
  return (code >= 0x2010 && code <= 0x2014) || code === 0x2212 || code === 0x202f;
}

/** A unit that can stand inside a written CPR number: digit, separator or (maybe) ignorable. */
function mayStandInNumber(code: number): boolean {
  return isSeparatorUnit(code) || mayStandInRun(code);
}

/**
 * The scan shared by the finder and the masker. A written CPR number runs from its first to its
 * last digit over at least ten units, each a digit, a separator unit or an ignorable: a probe at
 * every tenth unit that lands on anything else (a letter, nearly always) skips all ten positions
 * unread (Boyer–Moore style). Around a probe that could be inside a number the stretch of such
 * units is read back to its start, and its digit runs are judged in order (judgeRun).
 */
export function scan(text: string, strict: boolean, keep: Keep): void {
  const n = text.length;
  // Invariant: no digit run that began before i goes on past i (each round ends after a run, whose
  // next non-ignorable unit is no digit, or on a unit that is neither digit nor ignorable).
  let i = 0;
  for (;;) {
    let probe = i + 9;
    let kind: number;
    // The skip loop, the only code most of the text meets: one read per ten units, and one more
    // when the probe is a separator (the space after a word or a full stop stands in no number).
    for (;;) {
      if (probe >= n) return;
      const code = text.charCodeAt(probe);
      kind = code < 0x100 ? (LATIN1_KIND[code] as number) : mayStandInNumber(code) ? OTHER : NONE;
      if (kind === NONE) {
        probe += 10;
        continue;
      }
      if (kind !== SEPARATOR) break;
      const before = text.charCodeAt(probe - 1);
      if (separatorMayStandInNumber(before, code)) break;
      probe += 10;
    }
    i = probe - 9;
    if (kind === DIGIT) {
      // Its ASCII run: a date needs six digits, a serial four, a compact number ten. Any other
      // run with no ignorable at its ends is in no number (a phone group, a year, an amount).
      let a = probe;
      let prev = 0;
      while (a > i) {
        prev = text.charCodeAt(a - 1);
        if (!isAsciiDigit(prev)) break;
        a--;
      }
      let b = probe + 1;
      let next = text.charCodeAt(b);
      while (isAsciiDigit(next)) next = text.charCodeAt(++b);
      const length = b - a;
      const plainEnds = !(next >= 0xad) && !(a > i && prev >= 0xad);
      if (plainEnds && length !== 6 && length !== 10 && (length !== 4 || !digitBeforeSeparator(text, a, i))) {
        i = b;
        continue;
      }
    }
    i = judgeStretch(text, i, probe, strict, keep);
  }
}


/**
 * Whether the separator unit `code` can stand inside a written number, given the unit before it.
 * Inside a number a separator unit follows a digit, an ignorable, or the first unit of a spaced
 * dash (" - ", " – "); anywhere else (after a letter, a full stop, a comma) it stands in none.
 */
function separatorMayStandInNumber(before: number, code: number): boolean {
  if (isAsciiDigit(before) || before >= 0xad) return true;
  return before === 0x20 ? code === 0x2d : before === 0x2d && code === 0x20;
}

/**
 * Whether a digit stands before `at` across at most three separator units (and any ignorables),
 * not before `floor`: only then can the four digits at `at` be a serial.
 */
function digitBeforeSeparator(text: string, at: number, floor: number): boolean {
  let k = at;
  let units = 0;
  while (k > floor) {
    const code = text.charCodeAt(k - 1);
    if (isAsciiDigit(code)) return units > 0;
    if (code >= 0xad && mayBeIgnorable(code)) {
      k--;
      continue;
    }
    if (!isSeparatorUnit(code) || ++units > 3) return false;
    k--;
  }
  return false;
}

/**
 * Judges, in order, every digit run that starts in the stretch of number units around `probe`
 * (read back no further than `floor`) up to `probe`. Returns where the scan goes on: past the
 * probe, and past the last run judged.
 */
function judgeStretch(text: string, floor: number, probe: number, strict: boolean, keep: Keep): number {
  let from = probe;
  while (from > floor) {
    const code = text.charCodeAt(from - 1);
    if (code < 0x100 ? LATIN1_KIND[code] === NONE : !mayStandInNumber(code)) break;
    from--;
  }
  let j = from;
  while (j <= probe) {
    if (!isAsciiDigit(text.charCodeAt(j))) {
      j++;
      continue;
    }
    // The usual run (a phone number's group, a year) has neither six nor ten digits and ends on a
    // plain character: step over it without the exact reading.
    let k = j + 1;
    while (isAsciiDigit(text.charCodeAt(k))) k++;
    const length = k - j;
    j = length !== 6 && length !== 10 && !(text.charCodeAt(k) >= 0xad) ? k : judgeRun(text, j, strict, keep);
  }
  return j;
}

/** Every CPR-shaped number in `text` with clean boundaries, in order; they never overlap. */
export function findCandidates(text: string): CprCandidate[] {
  const found: CprCandidate[] = [];
  scan(text, true, (start, end) => found.push({ start, end, digits: spanDigits(text, start, end) }));
  return found;
}

/**
 * Every span that looks like a CPR number however it stands (rule 1's shape with every separator
 * and ignorable the finder accepts, whatever letters or joiners stand around it): a superset of
 * the finder's spans, for masking text that is shown.
 */
export function findCprShapes(text: string): Array<{ start: number; end: number; digits: string }> {
  const found: Array<{ start: number; end: number; digits: string }> = [];
  scan(text, false, (start, end) => found.push({ start, end, digits: spanDigits(text, start, end) }));
  return found;
}

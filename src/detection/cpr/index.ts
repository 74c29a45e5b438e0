// The CPR finder: candidates by shape and boundaries (rules 1–2), then a real past birth date
// (rule 3), then evidence (rule 4) in the order the warning should name it.
import type { CprEvidence, CprMatch, CprOptions } from "../types";
import { birthDayNumber, formatDayNumber, localDayNumber } from "./birth-date";
import { scan } from "./candidates";
import { passesModulus11Values } from "./checksum";
import { exemptDateSet } from "./exempt-dates";
import { hasKeywordBefore } from "./keyword";

export { DEFAULT_EXEMPT_DATES } from "./exempt-dates";
export { CPR_KEYWORDS, KEYWORD_WINDOW } from "./keyword";
export { maskCpr, maskCprNumbers, withoutCprNumbers, longestDigitRun, MAX_SHOWN_DIGIT_RUN } from "./mask";

interface Judge {
  /** yyyymmdd */
  today: number;
  /** yyyymmdd */
  exempt: ReadonlySet<number>;
  substitutes: boolean;
}

function judgeFor(options: CprOptions | undefined): Judge {
  const given = options?.today;
  // An invalid date would make every comparison false and let future dates through.
  const today = given instanceof Date && !isNaN(given.getTime()) ? given : new Date();
  return {
    today: localDayNumber(today),
    exempt: exemptDateSet(options?.exemptDates),
    substitutes: options?.substituteNumbers === true,
  };
}

/**
 * The ten digit values of a candidate span (its ASCII digits: no separator or ignorable is one),
 * into `out`. Reused for every candidate: a citizen list has one every 30 characters, and a
 * string or array apiece is garbage the collector has to move.
 */
function readDigits(text: string, start: number, end: number, out: Int32Array): void {
  if (end - start === 10) {
    for (let k = 0; k < 10; k++) out[k] = text.charCodeAt(start + k) - 0x30;
    return;
  }
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 0x30;
    if (code >= 0 && code <= 9) out[k++] = code;
  }
}

/** The birth date (yyyymmdd) when rule 3 holds, else -1. */
function pastBirthDay(digits: Int32Array, judge: Judge): number {
  const day = birthDayNumber(digits, judge.substitutes);
  return day > judge.today ? -1 : day;
}

/** The evidence, in the order the warning names it; found numbers note it as an index here. */
const EVIDENCE: readonly CprEvidence[] = ["checksum", "exempt-date", "keyword"];
const CHECKSUM = 0;
const EXEMPT_DATE = 1;
const KEYWORD = 2;
const NO_EVIDENCE = -1;

/** Evidence that needs no context: modulus 11, then the exemption list. */
function intrinsicEvidence(digits: Int32Array, day: number, judge: Judge): number {
  if (passesModulus11Values(digits)) return CHECKSUM;
  return judge.exempt.has(day) ? EXEMPT_DATE : NO_EVIDENCE;
}

/** All the evidence, a keyword before the number last (it reads the text around it). */
function evidenceOf(text: string, start: number, digits: Int32Array, day: number, judge: Judge): number {
  const intrinsic = intrinsicEvidence(digits, day, judge);
  if (intrinsic !== NO_EVIDENCE) return intrinsic;
  return hasKeywordBefore(text, start) ? KEYWORD : NO_EVIDENCE;
}

/**
 * The CPR numbers of one text as the finder notes them: four integers each (start, end, birth
 * day as yyyymmdd, evidence index), no object and no string per number. A caller that counts far
 * more numbers than it shows (a citizen list of 100,000 for an alert that names five) reads these
 * and makes objects only for the few it keeps.
 */
export class CprSpans {
  /** @internal Built by findCprSpans only. */
  constructor(
    private readonly records: Int32Array,
    /** How many numbers. */
    readonly length: number,
  ) {}

  /** Offset of number i's first digit. */
  start(i: number): number {
    return this.records[4 * i]!;
  }

  /** Offset just after number i's last digit (exclusive). */
  end(i: number): number {
    return this.records[4 * i + 1]!;
  }

  /** Number i's birth date, "YYYY-MM-DD". */
  birthDate(i: number): string {
    return formatDayNumber(this.records[4 * i + 2]!);
  }

  evidence(i: number): CprEvidence {
    return EVIDENCE[this.records[4 * i + 3]!]!;
  }

  /** Every number as findCprNumbers reports it. */
  matches(): CprMatch[] {
    // Sized once: every slot is filled below, so the array has no holes.
    const all: CprMatch[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) all[i] = { start: this.start(i), end: this.end(i), birthDate: this.birthDate(i), evidence: this.evidence(i) };
    return all;
  }
}

/** Every CPR number in `text`, in order, as packed spans (see CprSpans; findCprNumbers has the rules). */
export function findCprSpans(text: string, options?: CprOptions): CprSpans {
  let found = new Int32Array(64);
  let count = 0;
  if (typeof text !== "string" || text.length < 10) return new CprSpans(found, 0);
  let judge: Judge | undefined;
  const digits = new Int32Array(10);
  // Each candidate is judged as the scan reports it, and a number found is noted as four integers.
  scan(text, true, (start, end) => {
    judge = judge ?? judgeFor(options);
    readDigits(text, start, end, digits);
    const day = pastBirthDay(digits, judge);
    if (day < 0) return;
    const evidence = evidenceOf(text, start, digits, day, judge);
    if (evidence === NO_EVIDENCE) return;
    if (count + 4 > found.length) {
      const larger = new Int32Array(found.length * 2);
      larger.set(found);
      found = larger;
    }
    found[count] = start;
    found[count + 1] = end;
    found[count + 2] = day;
    found[count + 3] = evidence;
    count += 4;
  });
  return new CprSpans(found, count >> 2);
}

/**
 * Every CPR number in `text`, in order, with UTF-16 offsets into `text` itself (end exclusive;
 * the span covers the written number including its separator).
 */
export function findCprNumbers(text: string, options?: CprOptions): CprMatch[] {
  return findCprSpans(text, options).matches();
}

/**
 * Whether ten bare digits (e.g. from a Digital Post gateway address) are a CPR number on their
 * own: a real past birth date and modulus 11 or an exempt date. No keyword can vouch here.
 */
export function isValidCprDigits(digits: string, options?: CprOptions): boolean {
  if (typeof digits !== "string" || !/^[0-9]{10}$/.test(digits)) return false;
  const judge = judgeFor(options);
  const values = new Int32Array(10);
  readDigits(digits, 0, 10, values);
  const day = pastBirthDay(values, judge);
  return day >= 0 && intrinsicEvidence(values, day, judge) !== NO_EVIDENCE;
}

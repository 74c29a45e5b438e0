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

/** Evidence that needs no context: modulus 11, then the exemption list. */
function intrinsicEvidence(digits: Int32Array, day: number, judge: Judge): CprEvidence | undefined {
  if (passesModulus11Values(digits)) return "checksum";
  if (judge.exempt.has(day)) return "exempt-date";
  return undefined;
}

/**
 * Every CPR number in `text`, in order, with UTF-16 offsets into `text` itself (end exclusive;
 * the span covers the written number including its separator).
 */
export function findCprNumbers(text: string, options?: CprOptions): CprMatch[] {
  const matches: CprMatch[] = [];
  if (typeof text !== "string" || text.length < 10) return matches;
  let judge: Judge | undefined;
  const digits = new Int32Array(10);
  // Each candidate is judged as the scan reports it: no list of candidates in between.
  scan(text, true, (start, end) => {
    judge = judge ?? judgeFor(options);
    readDigits(text, start, end, digits);
    const day = pastBirthDay(digits, judge);
    if (day < 0) return;
    const evidence = intrinsicEvidence(digits, day, judge) ?? (hasKeywordBefore(text, start) ? "keyword" : undefined);
    if (evidence !== undefined) matches.push({ start, end, birthDate: formatDayNumber(day), evidence });
  });
  return matches;
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
  return day >= 0 && intrinsicEvidence(values, day, judge) !== undefined;
}

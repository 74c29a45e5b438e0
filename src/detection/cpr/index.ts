// The CPR finder: candidates by shape and boundaries (rules 1–2), then a real past birth date
// (rule 3), then evidence (rule 4) in the order the warning should name it.
import type { CprEvidence, CprMatch, CprOptions } from "../types";
import { birthDateOf, dayNumber, formatDate, localDayNumber, type BirthDate } from "./birth-date";
import { findCandidates } from "./candidates";
import { passesModulus11 } from "./checksum";
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

/** The birth date of ten digits when rule 3 holds, else undefined. */
function pastBirthDate(digits: string, judge: Judge): BirthDate | undefined {
  const date = birthDateOf(digits, judge.substitutes);
  if (date === undefined || dayNumber(date.year, date.month, date.day) > judge.today) return undefined;
  return date;
}

/** Evidence that needs no context: modulus 11, then the exemption list. */
function intrinsicEvidence(digits: string, date: BirthDate, judge: Judge): CprEvidence | undefined {
  if (passesModulus11(digits)) return "checksum";
  if (judge.exempt.has(dayNumber(date.year, date.month, date.day))) return "exempt-date";
  return undefined;
}

/**
 * Every CPR number in `text`, in order, with UTF-16 offsets into `text` itself (end exclusive;
 * the span covers the written number including its separator).
 */
export function findCprNumbers(text: string, options?: CprOptions): CprMatch[] {
  const matches: CprMatch[] = [];
  if (typeof text !== "string" || text.length < 10) return matches;
  const candidates = findCandidates(text);
  if (candidates.length === 0) return matches;
  const judge = judgeFor(options);
  for (const { start, end, digits } of candidates) {
    const date = pastBirthDate(digits, judge);
    if (date === undefined) continue;
    const evidence =
      intrinsicEvidence(digits, date, judge) ?? (hasKeywordBefore(text, start) ? "keyword" : undefined);
    if (evidence !== undefined) matches.push({ start, end, birthDate: formatDate(date), evidence });
  }
  return matches;
}

/**
 * Whether ten bare digits (e.g. from a Digital Post gateway address) are a CPR number on their
 * own: a real past birth date and modulus 11 or an exempt date. No keyword can vouch here.
 */
export function isValidCprDigits(digits: string, options?: CprOptions): boolean {
  if (typeof digits !== "string" || !/^[0-9]{10}$/.test(digits)) return false;
  const judge = judgeFor(options);
  const date = pastBirthDate(digits, judge);
  return date !== undefined && intrinsicEvidence(digits, date, judge) !== undefined;
}

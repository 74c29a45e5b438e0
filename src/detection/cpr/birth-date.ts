// Rule 3 of the CPR rule: DDMMYY plus the 7th digit must be a real calendar date under the
// CPR office's century table, and not after today.

export interface BirthDate {
  year: number;
  month: number;
  day: number;
  /** The number is a substitute number (erstatningspersonnummer): day + 60 in the digits. */
  substitute: boolean;
}

function digitAt(digits: string, index: number): number {
  return digits.charCodeAt(index) - 0x30;
}

/** The century table: which year YY means, given the 7th digit. */
export function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * The birth date ten CPR digits encode, or undefined when DDMMYY is no calendar date in the
 * century the 7th digit gives. Day 61–91 (a substitute number) counts only when asked for.
 */
export function birthDateOf(digits: string, acceptSubstitute = false): BirthDate | undefined {
  let day = digitAt(digits, 0) * 10 + digitAt(digits, 1);
  const month = digitAt(digits, 2) * 10 + digitAt(digits, 3);
  const year = fullYear(digitAt(digits, 4) * 10 + digitAt(digits, 5), digitAt(digits, 6));
  const substitute = acceptSubstitute && day > 60;
  if (substitute) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, substitute };
}

/** yyyymmdd as one comparable number. */
export function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Today's date as the caseworker's clock shows it (local calendar date). */
export function localDayNumber(date: Date): number {
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function pad(value: number, width: number): string {
  let s = String(value);
  while (s.length < width) s = "0" + s;
  return s;
}

/** "YYYY-MM-DD". */
export function formatDate(date: BirthDate): string {
  return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2);
}

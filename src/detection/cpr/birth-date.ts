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
  const values: number[] = [];
  for (let i = 0; i < 7; i++) values.push(digitAt(digits, i));
  const day = birthDayNumber(values, acceptSubstitute);
  if (day < 0) return undefined;
  return { year: Math.floor(day / 10000), month: Math.floor(day / 100) % 100, day: day % 100, substitute: acceptSubstitute && values[0]! * 10 + values[1]! > 60 };
}

/**
 * birthDateOf for digit values (the finder's form: no string, no object per number): the birth
 * date as yyyymmdd (see dayNumber), or -1.
 */
export function birthDayNumber(digits: ArrayLike<number>, acceptSubstitute: boolean): number {
  let day = digits[0]! * 10 + digits[1]!;
  const month = digits[2]! * 10 + digits[3]!;
  const year = fullYear(digits[4]! * 10 + digits[5]!, digits[6]!);
  if (acceptSubstitute && day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return dayNumber(year, month, day);
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

// Formatted dates by day number: a citizen list names the same birthdays over and over, and each
// string made is one more object the collector must move. A century of days fits.
const FORMATTED = new Map<number, string>();
const MAX_FORMATTED = 40000;

/** "YYYY-MM-DD" of a day number (yyyymmdd). */
export function formatDayNumber(day: number): string {
  let formatted = FORMATTED.get(day);
  if (formatted === undefined) {
    if (FORMATTED.size >= MAX_FORMATTED) FORMATTED.clear();
    formatted = pad(Math.floor(day / 10000), 4) + "-" + pad(Math.floor(day / 100) % 100, 2) + "-" + pad(day % 100, 2);
    FORMATTED.set(day, formatted);
  }
  return formatted;
}

/** "YYYY-MM-DD". */
export function formatDate(date: BirthDate): string {
  return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2);
}

// Rule 4b: birth dates on which the CPR office has issued numbers without modulus 11.
// Source: cpr.dk, list updated 10 May 2023. The office says the list may be incomplete, so the
// policy can replace it (options.exemptDates).

const EXEMPT_YEARS = [
  1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978, 1980, 1981, 1982, 1983, 1984,
  1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1994, 1995,
];

/** The CPR office's 2023 list: 1 January of each listed year, as "YYYY-MM-DD". */
export const DEFAULT_EXEMPT_DATES: readonly string[] = EXEMPT_YEARS.map((year) => year + "-01-01");

/** "YYYY-MM-DD" as the number yyyymmdd, or undefined when it is not written that way. */
export function parseIsoDay(date: string): number | undefined {
  if (typeof date !== "string" || date.length !== 10 || date.charAt(4) !== "-" || date.charAt(7) !== "-") {
    return undefined;
  }
  let value = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

function toDaySet(dates: readonly string[]): ReadonlySet<number> {
  const days = new Set<number>();
  for (const date of dates) {
    const day = parseIsoDay(date);
    if (day !== undefined) days.add(day);
  }
  return days;
}

const DEFAULT_SET = toDaySet(DEFAULT_EXEMPT_DATES);

/**
 * The exemption list as yyyymmdd numbers, so a candidate's date is looked up without building a
 * string. Entries not written "YYYY-MM-DD" can match no date and are left out.
 */
export function exemptDateSet(dates: readonly string[] | undefined): ReadonlySet<number> {
  return Array.isArray(dates) && dates !== DEFAULT_EXEMPT_DATES ? toDaySet(dates) : DEFAULT_SET;
}

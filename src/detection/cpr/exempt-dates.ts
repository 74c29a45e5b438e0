// Rule 4b: birth dates on which the CPR office has issued numbers without modulus 11.
// Source: cpr.dk, list updated 10 May 2023. The office says the list may be incomplete, so the
// policy can replace it (options.exemptDates).

const EXEMPT_YEARS = [
  1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978, 1980, 1981, 1982, 1983, 1984,
  1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1994, 1995,
];

/** The CPR office's 2023 list: 1 January of each listed year, as "YYYY-MM-DD". */
export const DEFAULT_EXEMPT_DATES: readonly string[] = EXEMPT_YEARS.map((year) => year + "-01-01");

const DEFAULT_SET = new Set<string>(DEFAULT_EXEMPT_DATES);

/** A membership test for the exemption list, reusing the default's set. */
export function exemptDateSet(dates: readonly string[] | undefined): ReadonlySet<string> {
  return dates === undefined || dates === DEFAULT_EXEMPT_DATES ? DEFAULT_SET : new Set(dates);
}

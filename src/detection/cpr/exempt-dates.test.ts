import { DEFAULT_EXEMPT_DATES, exemptDateSet } from "./exempt-dates";

describe("DEFAULT_EXEMPT_DATES (cpr.dk, 10 May 2023)", () => {
  it("holds 1 January of exactly the listed years", () => {
    expect(DEFAULT_EXEMPT_DATES.every((d) => d.endsWith("-01-01"))).toBe(true);
    expect(DEFAULT_EXEMPT_DATES.map((d) => Number(d.slice(0, 4)))).toEqual([
      1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978,
      1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1994, 1995,
    ]);
  });

  it("is the default set, and a given list replaces it", () => {
    expect(exemptDateSet(undefined).has(19620101)).toBe(true);
    expect(exemptDateSet(["1961-01-01"]).has(19620101)).toBe(false);
    expect(exemptDateSet(["1961-01-01", "1. januar 1963", "1964-1-1"])).toEqual(new Set([19610101]));
  });
});

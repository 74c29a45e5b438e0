import { birthDateOf, formatDate, fullYear, isLeapYear, localDayNumber } from "./birth-date";

describe("fullYear (the CPR century table)", () => {
  it.each([
    [0, 0, 1900], [36, 3, 1936], [99, 3, 1999],
    [0, 4, 2000], [36, 4, 2036], [37, 4, 1937], [57, 9, 1957], [58, 9, 1958], [99, 4, 1999],
    [0, 5, 2000], [57, 8, 2057], [58, 5, 1858], [99, 8, 1899],
  ])("YY %i with 7th digit %i is %i", (yy, seventh, year) => {
    expect(fullYear(yy, seventh)).toBe(year);
  });
});

describe("isLeapYear", () => {
  it.each([[1896, true], [1900, false], [1904, true], [2000, true], [2023, false], [2024, true], [2100, false]])(
    "%i → %s",
    (year, leap) => {
      expect(isLeapYear(year)).toBe(leap);
    },
  );
});

describe("birthDateOf", () => {
  it("reads DDMMYY and the 7th digit", () => {
    const date = birthDateOf("0403852732");
    expect(date && formatDate(date)).toBe("1985-03-04");
  });

  it.each(["2902000000", "3104204000", "0013204000", "0000204000", "3201204000"])("rejects %s", (digits) => {
    expect(birthDateOf(digits)).toBeUndefined();
  });

  it("reads a substitute number's day only when asked", () => {
    expect(birthDateOf("6101851018")).toBeUndefined();
    expect(birthDateOf("6101851018", true)).toEqual({ year: 1985, month: 1, day: 1, substitute: true });
    expect(birthDateOf("9101851018", true)).toEqual({ year: 1985, month: 1, day: 31, substitute: true });
    expect(birthDateOf("9201851018", true)).toBeUndefined();
    expect(birthDateOf("0101851018", true)).toEqual({ year: 1985, month: 1, day: 1, substitute: false });
  });

  it("pads months and days to two digits", () => {
    expect(formatDate({ year: 1858, month: 1, day: 2, substitute: false })).toBe("1858-01-02");
  });
});

describe("localDayNumber", () => {
  it("uses the calendar date of the local clock", () => {
    expect(localDayNumber(new Date(2026, 0, 31, 23, 59))).toBe(20260131);
  });
});

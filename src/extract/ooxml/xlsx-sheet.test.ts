// A numeric cell's shown text: the fast path for plainly written whole numbers must say exactly
// what the round trip through Number and String says, for every way Excel and others store one.
import { applyDigitFormat, parseDigitFormat } from "./number-format";
import { numberText } from "./xlsx-sheet";

/** numberText as first written: always through Number and String. */
function reference(raw: string, code?: string): string {
  const format = code === undefined ? null : parseDigitFormat(code);
  const num = Number(raw);
  if (raw === "" || !(num >= 0) || num !== Math.floor(num) || num > Number.MAX_SAFE_INTEGER) return raw;
  const digits = String(num);
  if (format) return applyDigitFormat(digits, format);
  if (digits.length === 9) return "0" + digits;
  return digits;
}

const STORED = [
  "0", "7", "00", "007", "102030028", "0102030028", "1507880130", "123456789012345", "1234567890123456",
  "9007199254740991", "9007199254740993", "12345678901234567890", "1.02030028E8", "1.5E3", "1e21", "42.0",
  "42.5", "-5", "-0", "+5", " 5", "5 ", "0x10", "", "abc", "1_000", "١٢٣", "Infinity", "NaN", ".5", "5.",
];

test.each(STORED)("stored %p reads as the round trip says, in a General cell and through digit formats", (raw) => {
  expect(numberText(raw)).toBe(reference(raw));
  for (const code of ["000000-0000", "0000000000", "#####0"]) expect(numberText(raw, parseDigitFormat(code))).toBe(reference(raw, code));
});

test("a nine-digit General number gets back its leading zero; a plain one stays as written", () => {
  expect(numberText("102030028")).toBe("0102030028");
  expect(numberText("1507880130")).toBe("1507880130");
  expect(numberText("102030028", parseDigitFormat("000000-0000"))).toBe("010203-0028");
});

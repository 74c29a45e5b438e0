import { applyDigitFormat, parseDigitFormat } from "./number-format";

test.each([
  ["0000000000", "102030028", "0102030028"],
  ["000000-0000", "102030028", "010203-0028"],
  ['000000"-"0000', "1507880130", "150788-0130"],
  ["000000\\-0000", "102030028", "010203-0028"],
  ["00000", "1234567", "1234567"], // more digits than placeholders go to the first
  ["#####0", "7", "7"],
  ["0", "102030028", "102030028"],
])("%s formats %s as %s", (code, digits, shown) => {
  expect(applyDigitFormat(digits, parseDigitFormat(code)!)).toBe(shown);
});

test.each(["0.00", "#,##0", "dd-mm-yyyy", "General", "0%", "@", '"kr" 0.00'])("%s is not a digit-only format", (code) => {
  expect(parseDigitFormat(code)).toBeNull();
});

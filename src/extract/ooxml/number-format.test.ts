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

/** The formatting as first written (token by token into an array), kept as the reference. */
function referenceFormat(digits: string, code: string): string {
  const { tokens, places, zeros } = parseDigitFormat(code)!;
  let d = digits;
  while (d.length < zeros) d = "0" + d;
  const extra = d.length > places ? d.slice(0, d.length - places) : "";
  const rest = d.length > places ? d.slice(d.length - places) : d;
  const out: string[] = [];
  let seen = 0;
  const pad = places - rest.length;
  for (const t of tokens) {
    if ("literal" in t) {
      out.push(t.literal);
      continue;
    }
    const idx = seen++;
    const digit = idx < pad ? "" : rest[idx - pad]!;
    out.push(idx === 0 ? extra + digit : digit);
  }
  return out.join("");
}

test("every digit-only format of up to 12 places formats every length of number as the reference does", () => {
  const pieces = ["0", "#", "-", " ", "/", "\\.", '"kr "'];
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let checked = 0;
  for (let f = 0; f < 400; f++) {
    let code = "";
    const length = 1 + next(12);
    for (let k = 0; k < length; k++) code += pieces[next(pieces.length)];
    if (!parseDigitFormat(code)) continue;
    for (const digits of ["0", "7", "42", "102030028", "1507880130", "123456789012345", "9".repeat(next(16) + 1)]) {
      expect([code, digits, applyDigitFormat(digits, parseDigitFormat(code)!)]).toEqual([code, digits, referenceFormat(digits, code)]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(1000);
});

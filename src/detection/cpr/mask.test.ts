import { maskCpr } from "./mask";

describe("maskCpr", () => {
  it.each([
    ["0102031234", "010203-XXXX"],
    ["010203-1234", "010203-XXXX"],
    ["010203 - 1234", "010203-XXXX"],
    ["010203 \u2013 1234", "010203-XXXX"],
    ["010203\u00a01234", "010203-XXXX"],
    ["010203-XXXX", "010203-XXXX"],
  ])("%j → %s", (value, masked) => {
    expect(maskCpr(value)).toBe(masked);
  });

  it.each(["", "12345", "12 34 56 7890", "abc"])("masks everything when %j holds no six-digit date", (value) => {
    expect(maskCpr(value)).toBe("XXXXXX-XXXX");
  });

  it("never returns a serial digit", () => {
    expect(maskCpr("0403852732")).not.toMatch(/2732/);
  });
});

import { maskCpr, maskCprNumbers, withoutCprNumbers } from "./mask";

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

describe("maskCprNumbers", () => {
  it.each([
    ["Jens Hansen (070761-1006)", "Jens Hansen (070761-XXXX)"],
    ["jens0707611006@gmail.com", "jens070761-XXXX@gmail.com"],
    ["070761 \u2013 1006.pdf", "070761-XXXX.pdf"],
    ["07\u200b0761\u00ad1006", "070761-XXXX"],
    ["070761\u202f1006 og 121212/1212", "070761-XXXX og 121212-XXXX"],
    ["x.070761-1006/7", "x.070761-XXXX/7"],
    ["konto 12345678901", "konto 12345678901"],
    ["tlf. 86 42 12 34", "tlf. 86 42 12 34"],
  ])("%j → %j", (text, masked) => {
    expect(maskCprNumbers(text)).toBe(masked);
  });

  it("leaves text without a CPR shape as it is", () => {
    expect(maskCprNumbers("Sag 24/01234, j.nr. 27.12.04")).toBe("Sag 24/01234, j.nr. 27.12.04");
  });
});

describe("withoutCprNumbers", () => {
  it.each([
    ["Jens Hansen (070761-1006)", "Jens Hansen"],
    ["Jens Hansen, 070761 1006", "Jens Hansen"],
    ["070761\u200b1006 - Jens", "Jens"],
    ["Jens [0707611006] Hansen", "Jens Hansen"],
    ["0707611006", ""],
    ["Jens Hansen", "Jens Hansen"],
  ])("%j → %j", (name, cleaned) => {
    expect(withoutCprNumbers(name)).toBe(cleaned);
  });
});

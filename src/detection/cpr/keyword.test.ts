import { hasKeywordBefore } from "./keyword";

/** Where the number starts: just after the marker "#". */
function check(text: string): boolean {
  return hasKeywordBefore(text.replace("#", ""), text.indexOf("#"));
}

describe("hasKeywordBefore", () => {
  it.each([
    ["CPR: #", true],
    ["cPr #", true],
    ["Personnummer: #", true],
    ["person nr #", true],
    ["pers.nr #", true],
    ["personnr. #", true],
    ["CPR" + " ".repeat(37) + "#", true],
    ["CPR" + " ".repeat(38) + "#", false],
    ["CPR:\n#", false],
    ["CPR:\r\n#", false],
    ["CPR:\u2028#", false],
    ["# CPR", false],
    ["C.P.R. #", false],
    ["person\u00a0nr #", false],
    ["", false],
  ])("%j → %s", (text, found) => {
    expect(check(text)).toBe(found);
  });

  it("finds a keyword at the very start of the text", () => {
    expect(hasKeywordBefore("cpr0102", 3)).toBe(true);
  });
});

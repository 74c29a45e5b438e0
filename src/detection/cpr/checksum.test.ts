import { passesModulus11 } from "./checksum";

describe("passesModulus11", () => {
  it.each([
    // 4·0 + 3·4 + 2·0 + 7·3 + 6·8 + 5·5 + 4·2 + 3·7 + 2·3 + 1·2 = 143 = 13·11
    ["0403852732", true],
    ["0403852734", false],
    ["0000000000", true],
    ["1111111111", false],
  ])("%s → %s", (digits, passes) => {
    expect(passesModulus11(digits)).toBe(passes);
  });

  it("is sensitive to every position's weight", () => {
    // Changing any single digit of a valid number by one breaks the sum (weights are 1–7, not 11).
    const valid = "0403852732";
    for (let i = 0; i < 10; i++) {
      const d = (Number(valid[i]) + 1) % 10;
      expect(passesModulus11(valid.slice(0, i) + d + valid.slice(i + 1))).toBe(false);
    }
  });
});

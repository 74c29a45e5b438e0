import fc from "fast-check";
import { editDistance, substitutionCost, weightedDistance } from "./distance";

describe("edit distance", () => {
  test.each([
    ["randers", "randers", 0],
    ["randers", "anders", 1], // omission
    ["randers", "randres", 1], // transposition counts once (OSA)
    ["randers", "randerss", 1],
    ["kk", "kl", 1],
    ["vejle", "lejre", 2],
    ["sonderborg", "skanderborg", 2],
    ["", "abc", 3],
  ])("%s ↔ %s: %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test.each([
    ["a Danish-keyboard neighbour", "g", "h", 0.5],
    ["the æ key next to l", "l", "æ", 0.5],
    ["a vowel for a vowel", "e", "a", 0.5],
    ["look-alike letters", "c", "e", 0.5],
    ["far-apart keys", "q", "m", 1],
  ])("%s costs %d", (_what, a, b, cost) => {
    expect(substitutionCost(a, b)).toBe(cost);
  });

  test("slips are cheaper than arbitrary edits", () => {
    expect(weightedDistance("gentofte", "gentoffte")).toBe(0.5); // doubled letter
    expect(weightedDistance("gentofte", "gnetofte")).toBe(0.5); // swapped letters
    expect(weightedDistance("gentofte", "gentifte")).toBe(0.5); // neighbour key / vowel
    expect(weightedDistance("gentofte", "gentxfte")).toBe(1);
    expect(weightedDistance("odense", "odcnsc")).toBe(1); // two look-alike letters
  });

  test("early exit reports 'too far' above the limit", () => {
    expect(editDistance("randers", "kolding", 2)).toBeGreaterThan(2);
    expect(weightedDistance("randers", "kolding", 1)).toBeGreaterThan(1);
  });

  test("properties: symmetric, zero only for equal strings, weighted never above plain", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdefgkmnorstæøå1-"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(weightedDistance(a, b)).toBeLessThanOrEqual(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

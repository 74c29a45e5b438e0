import { asciiLookalike, skeleton } from "./skeleton";

describe("homoglyph skeletons", () => {
  test.each([
    ["gentоfte", "gentofte"], // Cyrillic о
    ["rаnders", "randers"], // Cyrillic а
    ["гegionsjaelland", "regionsjaelland"], // Cyrillic г
    ["gentöfte", "gentofte"],
    ["régionsjaelland", "regionsjaelland"],
    ["vіrk", "virk"], // Ukrainian і
  ])("%s reads as %s", (lookalike, ascii) => {
    expect(asciiLookalike(lookalike)).toBe(ascii);
  });

  test.each([
    ["rnicrosoft", "microsoft"],
    ["frnk", "fmk"],
    ["fnnk", "fmk"],
    ["vv1rk", "wirk"],
    ["reg1onsjaelland", "regionsjaelland"],
    ["regionsjaeiland", "regionsjaelland"],
    ["regionsjaellancl", "regionsjaelland"],
    ["k0ege", "koege"],
  ])("%s and %s share a skeleton", (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  test.each([
    ["randers", "anders"],
    ["kk", "kl"],
    ["vejle", "lejre"],
  ])("%s and %s do not", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});

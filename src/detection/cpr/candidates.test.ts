import { cleanAfter, cleanBefore, findCandidates } from "./candidates";

describe("findCandidates", () => {
  it("returns spans into the original text and the ten digits without separator", () => {
    expect(findCandidates("ab 123456 - 7890 cd 1234567890")).toEqual([
      { start: 3, end: 16, digits: "1234567890" },
      { start: 20, end: 30, digits: "1234567890" },
    ]);
  });

  it("checks no date or evidence (those are later steps)", () => {
    expect(findCandidates("999999-9999").map((c) => c.digits)).toEqual(["9999999999"]);
  });

  it.each(["12345678901", "123456-12345", "1234567-890", "12345-67890", "123456--7890", "123456 \u2014 7890"])(
    "finds nothing in %j",
    (text) => {
      expect(findCandidates(text)).toEqual([]);
    },
  );

  it("does not lose a number right after a rejected run", () => {
    expect(findCandidates("123456 1234567 0403852732").map((c) => c.start)).toEqual([15]);
    expect(findCandidates("12345 0403852732").map((c) => c.start)).toEqual([6]);
  });
});

describe("cleanBefore / cleanAfter", () => {
  it.each([
    ["x", false],
    ["+", false],
    ["Å", false],
    ["7.", false],
    ["7,", false],
    ["7-", false],
    ["7\u2013", false],
    ["7/", false],
    ["7\u2011", true],
    ["a.", true],
    [" .", true],
    ["(", true],
    ["", true],
  ])("before %j → %s", (prefix, clean) => {
    expect(cleanBefore(prefix + "0", prefix.length)).toBe(clean);
  });

  it.each([
    ["x", false],
    ["ø", false],
    [".7", false],
    [",7", false],
    ["-7", false],
    ["\u20137", false],
    ["/7", false],
    [".", true],
    [". 7", true],
    ["+", true],
    ["", true],
  ])("after %j → %s", (suffix, clean) => {
    expect(cleanAfter("0" + suffix, 1)).toBe(clean);
  });
});

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

describe("invisible characters", () => {
  it("are read past inside the number, keeping offsets into the original text", () => {
    const text = "x \u200e07\u200b0761\u00ad1006\u200f y";
    expect(findCandidates(text)).toEqual([{ start: 3, end: 15, digits: "0707611006" }]);
  });

  it("are read past inside a spaced separator and at the boundaries", () => {
    expect(findCandidates("070761 \ufeff-\u2060 1006").map((c) => c.digits)).toEqual(["0707611006"]);
    // A letter behind a zero-width space is still glued on, as the reader sees it.
    expect(findCandidates("a\u200b0707611006")).toEqual([]);
    expect(findCandidates("7.\u200b0707611006")).toEqual([]);
  });

  it("include supplementary ones (tags, variation selectors)", () => {
    expect(findCandidates("070761\u{e0020}1006").map((c) => c.end)).toEqual([12]);
  });
});

// The scan reads one unit in ten and skips on whatever cannot stand inside a written number (a
// letter; a space or dash after a word, a full stop or a comma). These properties put numbers at
// every offset against that stride, right behind the text that makes it skip, at the very start
// and end of the text, among invisible characters, surrogate pairs and other scripts' digits,
// and compare the finder with the literal transcription of the rule.
import fc from "fast-check";
import { findCprNumbers } from ".";
import { DEFAULT_EXEMPT_DATES } from "./exempt-dates";
import { cprArb, insertsArb, separatorArb, sprinkle, written } from "./__tests__/cpr-arbitraries";
import { referenceFind } from "./__tests__/reference-rule";

const TODAY = new Date(2026, 5, 1);

// What stands next to a number in real text, chosen for the skip rule's cases: separators after
// a word, a full stop, a comma or a doubled space; a spaced dash's halves; ignorables (U+00AD among
// them); an emoji (a surrogate pair); Arabic-Indic and full-width digits, which are no ASCII digits.
const NEIGHBOURS = [
  "a", "æ", "ø", "Å", ". ", ", ", "  ", " -", "- ", " – ", "–", ".", ",", "-", "/", "\t", "\u00a0",
  "\u00ad", "\u200b", "\u2060", "\u{e0041}", "😀", "٣", "١٢", "\uff11", "\r\n", "x ", "7", "12 ", "1234 ",
];

const neighboursArb = fc.array(fc.constantFrom(...NEIGHBOURS), { maxLength: 12 }).map((parts) => parts.join(""));

/** A number as written in mail, with ignorables sometimes sprinkled in and around it. */
const numberArb = fc
  .tuple(cprArb(TODAY), separatorArb, insertsArb(14), fc.boolean())
  .map(([cpr, sep, inserts, invisible]) => {
    const text = written(cpr.digits, sep);
    return invisible ? sprinkle(text, inserts) : text;
  });

function agrees(text: string): void {
  expect(findCprNumbers(text, { today: TODAY })).toEqual(referenceFind(text, TODAY, DEFAULT_EXEMPT_DATES));
}

describe("the scan's stride", () => {
  it("finds a number at every offset behind letters and the punctuation it skips on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), neighboursArb, numberArb, neighboursArb, fc.integer({ min: 0, max: 25 }), (lead, before, number, after, tail) => {
        agrees("w".repeat(lead) + before + number + after + "q".repeat(tail));
      }),
      { numRuns: 4000 },
    );
  });

  it("finds numbers at the very start and the very end of the text", () => {
    fc.assert(
      fc.property(numberArb, neighboursArb, numberArb, (first, middle, last) => {
        agrees(first + middle + last);
        agrees(first);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the rule on long text of words, numbers and punctuation", () => {
    const pieceArb = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("borgeren", "sagen", "og", "i", "på", "Ærø", "kr.", "tlf.", "CPR:", "nr.", "2025", "12.05.2025") },
      { weight: 4, arbitrary: fc.constantFrom(...NEIGHBOURS) },
      { weight: 1, arbitrary: numberArb },
      { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,11}$/) },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(pieceArb, fc.constantFrom(" ", "", ". ", ", ", "\n")), { maxLength: 120 }), (parts) => {
        agrees(parts.map(([piece, gap]) => piece + gap).join(""));
      }),
      { numRuns: 1500 },
    );
  });
});

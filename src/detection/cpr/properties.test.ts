// Property tests: the finder against generated mail text and against a literal transcription of
// the rule (./__tests__/reference-rule.ts), plus robustness and linear time on hostile input.
import fc from "fast-check";
import { findCprNumbers } from ".";
import { DEFAULT_EXEMPT_DATES } from "./exempt-dates";
import { passesModulus11 } from "./checksum";
import {
  CLEAN_AFTER,
  CLEAN_BEFORE,
  IGNORABLES,
  SEPARATORS,
  cprArb,
  insertsArb,
  sprinkle,
  fillerArb,
  makeCprDigits,
  separatorArb,
  written,
} from "./__tests__/cpr-arbitraries";
import { referenceFind } from "./__tests__/reference-rule";

const TODAY = new Date(2026, 5, 1);

describe("a valid number in Danish-looking text", () => {
  it("is found at exactly its offsets, in every accepted format", () => {
    fc.assert(
      fc.property(
        fillerArb,
        fc.constantFrom(...CLEAN_BEFORE),
        cprArb(TODAY),
        separatorArb,
        fc.constantFrom(...CLEAN_AFTER),
        fillerArb,
        (head, before, cpr, sep, after, tail) => {
          const prefix = head + " " + before;
          const number = written(cpr.digits, sep);
          const text = prefix + number + after + " " + tail;
          expect(findCprNumbers(text, { today: TODAY })).toEqual([
            { start: prefix.length, end: prefix.length + number.length, birthDate: cpr.birthDate, evidence: "checksum" },
          ]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("is found with invisible characters inside and around it, from its first digit to its last", () => {
    fc.assert(
      fc.property(
        fillerArb,
        fc.constantFrom(...CLEAN_BEFORE),
        cprArb(TODAY),
        separatorArb,
        insertsArb(16),
        fc.constantFrom(...CLEAN_AFTER),
        (head, before, cpr, sep, inserts, after) => {
          const prefix = head + " " + before;
          const number = sprinkle(written(cpr.digits, sep), inserts);
          const text = prefix + number + after;
          const first = number.search(/[0-9]/);
          const last = number.length - [...number].reverse().join("").search(/[0-9]/);
          // Reversing a string turns surrogate pairs round, but the digits are ASCII and the
          // last digit's position counted from the end stays right.
          expect(findCprNumbers(text, { today: TODAY })).toEqual([
            { start: prefix.length + first, end: prefix.length + last, birthDate: cpr.birthDate, evidence: "checksum" },
          ]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds every number of a list, each at its own offsets", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fillerArb, cprArb(TODAY), separatorArb), { minLength: 1, maxLength: 8 }), (parts) => {
        let text = "";
        const expected: Array<{ start: number; end: number }> = [];
        for (const [filler, cpr, sep] of parts) {
          text += filler + "\n- ";
          const number = written(cpr.digits, sep);
          expected.push({ start: text.length, end: text.length + number.length });
          text += number + "\n";
        }
        expect(findCprNumbers(text, { today: TODAY }).map(({ start, end }) => ({ start, end }))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("is found on a keyword's evidence when modulus 11 fails, and not without it", () => {
    fc.assert(
      fc.property(
        cprArb(TODAY, { mod11: false }).filter((c) => !DEFAULT_EXEMPT_DATES.includes(c.birthDate)),
        separatorArb,
        fc.constantFrom("CPR: ", "cpr-nr. ", "Cpr.nr ", "Personnummer ", "PERSONNR ", "person nr ", "pers.nr. "),
        fc.integer({ min: 0, max: 45 }),
        (cpr, sep, keyword, gap) => {
          const padding = "x".repeat(gap);
          const text = "Vedr. " + keyword + padding + " (" + written(cpr.digits, sep) + ")";
          const distance = keyword.length + padding.length + 2;
          const found = findCprNumbers(text, { today: TODAY });
          if (distance <= 40) expect(found.map((m) => m.evidence)).toEqual(["keyword"]);
          else expect(found).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Text made of the pieces that decide the rule: digits, every separator and joiner, letters of
// several scripts, glue characters, keywords, line ends and valid numbers.
const TOKENS = [
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "01", "31", "12", "29", "02", "00", "19",
  ...SEPARATORS.map(([, sep]) => sep).filter((s) => s !== ""),
  ...IGNORABLES,
  ",", "+", "_", "a", "Z", "æ", "Ø", "å", "é", "ß", "ł", "ș", "Ω", "ж", "中", "\u05d0", "𝐀", "😀", "٣", "²", "X",
  "\n", "\r\n", "(", ")", ":", "cpr", "CPR: ", "personnummer", "Person nr", "pers.nr", "p",
];

const ruleTextArb = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 1, arbitrary: cprArb(TODAY).map((c) => c.digits) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(cprArb(TODAY, { mod11: false }), insertsArb(10))
          .map(([c, inserts]) => sprinkle(c.digits, inserts)),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(cprArb(TODAY), separatorArb, insertsArb(14))
          .map(([c, sep, inserts]) => sprinkle(written(c.digits, sep), inserts)),
      },
      { weight: 1, arbitrary: cprArb(TODAY, { mod11: false }).map((c) => c.digits) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...DEFAULT_EXEMPT_DATES, "1961-01-01", "1899-01-01")
          .map((d) => {
            const year = Number(d.slice(0, 4));
            return makeCprDigits(year, 1, 1, year < 1900 ? 5 : 0, 17, false);
          }),
      },
      { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("the finder agrees with a literal transcription of the rule", () => {
  it("on text built from digits, separators, letters, glue and keywords", () => {
    fc.assert(
      fc.property(ruleTextArb, (text) => {
        expect(findCprNumbers(text, { today: TODAY })).toEqual(referenceFind(text, TODAY, DEFAULT_EXEMPT_DATES));
      }),
      { numRuns: 5000 },
    );
  });

  it("and with another evaluation date and exemption list", () => {
    const today = new Date(1990, 0, 1);
    const exempt = ["1961-01-01", "1985-03-04"];
    fc.assert(
      fc.property(ruleTextArb, (text) => {
        expect(findCprNumbers(text, { today, exemptDates: exempt })).toEqual(referenceFind(text, today, exempt));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("every match", () => {
  it("has ten ASCII digits, a separator of the rule and a birth date that the digits spell", () => {
    fc.assert(
      fc.property(ruleTextArb, (text) => {
        for (const m of findCprNumbers(text, { today: TODAY })) {
          const span = text.slice(m.start, m.end).replace(/\p{Default_Ignorable_Code_Point}/gu, "");
          const digits = span.slice(0, 6) + span.slice(-4);
          expect(digits).toMatch(/^[0-9]{10}$/);
          expect(SEPARATORS.map(([, sep]) => sep)).toContain(span.slice(6, -4));
          expect(m.birthDate.slice(2, 4) + "-" + m.birthDate.slice(5, 7) + "-" + m.birthDate.slice(8, 10)).toBe(
            digits.slice(4, 6) + "-" + digits.slice(2, 4) + "-" + digits.slice(0, 2),
          );
          expect(m.birthDate <= "2026-06-01").toBe(true);
          if (m.evidence === "checksum") expect(passesModulus11(digits)).toBe(true);
          if (m.evidence === "exempt-date") expect(DEFAULT_EXEMPT_DATES).toContain(m.birthDate);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("hostile input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(Array.isArray(findCprNumbers(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  // Seeded so a failure can be replayed; the shapes aim at every path that reads ahead or back.
  function hostileText(kind: number, length: number): string {
    let seed = 12345 + kind;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const alphabet = "0123456789 -\u2013/.\u00a0+\n,";
    const units: string[] = [];
    let size = 0;
    while (size < length) {
      let unit: string;
      switch (kind) {
        case 0:
          unit = alphabet[next() % alphabet.length] as string;
          break;
        case 1:
          unit = "9";
          break;
        case 2:
          unit = "cpr 010203 - 1235 "; // fails modulus 11: every number searches for its keyword
          break;
        case 3:
          unit = "123456 - ";
          break;
        default:
          unit = "0101601234-";
      }
      units.push(unit);
      size += unit.length;
    }
    return units.join("").slice(0, length);
  }

  /** Milliseconds for `calls` calls on `text`. */
  function timeOf(text: string, calls: number): number {
    const t0 = performance.now();
    for (let c = 0; c < calls; c++) findCprNumbers(text);
    return performance.now() - t0;
  }

  it.each([
    ["random digits and separators", 0],
    ["one long digit run", 1],
    ["keyword before every number", 2],
    ["date runs with spaced dashes", 3],
    ["dashed chains of numbers", 4],
  ])("runs in linear time on 1 MB of %s", (_name, kind) => {
    const small = hostileText(kind, 256 * 1024);
    const large = hostileText(kind, 1024 * 1024);
    // Four calls on n against one on 4n: the same work if the scan is linear, four times as much
    // if it is quadratic. Interleaved rounds and the best of each keep a busy machine's noise out.
    timeOf(small, 4);
    timeOf(large, 1);
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let round = 0; round < 9; round++) {
      bestSmall = Math.min(bestSmall, timeOf(small, 4));
      bestLarge = Math.min(bestLarge, timeOf(large, 1));
    }
    expect(bestLarge / Math.max(bestSmall, 0.2)).toBeLessThan(2.5);
  });
});

// Generators of synthetic CPR numbers and Danish-looking mail text for the property tests.
// Every number made here is synthetic: a date, a 7th digit the century table allows, and a
// serial chosen so that modulus 11 holds (or deliberately fails).
import fc from "fast-check";

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** 7th digits that put a two-digit year in `year`'s century (century table, docs/cpr-rule.md). */
export function seventhDigitsFor(year: number): number[] {
  const yy = year % 100;
  if (year < 1858 || year > 2057) return [];
  if (year < 1900) return [5, 6, 7, 8];
  if (year < 2000) {
    if (yy <= 36) return [0, 1, 2, 3];
    return [0, 1, 2, 3, 4, 9];
  }
  if (yy <= 36) return [4, 5, 6, 7, 8, 9];
  return [5, 6, 7, 8];
}

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] as number);
  return sum;
}

/**
 * Ten digits for the date, with the given 7th digit and serial seed. `mod11` true: modulus 11
 * holds; false: it fails (the last digit is moved off the checksum).
 */
export function makeCprDigits(
  year: number,
  month: number,
  day: number,
  seventh: number,
  seed: number,
  mod11 = true,
): string {
  const head = pad2(day) + pad2(month) + pad2(year % 100) + String(seventh);
  let eighth = seed % 10;
  const ninthStart = Math.floor(seed / 10) % 10;
  for (let attempt = 0; attempt < 20; attempt++) {
    const ninth = (ninthStart + attempt) % 10;
    if (attempt === 10) eighth = (eighth + 1) % 10;
    const nine = head + String(eighth) + String(ninth);
    const check = (11 - (weightedSum(nine) % 11)) % 11;
    if (check === 10) continue;
    if (mod11) return nine + String(check);
    return nine + String((check + 1 + (seed % 9)) % 10);
  }
  throw new Error("unreachable: some 9th digit always gives a check digit");
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface GeneratedCpr {
  digits: string;
  birthDate: string;
}

/** A valid synthetic CPR number born 1858-01-01 … `latest` (inclusive). */
export function cprArb(latest: Date, options: { mod11?: boolean } = {}): fc.Arbitrary<GeneratedCpr> {
  const lastYear = latest.getFullYear();
  return fc
    .record({
      year: fc.integer({ min: 1858, max: lastYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      pick: fc.nat(),
      seed: fc.nat({ max: 99 }),
    })
    .map(({ year, month, day, pick, seed }) => {
      let d = Math.min(day, daysIn(year, month));
      let m = month;
      if (year === lastYear) {
        // Keep it on or before `latest`.
        const lm = latest.getMonth() + 1;
        if (m > lm || (m === lm && d > latest.getDate())) {
          m = lm;
          d = Math.min(d, latest.getDate());
        }
      }
      const sevenths = seventhDigitsFor(year);
      const seventh = sevenths[pick % sevenths.length] as number;
      return {
        digits: makeCprDigits(year, m, d, seventh, seed, options.mod11 ?? true),
        birthDate: `${year}-${pad2(m)}-${pad2(d)}`,
      };
    });
}

/** The separators rule 1 accepts, with names as in the corpus' cpr_formats. */
export const SEPARATORS: ReadonlyArray<readonly [string, string]> = [
  ["compact", ""],
  ["hyphen", "-"],
  ["hyphen-u2010", "\u2010"],
  ["nbhyphen", "\u2011"],
  ["figure-dash", "\u2012"],
  ["endash", "\u2013"],
  ["emdash", "\u2014"],
  ["minus", "\u2212"],
  ["space", " "],
  ["nbsp", "\u00a0"],
  ["narrow-nbsp", "\u202f"],
  ["tab", "\t"],
  ["slash", "/"],
  ["dot", "."],
  ["spaced-hyphen", " - "],
  ["spaced-endash", " \u2013 "],
  // Word's optional hyphen, and the visible hyphen of several PDF encodings (issue 15).
  ["soft-hyphen", "\u00ad"],
];

/**
 * Invisible code points a reader never sees (Default_Ignorable_Code_Point, bidi controls among
 * them), one of each kind: BMP and supplementary, format and filler characters.
 */
export const IGNORABLES: readonly string[] = [
  "\u00ad", "\u034f", "\u061c", "\u115f", "\u17b4", "\u180b", "\u180e", "\u200b", "\u200c", "\u200d",
  "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2067",
  "\u2068", "\u2069", "\u206f", "\u3164", "\ufe0f", "\ufeff", "\uffa0", "\ufff0",
  "\u{1bca0}", "\u{1d173}", "\u{e0001}", "\u{e0041}", "\u{e0100}",
];

export const ignorableArb = fc.constantFrom(...IGNORABLES);

/** Separator formats written with invisible characters in or around them, for the corpus rewrites. */
export const IGNORABLE_SEPARATORS: ReadonlyArray<readonly [string, string]> = [
  ["zwsp", "\u200b"],
  ["hyphen-word-joiner", "-\u2060"],
  ["lrm-space-rlm", "\u200e \u200f"],
  ["spaced-hyphen-bom", " \ufeff- "],
  ["rlo-pdf", "\u202e\u202c"],
  ["tag", "\u{e0020}"],
];

/**
 * `text` with ignorables put at the given unit offsets; an offset inside a surrogate pair moves
 * behind it, so the text's own characters stay whole.
 */
export function sprinkle(text: string, inserts: ReadonlyArray<readonly [number, string]>): string {
  const at = new Map<number, string>();
  for (const [offset, ignorable] of inserts) {
    let k = Math.max(0, Math.min(text.length, offset));
    const low = text.charCodeAt(k);
    if (k > 0 && low >= 0xdc00 && low <= 0xdfff) k++;
    at.set(k, (at.get(k) ?? "") + ignorable);
  }
  let out = "";
  for (let k = 0; k <= text.length; k++) out += (at.get(k) ?? "") + text.charAt(k);
  return out;
}

/** Inserts for `sprinkle`: a few ignorables at offsets 0 … maxOffset. */
export function insertsArb(maxOffset: number): fc.Arbitrary<Array<[number, string]>> {
  return fc.array(fc.tuple(fc.integer({ min: 0, max: maxOffset }), ignorableArb), { maxLength: 4 });
}

export const separatorArb = fc.constantFrom(...SEPARATORS.map(([, sep]) => sep));

export function written(digits: string, sep: string): string {
  return digits.slice(0, 6) + sep + digits.slice(6);
}

// Words and numbers of a caseworker's mail that are no CPR numbers under the rule.
const FILLER = [
  "Hej", "Kære", "borger", "Vedr.", "sagen", "om", "hjemmehjælp", "på", "Østergade", "i", "Århus",
  "Ærø", "kommune", "Jobcenter", "Familieafdelingen", "med", "venlig", "hilsen", "Søren", "Bøgh",
  "tlf.", "86 42 12 34", "+45 86421234", "(+45) 30225451", "8900 Randers C", "5. juli 2025",
  "24/01234", "2024-012345", "CVR 29189919", "kl. 14:30", "j.nr. 27.12.04-G01-3-24", "side 2 af 3",
  "010203-XXXX", "DDMMÅÅ-XXXX", "Teams: 385 562 614 44", "mødet", "é", "naïve", "Straße", "før",
  "efter", "og", "at", "—", "–", "\u00a0", ",", ".", ":", ";", "!", "?", "\n", "\r\n", "\t",
];

export const fillerArb = fc
  .array(fc.constantFrom(...FILLER), { maxLength: 30 })
  .map((words) => words.join(" "));

/** Characters that may stand right before a number without gluing on (rule 2). */
export const CLEAN_BEFORE = ["", " ", "\n", "\r\n", "(", ": ", "\t", "\"", "«", "[", " – ", "nr. ", "\u00a0"];
/** Characters that may stand right after a number without gluing on (rule 2). */
export const CLEAN_AFTER = ["", " ", ".", ", ", ")", "\n", "\r\n", "!", "?", ";", "»", "-", ". 5", ",x"];

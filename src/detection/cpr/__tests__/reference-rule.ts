// A slow, literal transcription of the labelling rule (test/corpus/README.md, rules 1–4) used as an
// oracle: it tries every position and every separator, and leans on Unicode property escapes and
// Date arithmetic rather than on the finder's tables, so the two implementations share no code.
// Invisible characters: the rule is applied to the text a reader sees, i.e. with every
// Default_Ignorable_Code_Point removed (a copy, which the finder must not make), and the spans
// are mapped back to the original offsets (first digit to just after the last digit).

const SEPARATORS = ["", "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", " ", "\u00a0", "\u202f", "\t", "/", ".", " - ", " \u2013 "];
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const DIGIT = /^\p{Nd}$/u;
const JOINERS = [".", ",", "-", "\u2013", "/"];
const KEYWORDS = /cpr|personnummer|personnr|person nr|pers\.nr/giy;
const ASCII_DIGITS = /^[0-9]+$/;

function charBefore(text: string, index: number): string {
  const chars = Array.from(text.slice(Math.max(0, index - 2), index));
  return chars[chars.length - 1] ?? "";
}

function charAfter(text: string, index: number): string {
  return Array.from(text.slice(index, index + 2))[0] ?? "";
}

function cleanBoundaries(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  if (before === "+" || LETTER_OR_DIGIT.test(before)) return false;
  if (JOINERS.includes(before) && DIGIT.test(charBefore(text, start - 1))) return false;
  const after = charAfter(text, end);
  if (LETTER_OR_DIGIT.test(after)) return false;
  if (JOINERS.includes(after) && DIGIT.test(charAfter(text, end + 1))) return false;
  return true;
}

function century(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function isoDate(digits: string): string | undefined {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = century(yy, Number(digits[6])) + yy;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function todayIso(today: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${today.getFullYear()}-${p(today.getMonth() + 1)}-${p(today.getDate())}`;
}

function mod11(digits: string): boolean {
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return [...digits].reduce((sum, d, i) => sum + Number(d) * (w[i] as number), 0) % 11 === 0;
}

function keywordBefore(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1), text.lastIndexOf("\r", start - 1)) + 1;
  for (let k = Math.max(lineStart, start - 40); k < start; k++) {
    KEYWORDS.lastIndex = k;
    const m = KEYWORDS.exec(text);
    if (m && k + m[0].length <= start) return true;
  }
  return false;
}

export interface ReferenceMatch {
  start: number;
  end: number;
  birthDate: string;
  evidence: "checksum" | "exempt-date" | "keyword";
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** The visible text and, for each of its UTF-16 units, the offset it came from. */
function visible(text: string): { seen: string; from: number[] } {
  let seen = "";
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    if (!IGNORABLE.test(ch)) {
      seen += ch;
      for (let k = 0; k < ch.length; k++) from.push(at + k);
    }
    at += ch.length;
  }
  return { seen, from };
}

export function referenceFind(text: string, today: Date, exempt: readonly string[]): ReferenceMatch[] {
  const { seen, from } = visible(text);
  return referenceFindVisible(seen, today, exempt).map((m) => ({
    ...m,
    start: from[m.start] as number,
    end: (from[m.end - 1] as number) + 1,
  }));
}

function referenceFindVisible(text: string, today: Date, exempt: readonly string[]): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  for (let p = 0; p + 10 <= text.length; p++) {
    for (const sep of SEPARATORS) {
      const date = text.slice(p, p + 6);
      const serialAt = p + 6 + sep.length;
      const serial = text.slice(serialAt, serialAt + 4);
      if (serial.length !== 4 || text.slice(p + 6, serialAt) !== sep) continue;
      if (!ASCII_DIGITS.test(date) || !ASCII_DIGITS.test(serial)) continue;
      const end = serialAt + 4;
      if (!cleanBoundaries(text, p, end)) continue;
      const digits = date + serial;
      const birthDate = isoDate(digits);
      if (birthDate === undefined || birthDate > todayIso(today)) continue;
      const evidence = mod11(digits)
        ? "checksum"
        : exempt.includes(birthDate)
          ? "exempt-date"
          : keywordBefore(text, p)
            ? "keyword"
            : undefined;
      if (evidence) out.push({ start: p, end, birthDate, evidence });
    }
  }
  return out;
}

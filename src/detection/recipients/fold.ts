// Danish letters have two honest ASCII spellings: the official transliteration (ø → oe, as in
// koege.dk, hjoerring.dk) and the plain letter (ø → o, as in solrod.dk, helsingor.dk). Domain
// owners use both, so every comparison looks at both spellings.

const LONG: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue", ß: "ss", œ: "oe" };
const SHORT: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", ß: "ss", œ: "oe" };

function replaceDanish(text: string, table: Record<string, string>): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += table[ch] ?? ch;
  return out;
}

/** ø → oe, æ → ae, å → aa (and ä ö ü the same way). */
export function foldLong(text: string): string {
  return replaceDanish(text, LONG);
}

/** ø → o, å → a, ä → a, ö → o, ü → u (æ stays ae: it reads as two letters). */
export function foldShort(text: string): string {
  return replaceDanish(text, SHORT);
}

/**
 * The spelling-blind form: koege, køge and koge all become "koge". Used to tell a
 * transliteration (a different spelling of the same name) from a typo.
 */
export function collapseTranslit(asciiText: string): string {
  return asciiText.replace(/aa/g, "a").replace(/ae/g, "e").replace(/oe/g, "o").replace(/ue/g, "u");
}

/** Only Danish letters outside ASCII: a candidate written with them is a spelling, not a spoof. */
export function isDanishSpelling(text: string): boolean {
  return /[æøå]/.test(text) && /^[a-z0-9.\-æøå]*$/.test(text);
}

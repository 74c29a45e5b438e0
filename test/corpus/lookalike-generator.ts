// A dnstwist-style generator of lookalike domains for protected domains the development corpus
// does not contain, so the lookalike finder is measured on classes rather than on strings.
// Classes follow shared/corpus/README.md ("How it was made") plus dnstwist's addition, plural
// and "various" fuzzers. Deterministic: no randomness.
import { toASCII } from "punycode/";

const KEYBOARD = ["1234567890", "qwertyuiopå", "asdfghjklæø", "zxcvbnm"];
const VOWELS = "aeiouy";
const ASCII_GLYPHS: Record<string, string[]> = {
  "0": ["o"], "1": ["l", "i"], b: ["d", "lb"], c: ["e"], d: ["b", "cl"], e: ["c"], g: ["q"], i: ["1", "l"],
  l: ["1", "i"], m: ["n", "nn", "rn"], n: ["m", "r"], o: ["0"], q: ["g"], u: ["v"], v: ["u"], w: ["vv"],
};
const IDN_GLYPHS: Record<string, string[]> = { a: ["ä", "å"], e: ["é"], o: ["ö", "ø"], u: ["ü"] };
const CYRILLIC: Record<string, string> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", i: "і", j: "ј", s: "ѕ", r: "г", h: "һ",
};
const TLDS = ["com", "net", "org", "eu", "se", "no", "de", "nu", "co", "io", "info", "online"];
const HOSTS = ["kommune-login.com", "mailsikring.com", "post-dk.net", "securemail.eu", "sikker-post.org"];
const AFFIXES = ["kommune", "mail", "post", "sikker", "login", "borger", "it", "dk", "support", "kontakt"];

function neighbours(ch: string): string[] {
  const out: string[] = [];
  KEYBOARD.forEach((row, r) => {
    const i = row.indexOf(ch);
    if (i < 0) return;
    for (const c of [row[i - 1], row[i + 1], KEYBOARD[r - 1]?.[i], KEYBOARD[r - 1]?.[i + 1], KEYBOARD[r + 1]?.[i - 1], KEYBOARD[r + 1]?.[i]]) {
      if (c) out.push(c);
    }
  });
  return out;
}

export interface Generated {
  protected: string;
  candidate: string;
  fuzzer: string;
}

function validLabel(label: string): boolean {
  return label.length >= 2 && label.length <= 63 && !/^-|-$/.test(label) && label.slice(2, 4) !== "--";
}

export function generateLookalikes(protectedDomain: string): Generated[] {
  const dot = protectedDomain.indexOf(".");
  const label = protectedDomain.slice(0, dot);
  const suffix = protectedDomain.slice(dot + 1);
  const out: Generated[] = [];
  const seen = new Set<string>([protectedDomain]);
  const add = (fuzzer: string, candidateLabel: string, candidateSuffix = suffix) => {
    const labels = candidateLabel.split(".");
    if (!labels.every(validLabel)) return;
    let candidate: string;
    try {
      candidate = toASCII(`${candidateLabel}.${candidateSuffix}`);
    } catch {
      return;
    }
    if (seen.has(candidate)) return;
    seen.add(candidate);
    out.push({ protected: protectedDomain, candidate, fuzzer });
  };
  const n = label.length;
  for (let i = 0; i < n; i++) add("omission", label.slice(0, i) + label.slice(i + 1));
  for (let i = 0; i < n; i++) add("repetition", label.slice(0, i + 1) + label.slice(i));
  for (let i = 0; i + 1 < n; i++) add("transposition", label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
  for (let i = 0; i < n; i++) {
    const ch = label[i] as string;
    for (const k of neighbours(ch)) {
      add("keyboard-replacement", label.slice(0, i) + k + label.slice(i + 1));
      add("keyboard-insertion", label.slice(0, i) + k + label.slice(i));
      add("keyboard-insertion", label.slice(0, i + 1) + k + label.slice(i + 1));
    }
    if (VOWELS.includes(ch)) for (const v of VOWELS) add("vowel-swap", label.slice(0, i) + v + label.slice(i + 1));
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(ch.charCodeAt(0) ^ (1 << bit));
      if (/^[a-z0-9]$/.test(flipped)) add("bitflip", label.slice(0, i) + flipped + label.slice(i + 1));
    }
    for (const g of ASCII_GLYPHS[ch] ?? []) add("ascii-homoglyph", label.slice(0, i) + g + label.slice(i + 1));
    for (const g of IDN_GLYPHS[ch] ?? []) add("idn-homoglyph", label.slice(0, i) + g + label.slice(i + 1));
    const cyr = CYRILLIC[ch];
    if (cyr) add("cyrillic-mixed", label.slice(0, i) + cyr + label.slice(i + 1));
    if (i > 0) {
      add("hyphenation", label.slice(0, i) + "-" + label.slice(i));
      add("dot-split", label.slice(0, i) + "." + label.slice(i));
    }
  }
  // dnstwist's window homoglyphs: every occurrence of a letter in the label at once.
  for (const [ch, glyphs] of Object.entries(ASCII_GLYPHS)) {
    if (label.split(ch).length > 2) for (const g of glyphs) add("ascii-homoglyph", label.split(ch).join(g));
  }
  if ([...label].every((c) => CYRILLIC[c] || c === "-")) add("cyrillic-mixed", [...label].map((c) => CYRILLIC[c] ?? c).join(""));
  for (const c of "abcdefghijklmnopqrstuvwxyz0123456789") add("addition", label + c);
  // dnstwist's plural: an "s" (or "es" after s, x, z) inside the label.
  for (let i = 2; i < n - 2; i++) add("plural", label.slice(0, i + 1) + ("sxz".includes(label[i] as string) ? "es" : "s") + label.slice(i + 1));
  add("danish-translit", label.replace(/oe/g, "ø").replace(/aa/g, "å").replace(/ae/g, "æ"));
  add("danish-translit", label.replace(/oe/g, "o").replace(/aa/g, "a").replace(/ae/g, "e"));
  for (const t of TLDS) if (t !== suffix) add("tld-swap", label, t);
  for (const t of ["co", "com", "net", "eu"]) add("tld-append", `${label}.${suffix}`, t);
  for (const h of HOSTS) {
    const hd = h.indexOf(".");
    add("subdomain-trick", `${label}.${suffix}.${h.slice(0, hd)}`, h.slice(hd + 1));
  }
  add("dot-hyphen", `${label}-${suffix}`, "com");
  add("dot-hyphen", `${label}${suffix}`, "com");
  add("dot-hyphen", `${label}-${suffix}`);
  add("dot-hyphen", `${label}${suffix}`);
  for (const w of AFFIXES) {
    add("deceptive-affix", `${w}${label}`);
    add("deceptive-affix", `${w}-${label}`);
    add("deceptive-affix", `${label}${w}`);
    add("deceptive-affix", `${label}-${w}`);
  }
  return out;
}

// A dnstwist-style generator of lookalike domains for protected domains the development corpus
// does not contain, so the lookalike finder is measured on classes rather than on strings.
// Classes follow test/corpus/README.md ("How it was made") plus dnstwist's addition, plural
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

// dnstwist's fuzzers (elceef/dnstwist, class Fuzzer), transcribed for the .dk registry's IDN
// table: the acceptance set is said to be dnstwist-generated, so measure against its rules too.
const QWERTY: Record<string, string> = {
  "1": "2q", "2": "3wq1", "3": "4ew2", "4": "5re3", "5": "6tr4", "6": "7yt5", "7": "8uy6", "8": "9iu7", "9": "0oi8", "0": "po9",
  q: "12wa", w: "3esaq2", e: "4rdsw3", r: "5tfde4", t: "6ygfr5", y: "7uhgt6", u: "8ijhy7", i: "9okju8", o: "0plki9", p: "lo0",
  a: "qwsz", s: "edxzaw", d: "rfcxse", f: "tgvcdr", g: "yhbvft", h: "ujnbgy", j: "ikmnhu", k: "olmji", l: "kop",
  z: "asx", x: "zsdc", c: "xdfv", v: "cfgb", b: "vghn", n: "bhjm", m: "njk",
};
const QWERTZ: Record<string, string> = {
  ...QWERTY, "6": "7zt5", "7": "8uz6", t: "6zgfr5", z: "7uhgt6", u: "8ijhz7", a: "qwsy", s: "edxyaw", g: "zhbvft", h: "ujnbgz", y: "asx", x: "ysdc",
};
const AZERTY: Record<string, string> = {
  "1": "2a", "2": "3za1", "3": "4ez2", "4": "5re3", "5": "6tr4", "6": "7yt5", "7": "8uy6", "8": "9iu7", "9": "0oi8", "0": "po9",
  a: "2zq1", z: "3esqa2", e: "4rdsz3", r: "5tfde4", t: "6ygfr5", y: "7uhgt6", u: "8ijhy7", i: "9okju8", o: "0plki9", p: "lo0m",
  q: "zswa", s: "edxwqz", d: "rfcxse", f: "tgvcdr", g: "yhbvft", h: "ujnbgy", j: "iknhu", k: "olji", l: "kopm", m: "lp",
  w: "sxq", x: "wsdc", c: "xdfv", v: "cfgb", b: "vghn", n: "bhj",
};
const DNSTWIST_GLYPHS: Record<string, string[]> = {
  "0": ["o"], "1": ["l", "i"], "3": ["8"], "6": ["9"], "8": ["3"], "9": ["6"],
  b: ["d", "lb"], c: ["e"], d: ["b", "cl", "dl"], e: ["c", "é"], g: ["q"], h: ["lh"], i: ["1", "l"], k: ["lc"],
  l: ["1", "i"], m: ["n", "nn", "rn"], n: ["m", "r"], o: ["0", "ö", "ø"], q: ["g"], u: ["v", "ü"], v: ["u"], w: ["vv"],
  rn: ["m"], cl: ["d"], a: ["ä", "å"], ae: ["æ"],
};
const DNSTWIST_CYRILLIC: Record<string, string> = {
  a: "а", b: "ь", c: "с", d: "ԁ", e: "е", g: "ԍ", h: "һ", i: "і", j: "ј", k: "к", l: "ӏ", m: "м", o: "о", p: "р", q: "ԛ", s: "ѕ",
  t: "т", v: "ѵ", w: "ԝ", x: "х", y: "у",
};

export function dnstwistLookalikes(protectedDomain: string): Generated[] {
  const dot = protectedDomain.indexOf(".");
  const d = protectedDomain.slice(0, dot);
  const tld = protectedDomain.slice(dot + 1);
  const out = new Map<string, Generated>();
  const add = (fuzzer: string, host: string) => {
    let candidate: string;
    try {
      candidate = toASCII(host);
    } catch {
      return;
    }
    if (candidate === protectedDomain || out.has(candidate)) return;
    if (!/^(?=.{1,253}$)((?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z0-9-]{2,63}$/.test(candidate)) return;
    out.set(candidate, { protected: protectedDomain, candidate, fuzzer });
  };
  const withTld = (fuzzer: string, label: string) => add(fuzzer, `${label}.${tld}`);
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (const c of chars) withTld("addition", d + c);
  for (let i = 0; i < d.length; i++) {
    for (const mask of [1, 2, 4, 8, 16, 32, 64, 128]) {
      const b = String.fromCharCode(d.charCodeAt(i) ^ mask);
      if ((chars + "-").includes(b)) withTld("bitsquatting", d.slice(0, i) + b + d.slice(i + 1));
    }
  }
  const cyr = [...d].map((c) => DNSTWIST_CYRILLIC[c] ?? c).join("");
  if ([...cyr].every((c, i) => c !== d[i])) withTld("cyrillic", cyr);
  const mix = (s: string): string[] => {
    const res: string[] = [];
    for (let i = 0; i < s.length; i++) for (const g of DNSTWIST_GLYPHS[s[i] as string] ?? []) res.push(s.slice(0, i) + g + s.slice(i + 1));
    for (let i = 0; i < s.length - 1; i++) {
      const win = s.slice(i, i + 2);
      for (const c of new Set([win[0] as string, win[1] as string, win])) {
        for (const g of DNSTWIST_GLYPHS[c] ?? []) res.push(s.slice(0, i) + win.split(c).join(g) + s.slice(i + 2));
      }
    }
    return res;
  };
  const round1 = new Set(mix(d));
  const homoglyphs = new Set(round1);
  for (const r of round1) for (const r2 of mix(r)) homoglyphs.add(r2);
  for (const h of homoglyphs) withTld("homoglyph", h);
  for (let i = 1; i < d.length; i++) withTld("hyphenation", d.slice(0, i) + "-" + d.slice(i));
  for (let i = 0; i < d.length - 1; i++) {
    const c = d[i] as string;
    for (const layout of [QWERTY, QWERTZ, AZERTY]) {
      for (const k of layout[c] ?? "") {
        withTld("insertion", d.slice(0, i) + k + c + d.slice(i + 1));
        withTld("insertion", d.slice(0, i) + c + k + d.slice(i + 1));
      }
    }
  }
  for (let i = 0; i < d.length; i++) withTld("omission", d.slice(0, i) + d.slice(i + 1));
  for (let i = 2; i < d.length - 2; i++) withTld("plural", d.slice(0, i + 1) + ("sxz".includes(d[i] as string) ? "es" : "s") + d.slice(i + 1));
  for (let i = 0; i < d.length; i++) withTld("repetition", d.slice(0, i) + d[i] + d.slice(i));
  for (let i = 0; i < d.length; i++) {
    for (const layout of [QWERTY, QWERTZ, AZERTY]) for (const r of layout[d[i] as string] ?? "") withTld("replacement", d.slice(0, i) + r + d.slice(i + 1));
  }
  for (let i = 1; i < d.length - 1; i++) if (d[i] !== "-" && d[i - 1] !== "-") withTld("subdomain", d.slice(0, i) + "." + d.slice(i));
  for (let i = 0; i < d.length - 1; i++) withTld("transposition", d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2));
  for (let i = 0; i < d.length; i++) if ("aeiou".includes(d[i] as string)) for (const v of "aeiou") withTld("vowel-swap", d.slice(0, i) + v + d.slice(i + 1));
  for (const t of ["com", "net", "org", "info", "eu", "se", "no", "de", "io", "co", "nu", "online"]) if (t !== tld) add("tld-swap", `${d}.${t}`);
  add("various", `${d}${tld}.${tld}`);
  add("various", `${d}-${tld}.com`);
  add("various", `${d}${tld}.com`);
  return [...out.values()];
}

// The three classes issue 14 measured as missed, generated by rule for any protected domain.
// The channel words are the attacker's vocabulary as the issue lists it (Danish and English
// words for the organisation's own mail, login and self-service channels), written here
// independently of the detector's list so the test measures the detector, not a copy of it.
const ATTACKER_CHANNEL_WORDS = [
  "mail", "webmail", "email", "post", "sikkerpost", "sikker", "secure", "securemail", "login", "logon",
  "selvbetjening", "borger", "borgerservice", "jobcenter", "it", "itsupport", "support", "helpdesk",
  "servicedesk", "kontakt", "contact", "portal", "my", "min", "mit", "online", "digital", "kommune",
  "kommunen", "dk",
];
// Two words around the name at once, as phishers stack them (min-randers-login.dk).
const ATTACKER_PAIRS: Array<[string, string]> = [["min", "login"], ["mit", "post"], ["my", "portal"], ["sikker", "mail"], ["secure", "login"]];
// Multi-letter ASCII shapes (dnstwist's and TS #39's) and digit swaps, keyed by the letter(s) they imitate.
const MULTI_GLYPHS: Record<string, string[]> = {
  d: ["cl", "cj"], m: ["rn", "nn"], w: ["vv"], k: ["lc"], h: ["lh"], u: ["ii"], l: ["1"], o: ["0"], i: ["1"],
};
// Second substitutions elsewhere in the label: the same shapes, or single letters that read alike.
const SECOND_GLYPHS: Record<string, string[]> = {
  ...MULTI_GLYPHS, b: ["d"], c: ["e"], e: ["c"], g: ["q"], n: ["m"], v: ["u"], a: ["o"],
};
const ENDINGS = ["s", "es", "en", "er", "e", "erne", "ene"];

function substitutions(label: string, table: Record<string, string[]>): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < label.length; i++) {
    for (const g of table[label[i] as string] ?? []) out.push([i, label.slice(0, i) + g + label.slice(i + 1)]);
  }
  return out;
}

/** The organisation's name as a phisher writes it into a label: "Københavns Kommune" → koebenhavn, kobenhavns … */
function nameSpellings(name: string): string[] {
  const core = name.toLowerCase().replace(/\b(kommune|regionskommune|region)\b/g, "").replace(/[^a-zæøå]/g, "");
  const out = new Set<string>();
  for (const s of [core.replace(/ø/g, "oe").replace(/æ/g, "ae").replace(/å/g, "aa"), core.replace(/ø/g, "o").replace(/æ/g, "ae").replace(/å/g, "a")]) {
    out.add(s);
    if (s.endsWith("s")) out.add(s.slice(0, -1));
  }
  return [...out].filter((s) => s.length >= 5);
}

// The organisation's own words for itself and its channels, the ones a phisher puts beside the
// name when the domain is an abbreviation (koebenhavns-kommune.dk for kk.dk).
const NAME_WORDS = ["kommune", "kommunen", "mail", "webmail", "post", "sikkerpost", "login", "selvbetjening", "borgerservice", "jobcenter", "helpdesk"];

/** The organisation's name (not its domain label) joined to a channel word: koebenhavns-kommune.dk for kk.dk. */
export function nameAffixLookalikes(protectedDomain: string, name: string): Generated[] {
  const label = protectedDomain.slice(0, protectedDomain.indexOf("."));
  const suffix = protectedDomain.slice(protectedDomain.indexOf(".") + 1);
  const out: Generated[] = [];
  for (const n of nameSpellings(name)) {
    if (n.includes(label)) continue; // the label itself is the other class
    for (const w of NAME_WORDS) {
      for (const c of [`${n}-${w}`, `${n}${w}`, `${w}-${n}`]) out.push({ protected: protectedDomain, candidate: `${c}.${suffix}`, fuzzer: "name-affix" });
    }
  }
  return out;
}

export function issue14Lookalikes(protectedDomain: string): Generated[] {
  const dot = protectedDomain.indexOf(".");
  const label = protectedDomain.slice(0, dot);
  const suffix = protectedDomain.slice(dot + 1);
  const out = new Map<string, Generated>();
  const add = (fuzzer: string, candidateLabel: string) => {
    if (!candidateLabel.split(".").every(validLabel)) return;
    const candidate = `${candidateLabel}.${suffix}`;
    if (candidate !== protectedDomain && !out.has(candidate)) out.set(candidate, { protected: protectedDomain, candidate, fuzzer });
  };
  for (const w of ATTACKER_CHANNEL_WORDS) {
    add("channel-affix", `${w}-${label}`);
    add("channel-affix", `${label}-${w}`);
    // Glued, the name must stay recognisable: a 2–3 letter name glued to a 2–3 letter word
    // (kkit, mitrm) is not "the name" any more (the issue's "long enough to be distinctive").
    if (label.length >= 4 || w.length >= 4 || w === "dk") {
      add("channel-affix", `${w}${label}`);
      add("channel-affix", `${label}${w}`);
    }
  }
  for (const [a, b] of ATTACKER_PAIRS) {
    add("channel-affix", `${a}-${label}-${b}`);
    add("channel-affix", `${label}-${a}${b}`);
    if (label.length >= 4 || (a.length >= 4 && b.length >= 4)) add("channel-affix", `${a}${label}${b}`);
  }
  // Multi-letter homoglyphs alone and with a second substitution elsewhere in the label.
  for (const [i, once] of substitutions(label, MULTI_GLYPHS)) {
    add("multi-homoglyph", once);
    const end = i + once.length - label.length + 1; // the substituted span is once[i, end)
    for (const [j, twice] of substitutions(once, SECOND_GLYPHS)) if (j < i || j >= end) add("multi-homoglyph", twice);
  }
  // Plural and inflection endings, appended and (as dnstwist's plural) inside the name.
  if (label.replace(/-/g, "").length >= 4) {
    for (const e of ENDINGS) {
      add("inflection", label + e);
      for (let i = 3; i < label.length - 2; i++) if (label[i - 1] !== "-") add("inflection", label.slice(0, i) + e + label.slice(i));
    }
  }
  return [...out.values()];
}

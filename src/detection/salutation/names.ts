// Names as a person compares them: case, accents and the two Danish spellings (ø/oe, å/aa, æ/ae)
// do not make another name, and a hyphenated or middle name is several names. Everything here
// turns written names into "keys" (lower-case ASCII, spelling-blind) that match.ts compares.

const FOLD: Record<string, string> = {
  æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue", ß: "ss", œ: "oe",
  à: "a", á: "a", â: "a", ã: "a", ā: "a", ą: "a", ç: "c", č: "c", ć: "c", ð: "d",
  è: "e", é: "e", ê: "e", ë: "e", ē: "e", ė: "e", ę: "e", ğ: "g", ì: "i", í: "i", î: "i", ï: "i", ī: "i", ı: "i",
  ł: "l", ñ: "n", ń: "n", ò: "o", ó: "o", ô: "o", õ: "o", ō: "o", ř: "r", š: "s", ś: "s", ş: "s",
  þ: "th", ù: "u", ú: "u", û: "u", ū: "u", ý: "y", ÿ: "y", ž: "z", ź: "z", ż: "z",
};

/**
 * "Søren" → "soren", "Soeren" → "soren", "Åse" → "ase", "José" → "jose". The transliterated pairs
 * (aa, ae, oe, ue) collapse to one letter on both sides, so both spellings meet; non-letters go.
 */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 97 && code <= 122) out += lower.charAt(i);
    else if (code > 127) out += FOLD[lower.charAt(i)] ?? "";
  }
  return collapsePairs(out);
}

/** aa → a, ae → e, oe → o, ue → u, left to right (both sides of a comparison go through it). */
function collapsePairs(text: string): string {
  if (!/aa|ae|oe|ue/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if ((c === "a" && (next === "a" || next === "e")) || ((c === "o" || c === "u") && next === "e")) {
      out += c === "a" && next === "e" ? "e" : c;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** Words that make a display name an organisation or a function, not a person. */
const NOT_A_PERSON = new Set(
  [
    "kommune", "kommunes", "region", "regionen", "styrelsen", "styrelse", "ministeriet", "afdeling", "afdelingen",
    "center", "centret", "centeret", "skole", "skolen", "team", "teamet", "gruppe", "gruppen", "firma", "aps", "as",
    "hospital", "hospitalet", "klinik", "klinikken", "sekretariat", "sekretariatet", "jobcenter", "jobcentret",
    "borgerservice", "politi", "politiet", "forvaltning", "forvaltningen", "institution", "børnehave", "vuggestue",
    "forening", "foreningen", "fonden", "selskab", "selskabet", "kontor", "kontoret", "administration", "ledelse",
    "ledelsen", "bestyrelse", "bestyrelsen", "support", "service", "kundeservice", "company", "department", "inc",
    "ltd", "gmbh", "advokatfirma", "advokatfirmaet", "revision", "postkasse", "info", "kontakt", "mail", "post",
    "sikkerpost", "noreply", "reply", "familie", "familien", "family", "fallesmail", "funktionspostkasse", "digital", "udbetaling", "skat",
  ].map(nameKey),
);

/** "Til Randers Kommune" addresses an organisation, not a person. */
export const isOrganisationWord = (key: string): boolean => NOT_A_PERSON.has(key);

/** Local parts of shared and system mailboxes: nothing there says who reads them. */
const ROLE_LOCAL = new Set(
  [
    "post", "postkasse", "postmaster", "info", "information", "kontakt", "contact", "mail", "email", "e-mail",
    "noreply", "no-reply", "donotreply", "do-not-reply", "sikkerpost", "sikkermail", "securemail", "admin",
    "administration", "support", "service", "kundeservice", "borgerservice", "sekretariat", "sekretariatet",
    "jobcenter", "kommune", "raadhus", "radhus", "hr", "it", "helpdesk", "office", "kontor", "reception", "booking",
    "faktura", "bogholderi", "regnskab", "salg", "sales", "hello", "hej", "team", "webmaster", "digitalpost",
    "eboks", "familie", "familien", "family", "social", "socialforvaltning", "boern", "born", "skole", "skolen", "personale", "ledelse",
    "tilsyn", "pension", "ydelse", "ydelser", "udbetaling", "borger", "borgere", "presse", "press", "job", "jobs",
    "newsletter", "nyhedsbrev", "invoice", "billing", "office", "mailbox", "postbox", "svar", "reply", "sagsbehandling",
    "sagsbehandler", "advokat", "advokaten", "revisor", "bogholder", "jurist", "raadgiver", "socialraadgiver", "direktion",
    "direktoer", "kommunikation", "hjemmepleje", "sundhed", "tandpleje", "skolekontor", "dagtilbud", "byggesag", "teknik",
    "miljoe", "ejendom", "udlejning", "bolig", "kunde", "ordre", "order", "receptionen", "sekretaer", "kontoret",
  ].map(nameKey),
);

/** Words in an address that say nothing about who it is: "jens.hansen.privat", "hansen.family". */
const FILLER_LOCAL = new Set(
  ["privat", "private", "priv", "home", "hjem", "mail", "post", "dk", "kbh", "work", "arbejde", "personal", "mr", "mrs", "ms", "fru", "dr", "the", "official"].map(nameKey),
);

/** The keys of a written name: "Anne-Marie Hansen" → ["anne", "marie", "hansen"]. */
export function nameKeys(written: string): string[] {
  const keys: string[] = [];
  for (const part of written.split(/[\s\-‐‑–.]+/)) {
    const key = nameKey(part);
    if (key !== "") keys.push(key);
  }
  return keys;
}

/** A person's name as keys, with its first and last word apart: the given name and the surname. */
export interface PersonName {
  /** Every part, in order: "Anne-Marie Møller Hansen" → anne, marie, moller, hansen. */
  all: string[];
  /** The parts of the first word (anne, marie). */
  first: string[];
  /** The parts of the last word (hansen); a double surname "Hansen-Berg" gives two. */
  last: string[];
  /** How many words: one word is a first name or a surname alone. */
  words: number;
}

export function personName(written: string): PersonName {
  const words = written.split(/[\s.]+/).map(nameKeys).filter((parts) => parts.length > 0);
  const all: string[] = [];
  for (const parts of words) for (const part of parts) all.push(part);
  return { all, first: words[0] ?? [], last: words[words.length - 1] ?? [], words: words.length };
}

/**
 * A recipient's display name as name keys, in first-name-first order; undefined when it is no
 * person's name (an address, an organisation, a function, digits). "Hansen, Jens" is read as
 * Jens Hansen; "Jens Hansen (Randers Kommune)" keeps the name and drops the bracket.
 */
export function displayName(displayName: string | undefined): PersonName | undefined {
  if (typeof displayName !== "string") return undefined;
  let name = displayName.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, " ").replace(/["'“”]/g, " ");
  name = name.split(/\s[|/–-]\s/)[0] ?? "";
  if (name.indexOf("@") >= 0 || /[0-9]/.test(name) || name.length > 80) return undefined;
  const comma = name.indexOf(",");
  if (comma >= 0) name = `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  const person = personName(name);
  if (person.words === 0 || person.all.length > 6) return undefined;
  for (const key of person.all) if (NOT_A_PERSON.has(key)) return undefined;
  return person;
}

/** The display name's keys, first-name-first (see displayName). */
export function displayNameKeys(name: string | undefined): string[] | undefined {
  return displayName(name)?.all;
}

/**
 * The name-bearing segments of an address's local part: "jens.hansen1" → ["jens", "hansen"],
 * "jh+sag" → ["jh"]; undefined for shared mailboxes (post@, info@, noreply@) and for local parts
 * without letters. Filler words ("privat", "familie") are dropped.
 */
export function localPartKeys(address: string): string[] | undefined {
  if (typeof address !== "string") return undefined;
  const at = address.lastIndexOf("@");
  let local = (at >= 0 ? address.slice(0, at) : address).toLowerCase();
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (ROLE_LOCAL.has(nameKey(local))) return undefined;
  const keys: string[] = [];
  const fillers: string[] = [];
  for (const segment of local.split(/[._\-]+/)) {
    const key = nameKey(segment);
    if (key === "") continue;
    if (ROLE_LOCAL.has(key)) return undefined;
    (FILLER_LOCAL.has(key) ? fillers : keys).push(key);
  }
  // "ms@" is somebody's initials, not a filler word.
  if (keys.length === 0) return fillers.length > 0 ? fillers : undefined;
  return keys;
}

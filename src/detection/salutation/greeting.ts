// The greeting of the new text: "Kære Jens Hansen", "Hej Jens og Anne", "Dear Mr. Hansen", or an
// addressee line "Att.: Jens Hansen" / "Til Jens Hansen" / "Vedr. Jens Hansen" near the top of
// the mail. Quoted history is skipped (a reply's old "Kære Anne" is not this mail's greeting).
// A generic greeting ("Kære borger", "Hej alle", "Til rette vedkommende") greets nobody.
import { quotedRanges, isQuoted } from "../quoted";
import { greetedName, type GreetedName } from "./match";
import { isOrganisationWord, nameKey } from "./names";

export interface Greeting {
  /** The greeting as written, e.g. "Kære Jens Hansen" (letters only: a name holds no digits). */
  text: string;
  /** Offsets of `text` in the body. */
  start: number;
  end: number;
  /** "opener": Kære/Hej/Dear …; "addressee": Att./Til; "regarding": Vedr. */
  kind: "opener" | "addressee" | "regarding";
  /** The people greeted; empty for a generic greeting. */
  people: GreetedName[];
}

/** The greeting is at the start: only this much of the body and this many lines are read. */
const HEAD_CHARS = 2000;
const HEAD_LINES = 4;
const MAX_NAME_WORDS = 5;

const OPENER =
  /^(?:kære|kaere|hej(?:sa|san)?|hey|hi|hello|hallo|halløj|dear|goddag|god dag|godmorgen|god morgen|godaften|god aften|god eftermiddag|good morning|good afternoon|good evening)(?![A-Za-zÆØÅæøåÀ-ÿ])[\s,:!.–-]*/i;
const ADDRESSEE = /^(?:att(?:n)?\.?|attention|til|to)\s*:?\s+/i;
const REGARDING = /^(?:vedr\.?|vedrørende|regarding)\s*:?\s+/i;

const TITLES = new Set(["hr", "herr", "fru", "frk", "froken", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "doktor", "dame"]);
const CONNECTORS = new Set(["og", "and", "&", "samt", "+"]);
const PARTICLES = new Set(["van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "af", "del", "ten", "ter", "bin", "al", "el", "mac", "mc"]);
/** Words after an opener that greet a group or nobody in particular. */
const GENERIC = new Set(
  [
    "alle", "allesammen", "sammen", "borger", "borgere", "forælder", "forældre", "familie", "familien", "pårørende",
    "ansøger", "ansøgere", "modtager", "modtagere", "kunde", "kunder", "kollega", "kollegaer", "kolleger", "kollegerne",
    "medarbejder", "medarbejdere", "nabo", "naboer", "beboer", "beboere", "sagsbehandler", "rette",
    "vedkommende", "jer", "dig", "du", "i", "der", "derude", "igen", "med", "sir", "madam", "madame", "all", "everyone",
    "everybody", "team", "teamet", "there", "colleagues", "colleague", "again", "whom", "friend", "friends", "customer",
    "parent", "parents", "guardian", "applicant", "citizen", "resident", "elev", "elever", "lærer", "lærere", "klasse",
    "herre", "herrer", "damer", "frue", "folk", "folkens", "venner", "hver", "enhver", "tak", "afdeling", "leder",
    "ledere", "bestyrelse", "udvalg", "gruppe", "gruppen", "hr", "it", "support", "partner", "partnere", "samarbejdspartner",
    "kære", "min", "mine", "vores", "our", "my", "dear", "hello", "hi", "hej", "allerede", "også",
  ].map(nameKey),
);
/** Capitalised words that start a sentence, not a name ("Hej Jens Tak for din mail" has no comma). */
const STARTERS = new Set(
  [
    "tak", "mange", "jeg", "vi", "du", "de", "det", "der", "den", "her", "hermed", "vedlagt", "som", "hvis", "hvad",
    "hvordan", "hvornår", "jo", "ja", "nej", "thank", "thanks", "i", "we", "you", "please", "hope", "regarding", "re",
    "fw", "sv", "vs", "med", "og", "angående", "vedr", "venlig", "venligst", "håber", "glædelig", "godt",
    "nytår", "jul", "glad", "sorry", "undskyld", "beklager", "velkommen", "welcome", "din", "dit", "dine", "jeres",
    "deres", "hendes", "min", "mit", "mine", "vores", "your", "our", "my", "the", "sag", "sagen", "ansøgning",
  ].map(nameKey),
);
interface Token {
  word: string;
  /** Punctuation right after the word (",", ".", ":" …), "" for a space. */
  after: string;
}

const WORD = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’\-‐‑]*|&|\+)([^\sA-Za-zÀ-ÖØ-öø-ɏ&+]*)\s*/;

function tokens(rest: string): Token[] {
  const out: Token[] = [];
  let s = rest;
  while (s.length > 0 && out.length < 16) {
    const m = WORD.exec(s);
    if (!m) break;
    out.push({ word: m[1] as string, after: (m[2] as string).trim() });
    s = s.slice(m[0].length);
    if (out[out.length - 1]!.after !== "" && !/^[.,]$/.test(out[out.length - 1]!.after)) break;
  }
  return out;
}

const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};

interface Parsed {
  people: GreetedName[];
  generic: boolean;
  /** How many tokens the greeting used, to cut its text. */
  used: number;
}

function person(words: string[], titled: boolean): GreetedName {
  return greetedName(words.join(" "), titled);
}

/**
 * The names after an opener: capitalised words (particles inside), persons split by "og"/"and"/
 * "&" or a comma before such a list, titles noted, generic words ending the greeting as generic.
 * `lowerOk`: a lone lower-case word may be a name ("hej jens,").
 */
function parseNames(list: Token[], lowerOk: boolean): Parsed {
  const people: GreetedName[] = [];
  let current: string[] = [];
  let titled = false;
  let used = 0;
  const flush = () => {
    if (current.length > 0) people.push(person(current, titled));
    current = [];
    titled = false;
  };
  const lowerRun = lowerOk ? lowerCaseName(list) : 0;
  if (lowerRun > 0) return { people: [person(list.slice(0, lowerRun).map((t) => t.word), false)], generic: false, used: lowerRun };
  for (let i = 0; i < list.length; i++) {
    const { word, after } = list[i] as Token;
    const key = nameKey(word);
    const lower = word.toLowerCase();
    if (current.length === 0 && GENERIC.has(key) && !(TITLES.has(key) && i + 1 < list.length)) {
      return { people, generic: people.length === 0, used: i + 1 };
    }
    if (current.length === 0 && TITLES.has(key)) {
      titled = true;
    } else if (CONNECTORS.has(lower)) {
      flush();
    } else if (current.length > 0 && PARTICLES.has(lower) && particleLeadsToName(list, i)) {
      current.push(word);
    } else if (isCapitalised(word) && !STARTERS.has(key) && current.length < MAX_NAME_WORDS) {
      current.push(word.length === 1 && after === "." ? `${word}.` : word);
    } else {
      break;
    }
    used = i + 1;
    // A comma ends the greeting unless a list of names goes on ("Hej Jens, Anne og Peter").
    if (after === ",") {
      const next = list[i + 1];
      if (!next || !isCapitalised(next.word) || !listContinues(list, i + 1)) break;
      flush();
    } else if (after !== "" && !(after === "." && (TITLES.has(key) || word.length === 1))) {
      break;
    }
  }
  flush();
  return { people, generic: false, used };
}

/**
 * "hej jens,": one lower-case word before a comma or "!" or alone on the line, and not a common
 * word. More words are a sentence ("hej ring til mig."), so a lower-case name is read only alone.
 */
function lowerCaseName(list: Token[]): number {
  const t = list[0];
  if (!t || isCapitalised(t.word)) return 0;
  const key = nameKey(t.word);
  if (STARTERS.has(key) || GENERIC.has(key) || CONNECTORS.has(t.word) || PARTICLES.has(t.word)) return 0;
  return (list.length === 1 && t.after === "") || t.after === "," || t.after === "!" ? 1 : 0;
}

/** "van der Berg": particles, then a capitalised name. */
function particleLeadsToName(list: Token[], from: number): boolean {
  let i = from;
  while (i < list.length && PARTICLES.has((list[i] as Token).word.toLowerCase()) && (list[i] as Token).after === "") i++;
  const next = list[i];
  return i > from && next !== undefined && isCapitalised(next.word);
}

/** After a comma: more capitalised names, then "og"/"and" and a name, before the line's end. */
function listContinues(list: Token[], from: number): boolean {
  for (let i = from; i < list.length; i++) {
    const t = list[i] as Token;
    if (CONNECTORS.has(t.word.toLowerCase())) return true;
    if (!isCapitalised(t.word)) return false;
    if (t.after !== "" && t.after !== ",") return false;
  }
  return false;
}

function isOrganisation(people: GreetedName[]): boolean {
  return people.some((p) => p.keys.some(isOrganisationWord));
}

interface Found {
  kind: Greeting["kind"];
  people: GreetedName[];
  /** Characters of the line the greeting takes. */
  length: number;
}

function greetingIn(line: string): Found | undefined {
  const opener = OPENER.exec(line);
  const addressee = opener ? null : ADDRESSEE.exec(line);
  const regarding = opener || addressee ? null : REGARDING.exec(line);
  const head = opener ?? addressee ?? regarding;
  if (!head) return undefined;
  const kind = opener ? "opener" : addressee ? "addressee" : "regarding";
  const rest = line.slice(head[0].length);
  const list = tokens(rest);
  // "Hej, oversigten er vedhæftet": after the opener's own comma a name must stand alone.
  const punctuated = /[,:!.–-]\s*$/.test(head[0]);
  const parsed = parseNames(list, kind === "opener" && !punctuated);
  if (punctuated && parsed.people.length > 0) {
    const last = list[parsed.used - 1];
    if (parsed.used < list.length && (last?.after ?? "") === "") return undefined;
  }
  if (kind !== "opener") {
    // A name line is a full name and nothing else: "Til orientering" and "Vedr. din ansøgning" are not.
    const named = parsed.people.length > 0 && parsed.people.every((p) => p.keys.length >= 2) && !isOrganisation(parsed.people);
    const alone = parsed.used === list.length || (list[parsed.used - 1]?.after ?? "") !== "";
    if (!named || !alone) return undefined;
  }
  if (isOrganisation(parsed.people)) return { kind, people: [], length: head[0].length };
  let length = head[0].length;
  for (let i = 0, s = rest; i < parsed.used; i++) {
    const m = WORD.exec(s);
    if (!m) break;
    length += m[0].length;
    s = s.slice(m[0].length);
  }
  return { kind, people: parsed.generic ? [] : parsed.people, length };
}

interface HeadLine {
  text: string;
  start: number;
  end: number;
}

/** The next non-empty line of `head` from `from`, trimmed of white space and list or quote signs. */
function nextLine(head: string, from: number): HeadLine | undefined {
  let start = from;
  while (start < head.length) {
    let end = head.indexOf("\n", start);
    if (end < 0) end = head.length;
    const raw = head.slice(start, end);
    const lead = LEAD.exec(raw)?.[0].length ?? 0;
    const trimmed = raw.slice(lead).replace(/\s+$/, "");
    if (trimmed !== "") return { text: trimmed, start: start + lead, end };
    start = end + 1;
  }
  return undefined;
}

const LEAD = /^[\s\u00a0>*•·-]*/;
const HEADER_LINE = /^(?:fra|from|sendt|sent|til|to|emne|subject|date|dato)\s*:/i;

/** Offset after `lines` more line ends from `from` (a history header's own lines follow it). */
function afterLines(text: string, from: number, lines: number): number {
  let at = from;
  for (let i = 0; i < lines && at >= 0 && at < text.length; i++) at = text.indexOf("\n", at + 1);
  return at < 0 ? text.length : at;
}

/**
 * The mail's greeting, or undefined when its first lines greet nobody by name. An opener or an
 * addressee line wins over a "Vedr." line, which counts only when nothing else names the addressee.
 * Lines are read one at a time, and quoted history is worked out only for a line that needs it.
 */
export function findGreeting(body: string): Greeting | undefined {
  if (typeof body !== "string" || body.length === 0) return undefined;
  const head = body.length > HEAD_CHARS ? body.slice(0, HEAD_CHARS) : body;
  const quoted = (line: HeadLine) => isQuoted(quotedRanges(head.slice(0, afterLines(head, line.end, 6))), line.start, Math.max(line.start + 1, line.end));
  let regarding: Greeting | undefined;
  let counted = 0;
  for (let line = nextLine(head, 0); line && counted < HEAD_LINES; line = nextLine(head, line.end + 1)) {
    const found = greetingIn(line.text);
    if (found && quoted(line)) continue;
    // Quoted lines do not use up the head: only lines of the new text count.
    if (!found && HEADER_LINE.test(line.text) && quoted(line)) continue;
    counted++;
    if (!found) continue;
    const text = line.text.slice(0, found.length).replace(/[\s,:!.–-]+$/, "");
    const greeting: Greeting = { text, start: line.start, end: line.start + text.length, kind: found.kind, people: found.people };
    if (found.kind !== "regarding") return greeting;
    if (!regarding) regarding = greeting;
  }
  return regarding;
}

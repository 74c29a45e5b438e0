// A generated corpus for the greeting check (issue 19): synthetic Danish people (names from
// Danmarks Statistik's lists, danish-names.ts), the address patterns people really have, greeting
// styles, generic greetings and the ways autocomplete picks the wrong person. Two splits with a
// fixed seed each: "tune" (the templates and names the check was developed on) and "held-out"
// (other templates, other address patterns and the other half of the names), reported side by side.
import type { Message, Recipient } from "../../src/detection";
import { FIRST_NAMES, SURNAMES } from "./danish-names";
import { seededRandom } from "../../dev/testing/seeded-random";

export type Split = "tune" | "held-out";
export type Expect = "mismatch" | "silent";

export interface Case {
  split: Split;
  /** Scenario class, for the per-class metrics. */
  kind: string;
  expect: Expect;
  message: Message;
  /** For mismatches with the right person in Cc/Bcc: their address, the fix the pane offers. */
  copy?: string;
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

interface Person {
  /** One or two given names ("Anne Marie") or a hyphenated one ("Anne-Marie"). */
  given: string;
  middle?: string;
  surname: string;
}

interface Names {
  first: readonly string[];
  last: readonly string[];
}

/** The held-out split uses the other half of the name lists: names the check was not tuned on. */
function namesFor(split: Split): Names {
  const half = (list: readonly string[]) => list.filter((_, i) => (i % 2 === 0) === (split === "tune"));
  return { first: half(FIRST_NAMES), last: half(SURNAMES) };
}

function makePerson(rnd: Rnd, names: Names): Person {
  const r = rnd();
  let given = pick(rnd, names.first);
  if (r < 0.08) given = `${given} ${pick(rnd, names.first)}`;
  else if (r < 0.13) given = `${given}-${pick(rnd, names.first)}`;
  const person: Person = { given, surname: pick(rnd, names.last) };
  if (rnd() < 0.05) person.surname = `${person.surname}-${pick(rnd, names.last)}`;
  if (rnd() < 0.2) person.middle = pick(rnd, names.last);
  return person;
}

const firstGiven = (p: Person): string => p.given.split(/[ -]/)[0] as string;

/** Addresses spell ø as oe or o, å as aa or a, æ as ae. */
function ascii(text: string, long: boolean): string {
  const table: Record<string, string> = long ? { æ: "ae", ø: "oe", å: "aa" } : { æ: "ae", ø: "o", å: "a" };
  let out = "";
  for (const ch of text.toLowerCase()) out += table[ch] ?? ch;
  return out.replace(/\s+/g, ".");
}

type Pattern = (p: Person, rnd: Rnd) => string;
const digits = (rnd: Rnd) => String(1 + Math.floor(rnd() * 99));
const g = (p: Person, long: boolean) => ascii(p.given, long);
const f1 = (p: Person) => ascii(p.given, true).charAt(0);
const s = (p: Person, long: boolean) => ascii(p.surname, long);

const TUNE_PATTERNS: Pattern[] = [
  (p, r) => { const l = r() < 0.5; return `${g(p, l)}.${s(p, l)}`; }, // first.last
  (p, r) => `${f1(p)}${s(p, r() < 0.5)}`, // flast
  (p, r) => `${g(p, r() < 0.5)}.${s(p, true).charAt(0)}`, // first.l
  (p) => `${f1(p)}${s(p, true).charAt(0)}`, // initials
  (p, r) => `${g(p, r() < 0.5)}${digits(r)}`, // first+digits
  (p, r) => { const l = r() < 0.5; return `${s(p, l)}.${g(p, l)}`; }, // last.first
  (p, r) => { const l = r() < 0.5; return `${g(p, l).replace(/\./g, "")}${s(p, l)}`; }, // firstlast
];

const HELD_OUT_PATTERNS: Pattern[] = [
  (p, r) => { const l = r() < 0.5; return `${g(p, l)}_${s(p, l)}`; }, // first_last
  (p, r) => `${f1(p)}.${s(p, r() < 0.5)}`, // f.last
  (p, r) => { const l = r() < 0.5; return `${g(p, l)}-${s(p, l)}${digits(r)}`; }, // first-last + digits
  (p, r) => { const l = r() < 0.5; return p.middle ? `${g(p, l)}.${ascii(p.middle, l)}.${s(p, l)}` : `${g(p, l)}.${s(p, l)}`; }, // first.middle.last
  (p, r) => `${g(p, r() < 0.5)}${s(p, true).charAt(0)}${digits(r)}`, // firstl + digits
  (p, r) => { const l = r() < 0.5; return `${g(p, l)}.${s(p, l)}.privat`; }, // first.last.privat
  (p, r) => `${s(p, r() < 0.5)}${f1(p)}`, // lastf
];

const DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "yahoo.dk", "live.dk", "mail.dk", "jubii.dk", "icloud.com", "advokatfirma-nord.dk", "vvs-hansen.dk"];

function fullName(p: Person, withMiddle: boolean): string {
  return withMiddle && p.middle ? `${p.given} ${p.middle} ${p.surname}` : `${p.given} ${p.surname}`;
}

function recipientOf(p: Person, patterns: Pattern[], rnd: Rnd): Recipient {
  const address = `${pick(rnd, patterns)(p, rnd)}@${pick(rnd, DOMAINS)}`;
  const r = rnd();
  if (r < 0.25) return { address };
  if (r < 0.35) return { address, displayName: `${p.surname}, ${p.given}` };
  if (r < 0.45) return { address, displayName: `${fullName(p, true)} (privat)` };
  return { address, displayName: fullName(p, rnd() < 0.5) };
}

/** What a greeting mentions: the whole name, the first name, the surname after a title. */
type Mentions = "full" | "first" | "surname";
interface Template {
  mentions: Mentions;
  write: (p: Person, rnd: Rnd) => string;
}

const TUNE_GREETINGS: Template[] = [
  { mentions: "full", write: (p) => `Kære ${p.given} ${p.surname},` },
  { mentions: "full", write: (p) => `Kære ${p.given} ${p.surname}` },
  { mentions: "first", write: (p) => `Hej ${p.given},` },
  { mentions: "first", write: (p) => `Kære ${p.given}` },
  { mentions: "full", write: (p) => `Dear ${p.given} ${p.surname},` },
  { mentions: "first", write: (p) => `Hi ${firstGiven(p)},` },
  { mentions: "surname", write: (p, r) => `Kære ${r() < 0.5 ? "hr." : "fru"} ${p.surname}` },
  { mentions: "full", write: (p) => `Goddag ${p.given} ${p.surname}:` },
  { mentions: "first", write: (p) => `Hej ${firstGiven(p)} – tak for din henvendelse.` },
];

const HELD_OUT_GREETINGS: Template[] = [
  { mentions: "first", write: (p) => `Hejsa ${p.given}!` },
  { mentions: "full", write: (p) => `Godmorgen ${p.given} ${p.surname}.` },
  { mentions: "first", write: (p) => `Hello ${firstGiven(p)},` },
  { mentions: "surname", write: (p, r) => `Dear ${pick(r, ["Mr.", "Ms.", "Mrs.", "Dr."])} ${p.surname}:` },
  { mentions: "full", write: (p) => `Att.: ${p.given} ${p.surname}` },
  { mentions: "full", write: (p) => `Kære ${fullName(p, true)}` },
  { mentions: "full", write: (p) => `KÆRE ${p.given.toUpperCase()} ${p.surname.toUpperCase()}` },
  { mentions: "full", write: (p) => `Til ${p.given} ${p.surname}` },
  { mentions: "first", write: (p) => `Hej ${firstGiven(p)}: tak for din mail` },
  { mentions: "full", write: (p) => `Vedr. ${p.given} ${p.surname}` },
  { mentions: "first", write: (p) => `Godaften ${p.given.toLowerCase()},` },
];

const TUNE_GENERIC = [
  "Kære borger", "Hej alle", "Til rette vedkommende", "Kære forælder", "Hej med jer", "Dear Sir or Madam,", "Hi all,",
  "Kære ansøger", "Hej,", "Goddag", "Kære pårørende",
];
const HELD_OUT_GENERIC = [
  "Kære forældre", "Hej allesammen", "Hello everyone,", "Hi there,", "Kære kolleger", "Hej med dig", "To whom it may concern,",
  "Kære Randers Kommune", "Hej igen", "Dear colleagues,", "Godmorgen!",
];

const FILLER = [
  "Tak for din henvendelse.", "Vi har modtaget din ansøgning om boligstøtte.", "Du kan se afgørelsen i det vedhæftede brev.",
  "Ring endelig, hvis du har spørgsmål.", "Mødet er flyttet til tirsdag kl. 10.", "Vi mangler stadig lønsedler for de sidste tre måneder.",
  "Thank you for your message.", "Please find the decision attached.",
];
const SIGNATURE = "\n\nMed venlig hilsen\nLone Sagsbehandler\nBorgerservice, Randers Kommune";

function body(rnd: Rnd, greeting: string, history?: Person): string {
  const sentences = [pick(rnd, FILLER), pick(rnd, FILLER)].join(" ");
  let text = `${greeting}\n\n${sentences}${SIGNATURE}`;
  // A reply: the citizen's earlier mail, with its own greeting, below Outlook's header.
  if (history) text += `\n\nFra: ${fullName(history, false)} <x@gmail.com>\nSendt: 3. november 2026 10:12\nEmne: Sag\n\nKære ${history.given}\nJeg vil gerne klage.`;
  return text;
}

function message(to: Recipient[], text: string, cc: Recipient[] = []): Message {
  return { from: { address: "lone@randers.dk" }, to, cc, bcc: [], subject: "Din sag", body: text };
}

/** Someone else: differs in given name (each part) and surname, or only in the part asked for. */
function other(rnd: Rnd, names: Names, p: Person, keep: "none" | "given" | "surname"): Person {
  for (;;) {
    const q = makePerson(rnd, names);
    if (keep === "given") q.given = p.given;
    if (keep === "surname") q.surname = p.surname;
    const givenParts = (x: Person) => x.given.toLowerCase().split(/[ -]/);
    const shareGiven = givenParts(q).some((part) => givenParts(p).includes(part));
    const surnameParts = (x: Person) => x.surname.toLowerCase().split("-");
    const shareSurname = surnameParts(q).some((part) => surnameParts(p).includes(part));
    if (keep === "given" && !shareSurname) return q;
    if (keep === "surname" && !shareGiven) return q;
    if (keep === "none" && !shareGiven && !shareSurname) return q;
  }
}

/**
 * Same first name, other surname: an address without a display name that carries only the first
 * name (anja45@) tells a reader nothing either, so such a recipient gets the display name that
 * autocomplete would show. The case stays in the class; it is not dropped.
 */
function telling(r: Recipient, q: Person): Recipient {
  if (r.displayName) return r;
  const local = r.address.slice(0, r.address.indexOf("@"));
  const surname = q.surname.toLowerCase().split("-")[0] as string;
  const shows = [ascii(surname, true), ascii(surname, false)].some((x) => local.includes(x) || local.includes(x.charAt(0)));
  return shows ? r : { ...r, displayName: fullName(q, false) };
}

/** `seed`: another draw of the same split (the acceptance run uses seeds nobody looked at while tuning). */
export function generateSplit(split: Split, perKind: number, seed?: number): Case[] {
  const rnd = seededRandom(seed ?? (split === "tune" ? 19_2026 : 19_4711));
  const names = namesFor(split);
  const patterns = split === "tune" ? TUNE_PATTERNS : HELD_OUT_PATTERNS;
  const greetings = split === "tune" ? TUNE_GREETINGS : HELD_OUT_GREETINGS;
  const generic = split === "tune" ? TUNE_GENERIC : HELD_OUT_GENERIC;
  const cases: Case[] = [];
  const add = (kind: string, expect: Expect, m: Message, copy?: string) => cases.push({ split, kind, expect, message: m, ...(copy ? { copy } : {}) });
  const history = () => (rnd() < 0.3 ? makePerson(rnd, names) : undefined);
  const withMentions = (allowed: Mentions[]) => {
    for (;;) {
      const t = pick(rnd, greetings);
      if (allowed.includes(t.mentions)) return t;
    }
  };

  for (let i = 0; i < perKind; i++) {
    const p = makePerson(rnd, names);
    const t = pick(rnd, greetings);
    add("match", "silent", message([recipientOf(p, patterns, rnd)], body(rnd, t.write(p, rnd), history())));

    const q = makePerson(rnd, names);
    add("match among several", "silent", message([recipientOf(q, patterns, rnd), recipientOf(p, patterns, rnd)], body(rnd, t.write(p, rnd), history())));

    const digitsOnly: Recipient = { address: `${ascii(p.given, rnd() < 0.5)}.${ascii(p.surname, rnd() < 0.5)}${digits(rnd)}@${pick(rnd, DOMAINS)}` };
    add("match, digits appended", "silent", message([digitsOnly], body(rnd, withMentions(["full", "first"]).write(p, rnd))));

    const two = other(rnd, names, p, "none");
    const pair = `${split === "tune" ? "Kære" : "Hi"} ${firstGiven(p)} ${split === "tune" ? "og" : "and"} ${firstGiven(two)},`;
    const both = rnd() < 0.5 ? [recipientOf(p, patterns, rnd), recipientOf(two, patterns, rnd)] : [recipientOf(two, patterns, rnd)];
    add("two greeted, to both or one", "silent", message(both, body(rnd, pair)));

    add("generic greeting", "silent", message([recipientOf(q, patterns, rnd)], body(rnd, pick(rnd, generic), history())));

    const sameGiven = other(rnd, names, p, "given");
    add("mismatch: same first name, other surname", "mismatch", message([telling(recipientOf(sameGiven, patterns, rnd), sameGiven)], body(rnd, withMentions(["full"]).write(p, rnd), history())));

    const stranger = other(rnd, names, p, "none");
    add("mismatch: another person", "mismatch", message([recipientOf(stranger, patterns, rnd)], body(rnd, t.write(p, rnd), history())));

    const relative = other(rnd, names, p, "surname");
    add("mismatch: same surname, other first name", "mismatch", message([recipientOf(relative, patterns, rnd)], body(rnd, withMentions(["full", "first"]).write(p, rnd), history())));

    const right = recipientOf(p, patterns, rnd);
    add("mismatch: right person in Cc", "mismatch", message([recipientOf(stranger, patterns, rnd)], body(rnd, t.write(p, rnd)), [right]), right.address);
  }
  return cases;
}

// Does a greeted name fit a recipient? Tolerant the way a person reading the To field is: a
// display name in any order, middle and hyphenated names, initials, first name or surname alone,
// and addresses built from the name (jens.hansen, jhansen, jens.h, jh, hansen.jens, jens.hansen1).
import { displayName, localPartKeys, personName, type PersonName } from "./names";

export interface GreetedName {
  /** As written in the mail, e.g. "Jens Hansen". */
  written: string;
  /** nameKey of each part, in the written order. */
  keys: string[];
  /** The same parts with the first and last word apart. */
  name: PersonName;
  /** Preceded by a title ("hr.", "fru", "Mr.", "Dr."): a lone name is then a surname. */
  titled: boolean;
}

export interface RecipientNames {
  /** The display name when it is a person's name. */
  display?: PersonName;
  /** The local part's name-bearing segments, unless it is a shared mailbox. */
  local?: string[];
}

/** "unknown": nothing about the recipient says who it is (post@…, no display name). */
export type Fit = "match" | "mismatch" | "unknown";

export function recipientNames(recipient: { address: string; displayName?: string }): RecipientNames {
  const names: RecipientNames = {};
  const display = displayName(recipient.displayName);
  if (display) names.display = display;
  const local = localPartKeys(recipient.address);
  if (local) names.local = local;
  return names;
}

/** Equal, or one side is an initial of the other ("j" and "jens"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  if (a.length === 1) return b.charAt(0) === a;
  if (b.length === 1) return a.charAt(0) === b;
  return false;
}

const anyAgree = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.some((y) => sameName(x, y)));

/**
 * Greeted name against a person's name. One word on either side needs one agreeing part ("Jens"
 * fits Jens Hansen). Full names need the first name and the greeted surname to agree: Jens Hansen
 * is not Jens Jensen and not Mette Hansen, but is Jens Peter Hansen, Hansen Jens, J. Hansen, and
 * (for Anne Hansen-Berg) Anne Hansen; "Anne Marie" fits Anne Marie Jensen.
 */
export function namesAgree(greeted: PersonName, person: PersonName): boolean {
  if (greeted.words <= 1 || person.words <= 1) return anyAgree(greeted.all, person.all);
  return anyAgree(greeted.first, person.all) && anyAgree(greeted.last, person.all);
}

/**
 * Can `letters` be written from `names` in this order, each name used whole, as its initial or
 * not at all? "jhansen" from [jens, hansen]; "jph" from [jens, peter, hansen].
 */
function spells(letters: string, names: readonly string[], from: number, at: number, used: number, whole: number): boolean {
  if (at === letters.length) return used > 0 && (whole > 0 || used >= 2);
  if (from === names.length) return false;
  const name = names[from] as string;
  if (letters.startsWith(name, at) && spells(letters, names, from + 1, at + name.length, used + 1, whole + 1)) return true;
  if (letters.charAt(at) === name.charAt(0) && spells(letters, names, from + 1, at + 1, used + 1, whole)) return true;
  return spells(letters, names, from + 1, at, used, whole);
}

/** Jens → Jensen, Peter → Petersen: a first name with these endings is a different (sur)name. */
const PATRONYMIC = new Set(["en", "sen", "son", "sson", "sdatter", "datter"]);

/**
 * One greeted name in one address segment: the segment is the name, starts with it (jenshansen,
 * not jensen), ends with it (superjens), or is initials led by it (jh for Jens; for a titled
 * surname, initials ending with it), or the name's initial beside another name.
 */
function segmentHolds(segment: string, name: string, titled: boolean, alone: boolean): boolean {
  if (segment === name) return true;
  if (segment.length <= 3) return titled ? segment.charAt(segment.length - 1) === name.charAt(0) : segment.charAt(0) === name.charAt(0);
  if (name.length >= 3 && segment.startsWith(name)) return !PATRONYMIC.has(segment.slice(name.length));
  if (name.length >= 3 && segment.endsWith(name)) return true;
  // The initial beside a name we cannot check (pnorgaard, norgaardp for "Peter"; annem for "fru
  // Madsen"). Only in an address of one segment: in line.christiansen the first name is there to compare.
  const initial = name.charAt(0);
  const endsWithInitial = segment.charAt(segment.length - 1) === initial;
  return alone && (titled ? endsWithInitial : segment.charAt(0) === initial || endsWithInitial);
}

function containsRun(segments: readonly string[], keys: readonly string[]): boolean {
  for (let i = 0; i + keys.length <= segments.length; i++) {
    let all = true;
    for (let j = 0; j < keys.length && all; j++) all = segments[i + j] === keys[j];
    if (all) return true;
  }
  return false;
}

/** The address's local part against a greeted name. */
export function localAgrees(greeted: GreetedName, local: readonly string[]): boolean {
  const keys = greeted.keys;
  // One written word ("Jens", "hr. Hansen", "Anne-Marie"): any of its parts in any segment.
  if (greeted.name.words <= 1) {
    return local.some((segment) => keys.some((key) => segmentHolds(segment, key, greeted.titled, local.length === 1)));
  }
  // Every greeted name whole, in order, among the segments: anne.marie.jensen for "Anne Marie".
  if (containsRun(local, keys)) return true;
  // A middle name the greeting leaves out: jens.moeller.hansen for "Jens Hansen".
  if (local.length >= 3 && localAgrees(greeted, [local[0] as string, local[local.length - 1] as string])) return true;
  const letters = local.join("");
  if (letters.length < 2) return false;
  const surnameFirst = [keys[keys.length - 1] as string].concat(keys.slice(0, -1));
  return spells(letters, keys, 0, 0, 0, 0) || spells(letters, surnameFirst, 0, 0, 0, 0);
}

/** How one recipient fits one greeted name. */
export function fit(greeted: GreetedName, names: RecipientNames): Fit {
  if (!names.display && !names.local) return "unknown";
  if (names.display) {
    if (namesAgree(greeted.name, names.display)) return "match";
    // A full name that is someone else's: the address cannot make it the greeted person.
    if (names.display.words >= 2) return "mismatch";
  }
  if (names.local && localAgrees(greeted, names.local)) return "match";
  return "mismatch";
}

/** A greeted name from its written form ("Jens Hansen", "J. Hansen"). */
export function greetedName(written: string, titled: boolean): GreetedName {
  const name = personName(written);
  return { written, keys: name.all, name, titled };
}

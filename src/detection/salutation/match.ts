// Does a greeted name fit a recipient? Tolerant the way a person reading the To field is: a
// display name in any order, middle and hyphenated names, initials, first name or surname alone,
// and addresses built from the name (jens.hansen, jhansen, jens.h, jh, hansen.jens, jens.hansen1).
import { displayNameKeys, localPartKeys } from "./names";

export interface GreetedName {
  /** As written in the mail, e.g. "Jens Hansen". */
  written: string;
  /** nameKey of each part, in the written order. */
  keys: string[];
  /** Preceded by a title ("hr.", "fru", "Mr.", "Dr."): a lone name is then a surname. */
  titled: boolean;
}

export interface RecipientNames {
  /** The display name's keys when it is a person's name. */
  display?: string[];
  /** The local part's name-bearing segments, unless it is a shared mailbox. */
  local?: string[];
}

/** "unknown": nothing about the recipient says who it is (post@…, no display name). */
export type Fit = "match" | "mismatch" | "unknown";

export function recipientNames(recipient: { address: string; displayName?: string }): RecipientNames {
  const names: RecipientNames = {};
  const display = displayNameKeys(recipient.displayName);
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

/**
 * Greeted name against a person's name. One name on either side needs one agreeing part ("Jens"
 * fits Jens Hansen); two or more on both sides need two, so Jens Hansen is not Jens Jensen and not
 * Mette Hansen, but is Jens Peter Hansen, Hansen Jens and J. Hansen.
 */
export function namesAgree(greeted: readonly string[], person: readonly string[]): boolean {
  const used: boolean[] = person.map(() => false);
  let agreeing = 0;
  for (const g of greeted) {
    for (let i = 0; i < person.length; i++) {
      if (!used[i] && sameName(g, person[i] as string)) {
        used[i] = true;
        agreeing++;
        break;
      }
    }
  }
  const needed = greeted.length >= 2 && person.length >= 2 ? 2 : 1;
  return agreeing >= needed;
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
const PATRONYMIC = new Set(["en", "sen", "son", "sson", "s", "sdatter", "datter"]);

/**
 * One greeted name in one address segment: the segment is the name, starts with it (jenshansen,
 * not jensen), ends with it (superjens), or is initials led by it (jh for Jens; for a titled
 * surname, initials ending with it).
 */
function segmentHolds(segment: string, name: string, titled: boolean): boolean {
  if (segment === name) return true;
  if (segment.length <= 3) return titled ? segment.charAt(segment.length - 1) === name.charAt(0) : segment.charAt(0) === name.charAt(0);
  if (name.length < 3) return false;
  if (segment.startsWith(name)) return !PATRONYMIC.has(segment.slice(name.length));
  return segment.endsWith(name);
}

/** The address's local part against a greeted name. */
export function localAgrees(greeted: GreetedName, local: readonly string[]): boolean {
  const keys = greeted.keys;
  if (keys.length === 1) return local.some((segment) => segmentHolds(segment, keys[0] as string, greeted.titled));
  const letters = local.join("");
  if (letters.length < 2) return false;
  const surnameFirst = [keys[keys.length - 1] as string].concat(keys.slice(0, -1));
  return spells(letters, keys, 0, 0, 0, 0) || spells(letters, surnameFirst, 0, 0, 0, 0);
}

/** How one recipient fits one greeted name. */
export function fit(greeted: GreetedName, names: RecipientNames): Fit {
  if (!names.display && !names.local) return "unknown";
  if (names.display && namesAgree(greeted.keys, names.display)) return "match";
  if (names.local && localAgrees(greeted, names.local)) return "match";
  return "mismatch";
}

// What an HTML body carries but does not show: link targets and other attribute values, comments,
// CDATA and the content of <title>, <style>, <script>, <noscript>, <template>, <xml> and <head>.
// All of it leaves with the mail (a case-system link with "?cpr=…" is the realistic case), so the
// CPR finder reads it as its own place. Collected during htmlToText's one pass (html-to-text.ts).
import { decodeEntities } from "./html-entities";

/** Where in an HTML body text travels unseen. */
export type HiddenKind =
  | "link" // href, src and other link targets (mailto:, ?cpr=…)
  | "attribute" // alt, title and other attribute values
  | "comment"
  | "cdata"
  | "title"
  | "style"
  | "script"
  | "noscript"
  | "template"
  | "xml"
  | "head";

export interface HiddenText {
  kind: HiddenKind;
  /** The text, entities (and for links %XX escapes) decoded. */
  text: string;
  /** Offset in the visible body where it stands, so quoted history stays quoted. */
  at: number;
}

/** The visible text of an HTML body and what it carries unseen. */
export interface HtmlBody {
  text: string;
  hidden: HiddenText[];
}

/** Attributes whose value is an address the mail program may fetch or the reader may open. */
const LINK_ATTRIBUTES = new Set([
  "href", "src", "action", "formaction", "cite", "background", "poster", "data", "srcset", "longdesc",
  "usemap", "codebase", "lowsrc", "dynsrc", "xlink:href", "v:src", "o:href",
]);

/** A CPR number needs ten ASCII digits, and an encoded digit (&#48; %30) still shows one. */
function mayHoldCpr(text: string, from = 0, to = text.length): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 10) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** %XX escapes of printable ASCII and "+" as space, as the server reading a link's query sees them. */
export function decodeUrl(value: string): string {
  if (value.indexOf("%") < 0 && value.indexOf("+") < 0) return value;
  return value
    .replace(/%([2-7][0-9a-fA-F])/g, (whole, hex: string) => {
      const code = parseInt(hex, 16);
      return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : whole;
    })
    .replace(/\+/g, " ");
}

/** Keeps `raw` (entities decoded) as hidden text of `kind` when it could hold a CPR number. */
export function keepHidden(list: HiddenText[], kind: HiddenKind, raw: string, at: number): void {
  if (!mayHoldCpr(raw)) return;
  const text = decodeEntities(raw);
  list.push({ kind, text: kind === "link" ? decodeUrl(text) : text, at });
}

/**
 * Keeps the attributes of the tag between `from` (after its name) and `end` (its '>') as one
 * piece: a value may hold white space unquoted ("src=x/070761 1006.png" still sends the digits),
 * so the tag's whole attribute text is read. "link" when a link attribute holds digits.
 */
export function keepAttributes(list: HiddenText[], html: string, from: number, end: number, at: number): void {
  if (!mayHoldCpr(html, from, end)) return;
  keepHidden(list, hasDigitLink(html, from, end) ? "link" : "attribute", html.slice(from, end), at);
}

/** Whether a link attribute (href, src …) of the tag has a digit in its value. */
function hasDigitLink(html: string, from: number, end: number): boolean {
  let i = from;
  while (i < end) {
    while (i < end && (isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 0x2f)) i++;
    const nameFrom = i;
    while (i < end && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3d && html.charCodeAt(i) !== 0x2f) i++;
    const name = html.slice(nameFrom, i).toLowerCase();
    while (i < end && isSpace(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) !== 0x3d /* = */) {
      if (i === nameFrom) i++; // a stray character: step over it
      continue;
    }
    i++;
    while (i < end && isSpace(html.charCodeAt(i))) i++;
    const quote = html.charCodeAt(i);
    let valueFrom = i;
    let valueTo: number;
    if (quote === 0x22 || quote === 0x27) {
      valueFrom = i + 1;
      const close = html.indexOf(String.fromCharCode(quote), valueFrom);
      valueTo = close < 0 || close > end ? end : close;
      i = valueTo + 1;
    } else {
      while (i < end && !isSpace(html.charCodeAt(i))) i++;
      valueTo = i;
    }
    if (LINK_ATTRIBUTES.has(name) && /[0-9]/.test(html.slice(valueFrom, valueTo))) return true;
  }
  return false;
}

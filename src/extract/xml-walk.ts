// A linear, forgiving walk over XML bytes: tags and text, no tree, no regex backtracking.
// OOXML parts can be tens of megabytes of UTF-8; this reads them in one pass without turning them
// into a string: tag names are interned, attributes are read on demand from the tag's bytes, and
// text arrives as byte ranges that a reader decodes (TextSink) only where it wants the text.
import type { Budget } from "./context";
import { decodeUtf8, encodeUtf8 } from "./decode";
import { TextSink } from "./text-sink";

export interface XmlVisitor {
  /** `tag` reads the tag's attributes; it is reused for the next tag, so read it inside the call. */
  open(name: string, tag: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, bytes[start, end) (entities still encoded); CDATA content has `cdata`. */
  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void;
  /** When false, text between tags is skipped without a call (most of a document is markup). */
  wantText: boolean;
  /**
   * Element names as written ("w:t") instead of local names ("t"). Office XML readers want local
   * names: the prefix is the writer's choice, and a document read as empty would pass as checked.
   */
  qualifiedNames?: boolean;
}

/** Walks UTF-8 XML bytes (a string is encoded first: tests and small callers). */
export function walkXml(input: Uint8Array | string, v: XmlVisitor, budget?: Budget): void {
  const xml = typeof input === "string" ? encodeUtf8(input) : input;
  const qualified = v.qualifiedNames === true;
  const tag = new Attrs(xml);
  const n = xml.length;
  let i = 0;
  while (i < n) {
    // A plain loop, not Uint8Array#indexOf: the next '<' is mostly a few bytes away, and a call
    // into the builtin costs more than reading them.
    let lt = i;
    while (lt < n && xml[lt] !== 60 /* < */) lt++;
    if (lt > i && v.wantText) v.text(xml, i, lt, false);
    if (lt >= n) return;
    if (budget) budget.tick();
    const c = xml[lt + 1];
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      i = special(xml, lt, v);
      continue;
    }
    const closing = c === 47; /* / */
    let nameStart = closing ? lt + 2 : lt + 1;
    while (nameStart < n && isSpace(xml[nameStart]!)) nameStart++;
    // The name ends at a space, "/", ">" or a quote (none stands in a name); the tag's end is
    // looked for from there on, so the name's bytes are read once.
    let nameEnd = nameStart;
    let colon = -1;
    while (nameEnd < n) {
      const d = xml[nameEnd]!;
      if (d === 62 /* > */ || d === 47 || isSpace(d) || d === 34 || d === 39) break;
      if (d === 58 /* : */ && colon < 0) colon = nameEnd;
      nameEnd++;
    }
    const gt = tagEnd(xml, nameEnd);
    if (gt < 0) return;
    const name = intern(xml, colon >= 0 && !qualified ? colon + 1 : nameStart, nameEnd);
    if (closing) v.close(name);
    else {
      const selfClosing = xml[gt - 1] === 47;
      tag.start = nameEnd;
      tag.end = selfClosing ? gt - 1 : gt;
      v.open(name, tag, selfClosing);
      if (selfClosing) v.close(name);
    }
    i = gt + 1;
  }
}

/** Comments, CDATA, processing instructions and declarations at `lt`; returns where the walk goes on. */
function special(xml: Uint8Array, lt: number, v: XmlVisitor): number {
  const n = xml.length;
  if (xml[lt + 1] === 63 /* ? */) {
    const e = find(xml, lt + 2, 63, 62, -1);
    return e < 0 ? n : e + 2;
  }
  if (xml[lt + 2] === 45 && xml[lt + 3] === 45 /* <!-- */) {
    const e = find(xml, lt + 4, 45, 45, 62);
    return e < 0 ? n : e + 3;
  }
  if (isCdata(xml, lt)) {
    const e = find(xml, lt + 9, 93, 93, 62);
    const end = e < 0 ? n : e;
    if (v.wantText) v.text(xml, lt + 9, end, true);
    return end + 3;
  }
  const e = xml.indexOf(62, lt + 2);
  return e < 0 ? n : e + 1;
}

function isCdata(xml: Uint8Array, lt: number): boolean {
  for (let k = 2; k < 9; k++) if (xml[lt + k] !== "<![CDATA[".charCodeAt(k)) return false;
  return true;
}

/** Index of the two- or three-byte sequence a b (c) from `from` (c < 0: two bytes), or -1. */
function find(xml: Uint8Array, from: number, a: number, b: number, c: number): number {
  for (let i = xml.indexOf(a, from); i >= 0; i = xml.indexOf(a, i + 1)) {
    if (xml[i + 1] === b && (c < 0 || xml[i + 2] === c)) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The '>' closing a tag, skipping any inside quoted attribute values. */
function tagEnd(xml: Uint8Array, from: number): number {
  const n = xml.length;
  let quote = 0;
  for (let i = from; i < n; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

// Names and short values repeat endlessly (w:t, w:r, c, v, "1"): one string each, found by a hash
// of the bytes and checked byte by byte, so a collision only costs a fresh string.
const INTERN_SIZE = 2048;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE);

function intern(xml: Uint8Array, start: number, end: number): string {
  let h = end - start;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + xml[k]!) | 0;
  const slot = (h ^ (h >>> 11)) & (INTERN_SIZE - 1);
  const s = interned[slot];
  if (s !== undefined && sameAscii(s, xml, start, end)) return s;
  const fresh = decodeUtf8(xml, false, start, end);
  interned[slot] = fresh;
  return fresh;
}

function sameAscii(s: string, xml: Uint8Array, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== xml[start + k] || xml[start + k]! >= 0x80) return false;
  return true;
}


/** A tag's attributes: the bytes after its name, read only when a reader asks. */
export class Attrs {
  start = 0;
  end = 0;
  constructor(readonly bytes: Uint8Array) {}

  /** Whether the raw attribute source contains `ascii` (a cheap test before a lookup). */
  has(ascii: string): boolean {
    return this.indexOf(ascii, this.start) >= 0;
  }

  /** An attribute's decoded value, or undefined. */
  get(name: string): string | undefined {
    const r = this.find(name);
    if (r < 0) return undefined;
    return textOf(this.bytes, r, valueEnd, false);
  }

  /**
   * Start of the value of attribute `name` (its end in valueEnd), or -1. The name must follow
   * whitespace (or start the source) and be followed by '=' and a quoted value, as written.
   */
  private find(name: string): number {
    const x = this.bytes;
    const end = this.end;
    for (let k = this.indexOf(name, this.start); k >= 0; k = this.indexOf(name, k + name.length)) {
      const before = k === this.start ? 32 : x[k - 1]!;
      let j = k + name.length;
      while (j < end && x[j] === 32) j++;
      if (isSpace(before) && j < end && x[j] === 61 /* = */) {
        j++;
        while (j < end && x[j] === 32) j++;
        const q = j < end ? x[j]! : 0;
        if (q === 34 || q === 39) {
          let e = j + 1;
          while (e < end && x[e] !== q) e++;
          if (e >= end) return -1;
          valueEnd = e;
          return j + 1;
        }
      }
    }
    return -1;
  }

  private indexOf(ascii: string, from: number): number {
    const x = this.bytes;
    const first = ascii.charCodeAt(0);
    const last = this.end - ascii.length;
    // a tag's attributes are short: a plain loop beats calls into Uint8Array#indexOf
    for (let k = from; k <= last; k++) {
      if (x[k] !== first) continue;
      let j = 1;
      while (j < ascii.length && x[k + j] === ascii.charCodeAt(j)) j++;
      if (j === ascii.length) return k;
    }
    return -1;
  }
}

/** End of the value found by the last Attrs.find (one walk at a time: JavaScript is single-threaded). */
let valueEnd = 0;
const values = new TextSink();

/**
 * Character data or an attribute value as a string. Short ASCII values without entities ("1", "s",
 * "rId7", a cell's number) are interned: a sheet of 100,000 cells makes no string per cell.
 */
export function textOf(x: Uint8Array, start: number, end: number, cdata: boolean): string {
  let plain = end - start <= 16;
  for (let k = start; k < end && plain; k++) plain = x[k]! < 0x80 && (cdata || x[k] !== 38 /* & */);
  if (plain) return intern(x, start, end);
  values.appendXml(x, start, end, cdata);
  return values.take();
}

// Where a reader's text goes: UTF-16 code units in a reusable buffer, turned into strings a chunk
// at a time. XML character data is decoded into it straight from the part's UTF-8 bytes in one
// loop (UTF-8 and entities together), so no string is made for text that is thrown away. Text
// that fits Latin-1 (Danish included) comes out as V8 one-byte strings: half the memory.
//
// The buffer is a plain array of small integers, not a Uint16Array: String.fromCharCode.apply
// reads a packed array about three times faster than a typed array (V8 copies a typed array
// through a generic array-like path), and turning units into strings was 7 % of the worst send.

import { Stop } from "./context";

const CHUNK = 8192;

/**
 * More text than any reader could scan in time: a shared-strings bomb (a small sheet repeating a
 * huge shared string) would otherwise fill memory. An eighth of V8's longest string; past it the
 * file is too large to read (before, joining such text threw once past V8's limit: "corrupt").
 */
const MAX_UNITS = 1 << 26;

export class TextSink {
  /** At most CHUNK long (a full chunk is passed to fromCharCode as it is); a surrogate pair written
   * at the last slot may grow it by one, undone at the next flush. */
  private buf: number[] = newBuffer();
  private n = 0;
  private parts: string[] = [];
  private flushed = 0;

  /** Code units so far. */
  get length(): number {
    return this.flushed + this.n;
  }

  /** The text so far; the sink starts empty again. */
  take(): string {
    const p = this.takeChunks();
    return p.length === 0 ? "" : p.length === 1 ? p[0]! : p.join("");
  }

  /** The text so far as the chunks it was made in: a part's text is joined once, with the whole file's. */
  takeChunks(): string[] {
    this.flush();
    const p = this.parts;
    this.parts = [];
    this.flushed = 0;
    return p;
  }

  push(s: string): void {
    this.pushRange(s, 0, s.length);
  }

  /** s[from, to), without slicing it out first. */
  pushRange(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      if (this.n >= CHUNK) this.flush();
      this.buf[this.n++] = s.charCodeAt(k);
    }
  }

  pushCode(u: number): void {
    if (this.n >= CHUNK) this.flush();
    this.buf[this.n++] = u;
  }

  /**
   * XML character data from UTF-8 bytes: malformed sequences become U+FFFD (one per byte that
   * starts no valid sequence); entities are decoded unless `cdata` (see entityAt).
   */
  appendXml(bytes: Uint8Array, start: number, end: number, cdata: boolean): void {
    let buf = this.buf;
    let n = this.n;
    let i = start;
    while (i < end) {
      if (n >= CHUNK) {
        this.n = n;
        this.flush();
        buf = this.buf; // a new array when a pair had grown the old one
        n = 0;
      }
      let b = bytes[i]!;
      if (b < 0x80) {
        // the common case: a run of ASCII without '&'
        const limit = Math.min(end, i + CHUNK - n);
        while (b !== 38 || cdata) {
          buf[n++] = b;
          if (++i >= limit) break;
          b = bytes[i]!;
          if (b >= 0x80) break;
        }
        if (i < limit && b === 38 && !cdata) {
          const cp = entityAt(bytes, i, end);
          if (cp < 0) {
            buf[n++] = 38;
            i++;
          } else {
            n = putCodePoint(buf, n, cp);
            i += entityLength;
          }
        }
        continue;
      }
      const cp = utf8At(bytes, i, end);
      if (cp < 0) {
        buf[n++] = 0xfffd;
        i++;
      } else {
        n = putCodePoint(buf, n, cp);
        i += utf8Length;
      }
    }
    this.n = n;
  }

  private flush(): void {
    if (this.n === 0) return;
    const buf = this.buf;
    const n = this.n;
    this.parts.push(String.fromCharCode.apply(null, n === buf.length ? buf : buf.slice(0, n)));
    if (buf.length > CHUNK) this.buf = newBuffer();
    this.flushed += this.n;
    this.n = 0;
    if (this.flushed > MAX_UNITS) {
      // a shared sink must not keep this text for its next use
      this.parts = [];
      this.flushed = 0;
      throw new Stop("too-large");
    }
  }
}

/**
 * Empty, and grown by writing at its end: a sink made for a few characters (a cp1252 string, a
 * cell) must not pay for a full chunk, and writes in order keep the array packed.
 */
function newBuffer(): number[] {
  return [];
}

function putCodePoint(buf: number[], n: number, cp: number): number {
  if (cp < 0x10000) {
    buf[n] = cp;
    return n + 1;
  }
  cp -= 0x10000;
  buf[n] = 0xd800 + (cp >> 10);
  buf[n + 1] = 0xdc00 + (cp & 0x3ff);
  return n + 2;
}

/** Bytes taken by the last utf8At / entityAt match (JavaScript is single-threaded). */
let utf8Length = 0;
let entityLength = 0;

/** The code point of the valid UTF-8 sequence at i (ending before `end`), or -1. */
function utf8At(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  let need = 0;
  let cp = 0;
  let min = 0;
  if (b >= 0xc2 && b <= 0xdf) (need = 1), (cp = b & 0x1f), (min = 0x80);
  else if (b >= 0xe0 && b <= 0xef) (need = 2), (cp = b & 0x0f), (min = 0x800);
  else if (b >= 0xf0 && b <= 0xf4) (need = 3), (cp = b & 0x07), (min = 0x10000);
  else return -1;
  if (i + need >= end) return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k]!;
    if ((c & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  utf8Length = need + 1;
  return cp;
}

/**
 * The character of the entity at i ('&'), or -1 to keep the '&' literally. The same rule as
 * xml-walk's decodeEntities: &#xH…; (1–6 hex digits, lower-case x), &#D…; (1–7 digits) for a
 * code point above 0 that is not a surrogate, and the five XML names in lower case.
 */
function entityAt(bytes: Uint8Array, i: number, end: number): number {
  let j = i + 1;
  let cp = 0;
  if (bytes[j] === 35 /* # */) {
    const hex = bytes[j + 1] === 120; /* x */
    j += hex ? 2 : 1;
    const from = j;
    for (; j < end && j - from < 8; j++) {
      const d = digitValue(bytes[j]!, hex);
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + d;
    }
    const count = j - from;
    if (count < 1 || count > (hex ? 6 : 7) || j >= end || bytes[j] !== 59 /* ; */) return -1;
    if (!(cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff))) return -1;
    entityLength = j + 1 - i;
    return cp;
  }
  const from = j;
  while (j < end && j - from < 5 && bytes[j]! >= 97 && bytes[j]! <= 122) j++;
  const count = j - from;
  if (count < 2 || count > 4 || j >= end || bytes[j] !== 59) return -1;
  cp = namedEntity(bytes, from, count);
  if (cp >= 0) entityLength = j + 1 - i;
  return cp;
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (!hex) return -1;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const NAMED: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34, apos: 39 };

function namedEntity(b: Uint8Array, at: number, count: number): number {
  let name = "";
  for (let k = at; k < at + count; k++) name += String.fromCharCode(b[k]!);
  const cp = NAMED[name];
  return cp === undefined ? -1 : cp;
}

/** Whether bytes[start, end) are well-formed UTF-8 (what decodeUtf8's `fatal` accepts). */
export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  while (i < end) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    if (utf8At(bytes, i, end) < 0) return false;
    i += utf8Length;
  }
  return true;
}

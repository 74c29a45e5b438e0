// PDF's token syntax (ISO 32000-1 §7.2–7.3) over bytes: numbers, names, strings (as binary strings),
// arrays, dictionaries, references and operators. Forgiving: bad input ends the parse, never loops.
import { CLASS as CLASS_TABLE, latin1 as latin1Of } from "./bytes";

// Local bindings: an imported binding read in a hot loop costs a property getter per access where
// modules are compiled to CommonJS (tsx, Jest, the CLI).
const CLASS = CLASS_TABLE;
const latin1 = latin1Of;

export type PdfValue =
  | number
  | boolean
  | null
  | { name: string }
  | { str: string } // bytes as a binary string
  | { ref: number }
  | PdfValue[]
  | PdfDict;

export interface PdfDict {
  dict: Map<string, PdfValue>;
}

export type Token = PdfValue | { op: string } | { open: "[" | "<<" } | { close: "]" | ">>" };

export class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start = 0,
    readonly end = b.length,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const b = this.b;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (CLASS[c] === 1) this.pos++;
      else if (c === 37 /* % */) {
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  /** The next token, or undefined at the end. */
  next(): Token | undefined {
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    const b = this.b;
    const c = b[this.pos]!;
    if (c === 40 /* ( */) return { str: this.literal() };
    if (c === 60 /* < */) {
      if (b[this.pos + 1] === 60) {
        this.pos += 2;
        return { open: "<<" };
      }
      return { str: this.hex() };
    }
    if (c === 62 /* > */) {
      this.pos += b[this.pos + 1] === 62 ? 2 : 1;
      return { close: ">>" };
    }
    if (c === 91) return this.pos++, { open: "[" };
    if (c === 93) return this.pos++, { close: "]" };
    if (c === 123 || c === 125 || c === 41) return this.pos++, { op: String.fromCharCode(c) };
    if (c === 47 /* / */) return { name: this.name() };
    const start = this.pos;
    this.pos = wordEnd(b, start, this.end);
    if (this.pos === start) return this.pos++, { op: String.fromCharCode(c) };
    const n = c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57) ? numberAt(b, start, this.pos) : NaN;
    if (n === n) return n;
    const word = latin1(b, start, this.pos);
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return { op: word };
  }

  /** A name after its "/", with #XX escapes decoded. */
  private name(): string {
    const b = this.b;
    const start = ++this.pos;
    this.pos = wordEnd(b, start, this.end);
    let out = "";
    let run = start;
    for (let i = start; i + 2 < this.pos; i++) {
      if (b[i] !== 35 /* # */) continue;
      const h = hexValue(b[i + 1]!);
      const l = hexValue(b[i + 2]!);
      if (h < 0 || l < 0) continue;
      out += latin1(b, run, i) + String.fromCharCode(h * 16 + l);
      run = i + 3;
      i += 2;
    }
    return run === start ? latin1(b, start, this.pos) : out + latin1(b, run, this.pos);
  }

  private literal(): string {
    const b = this.b;
    let depth = 0;
    let out = "";
    let i = this.pos + 1;
    let run = i;
    for (; i < this.end; i++) {
      const c = b[i]!;
      if (c === 92 /* \ */) {
        out += latin1(b, run, i);
        i++;
        if (i >= b.length) break;
        const d = b[i]!;
        const e = ESCAPE[d]!;
        if (e) out += String.fromCharCode(e);
        else if (d >= 48 && d <= 55) {
          let k = i;
          let v = 0;
          while (k < i + 3 && b[k]! >= 48 && b[k]! <= 55) v = v * 8 + (b[k++]! - 48);
          out += String.fromCharCode(v & 0xff);
          i = k - 1;
        } else if (d === 13) {
          if (b[i + 1] === 10) i++;
        } else if (d !== 10) out += String.fromCharCode(d);
        run = i + 1;
      } else if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
    }
    out += latin1(b, run, i);
    this.pos = i + 1;
    return out;
  }

  private hex(): string {
    const b = this.b;
    const close = b.indexOf(62 /* > */, this.pos);
    const end = close < 0 || close > this.end ? this.end : close;
    const from = this.pos + 1;
    this.pos = end + 1;
    return hexString(b, from, end);
  }

  /** A complete value (arrays, dictionaries and "N G R" references assembled), or undefined. */
  value(depth = 0): PdfValue | undefined {
    const t = this.next();
    return this.assemble(t, depth);
  }

  assemble(t: Token | undefined, depth: number): PdfValue | undefined {
    if (t === undefined || depth > 64) return undefined;
    if (typeof t === "number") {
      // "12 0 R" is a reference; look ahead without losing the position when it is not
      const save = this.pos;
      const g = this.next();
      if (typeof g === "number") {
        const r = this.next();
        if (r && typeof r === "object" && "op" in r && r.op === "R") return { ref: t };
      }
      this.pos = save;
      return t;
    }
    if (t === null || typeof t === "boolean") return t;
    if ("open" in t) {
      if (t.open === "[") {
        const arr: PdfValue[] = [];
        for (;;) {
          const x = this.next();
          if (x === undefined) return arr;
          if (typeof x === "object" && x !== null && "close" in x) return arr;
          const v = this.assemble(x, depth + 1);
          if (v !== undefined) arr.push(v);
        }
      }
      const dict = new Map<string, PdfValue>();
      for (;;) {
        const k = this.next();
        if (k === undefined) return { dict };
        if (typeof k === "object" && k !== null && "close" in k) return { dict };
        if (typeof k !== "object" || k === null || !("name" in k)) continue;
        const v = this.value(depth + 1);
        if (v === undefined) return { dict };
        dict.set(k.name, v);
      }
    }
    if ("close" in t || "op" in t) return undefined;
    return t;
  }
}

const ESCAPE = new Uint8Array(256);
ESCAPE[110] = 10; // n
ESCAPE[114] = 13; // r
ESCAPE[116] = 9; // t
ESCAPE[98] = 8; // b
ESCAPE[102] = 12; // f
ESCAPE[40] = 40;
ESCAPE[41] = 41;
ESCAPE[92] = 92;

/** End of a regular-character run (a number, keyword or name) starting at `i`. */
export function wordEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end && CLASS[b[i]!] === 0) i++;
  return i;
}

export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The bytes spelled by the hex digits in b[from, end) (anything else ignored; an odd last digit is followed by 0). */
export function hexString(b: Uint8Array, from: number, end: number): string {
  let out = "";
  let hi = -1;
  for (let i = from; i < end; i++) {
    const v = hexValue(b[i]!);
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else (out += String.fromCharCode(hi * 16 + v)), (hi = -1);
  }
  return hi < 0 ? out : out + String.fromCharCode(hi * 16);
}

/**
 * The number spelled by b[start, end), exactly as Number() reads it (NaN when it is not one):
 * plain decimals are computed from their digits (an exact integer over an exact power of ten
 * rounds as the parser does), anything unusual goes through Number().
 */
export function numberAt(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const sign = b[i] === 45 ? -1 : 1;
  if (b[i] === 45 || b[i] === 43) i++;
  let int = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < end; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i === end && digits > 0 && digits <= 15 && scale <= 1e15) return (sign * int) / scale;
  return Number(latin1(b, start, end));
}

export function isDict(v: PdfValue | undefined): v is PdfDict {
  return typeof v === "object" && v !== null && "dict" in v;
}
export function nameOf(v: PdfValue | undefined): string | undefined {
  return typeof v === "object" && v !== null && "name" in v ? v.name : undefined;
}
export function refOf(v: PdfValue | undefined): number | undefined {
  return typeof v === "object" && v !== null && "ref" in v ? v.ref : undefined;
}

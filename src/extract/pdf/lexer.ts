// PDF's token syntax (ISO 32000-1 §7.2–7.3) over bytes: numbers, names, strings (as binary strings),
// arrays, dictionaries, references and operators. Forgiving: bad input ends the parse, never loops.
import type { Budget } from "../context";
import { latin1 as latin1Of } from "../binary-string";
import { CLASS as CLASS_TABLE } from "./bytes";

// Local bindings: an imported binding read in a hot loop costs a property getter per access where
// modules are compiled to CommonJS (tsx, Jest, the CLI).
const CLASS = CLASS_TABLE;
const latin1 = latin1Of;
const char = String.fromCharCode;

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
    if (c === 123 || c === 125 || c === 41) return this.pos++, { op: char(c) };
    if (c === 47 /* / */) return { name: this.name() };
    const start = this.pos;
    this.pos = wordEnd(b, start, this.end);
    if (this.pos === start) return this.pos++, { op: char(c) };
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
    const start = ++this.pos;
    this.pos = wordEnd(this.b, start, this.end);
    const s = latin1(this.b, start, this.pos);
    return s.indexOf("#") < 0 ? s : s.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => char(parseInt(h, 16)));
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
        const e = "nrtbf()\\".indexOf(char(d));
        if (e >= 0) out += "\n\r\t\b\f()\\"[e];
        else if (d >= 48 && d <= 55) {
          let k = i;
          let v = 0;
          while (k < i + 3 && b[k]! >= 48 && b[k]! <= 55) v = v * 8 + (b[k++]! - 48);
          out += char(v & 0xff);
          i = k - 1;
        } else if (d === 13) {
          if (b[i + 1] === 10) i++;
        } else if (d !== 10) out += char(d);
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

/** End of a regular-character run (a number, keyword or name) starting at `i`. */
function wordEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end && CLASS[b[i]!] === 0) i++;
  return i;
}

/** The bytes spelled by the hex digits in b[from, end) (anything else ignored; an odd last digit is followed by 0). */
export function hexString(b: Uint8Array, from: number, end: number): string {
  const digits = latin1(b, from, end).replace(/[^0-9a-fA-F]/g, "");
  let out = "";
  for (let i = 0; i < digits.length; i += 2) out += char(parseInt(digits[i]! + (digits[i + 1] || "0"), 16));
  return out;
}

/**
 * The number spelled by b[start, end), exactly as Number() reads it (NaN when it is not one):
 * plain decimals are computed from their digits (an exact integer over an exact power of ten
 * rounds as the parser does), anything unusual goes through Number().
 */
function numberAt(b: Uint8Array, start: number, end: number): number {
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
  if (i === end && digits > 0 && digits <= 15) return (sign * int) / scale;
  return Number(latin1(b, start, end));
}

// ---- The content-stream loop's tokenizer: operands are collected onto a reused array and
// operators are recognised by their bytes (packed into a number), so the hot path builds no
// operator strings or token objects. Strings, names, arrays and dictionaries are read as above.

export type Operand = Token | PdfValue;

/** An operator's code: its (up to three) bytes packed into a number; 0 for longer words. */
export function opCode(word: string): number {
  if (word.length > 3) return 0;
  let k = 0;
  for (let i = word.length - 1; i >= 0; i--) k = k * 256 + (word.charCodeAt(i) & 0xff);
  return k;
}


/** Marks the end of the stream (no operator has a negative code). */
export const END = -1;

/**
 * Reads operands onto `ops` up to the next operator and returns its code (0 for a word of more
 * than three bytes, END at the end of the data). One budget tick per token.
 */
export function nextOperator(lex: Lexer, ops: Operand[], budget: Budget): number {
  const b = lex.b;
  const end = lex.end;
  for (;;) {
    lex.skipSpace();
    const at = lex.pos;
    if (at >= end) return END;
    budget.tick();
    const c = b[at]!;
    if (CLASS[c] !== 0) {
      const t = lex.next()!;
      if (typeof t === "object" && t !== null) {
        if ("open" in t) {
          const v = lex.assemble(t, 0);
          if (v !== undefined) ops.push(v);
          continue;
        }
        if ("op" in t) return opCode(t.op);
      }
      ops.push(t);
      continue;
    }
    const we = wordEnd(b, at, end);
    lex.pos = we;
    if (c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57)) {
      const n = numberAt(b, at, we);
      if (n === n) {
        ops.push(n);
        continue;
      }
    }
    const len = we - at;
    if (len <= 3) {
      let k = 0;
      for (let i = we - 1; i >= at; i--) k = k * 256 + b[i]!;
      return k;
    }
    // Longer words are rare in content streams: the keywords true, false and null, else an operator the text reader ignores.
    const word = len <= 5 ? latin1(b, at, we) : "";
    if (word === "true" || word === "false") ops.push(word === "true");
    else if (word === "null") ops.push(null);
    else return 0;
  }
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

// PDF's token syntax (ISO 32000-1 §7.2–7.3) over a binary string: numbers, names, strings,
// arrays, dictionaries, references and operators. Forgiving: bad input ends the parse, never loops.

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

const DELIM = new Set("()<>[]{}/%".split("").map((c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

export class Lexer {
  pos: number;
  constructor(
    readonly s: string,
    start = 0,
    readonly end = s.length,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const s = this.s;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (isSpace(c)) this.pos++;
      else if (c === 37 /* % */) {
        while (this.pos < this.end && s.charCodeAt(this.pos) !== 10 && s.charCodeAt(this.pos) !== 13) this.pos++;
      } else break;
    }
  }

  /** The next token, or undefined at the end. */
  next(): Token | undefined {
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === 40 /* ( */) return { str: this.literal() };
    if (c === 60 /* < */) {
      if (s.charCodeAt(this.pos + 1) === 60) {
        this.pos += 2;
        return { open: "<<" };
      }
      return { str: this.hex() };
    }
    if (c === 62 /* > */) {
      this.pos += s.charCodeAt(this.pos + 1) === 62 ? 2 : 1;
      return { close: ">>" };
    }
    if (c === 91) return this.pos++, { open: "[" };
    if (c === 93) return this.pos++, { close: "]" };
    if (c === 123 || c === 125 || c === 41) return this.pos++, { op: s[this.pos - 1]! };
    if (c === 47 /* / */) {
      const start = ++this.pos;
      while (this.pos < this.end && !isSpace(s.charCodeAt(this.pos)) && !DELIM.has(s.charCodeAt(this.pos))) this.pos++;
      return { name: s.slice(start, this.pos).replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    const start = this.pos;
    while (this.pos < this.end && !isSpace(s.charCodeAt(this.pos)) && !DELIM.has(s.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) return this.pos++, { op: s[start]! };
    const word = s.slice(start, this.pos);
    const n = c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57) ? Number(word) : NaN;
    if (n === n) return n;
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return { op: word };
  }

  private literal(): string {
    const s = this.s;
    let depth = 0;
    let out = "";
    let i = this.pos + 1;
    let run = i;
    for (; i < this.end; i++) {
      const c = s.charCodeAt(i);
      if (c === 92 /* \ */) {
        out += s.slice(run, i);
        const d = s[i + 1];
        i++;
        if (d === undefined) break;
        const esc: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
        if (esc[d] !== undefined) out += esc[d];
        else if (d >= "0" && d <= "7") {
          let k = i;
          while (k < i + 3 && s[k]! >= "0" && s[k]! <= "7") k++;
          out += String.fromCharCode(parseInt(s.slice(i, k), 8) & 0xff);
          i = k - 1;
        } else if (d === "\r") {
          if (s[i + 1] === "\n") i++;
        } else if (d !== "\n") out += d;
        run = i + 1;
      } else if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
    }
    out += s.slice(run, i);
    this.pos = i + 1;
    return out;
  }

  private hex(): string {
    const s = this.s;
    const close = s.indexOf(">", this.pos);
    const end = close < 0 || close > this.end ? this.end : close;
    const digits = s.slice(this.pos + 1, end).replace(/[^0-9a-fA-F]/g, "");
    this.pos = end + 1;
    let out = "";
    for (let i = 0; i < digits.length; i += 2) out += String.fromCharCode(parseInt((digits[i]! + (digits[i + 1] || "0")), 16));
    return out;
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

export function isDict(v: PdfValue | undefined): v is PdfDict {
  return typeof v === "object" && v !== null && "dict" in v;
}
export function nameOf(v: PdfValue | undefined): string | undefined {
  return typeof v === "object" && v !== null && "name" in v ? v.name : undefined;
}
export function refOf(v: PdfValue | undefined): number | undefined {
  return typeof v === "object" && v !== null && "ref" in v ? v.ref : undefined;
}

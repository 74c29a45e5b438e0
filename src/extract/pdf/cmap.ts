// ToUnicode CMaps (ISO 32000-1 §9.10.3): how a font's character codes map to Unicode text.
// Without them, text in subset and CID fonts is just glyph numbers.
import { Lexer } from "./lexer";

/** A code space range: codes of `bytes` bytes from `lo` to `hi`. */
export interface CodeRange {
  bytes: number;
  lo: number;
  hi: number;
}

export interface CMap {
  /** Code space ranges: how many bytes each code in a string takes (one-byte and mixed code spaces exist). */
  ranges: CodeRange[];
  map: Map<number, string>;
}

export function parseCMap(data: Uint8Array): CMap {
  const map = new Map<number, string>();
  const ranges: CodeRange[] = [];
  const lex = new Lexer(data);
  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    if (typeof t === "object" && t !== null && "op" in t) {
      const op = t.op;
      if (op === "begincodespacerange") {
        for (;;) {
          const lo = lex.next();
          if (!lo || typeof lo !== "object" || !("str" in lo)) break;
          const hi = lex.next();
          if (!hi || typeof hi !== "object" || !("str" in hi)) break;
          const n = lo.str.length;
          if (n >= 1 && n <= 4 && hi.str.length === n) ranges.push({ bytes: n, lo: code(lo.str), hi: code(hi.str) });
        }
      } else if (op === "beginbfchar") {
        for (;;) {
          const src = lex.next();
          if (!src || typeof src !== "object" || !("str" in src)) break;
          const dst = lex.next();
          if (dst && typeof dst === "object" && "str" in dst) map.set(code(src.str), utf16be(dst.str));
        }
      } else if (op === "beginbfrange") {
        for (;;) {
          const lo = lex.next();
          if (!lo || typeof lo !== "object" || !("str" in lo)) break;
          const hi = lex.next();
          if (!hi || typeof hi !== "object" || !("str" in hi)) break;
          const from = code(lo.str);
          const to = Math.min(code(hi.str), from + 65535);
          const dst = lex.assemble(lex.next(), 0);
          if (Array.isArray(dst)) {
            for (let c = from; c <= to && c - from < dst.length; c++) {
              const d = dst[c - from];
              if (d && typeof d === "object" && "str" in d) map.set(c, utf16be(d.str));
            }
          } else if (dst && typeof dst === "object" && "str" in dst) {
            // consecutive codes map to consecutive values: the last code unit is incremented
            const base = utf16be(dst.str);
            const head = base.slice(0, -1);
            const last = base.charCodeAt(base.length - 1);
            for (let c = from; c <= to; c++) map.set(c, head + String.fromCharCode(last + (c - from)));
          }
        }
      }
    }
  }
  return { ranges, map };
}

function code(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 256 + s.charCodeAt(i);
  return n;
}

function utf16be(s: string): string {
  let out = "";
  for (let i = 0; i + 1 < s.length; i += 2) out += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
  if (s.length === 1) out = s;
  return out;
}

/**
 * Splits a string into codes by the code space (ISO 32000-1 §9.7.6.2): at each position the first
 * range of the right length that holds the code decides; with no match, the shortest width is used.
 * Returns how many bytes the code at `i` takes.
 */
export function codeWidth(bytes: string, i: number, ranges: CodeRange[], fallbackWidth: number): number {
  let c = 0;
  for (let n = 1; n <= 4 && i + n <= bytes.length; n++) {
    c = c * 256 + bytes.charCodeAt(i + n - 1);
    if (!ranges.length) {
      if (n === fallbackWidth) return n;
    } else for (let k = 0; k < ranges.length; k++) if (ranges[k]!.bytes === n && c >= ranges[k]!.lo && c <= ranges[k]!.hi) return n;
  }
  const shortest = ranges.length ? Math.min.apply(null, ranges.map((r) => r.bytes)) : fallbackWidth;
  return Math.min(shortest, bytes.length - i);
}

// ToUnicode CMaps (ISO 32000-1 §9.10.3): how a font's character codes map to Unicode text.
// Without them, text in subset and CID fonts is just glyph numbers.
import { Lexer } from "./lexer";

export interface CMap {
  /** Bytes per code (1 or 2; mixed-width code spaces are read at their widest). */
  bytes: number;
  map: Map<number, string>;
}

export function parseCMap(data: string): CMap {
  const map = new Map<number, string>();
  let bytes = 1;
  const lex = new Lexer(data);
  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    if (typeof t === "object" && t !== null && "op" in t) {
      const op = t.op;
      if (op === "begincodespacerange") {
        for (;;) {
          const lo = lex.next();
          if (!lo || typeof lo !== "object" || !("str" in lo)) break;
          lex.next();
          bytes = Math.max(bytes, Math.min(lo.str.length, 4));
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
  return { bytes, map };
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

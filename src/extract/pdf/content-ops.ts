// The content-stream loop's tokenizer: operands are collected onto a reused array and operators
// are recognised by their bytes (packed into a number), so the hot path builds no operator strings
// or token objects. Strings, names, arrays and dictionaries are read by the Lexer as before.
import type { Budget } from "../context";
import { CLASS as CLASS_TABLE } from "./bytes";
import { numberAt as numberAtOf, wordEnd as wordEndOf, type Lexer, type PdfValue, type Token } from "./lexer";

// Local bindings: an imported binding read in a hot loop costs a property getter per access where
// modules are compiled to CommonJS (tsx, Jest, the CLI).
const CLASS = CLASS_TABLE;
const numberAt = numberAtOf;
const wordEnd = wordEndOf;

export type Operand = Token | PdfValue;

/** An operator's code: its (up to three) bytes packed into a number; 0 for longer words. */
export function opCode(word: string): number {
  if (word.length > 3) return 0;
  let k = 0;
  for (let i = word.length - 1; i >= 0; i--) k = k * 256 + (word.charCodeAt(i) & 0xff);
  return k;
}

export const OP = {
  BI: opCode("BI"),
  Do: opCode("Do"),
  Tf: opCode("Tf"),
  BT: opCode("BT"),
  Tm: opCode("Tm"),
  Td: opCode("Td"),
  TD: opCode("TD"),
  Tstar: opCode("T*"),
  Tj: opCode("Tj"),
  quote: opCode("'"),
  dquote: opCode('"'),
  TJ: opCode("TJ"),
};

/** Marks the end of the stream (no operator has this code: bytes are never 0xFFFFFFFF). */
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
    if (len === 4 && c === 116 && b[at + 1] === 114 && b[at + 2] === 117 && b[at + 3] === 101) ops.push(true);
    else if (len === 5 && c === 102 && b[at + 1] === 97 && b[at + 2] === 108 && b[at + 3] === 115 && b[at + 4] === 101) ops.push(false);
    else if (len === 4 && c === 110 && b[at + 1] === 117 && b[at + 2] === 108 && b[at + 3] === 108) ops.push(null);
    else return 0;
  }
}

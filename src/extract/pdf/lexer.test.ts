// The byte lexer reads numbers with its own fast path: it must agree with Number() on every word
// (an exact integer over an exact power of ten rounds as the parser does), and fall back for the rest.
import { Lexer, nextOperator, opCode, type Operand } from "./lexer";
import { Budget } from "../context";

const bytes = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));

function randomWord(r: () => number): string {
  const alphabet = "0123456789.-+eE";
  const plain = r() < 0.7;
  let w = plain ? (r() < 0.3 ? "-" : r() < 0.1 ? "+" : "") : "";
  const n = 1 + Math.floor(r() * (plain ? 20 : 6));
  for (let i = 0; i < n; i++) w += plain ? (r() < 0.1 ? "." : String(Math.floor(r() * 10))) : alphabet[Math.floor(r() * alphabet.length)];
  return w;
}

test("numbers: the same value as Number(), or an operator when Number() says NaN", () => {
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const words = ["0", "-0", ".5", "-.5", "5.", "+5", "1.25", "0.1", "123456789012345", "1234567890123456789", "1e5", "0x1F", "--5", "1.2.3", ".", "-", "+"];
  for (let i = 0; i < 5000; i++) words.push(randomWord(r));
  for (const w of words) {
    const t = new Lexer(bytes(w)).next();
    const n = Number(w);
    if (n === n) expect({ w, t: Object.is(t, n) }).toEqual({ w, t: true });
    else expect({ w, t }).toEqual({ w, t: { op: w } });
  }
});

test("strings, names and escapes", () => {
  const lex = new Lexer(bytes("(a\\(b\\)\\101\\7\\\\\\n\\\r\nc (nested)) <48 65 6c6C 6> /A#20B /C#zz"));
  expect(lex.next()).toEqual({ str: "a(b)A\x07\\\nc (nested)" });
  expect(lex.next()).toEqual({ str: "Hell`" });
  expect(lex.next()).toEqual({ name: "A B" });
  expect(lex.next()).toEqual({ name: "C#zz" });
  expect(lex.next()).toBeUndefined();
});

test("content streams: operands collected, operators returned as codes", () => {
  const lex = new Lexer(bytes("BT /F1 12 Tf [(a) -250 <62>] TJ true null false Do ET"));
  const ops: Operand[] = [];
  const budget = new Budget();
  const seen: [number, Operand[]][] = [];
  for (let op = nextOperator(lex, ops, budget); op >= 0; op = nextOperator(lex, ops, budget)) seen.push([op, ops.splice(0)]);
  expect(seen).toEqual([
    [opCode("BT"), []],
    [opCode("Tf"), [{ name: "F1" }, 12]],
    [opCode("TJ"), [[{ str: "a" }, -250, { str: "b" }]]],
    [opCode("Do"), [true, null, false]],
    [opCode("ET"), []],
  ]);
});

import { ignorableLengthAt, ignorableLengthBefore, isIgnorableCodePoint, isIgnorableUnit } from "./char-classes";
import { mayBeIgnorable } from "./candidates";

describe("the default-ignorable table", () => {
  it("agrees with Unicode's Default_Ignorable_Code_Point on every code point", () => {
    const reference = /^\p{Default_Ignorable_Code_Point}$/u;
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = reference.test(ch);
      if (isIgnorableCodePoint(cp) !== expected) disagree.push(cp.toString(16));
      if (cp <= 0xffff && isIgnorableUnit(cp) !== expected) disagree.push("unit " + cp.toString(16));
      if (expected && ignorableLengthAt("a" + ch + "b", 1) !== ch.length) disagree.push("at " + cp.toString(16));
      if (expected && ignorableLengthBefore("a" + ch + "b", 1 + ch.length) !== ch.length) disagree.push("before " + cp.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it("holds the bidi controls an attacker would use", () => {
    for (const cp of [0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(isIgnorableCodePoint(cp)).toBe(true);
    }
  });

  it("does not read half a surrogate pair or a digit as ignorable", () => {
    expect(ignorableLengthAt("\udb40", 0)).toBe(0);
    expect(ignorableLengthAt("\udc01", 0)).toBe(0);
    expect(ignorableLengthBefore("\udc01", 1)).toBe(0);
    expect(ignorableLengthAt("7", 0)).toBe(0);
    expect(ignorableLengthAt("", 0)).toBe(0);
  });
});

describe("the scanner's own ignorable test", () => {
  it("is true for every BMP ignorable and every surrogate, false for everything else", () => {
    const wrong: string[] = [];
    for (let code = 0xad; code <= 0xffff; code++) {
      const expected = (code >= 0xd800 && code <= 0xdfff) || isIgnorableUnit(code);
      if (mayBeIgnorable(code) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

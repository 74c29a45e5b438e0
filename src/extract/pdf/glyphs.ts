// Glyph names to Unicode by the Adobe Glyph List rules and data (its Latin part: see
// scripts/generate-glyph-list.ts) (AGL specification, "Mapping a glyph name
// to a Unicode string"): drop any suffix after a period, split ligature names at underscores, then
// per component the list itself, "uniXXXX…" (groups of four hex digits) and "uXXXX[XX]".
// Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) come out as their letters: a reader sees words, not ligatures.
import { GLYPH_CODES, GLYPH_FRAGMENTS, GLYPH_LIST } from "./glyph-list";

let table: Map<string, number> | undefined;

function list(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const fragments = GLYPH_FRAGMENTS.split(" ");
  const expand = new RegExp("[" + GLYPH_CODES.replace(/[\]\\^-]/g, "\\$&") + "]", "g");
  let cp = 0;
  for (const entry of GLYPH_LIST.split(" ")) {
    const bar = entry.indexOf("|");
    cp += bar < 0 ? 1 : parseInt(entry.slice(bar + 1), 36);
    const name = (bar < 0 ? entry : entry.slice(0, bar)).replace(expand, (c) => fragments[GLYPH_CODES.indexOf(c)]!);
    table.set(name, cp);
  }
  return table;
}

const LIGATURES: Record<number, string> = { 0xfb00: "ff", 0xfb01: "fi", 0xfb02: "fl", 0xfb03: "ffi", 0xfb04: "ffl", 0xfb05: "st", 0xfb06: "st" };

/** The text a glyph name stands for, or undefined when the name means nothing by the rules. */
export function glyphToUnicode(name: string): string | undefined {
  const dot = name.indexOf(".");
  const base = dot < 0 ? name : name.slice(0, dot);
  if (base === "") return undefined;
  let out = "";
  for (const part of base.split("_")) {
    const t = component(part);
    if (t === undefined) return undefined;
    out += t;
  }
  return out;
}

function component(name: string): string | undefined {
  const cp = list().get(name);
  if (cp !== undefined) return LIGATURES[cp] || String.fromCodePoint(cp);
  // Adobe's private-use forms: old-style figures and small capitals ("sevenoldstyle", "Asmall")
  // are the digits and letters a reader sees; a CPR number set in old-style figures is digits.
  const forms = /^(.+?)(oldstyle|small)$/.exec(name);
  if (forms) return component(forms[1]!);
  let m = /^uni((?:[0-9A-Fa-f]{4})+)$/.exec(name);
  if (m) {
    let s = "";
    for (let i = 0; i < m[1]!.length; i += 4) {
      const c = parseInt(m[1]!.slice(i, i + 4), 16);
      if (c >= 0xd800 && c <= 0xdfff) return undefined;
      s += String.fromCharCode(c);
    }
    return s;
  }
  m = /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (m) {
    const c = parseInt(m[1]!, 16);
    return c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) ? String.fromCodePoint(c) : undefined;
  }
  // Not in the list, but used by writers that never read it: a single character names itself.
  return name.length === 1 ? name : undefined;
}

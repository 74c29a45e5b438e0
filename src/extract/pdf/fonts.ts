// Turning the bytes of a text-showing operator into text, per font: the ToUnicode CMap when the
// font has one, else the simple font's encoding (Windows ANSI plus /Differences glyph names).
// CID fonts without ToUnicode carry glyph numbers only; they are counted as unreadable.
import { cp1252Char } from "../decode";
import { parseCMap, type CMap } from "./cmap";
import { isDict, nameOf, type PdfDict } from "./lexer";
import type { PdfFile } from "./objects";

export interface FontDecoder {
  /** Text for the string's bytes, or null when this font's codes cannot be turned into text. */
  decode(bytes: string): string | null;
}

const GLYPHS: Record<string, string> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  space: " ", nbspace: " ", hyphen: "-", minus: "-", endash: "–", emdash: "—", period: ".", comma: ",", colon: ":",
  semicolon: ";", slash: "/", parenleft: "(", parenright: ")", underscore: "_", at: "@", numbersign: "#", percent: "%",
  ampersand: "&", plus: "+", equal: "=", quotesingle: "'", quotedbl: '"', quoteright: "’", quoteleft: "‘",
  ae: "æ", AE: "Æ", oslash: "ø", Oslash: "Ø", aring: "å", Aring: "Å", adieresis: "ä", odieresis: "ö", udieresis: "ü",
  Adieresis: "Ä", Odieresis: "Ö", Udieresis: "Ü", eacute: "é", Eacute: "É", section: "§", bullet: "•",
};

function glyphText(name: string): string | undefined {
  if (name.length === 1) return name;
  const g = GLYPHS[name];
  if (g !== undefined) return g;
  const m = /^uni([0-9A-Fa-f]{4})$/.exec(name) || /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (m) return String.fromCodePoint(parseInt(m[1]!, 16));
  return undefined;
}

/**
 * Without a Unicode map, codes are read as Windows ANSI. A subset font that numbers its glyphs
 * 1, 2, 3 … (older LibreOffice, some report generators) then shows up as control characters: such
 * text is unreadable, not empty, and is reported so.
 */
const WIN_ANSI: FontDecoder = {
  decode(bytes) {
    let out = "";
    let control = 0;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes.charCodeAt(i);
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) control++;
      out += cp1252Char(c);
    }
    return control * 4 > bytes.length ? null : out;
  },
};

export function fontDecoder(file: PdfFile, font: PdfDict | undefined): FontDecoder {
  if (!font) return WIN_ANSI;
  const cmap = toUnicode(file, font);
  const type0 = nameOf(font.dict.get("Subtype")) === "Type0";
  // Simple fonts always use one-byte codes, whatever code space their map declares.
  if (cmap) return cmapDecoder(cmap, type0 ? 2 : 1);
  if (type0) return { decode: () => null };
  const enc = file.get(font.dict.get("Encoding"));
  const diffs = new Map<number, string>();
  if (isDict(enc)) {
    const d = file.get(enc.dict.get("Differences"));
    if (Array.isArray(d)) {
      let code = 0;
      for (const item of d) {
        if (typeof item === "number") code = item;
        else {
          const name = nameOf(item);
          if (name !== undefined) {
            const t = glyphText(name);
            if (t !== undefined) diffs.set(code, t);
            code++;
          }
        }
      }
    }
  }
  if (!diffs.size) return WIN_ANSI;
  return {
    decode(bytes) {
      let out = "";
      for (let i = 0; i < bytes.length; i++) {
        const c = bytes.charCodeAt(i);
        const t = diffs.get(c);
        out += t !== undefined ? t : cp1252Char(c);
      }
      return out;
    },
  };
}

function toUnicode(file: PdfFile, font: PdfDict): CMap | undefined {
  const o = file.object(font.dict.get("ToUnicode"));
  if (!o) return undefined;
  const data = file.streamData(o);
  if (data === undefined) return undefined;
  const cmap = parseCMap(data);
  return cmap.map.size ? cmap : undefined;
}

function cmapDecoder(cmap: CMap, width: number): FontDecoder {
  return {
    decode(bytes) {
      let out = "";
      let missing = 0;
      for (let i = 0; i + width <= bytes.length; i += width) {
        let c = 0;
        for (let k = 0; k < width; k++) c = c * 256 + bytes.charCodeAt(i + k);
        const t = cmap.map.get(c);
        if (t !== undefined) out += t;
        else (missing++, (out += "\ufffd"));
      }
      // Codes missing from the map are marked; the page reader decides whether too many are.
      return missing > 0 && missing * 2 >= bytes.length / width ? null : out;
    },
  };
}

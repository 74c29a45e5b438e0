// Turning the bytes of a text-showing operator into text, per font: the ToUnicode CMap when the
// font has one (codes it leaves out fall back to the encoding's glyph names), else the simple font's
// encoding (Windows ANSI plus /Differences glyph names, by the Adobe Glyph List).
// CID fonts without ToUnicode carry glyph numbers only; they are counted as unreadable.
import { cp1252Char } from "../decode";
import { codeWidth, parseCMap, type CMap, type CodeRange } from "./cmap";
import { glyphToUnicode } from "./glyphs";
import { isDict, nameOf, type PdfDict } from "./lexer";
import type { PdfFile } from "./objects";

export interface FontDecoder {
  /** Text for the string's bytes, or null when this font's codes cannot be turned into text. */
  decode(bytes: string): string | null;
}

/** Windows ANSI as PDF defines it (ISO 32000-1 Annex D): like Windows-1252, but 0xAD is the visible hyphen. */
function winAnsiChar(c: number): string {
  return c === 0xad ? "-" : cp1252Char(c);
}

/**
 * Without a Unicode map, codes are read as Windows ANSI. A subset font that numbers its glyphs
 * 1, 2, 3 … (older LibreOffice, some report generators) then shows up as control characters: such
 * text is unreadable, not empty, and is reported so.
 */
const WIN_ANSI: FontDecoder = {
  decode(bytes) {
    let control = 0;
    let plain = true;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes.charCodeAt(i);
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) control++;
      // Most text is ASCII or Latin-1 letters, where Windows ANSI is the byte itself.
      if ((c >= 0x80 && c < 0xa0) || c === 0xad) plain = false;
    }
    if (control * 4 > bytes.length) return null;
    if (plain) return bytes;
    let out = "";
    for (let i = 0; i < bytes.length; i++) out += winAnsiChar(bytes.charCodeAt(i));
    return out;
  },
};

export function fontDecoder(file: PdfFile, font: PdfDict | undefined): FontDecoder {
  if (!font) return WIN_ANSI;
  const cmap = toUnicode(file, font);
  if (nameOf(font.dict.get("Subtype")) === "Type0") return type0Decoder(file, font, cmap);
  const enc = simpleEncoding(file, font);
  // Simple fonts always use one-byte codes, whatever code space their map declares. Codes the
  // ToUnicode map leaves out fall back to the glyph names of the font's encoding.
  if (cmap) return mappedDecoder(cmap.map, [], 1, enc.declared ? (c) => enc.text[c] : (c) => enc.differences.get(c));
  if (!enc.differences.size) return WIN_ANSI;
  return {
    decode(bytes) {
      let out = "";
      for (let i = 0; i < bytes.length; i++) {
        const t = enc.text[bytes.charCodeAt(i)];
        out += t !== undefined ? t : "\ufffd";
      }
      return out;
    },
  };
}

interface SimpleEncoding {
  /** Code → text: the base encoding (Windows ANSI) with the Differences applied. */
  text: (string | undefined)[];
  /** Codes the font names a glyph for in /Differences (mapped by the Adobe Glyph List rules). */
  differences: Map<number, string>;
  /** The font names an encoding of its own (a standard one, or a dictionary with Differences). */
  declared: boolean;
}

function simpleEncoding(file: PdfFile, font: PdfDict): SimpleEncoding {
  const enc = file.get(font.dict.get("Encoding"));
  const differences = new Map<number, string>();
  const d = isDict(enc) ? file.get(enc.dict.get("Differences")) : undefined;
  if (Array.isArray(d)) {
    let code = 0;
    for (const item of d) {
      if (typeof item === "number") code = item;
      else {
        const name = nameOf(item);
        if (name === undefined) continue;
        const t = glyphToUnicode(name);
        if (t !== undefined && code >= 0 && code < 256) differences.set(code, t);
        code++;
      }
    }
  }
  const text: (string | undefined)[] = [];
  for (let c = 0; c < 256; c++) text.push(differences.has(c) ? differences.get(c) : c < 0x20 ? undefined : winAnsiChar(c));
  return { text, differences, declared: enc !== undefined };
}

/** Type0 (CID) fonts: codes split by the encoding CMap's code space, mapped through ToUnicode. */
function type0Decoder(file: PdfFile, font: PdfDict, cmap: CMap | undefined): FontDecoder {
  const encRef = font.dict.get("Encoding");
  const encName = nameOf(file.get(encRef)) || "";
  const encObj = file.object(encRef);
  const encData = encObj && encObj.stream ? file.streamData(encObj) : undefined;
  // An embedded encoding CMap declares the code space; Identity-H/V is two bytes; otherwise the ToUnicode map's.
  const ranges = encData !== undefined ? parseCMap(encData).ranges : /^Identity-[HV]$/.test(encName) ? [] : cmap ? cmap.ranges : [];
  if (cmap) return mappedDecoder(cmap.map, ranges, 2);
  // Predefined Unicode CMaps (UniJIS-UCS2-H, UniGB-UTF16-H, …): the codes are UTF-16 themselves.
  if (/^Uni.*-(UCS2|UTF16)-[HV]$/.test(encName)) return { decode: (bytes) => utf16Text(bytes) };
  return { decode: () => null };
}

function utf16Text(bytes: string): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return out;
}

function toUnicode(file: PdfFile, font: PdfDict): CMap | undefined {
  const o = file.object(font.dict.get("ToUnicode"));
  if (!o) return undefined;
  const data = file.streamData(o);
  if (data === undefined) return undefined;
  const cmap = parseCMap(data);
  return cmap.map.size ? cmap : undefined;
}

function mappedDecoder(map: Map<number, string>, ranges: CodeRange[], width: number, fallback?: (code: number) => string | undefined): FontDecoder {
  return {
    decode(bytes) {
      let out = "";
      let missing = 0;
      let count = 0;
      for (let i = 0; i < bytes.length; count++) {
        const w = codeWidth(bytes, i, ranges, width);
        let c = 0;
        for (let k = 0; k < w; k++) c = c * 256 + bytes.charCodeAt(i + k);
        i += w;
        let t = map.get(c);
        if (t === undefined && fallback) t = fallback(c);
        if (t !== undefined) out += t;
        else (missing++, (out += "\ufffd"));
      }
      // Codes missing from the map are marked; the page reader decides whether too many are.
      return missing > 0 && missing * 2 >= count ? null : out;
    },
  };
}

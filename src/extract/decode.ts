// Bytes to text without TextDecoder (absent in classic Outlook's JavaScript-only runtime).
// Covers what attachments and mails actually use: UTF-8, UTF-16 with or without BOM,
// Windows-1252 (which is what "iso-8859-1" means in practice), ISO-8859-15.
import { encodeUtf8 } from "../bytes/utf8";
import { isValidUtf8, TextSink } from "./text-sink";

/** Windows-1252's 0x80–0x9F; the rest of the byte range maps to the same code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function cp1252Char(b: number): string {
  return String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
}

export function decodeCp1252(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const u = new TextSink();
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    u.pushCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  }
  return u.take();
}

const ISO_8859_15: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x160, 0xa8: 0x161, 0xb4: 0x17d, 0xb8: 0x17e, 0xbc: 0x152, 0xbd: 0x153, 0xbe: 0x178 };

export function decodeIso885915(bytes: Uint8Array): string {
  const u = new TextSink();
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const m = ISO_8859_15[b];
    u.pushCode(m !== undefined ? m : b);
  }
  return u.take();
}

/**
 * UTF-8. With `fatal`, returns null at the first malformed sequence (used to sniff the encoding);
 * otherwise malformed bytes become U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, fatal: true, start?: number, end?: number): string | null;
export function decodeUtf8(bytes: Uint8Array, fatal?: false, start?: number, end?: number): string;
export function decodeUtf8(bytes: Uint8Array, fatal = false, start = 0, end = bytes.length): string | null {
  if (fatal && !isValidUtf8(bytes, start, end)) return null;
  // the same loop that decodes Office XML text, without entities
  utf8.appendXml(bytes, start, end, true);
  return utf8.take();
}

const utf8 = new TextSink();

export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0, stop = bytes.length): string {
  const u = new TextSink();
  const end = stop - ((stop - start) & 1);
  for (let i = start; i < end; i += 2) u.pushCode(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  return u.take();
}

// The core's one UTF-8 encoder (a lone surrogate becomes U+FFFD, as TextEncoder does).
export { encodeUtf8 };

/** Strings whose characters are all below 256 are taken as bytes; anything else is UTF-8 encoded. */
export function stringToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return encodeUtf8(s);
    out[i] = c;
  }
  return out;
}

/** Text of unknown encoding: BOM, then valid UTF-8, then BOM-less UTF-16, then Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, false, 3);
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, true, 2);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, false, 2);
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16);
  const utf8 = decodeUtf8(bytes, true);
  return utf8 !== null ? utf8 : decodeCp1252(bytes);
}

/** BOM-less UTF-16 (Notepad's "Unicode" without BOM, some exports): Latin text has a zero in every other byte. */
export function sniffUtf16(bytes: Uint8Array): boolean | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return true;
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return false;
  return null;
}

/** Decodes with a MIME/HTML charset label; unknown labels fall back to sniffing. */
export function decodeCharset(bytes: Uint8Array, label: string | undefined): string {
  const cs = (label || "").trim().toLowerCase().replace(/^["']|["']$/g, "");
  switch (cs) {
    case "utf-8":
    case "utf8": {
      // Windows-1252 labelled as UTF-8 is common in mail; reading it as 1252 keeps the names legible.
      const s = decodeUtf8(bytes, true);
      return s !== null ? s : decodeCp1252(bytes);
    }
    case "us-ascii":
    case "ascii":
    case "iso-8859-1":
    case "iso8859-1":
    case "latin1":
    case "latin-1":
    case "windows-1252":
    case "cp1252":
      return decodeCp1252(bytes);
    case "iso-8859-15":
    case "iso8859-15":
    case "latin-9":
      return decodeIso885915(bytes);
    case "utf-16le":
      return decodeUtf16(bytes, true, bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0);
    case "utf-16be":
      return decodeUtf16(bytes, false, bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0);
    case "utf-16":
      if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false, 2);
      return decodeUtf16(bytes, true, bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0);
    default:
      return decodeText(bytes);
  }
}

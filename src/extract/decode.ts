// Bytes to text without TextDecoder (absent in classic Outlook's JavaScript-only runtime).
// Covers what attachments and mails actually use: UTF-8, UTF-16 with or without BOM,
// Windows-1252 (which is what "iso-8859-1" means in practice), ISO-8859-15.
import { encodeUtf8 } from "../bytes/utf8";

/** Windows-1252's 0x80–0x9F; the rest of the byte range maps to the same code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 8192;

/** Collects UTF-16 code units and turns them into a string in chunks (fromCharCode.apply has an argument limit). */
class Units {
  private buf = new Uint16Array(CHUNK);
  private n = 0;
  private parts: string[] = [];
  push(u: number): void {
    if (this.n === CHUNK) this.flush();
    this.buf[this.n++] = u;
  }
  private flush(): void {
    if (this.n === 0) return;
    this.parts.push(String.fromCharCode.apply(null, this.buf.subarray(0, this.n) as unknown as number[]));
    this.n = 0;
  }
  done(): string {
    this.flush();
    if (this.parts.length === 0) return "";
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
  }
}

export function cp1252Char(b: number): string {
  return String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
}

export function decodeCp1252(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const u = new Units();
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    u.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  }
  return u.done();
}

const ISO_8859_15: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x160, 0xa8: 0x161, 0xb4: 0x17d, 0xb8: 0x17e, 0xbc: 0x152, 0xbd: 0x153, 0xbe: 0x178 };

export function decodeIso885915(bytes: Uint8Array): string {
  const u = new Units();
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const m = ISO_8859_15[b];
    u.push(m !== undefined ? m : b);
  }
  return u.done();
}

/**
 * UTF-8. With `fatal`, returns null at the first malformed sequence (used to sniff the encoding);
 * otherwise malformed bytes become U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, fatal: true, start?: number, end?: number): string | null;
export function decodeUtf8(bytes: Uint8Array, fatal?: false, start?: number, end?: number): string;
export function decodeUtf8(bytes: Uint8Array, fatal = false, start = 0, end = bytes.length): string | null {
  // The hot loop of every Office part: a local buffer, no calls per character.
  const buf = new Uint16Array(CHUNK + 2);
  const parts: string[] = [];
  let n = 0;
  let i = start;
  while (i < end) {
    if (n >= CHUNK) {
      parts.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
      n = 0;
    }
    const b = bytes[i]!;
    if (b < 0x80) {
      // ASCII runs (all markup, most text): long ones go to fromCharCode without a copy.
      let j = i + 1;
      const limit = Math.min(end, i + CHUNK - n);
      while (j < limit && bytes[j]! < 0x80) j++;
      if (n === 0 && j - i >= 512) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, j) as unknown as number[]));
      else for (let k = i; k < j; k++) buf[n++] = bytes[k]!;
      i = j;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (cp = b & 0x1f), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (cp = b & 0x0f), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (cp = b & 0x07), (min = 0x10000);
    let ok = need > 0 && i + need < end;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k]!;
        if ((c & 0xc0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (!ok) {
      if (fatal) return null;
      buf[n++] = 0xfffd;
      i++;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      buf[n++] = 0xd800 + (cp >> 10);
      buf[n++] = 0xdc00 + (cp & 0x3ff);
    } else buf[n++] = cp;
    i += need + 1;
  }
  if (n > 0 || parts.length === 0) parts.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
  return parts.length === 1 ? parts[0]! : parts.join("");
}

export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0, stop = bytes.length): string {
  const u = new Units();
  const end = stop - ((stop - start) & 1);
  for (let i = start; i < end; i += 2) u.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  return u.done();
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

// Declared character sets, decoded without TextDecoder (classic Outlook's runtime has none):
// a mail part's charset, an HTML page's <meta charset>, an RTF font's code page. The single-byte
// code pages Danish case files meet most come from generated tables (code-pages.ts). Other
// single-byte charsets, and East Asian multi-byte encodings (Shift_JIS, EUC-JP, ISO-2022-JP,
// GBK/GB18030, Big5, EUC-KR: tables of tens of thousands of characters), do not fit the send
// handler's size guard: their ASCII (digits, Latin letters) is read, every other character becomes
// U+FFFD, and the result is marked partial, so the file is reported as not fully read rather than
// silently mis-decoded. A CPR number's digits are found either way; names are not guessed.
import { CODE_PAGES, CODE_PAGE_LABELS } from "./code-pages";
import { decodeCharset, decodeText } from "./decode";

export interface Decoded {
  text: string;
  /** Only the ASCII characters could be decoded (an East Asian encoding). */
  partial?: boolean;
}

const EAST_ASIAN =
  /^(shift[_-]?jis|sjis|ms_kanji|x-sjis|windows-31j|cp932|csshiftjis|euc-jp|x-euc-jp|iso-2022-jp|csiso2022jp|gb2312|gbk|gb18030|cp936|x-gbk|euc-cn|csgb2312|chinese|hz-gb-2312|big5|big5-hkscs|cp950|x-x-big5|csbig5|euc-kr|ks_c_5601-1987|cp949|windows-949|korean|csksc56011987|iso-2022-kr|932|936|949|950)$/;

const OTHER_SINGLE_BYTE = /^(windows-125[3568]|cp125[3568]|windows-874|tis-620|iso-?8859-(3|4|5|6|7|8|10|11|13|14|16)|koi8-?[ru]?|ibm866|cp866|cp437|cp850|macintosh|x-mac-\w+)$/;

function normalize(label: string | undefined): string {
  // spellings mail programs use: iso8859-2, iso_8859-2:1987, x-cp1250
  return (label || "")
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "")
    .replace(/^iso[-_]?8859[-_]?(\d+).*$/, "iso-8859-$1")
    .replace(/^(x-)?cp-?(125\d)$/, "windows-$2");
}

/** Bytes in the declared charset; an absent or unknown label falls back to sniffing. */
export function decodeDeclared(bytes: Uint8Array, label: string | undefined): Decoded {
  const cs = normalize(label);
  const table = codePage(cs);
  if (table) return { text: decodeSingleByte(bytes, table) };
  if (EAST_ASIAN.test(cs)) return { text: decodeAsciiOnly(bytes, cs), partial: true };
  // Single-byte charsets without a table here (Greek, Hebrew, Arabic, KOI8 …): ASCII is ASCII in
  // all of them, the rest would be guessed, so it is reported instead.
  if (OTHER_SINGLE_BYTE.test(cs)) return { text: decodeAsciiOnly(bytes, ""), partial: true };
  return { text: cs ? decodeCharset(bytes, cs) : decodeText(bytes) };
}

const expanded = new Map<string, string>();

/** The upper half (0x80–0xFF) of the single-byte code page a label or code page number names. */
export function codePage(label: string): string | undefined {
  const page = CODE_PAGE_LABELS[label];
  if (!page) return undefined;
  let table = expanded.get(page);
  if (table === undefined) {
    table = "";
    for (const run of CODE_PAGES[page]!.split(",")) {
      const [start, count] = run.split("+");
      const cp = parseInt(start!, 36);
      for (let k = 0; k < (count ? parseInt(count, 36) : 1); k++) table += String.fromCharCode(cp + k);
    }
    expanded.set(page, table);
  }
  return table;
}

/** A single-byte code page: ASCII below 0x80, the table above. */
export function decodeSingleByte(bytes: Uint8Array, upper: string, start = 0, end = bytes.length): string {
  const parts: string[] = [];
  let run = start;
  let s = "";
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (i > run) s += asciiRun(bytes, run, i);
    s += upper.charAt(b - 0x80);
    run = i + 1;
    if (s.length > 8192) (parts.push(s), (s = ""));
  }
  if (end > run) s += asciiRun(bytes, run, end);
  parts.push(s);
  return parts.join("");
}

function asciiRun(bytes: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * ASCII of a multi-byte East Asian text; each other character becomes one U+FFFD. Lead bytes take
 * their trail byte with them (Shift_JIS, GBK and Big5 trail bytes can look like ASCII letters, and
 * GB18030's four-byte forms carry ASCII digits), and ISO-2022's escape-switched two-byte runs are
 * skipped, so no digit is made up from half a character.
 */
export function decodeAsciiOnly(bytes: Uint8Array, cs: string): string {
  const out: string[] = [];
  const iso2022 = cs.indexOf("iso-2022") === 0 || cs === "csiso2022jp";
  // "" for a single-byte charset: every byte is a character of its own
  const multiByte = cs !== "";
  let twoByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (iso2022 && b === 0x1b) {
      // ESC $ … → two-byte set; ESC ( … → one-byte set
      twoByte = bytes[i + 1] === 0x24;
      i += bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x28 || bytes[i + 2] === 0x29) ? 3 : 2;
      continue;
    }
    if (iso2022 && twoByte && b > 0x20 && b < 0x7f) {
      out.push("\ufffd");
      i++;
      continue;
    }
    if (b < 0x80) {
      out.push(String.fromCharCode(b));
      continue;
    }
    out.push("\ufffd");
    const next = bytes[i + 1];
    if (next === undefined || !multiByte) continue;
    if (cs === "gb18030" && next >= 0x30 && next <= 0x39) i += 3;
    else if (next >= 0x40) i++;
  }
  return out.join("");
}

/** The charset an HTML document declares in its first bytes (<meta charset>, or http-equiv Content-Type). */
export function htmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = asciiRun(bytes, 0, Math.min(bytes.length, 4096)).toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/.exec(head);
  return m ? m[1] : undefined;
}

/** An HTML document's text in its declared charset (a BOM wins, as in browsers). */
export function decodeHtml(bytes: Uint8Array, declared?: string): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return { text: decodeText(bytes) };
  return decodeDeclared(bytes, declared || htmlDeclaredCharset(bytes));
}

// RTF: the text of the document with control words removed. Destinations that are not document
// text (font and colour tables, pictures, embedded objects, field instructions) are skipped. The
// document's properties (\info, user properties), comments, footnotes, headers and footers are
// read after the body, each on its own lines: in line they would join the digits around them, and
// a comment anchored inside a number would cut it in two. A tokenizer splits the bytes; an interpreter keeps the group state and decodes bytes in
// the code page in force: the document's \ansicpg, or the current font's \fcharset / \cpg.
import { codePage, decodeAsciiOnly, decodeSingleByte } from "./charsets";
import type { Budget } from "./context";
import { decodeCp1252 } from "./decode";

const SKIP = new Set([
  "fonttbl", "colortbl", "stylesheet", "pict", "object", "objdata", "fldinst", "themedata",
  "datastore", "latentstyles", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator",
  "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "shppict", "nonshppict", "blipuid",
]);

/** Groups read apart from the body, on their own lines: properties, comments, notes, headers and footers. */
const OWN_LINES = new Set([
  "title", "subject", "author", "manager", "company", "operator", "category", "keywords", "comment", "doccomm",
  "hlinkbase", "propname", "staticval", "annotation", "footnote", "header", "headerl", "headerr", "headerf",
  "footer", "footerl", "footerr", "footerf",
]);

/** {\* …} destinations that are text a reader can see (the rest are skipped): user properties, comments. */
const STARRED_TEXT = new Set(["userprops", "annotation"]);

const BREAKS: Record<string, string> = { par: "\n", line: "\n", sect: "\n", page: "\n", row: "\n", nestrow: "\n", tab: "\t", cell: "\t", nestcell: "\t", emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”", emspace: " ", enspace: " ", qmspace: " " };

/** \fcharset → Windows code page (the RTF specification's table). */
const CHARSET_CODE_PAGE: Record<number, number> = {
  0: 1252, 77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};

/** Code pages whose characters take two bytes: only their ASCII is read. */
const DOUBLE_BYTE = new Set([932, 936, 949, 950, 1361]);

export function isRtf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74 && bytes[4] === 0x66; // {\rtf
}

export interface RtfText {
  text: string;
  /** Text in a code page without a table here (Japanese, Chinese, Korean, Greek …) was met: only its ASCII was read. */
  partial: boolean;
}

export function readRtf(bytes: Uint8Array, budget: Budget): RtfText {
  const tokens = new RtfTokenizer(bytes);
  const doc = new RtfInterpreter(bytes);
  for (let t = tokens.next(); t !== END; t = tokens.next()) {
    budget.tick();
    doc.take(t, tokens);
  }
  const aside = doc.aside.join("");
  return { text: doc.body.join("") + (aside ? "\n" + aside : ""), partial: doc.partial };
}

// ---- tokenizer ----

const END = 0;
const TEXT = 1; // bytes [start, end) of plain text
const OPEN = 2;
const CLOSE = 3;
const WORD = 4; // word, param (NaN when absent)
const HEX = 5; // \'hh: byte
const SYMBOL = 6; // \x: symbol
type Kind = typeof END | typeof TEXT | typeof OPEN | typeof CLOSE | typeof WORD | typeof HEX | typeof SYMBOL;

/** Splits RTF into tokens; the current token's data is in its fields (no object per token). */
class RtfTokenizer {
  start = 0;
  end = 0;
  word = "";
  param = NaN;
  byte = 0;
  symbol = 0;
  private i = 0;

  constructor(private readonly bytes: Uint8Array) {}

  next(): Kind {
    const b = this.bytes;
    const n = b.length;
    while (this.i < n && (b[this.i] === 0x0d || b[this.i] === 0x0a)) this.i++;
    if (this.i >= n) return END;
    const c = b[this.i]!;
    if (c === 0x7b || c === 0x7d) return this.i++, c === 0x7b ? OPEN : CLOSE;
    if (c !== 0x5c) {
      this.start = this.i;
      while (this.i < n && !isSpecial(b[this.i]!)) this.i++;
      this.end = this.i;
      return TEXT;
    }
    const d = b[this.i + 1];
    if (d === undefined) return (this.i = n), END;
    if (isAlpha(d)) return this.controlWord();
    if (d === 0x27) {
      this.byte = parseInt(String.fromCharCode(b[this.i + 2] || 0, b[this.i + 3] || 0), 16);
      this.i += 4;
      return HEX;
    }
    this.symbol = d;
    this.i += 2;
    return SYMBOL;
  }

  private controlWord(): Kind {
    const b = this.bytes;
    const n = b.length;
    let j = this.i + 1;
    while (j < n && isAlpha(b[j]!)) j++;
    this.word = String.fromCharCode.apply(null, b.subarray(this.i + 1, j) as unknown as number[]);
    let k = j;
    if (b[k] === 0x2d) k++;
    while (k < n && b[k]! >= 0x30 && b[k]! <= 0x39) k++;
    this.param = k > j ? parseInt(String.fromCharCode.apply(null, b.subarray(j, k) as unknown as number[]), 10) : NaN;
    if (b[k] === 0x20) k++; // the delimiting space belongs to the control word
    this.i = k;
    // \binN: N bytes of binary data follow
    if (this.word === "bin" && this.param > 0) this.i = Math.min(n, this.i + this.param);
    return WORD;
  }
}

function isSpecial(c: number): boolean {
  return c === 0x5c || c === 0x7b || c === 0x7d || c === 0x0d || c === 0x0a;
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

// ---- interpreter ----

interface GroupState {
  skip: boolean;
  uc: number;
  font: number;
  fontTable: boolean;
  /** Opened with \*: skipped unless its destination is one of STARRED_TEXT. */
  starred?: boolean;
  /** Its text stands on its own lines (OWN_LINES). */
  ownLines?: boolean;
  /** Where its text goes: the body, or the text read after it (OWN_LINES). */
  sink: string[];
}

class RtfInterpreter {
  readonly body: string[] = [];
  readonly aside: string[] = [];
  partial = false;
  private stack: GroupState[] = [];
  private g: GroupState = { skip: false, uc: 1, font: -1, fontTable: false, sink: this.body };
  private ansiCodePage = 1252;
  private defaultFont = -1;
  /** Font number → code page, from the font table. */
  private fontPages = new Map<number, number>();
  private definingFont = -1;
  /** Fallback characters still to skip after a \uN. */
  private pendingFallback = 0;
  private pendingHigh = 0;
  /** Lead byte of a double-byte character waiting for its trail byte. */
  private lead = false;
  private afterOpen = false;

  constructor(private readonly bytes: Uint8Array) {}

  take(t: Kind, tok: RtfTokenizer): void {
    const afterOpen = this.afterOpen;
    this.afterOpen = false;
    if (t === OPEN) {
      this.stack.push(this.g);
      this.g = { skip: this.g.skip, uc: this.g.uc, font: this.g.font, fontTable: this.g.fontTable, sink: this.g.sink };
      this.afterOpen = true;
    } else if (t === CLOSE) {
      if (this.g.ownLines && !this.g.skip) this.g.sink.push("\n");
      this.g = this.stack.pop() || this.g;
      this.pendingFallback = 0;
      this.lead = false;
    } else if (t === TEXT) this.text(tok.start, tok.end);
    else if (t === WORD) {
      if (afterOpen) this.destination(tok.word);
      this.controlWord(tok.word, tok.param);
    }
    else if (t === HEX) this.hexByte(tok.byte);
    else if (t === SYMBOL) this.controlSymbol(tok.symbol, afterOpen);
  }

  private codePage(): number {
    const font = this.g.font >= 0 ? this.g.font : this.defaultFont;
    const p = this.fontPages.get(font);
    return p !== undefined ? p : this.ansiCodePage;
  }

  private decode(bytes: Uint8Array, start: number, end: number): string {
    const page = this.codePage();
    if (page === 1252) return decodeCp1252(bytes, start, end);
    const table = codePage(String(page));
    if (table) return decodeSingleByte(bytes, table, start, end);
    // A code page without a table here: its ASCII is read, the rest reported rather than guessed.
    for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) this.partial = true;
    return decodeAsciiOnly(bytes.subarray(start, end), DOUBLE_BYTE.has(page) ? "gbk" : "");
  }

  private text(start: number, end: number): void {
    // fallback characters of a \uN are skipped, one byte each
    const skipped = Math.min(this.pendingFallback, end - start);
    this.pendingFallback -= skipped;
    start += skipped;
    if (end > start && !this.g.skip) this.g.sink.push(this.decode(this.bytes, start, end));
  }

  /** The group's first control word names its destination. */
  private destination(word: string): void {
    const parentSkip = this.stack.length > 0 && this.stack[this.stack.length - 1]!.skip;
    if (this.g.starred && STARRED_TEXT.has(word) && !parentSkip) this.g.skip = false;
    if (OWN_LINES.has(word) && !this.g.skip) {
      this.g.ownLines = true;
      this.g.sink = this.aside;
      this.aside.push("\n");
    }
  }

  private controlWord(word: string, param: number): void {
    if (this.g.fontTable) this.fontTableWord(word, param);
    if (word === "fonttbl") (this.g.fontTable = true), (this.g.skip = true);
    else if (SKIP.has(word)) this.g.skip = true;
    else if (word === "ansicpg" && param > 0) this.ansiCodePage = param;
    else if (word === "deff" && param >= 0) this.defaultFont = param;
    else if (word === "f" && param >= 0 && !this.g.fontTable) this.g.font = param;
    else if (word === "uc" && param >= 0) this.g.uc = param;
    else if (word === "u" && !isNaN(param)) this.unicode(param);
    else if (!this.g.skip) {
      const br = BREAKS[word];
      if (br !== undefined) this.g.sink.push(br);
    }
  }

  private fontTableWord(word: string, param: number): void {
    if (word === "f" && param >= 0) this.definingFont = param;
    else if (word === "fcharset" && this.definingFont >= 0 && !this.fontPages.has(this.definingFont)) {
      const page = CHARSET_CODE_PAGE[param];
      if (page !== undefined && !(param === 0 && this.ansiCodePage !== 1252)) this.fontPages.set(this.definingFont, page);
    } else if (word === "cpg" && this.definingFont >= 0 && param > 0) this.fontPages.set(this.definingFont, param);
  }

  private unicode(param: number): void {
    const cp = param < 0 ? param + 65536 : param;
    if (!this.g.skip) {
      if (cp >= 0xd800 && cp <= 0xdbff) this.pendingHigh = cp;
      else {
        if (this.pendingHigh && cp >= 0xdc00 && cp <= 0xdfff) this.g.sink.push(String.fromCharCode(this.pendingHigh));
        this.pendingHigh = 0;
        this.g.sink.push(String.fromCharCode(cp));
      }
    }
    this.pendingFallback = this.g.uc;
  }

  /** \'hh: a byte in the code page in force; in a double-byte code page, two of them make one character. */
  private hexByte(byte: number): void {
    if (this.pendingFallback > 0) return void this.pendingFallback--;
    if (this.g.skip || byte !== byte) return;
    if (DOUBLE_BYTE.has(this.codePage()) && (byte >= 0x80 || this.lead)) {
      this.partial = true;
      if (this.lead) (this.lead = false), this.g.sink.push("\ufffd");
      else this.lead = true;
      return;
    }
    this.g.sink.push(this.decode(new Uint8Array([byte]), 0, 1));
  }

  private controlSymbol(d: number, afterOpen: boolean): void {
    // {\* … }: a destination to skip unless it is known (its name is the next control word)
    if (d === 0x2a && afterOpen) {
      this.g.skip = true;
      this.g.starred = true;
      this.afterOpen = true;
      return;
    }
    if (this.g.skip) return;
    if (d === 0x5c || d === 0x7b || d === 0x7d) this.g.sink.push(String.fromCharCode(d));
    else if (d === 0x7e) this.g.sink.push(" ");
    else if (d === 0x5f) this.g.sink.push("-");
    else if (d === 0x0a || d === 0x0d) this.g.sink.push("\n"); // \<newline> is \par
  }
}

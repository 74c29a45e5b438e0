// One worksheet's cells as tab-separated rows, written straight into a TextSink: a cell's value is
// read from the sheet's bytes where it is plain (a shared-string index, a number, ASCII text), so
// a 100,000-row citizen list costs no string per cell.
import type { Budget } from "../context";
import { TextSink } from "../text-sink";
import { walkXml, type Attrs } from "../xml-walk";
import { applyDigitFormat, type DigitFormat } from "./number-format";

/** The shared string table: item i is all.slice(bounds[2i], bounds[2i + 1]). */
export interface SharedStrings {
  all: string;
  bounds: number[];
}

const HEADER_FOOTER = new Set(["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]);

/** The character data collected for the open cell (<v>, <t>): one byte range, or text when split. */
class CellValue {
  count = 0;
  start = 0;
  end = 0;
  cdata = false;
  joined = "";
  constructor(
    private readonly scratch: TextSink,
    readonly xml: Uint8Array,
  ) {}
  reset(): void {
    this.count = 0;
    this.joined = "";
  }
  add(start: number, end: number, cdata: boolean): void {
    if (++this.count === 1) {
      this.start = start;
      this.end = end;
      this.cdata = cdata;
      return;
    }
    if (this.count === 2) this.joined = this.decode(this.start, this.end, this.cdata);
    this.joined += this.decode(start, end, cdata);
  }
  /** The value as text (the general path). */
  text(): string {
    return this.count === 0 ? "" : this.count === 1 ? this.decode(this.start, this.end, this.cdata) : this.joined;
  }
  /** Whether the value is one range of ASCII without entities: its bytes are its text. */
  plain(): boolean {
    if (this.count !== 1) return false;
    const x = this.xml;
    for (let k = this.start; k < this.end; k++) if (x[k]! >= 0x80 || (x[k] === 38 && !this.cdata)) return false;
    return true;
  }
  private decode(start: number, end: number, cdata: boolean): string {
    this.scratch.appendXml(this.xml, start, end, cdata);
    return this.scratch.take();
  }
}

export function sheetText(xml: Uint8Array, shared: SharedStrings, formats: (DigitFormat | null)[], budget: Budget): string {
  const out = new TextSink();
  const header = new TextSink();
  const value = new CellValue(new TextSink(), xml);
  let type = "";
  let style = 0;
  let inCell = false;
  let collect = false;
  let inHeader = false;
  const v = {
    wantText: false,
    open(name: string, tag: Attrs, self: boolean) {
      if (name === "c") {
        // most cells carry neither attribute: skip the lookups then
        type = tag.has("t=") ? tag.get("t") || "n" : "n";
        style = tag.has("s=") ? parseInt(tag.get("s") || "0", 10) || 0 : 0;
        value.reset();
        inCell = !self;
      } else if (inCell && (name === "v" || name === "t")) {
        collect = !self;
        v.wantText = collect;
      } else if (HEADER_FOOTER.has(name) && !self) {
        header.take();
        inHeader = true;
        v.wantText = true;
      }
    },
    close(name: string) {
      if (name === "c") {
        if (inCell) writeCell(out, type, value, shared, formats[style]);
        inCell = false;
      } else if (name === "v" || name === "t") {
        collect = false;
        v.wantText = false;
      } else if (name === "row") out.pushCode(10);
      else if (inHeader && HEADER_FOOTER.has(name)) {
        // printed headers and footers: drop the layout codes (&L, &C, &"Arial,Bold", &12 …)
        out.pushCode(10);
        out.push(header.take().replace(/&"[^"]*"|&\d+|&[A-Za-z]/g, " "));
        out.pushCode(10);
        inHeader = false;
        v.wantText = false;
      }
    },
    text(bytes: Uint8Array, start: number, end: number, cdata: boolean) {
      if (collect) value.add(start, end, cdata);
      else if (inHeader) header.appendXml(bytes, start, end, cdata);
    },
  };
  walkXml(xml, v, budget);
  return out.take();
}

/** A cell's text and a tab after it, or nothing for an empty cell. */
function writeCell(out: TextSink, type: string, value: CellValue, shared: SharedStrings, format: DigitFormat | null | undefined): void {
  if (value.count === 0) return;
  if (value.plain()) {
    const x = value.xml;
    const done = type === "s" ? writeShared(out, x, value.start, value.end, shared) : type === "n" ? writeNumber(out, x, value.start, value.end, format) : value.end > value.start ? WROTE : EMPTY_CELL;
    if (done === WROTE && type !== "s" && type !== "n") out.pushAscii(x, value.start, value.end);
    if (done === WROTE) out.pushCode(9);
    if (done !== SLOW) return;
  }
  const text = cellText(type, value.text(), shared, format);
  if (text !== "") {
    out.push(text);
    out.pushCode(9);
  }
}

/** What a fast path did: wrote the cell's text, found it empty, or left it to the general path. */
const WROTE = 1;
const EMPTY_CELL = 0;
const SLOW = -1;

/** A shared-string cell whose value is plain digits: the item copied without a string of its own. */
function writeShared(out: TextSink, x: Uint8Array, start: number, end: number, shared: SharedStrings): number {
  if (end === start || end - start > 9) return SLOW;
  let i = 0;
  for (let k = start; k < end; k++) {
    const d = x[k]! - 48;
    if (d < 0 || d > 9) return SLOW;
    i = i * 10 + d;
  }
  if (2 * i >= shared.bounds.length) return EMPTY_CELL;
  const s = shared.bounds[2 * i]!;
  const e = shared.bounds[2 * i + 1]!;
  out.pushSlice(shared.all, s, e);
  return e > s ? WROTE : EMPTY_CELL;
}

/**
 * A numeric cell written as digits with an optional fraction: numberText's result without Number()
 * and String(). Whole numbers up to 15 digits are exact; a fraction is only taken on numbers small
 * enough (9 digits, 6 decimals) that a non-zero decimal can never round to a whole number.
 */
function writeNumber(out: TextSink, x: Uint8Array, start: number, end: number, format: DigitFormat | null | undefined): number {
  let dot = -1;
  let nonZeroDecimal = false;
  let firstNonZero = -1;
  for (let k = start; k < end; k++) {
    const c = x[k]!;
    if (c === 46 /* . */ && dot < 0) dot = k;
    else if (c < 48 || c > 57) return SLOW;
    else if (dot >= 0) nonZeroDecimal = nonZeroDecimal || c !== 48;
    else if (firstNonZero < 0 && c !== 48) firstNonZero = k;
  }
  const intEnd = dot < 0 ? end : dot;
  if (intEnd === start || intEnd - start > (dot < 0 ? 15 : 9) || (dot >= 0 && end - dot - 1 > 6)) return SLOW;
  if (nonZeroDecimal) {
    out.pushAscii(x, start, end);
    return WROTE;
  }
  const from = firstNonZero < 0 ? intEnd - 1 : firstNonZero;
  if (format) {
    let digits = "";
    for (let k = from; k < intEnd; k++) digits += String.fromCharCode(x[k]!);
    out.push(applyDigitFormat(digits, format));
  } else {
    // see numberText: nine digits are a CPR number that lost its leading zero
    if (intEnd - from === 9) out.pushCode(48);
    out.pushAscii(x, from, intEnd);
  }
  return WROTE;
}

function cellText(type: string, raw: string, shared: SharedStrings, format: DigitFormat | null | undefined): string {
  if (type === "s") {
    const i = parseInt(raw, 10);
    return i >= 0 && 2 * i < shared.bounds.length ? shared.all.slice(shared.bounds[2 * i], shared.bounds[2 * i + 1]) : "";
  }
  if (type !== "n") return raw;
  return numberText(raw, format);
}

/** A numeric cell's text: through its digit format, else as a plain whole number where it is one. */
export function numberText(raw: string, format?: DigitFormat | null): string {
  const num = Number(raw);
  if (raw === "" || !(num >= 0) || num !== Math.floor(num) || num > Number.MAX_SAFE_INTEGER) return raw;
  const digits = String(num);
  if (format) return applyDigitFormat(digits, format);
  // A nine-digit whole number is how a CPR with a leading zero ends up when typed into a General
  // cell; show it as the ten digits it was. The CPR finder still requires a real date and checksum.
  if (digits.length === 9) return "0" + digits;
  return digits;
}


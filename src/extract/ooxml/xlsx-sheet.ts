// One worksheet's cells as tab-separated rows, written straight into a TextSink. A cell's value
// (a shared-string index, a number) is mostly short ASCII: it is interned (textOf), so a
// 100,000-row citizen list costs few strings per cell.
import type { Budget } from "../context";
import { TextSink } from "../text-sink";
import { textOf, walkXml, type Attrs } from "../xml-walk";
import { applyDigitFormat, type DigitFormat } from "./number-format";

/** The shared string table: item i is all.slice(bounds[2i], bounds[2i + 1]). */
export interface SharedStrings {
  all: string;
  bounds: number[];
}

const HEADER_FOOTER = new Set(["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]);

export function sheetText(xml: Uint8Array, shared: SharedStrings, formats: (DigitFormat | null)[], budget: Budget): string[] {
  const out = new TextSink();
  const header = new TextSink();
  let value = "";
  // A formula's text, read only for a cell without a stored result (files written by programs
  // that do not calculate): Excel shows the result on opening, so its literals are what we have.
  let formula = "";
  let inFormula = false;
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
        value = "";
        formula = "";
        inCell = !self;
      } else if (inCell && (name === "v" || name === "t")) {
        collect = !self;
        v.wantText = collect;
      } else if (inCell && name === "f") {
        inFormula = !self;
        v.wantText = inFormula;
      } else if (HEADER_FOOTER.has(name) && !self) {
        header.take();
        inHeader = true;
        v.wantText = true;
      }
    },
    close(name: string) {
      if (name === "c") {
        if (inCell && type === "s") {
          // straight from the shared table into the sink: no string per cell
          const i = parseInt(value, 10);
          const from = i >= 0 && 2 * i < shared.bounds.length ? shared.bounds[2 * i]! : 0;
          const to = i >= 0 && 2 * i < shared.bounds.length ? shared.bounds[2 * i + 1]! : 0;
          if (to > from) {
            out.pushRange(shared.all, from, to);
            out.pushCode(9);
          }
        } else if (inCell) {
          const text = value === "" && formula !== "" ? formula : cellText(type, value, shared, formats[style]);
          if (text !== "") {
            out.push(text);
            out.pushCode(9);
          }
        }
        inCell = false;
      } else if (name === "v" || name === "t") {
        collect = false;
        v.wantText = false;
      } else if (inFormula && name === "f") {
        inFormula = false;
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
      if (collect) value += textOf(bytes, start, end, cdata);
      else if (inFormula) formula += textOf(bytes, start, end, cdata);
      else if (inHeader) header.appendXml(bytes, start, end, cdata);
    },
  };
  walkXml(xml, v, budget);
  return out.takeChunks();
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
  const digits = isPlainWholeNumber(raw) ? raw : wholeNumberDigits(raw);
  if (digits === undefined) return raw;
  if (format) return applyDigitFormat(digits, format);
  // A nine-digit whole number is how a CPR with a leading zero ends up when typed into a General
  // cell; show it as the ten digits it was. The CPR finder still requires a real date and checksum.
  if (digits.length === 9) return "0" + digits;
  return digits;
}

/**
 * Whether `raw` is written as its own digits would be printed (1–15 ASCII digits, no leading
 * zero): the usual stored number, which needs no round trip through Number and String.
 */
function isPlainWholeNumber(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15 || (n > 1 && raw.charCodeAt(0) === 0x30)) return false;
  for (let k = 0; k < n; k++) {
    const c = raw.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The digits of a stored number that is a non-negative whole number ("1.02031234E8" too), else undefined. */
function wholeNumberDigits(raw: string): string | undefined {
  const num = Number(raw);
  if (raw === "" || !(num >= 0) || num !== Math.floor(num) || num > Number.MAX_SAFE_INTEGER) return undefined;
  return String(num);
}

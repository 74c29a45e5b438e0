// Text from a page's content stream: the strings of Tj, TJ, ' and " in the current font, with line
// breaks where the text position moves to a new line. Form XObjects are followed (headers and
// footers are often drawn as forms); inline images are skipped.
import type { Budget } from "../context";
import { fontDecoder, type FontDecoder } from "./fonts";
import { isDict, Lexer, nameOf, refOf, type PdfDict, type PdfValue, type Token } from "./lexer";
import type { PdfFile } from "./objects";

export interface PageStats {
  /** Strings shown whose font could not be decoded. */
  undecoded: number;
  /** Strings shown and decoded. */
  decoded: number;
  /** Content streams that could not be unpacked. */
  brokenStreams: number;
  /** Strings decoded with some codes missing from their font's Unicode map. */
  unmappedStrings: number;
  /** Images drawn (Do of an image XObject, inline images). */
  images: number;
}

const MAX_FORM_DEPTH = 6;

export class ContentReader {
  private fonts = new Map<PdfValue, FontDecoder>();

  constructor(
    private readonly file: PdfFile,
    private readonly budget: Budget,
  ) {}

  /** Text of a content stream (or array of them) with `resources`; used for pages and annotation appearances. */
  pageText(contents: PdfValue | undefined, resources: PdfDict | undefined, stats: PageStats): string {
    const out: string[] = [];
    const c = this.file.get(contents);
    const refs = Array.isArray(c) ? c : [contents];
    // A page's content may be split over several streams that only make sense concatenated.
    let data = "";
    for (const r of refs) {
      const o = this.file.object(r);
      if (!o) continue;
      const d = this.file.streamData(o);
      if (d === undefined) stats.brokenStreams++;
      else data += d + "\n";
    }
    this.run(data, resources, out, stats, 0);
    return out.join("");
  }

  private decoderFor(resources: PdfDict | undefined, fontName: string): FontDecoder {
    const fonts = resources ? this.file.dict(resources.dict.get("Font")) : undefined;
    const ref = fonts ? fonts.dict.get(fontName) : undefined;
    const key = refOf(ref) !== undefined ? refOf(ref)! : (ref as PdfValue);
    let dec = key !== undefined ? this.fonts.get(key) : undefined;
    if (!dec) {
      dec = fontDecoder(this.file, this.file.dict(ref));
      if (key !== undefined) this.fonts.set(key, dec);
    }
    return dec;
  }

  private run(data: string, resources: PdfDict | undefined, out: string[], stats: PageStats, depth: number): void {
    const lex = new Lexer(data);
    const ops: Token[] = [];
    let font: FontDecoder | undefined;
    let fontSize = 12;
    // Where text goes, roughly: the line start and the next glyph's position in page units, with
    // the text matrix's scale. Glyph widths are estimated (0.55 em): enough to tell a kerning step
    // or a glyph placed on its own (kept together) from a gap between words or table cells.
    let scale = 1;
    let lineX = 0;
    let lineY = 0;
    let x = 0;
    let lastEnd: number | undefined;
    let lastY = 0;
    let newLine = false;
    let newBlock = false;
    const em = () => fontSize * scale;
    const show = (bytes: string, joined: boolean) => {
      const t = (font || this.decoderFor(undefined, "")).decode(bytes);
      if (t === null) {
        stats.undecoded++;
        return;
      }
      stats.decoded++;
      if (t.indexOf("\ufffd") >= 0) stats.unmappedStrings++;
      if (lastEnd !== undefined && !joined) {
        // Within a text block, writers split runs at kerning pairs: only a wide gap is a space.
        // A new block on the same line (Chrome writes each table cell as one) needs less.
        const gap = newBlock ? 0.25 : 0.8;
        if (newLine || Math.abs(lineY - lastY) > 0.5 * em()) out.push("\n");
        else if (x - lastEnd > gap * em() || x - lastEnd < -0.5 * em()) out.push(" ");
      }
      newLine = false;
      newBlock = false;
      out.push(t);
      x += t.length * 0.55 * em();
      lastEnd = x;
      lastY = lineY;
    };
    const moveTo = (nx: number, ny: number) => {
      lineX = nx;
      lineY = ny;
      x = nx;
    };
    for (let t = lex.next(); t !== undefined; t = lex.next()) {
      this.budget.tick();
      if (typeof t === "object" && t !== null && "open" in t) {
        const v = lex.assemble(t, 0);
        if (v !== undefined) ops.push(v);
        continue;
      }
      if (!(typeof t === "object" && t !== null && "op" in t)) {
        ops.push(t);
        continue;
      }
      const last = ops[ops.length - 1];
      const num = (i: number) => (typeof ops[i] === "number" ? (ops[i] as number) : 0);
      switch (t.op) {
        case "Tf": {
          const name = nameOf(ops[0] as PdfValue);
          if (name !== undefined) font = this.decoderFor(resources, name);
          if (typeof ops[1] === "number" && ops[1] !== 0) fontSize = Math.abs(ops[1]);
          break;
        }
        case "BT":
          scale = 1;
          newBlock = true;
          moveTo(0, 0);
          break;
        case "Tm":
          scale = Math.sqrt(num(0) * num(0) + num(1) * num(1)) || 1;
          moveTo(num(4), num(5));
          break;
        case "Td":
        case "TD":
          moveTo(lineX + num(0) * scale, lineY + num(1) * scale);
          break;
        case "T*":
          newLine = true;
          moveTo(lineX, lineY);
          break;
        case "Tj":
          if (isStr(last)) show(last.str, false);
          break;
        case "'":
        case '"':
          newLine = true;
          if (isStr(last)) show(last.str, false);
          break;
        case "TJ":
          if (Array.isArray(last)) {
            let first = true;
            for (const item of last) {
              if (isStr(item)) {
                show(item.str, !first);
                first = false;
              } else if (typeof item === "number") {
                // thousandths of an em, leftward when positive; a large gap is a word space
                x -= (item / 1000) * em();
                if (item < -250 && !first) out.push(" ");
              }
            }
          }
          break;
        case "BI": {
          stats.images++;
          // inline image: binary data between ID and EI
          const id = data.indexOf("ID", lex.pos);
          const ei = id < 0 ? -1 : data.slice(id + 3).search(/\sEI(\s|$)/);
          lex.pos = ei < 0 ? data.length : id + 3 + ei + 3;
          break;
        }
        case "Do": {
          const name = nameOf(last as PdfValue);
          if (name === undefined || depth >= MAX_FORM_DEPTH || !resources) break;
          const xobjects = this.file.dict(resources.dict.get("XObject"));
          const ref = xobjects ? xobjects.dict.get(name) : undefined;
          const o = this.file.object(ref);
          if (o && isDict(o.value) && nameOf(o.value.dict.get("Subtype")) === "Image") stats.images++;
          if (!o || !isDict(o.value) || nameOf(o.value.dict.get("Subtype")) !== "Form") break;
          const d = this.file.streamData(o);
          if (d === undefined) stats.brokenStreams++;
          else this.run(d, this.file.dict(o.value.dict.get("Resources")) || resources, out, stats, depth + 1);
          out.push("\n");
          break;
        }
      }
      ops.length = 0;
    }
  }
}

function isStr(v: Token | PdfValue | undefined): v is { str: string } {
  return typeof v === "object" && v !== null && "str" in v;
}

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
    let lineY: number | undefined;
    let fontSize = 12;
    // Characters shown since the last positioning: their rough width tells a kerning step from a gap.
    let runChars = 0;
    const show = (bytes: string) => {
      const t = (font || this.decoderFor(undefined, "")).decode(bytes);
      if (t === null) stats.undecoded++;
      else {
        stats.decoded++;
        if (t.indexOf("\ufffd") >= 0) stats.unmappedStrings++;
        out.push(t);
        runChars += t.length;
      }
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
      switch (t.op) {
        case "Tf": {
          const name = nameOf(ops[0] as PdfValue);
          if (name !== undefined) font = this.decoderFor(resources, name);
          if (typeof ops[1] === "number" && ops[1] !== 0) fontSize = Math.abs(ops[1]);
          break;
        }
        case "Tj":
          if (isStr(last)) show(last.str);
          break;
        case "'":
        case '"':
          out.push("\n");
          if (isStr(last)) show(last.str);
          break;
        case "TJ":
          if (Array.isArray(last)) {
            for (const item of last) {
              if (isStr(item)) show(item.str);
              // a large leftward gap in thousandths of an em is a word space
              else if (typeof item === "number" && item < -250) out.push(" ");
            }
          }
          break;
        case "Td":
        case "TD": {
          // Moving right by about the width of what was shown continues the word (Chrome and Word
          // split runs at kerning pairs); moving further is a gap, as between table cells.
          const tx = typeof ops[0] === "number" ? ops[0] : 0;
          if (typeof ops[1] === "number" && ops[1] !== 0) out.push("\n");
          else if (tx < 0 || tx > (runChars * 0.6 + 0.8) * fontSize) out.push(" ");
          runChars = 0;
          break;
        }
        case "T*":
          out.push("\n");
          runChars = 0;
          break;
        case "Tm": {
          const y = ops[5];
          out.push(typeof y === "number" && lineY !== undefined && y !== lineY ? "\n" : " ");
          if (typeof y === "number") lineY = y;
          runChars = 0;
          break;
        }
        case "ET":
          out.push(" ");
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

// Text from a page's content stream: the strings of Tj, TJ, ' and " in the current font, with line
// breaks where the text position moves to a new line. Form XObjects are followed (headers and
// footers are often drawn as forms); inline images are skipped.
import type { Budget } from "../context";
import { fontDecoder, type FontDecoder } from "./fonts";
import { concatBytes } from "../../bytes/concat";
import { indexOfAscii, isJsSpace } from "./bytes";
import { END, isDict, Lexer, nameOf, nextOperator, opCode, refOf, type Operand, type PdfDict, type PdfValue, type Token } from "./lexer";
import type { PdfFile, PdfObject } from "./objects";

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
/** Forms drawn again and again (a letterhead on every page) are inflated once if no bigger than this. */
const MAX_CACHED_FORM_BYTES = 1024 * 1024;
// Operator codes as local constants (an imported object's fields would be read through a getter
// per operator where modules are compiled to CommonJS).
const [BI, Do, Tf, BT, Tm, Td, TD, Tstar, Tj, quote, dquote, TJ] = ["BI", "Do", "Tf", "BT", "Tm", "Td", "TD", "T*", "Tj", "'", '"', "TJ"].map(opCode);
const next = nextOperator;
const STREAM_END = END;

export class ContentReader {
  private fonts = new Map<PdfValue, FontDecoder>();
  private forms = new Map<PdfObject, Uint8Array | undefined>();

  constructor(
    private readonly file: PdfFile,
    private readonly budget: Budget,
  ) {}

  /** Text of a content stream (or array of them) with `resources`; used for pages and annotation appearances. */
  pageText(contents: PdfValue | undefined, resources: PdfDict | undefined, stats: PageStats): string {
    const out: string[] = [];
    const c = this.file.get(contents);
    const refs = Array.isArray(c) ? c : [contents];
    // A page's content may be split over several streams that only make sense concatenated: read
    // as one, each followed by a newline.
    const parts: Uint8Array[] = [];
    for (const r of refs) {
      const o = this.file.object(r);
      if (!o) continue;
      const d = this.file.streamData(o, true);
      if (d === undefined) stats.brokenStreams++;
      else parts.push(d);
    }
    this.run(parts.length === 1 ? parts[0]! : concatBytes(parts), resources, out, stats, 0);
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

  private run(data: Uint8Array, resources: PdfDict | undefined, out: string[], stats: PageStats, depth: number): void {
    const lex = new Lexer(data);
    const ops: Operand[] = [];
    const layout = new TextLayout(out, stats, (name) => this.decoderFor(resources, name), () => this.decoderFor(undefined, ""));
    for (let op = next(lex, ops, this.budget); op !== STREAM_END; op = next(lex, ops, this.budget)) {
      if (op === BI) {
        stats.images++;
        lex.pos = inlineImageEnd(data, lex.pos);
      } else if (op === Do) this.drawXObject(ops[ops.length - 1], resources, out, stats, depth);
      else layout.operator(op, ops);
      ops.length = 0;
    }
  }

  private formData(o: PdfObject): Uint8Array | undefined {
    if (this.forms.has(o)) return this.forms.get(o);
    const d = this.file.streamData(o);
    if (d === undefined || d.length <= MAX_CACHED_FORM_BYTES) this.forms.set(o, d);
    return d;
  }

  /** Do: a form XObject is followed (headers and footers are often drawn as forms); an image is counted. */
  private drawXObject(operand: Token | PdfValue | undefined, resources: PdfDict | undefined, out: string[], stats: PageStats, depth: number): void {
    const name = nameOf(operand as PdfValue);
    if (name === undefined || depth >= MAX_FORM_DEPTH || !resources) return;
    const xobjects = this.file.dict(resources.dict.get("XObject"));
    const o = this.file.object(xobjects ? xobjects.dict.get(name) : undefined);
    if (!o || !isDict(o.value)) return;
    const subtype = nameOf(o.value.dict.get("Subtype"));
    if (subtype === "Image") stats.images++;
    if (subtype !== "Form") return;
    const d = this.formData(o);
    if (d === undefined) stats.brokenStreams++;
    else this.run(d, this.file.dict(o.value.dict.get("Resources")) || resources, out, stats, depth + 1);
    out.push("\n");
  }
}

/**
 * Where text goes, roughly: the text matrix's direction and scale, the line start and the next
 * glyph's position in page units. Glyph widths are estimated (0.55 em): enough to tell a kerning
 * step or a glyph placed on its own (kept together) from a gap between words or table cells.
 * Positions are compared along the text's own direction, so rotated text (a CPR number printed up
 * a margin, one glyph per Tm) keeps its glyphs together as upright text does.
 */
class TextLayout {
  private font: FontDecoder | undefined;
  private fontSize = 12;
  /** Text matrix, linear part: the baseline direction (a, b) and the line direction (c, d). */
  private m = [1, 0, 0, 1];
  private lineX = 0;
  private lineY = 0;
  private x = 0;
  private y = 0;
  private last: { along: number; across: number; dirX: number; dirY: number } | undefined;
  private newLine = false;
  private newBlock = false;

  constructor(
    private readonly out: string[],
    private readonly stats: PageStats,
    private readonly fontNamed: (name: string) => FontDecoder,
    private readonly defaultFont: () => FontDecoder,
  ) {}

  private scale(): number {
    return Math.sqrt(this.m[0]! * this.m[0]! + this.m[1]! * this.m[1]!) || 1;
  }

  private em(): number {
    return this.fontSize * this.scale();
  }

  operator(op: number, ops: Operand[]): void {
    const last = ops[ops.length - 1];
    switch (op) {
      case Tf: {
        const name = nameOf(ops[0] as PdfValue);
        if (name !== undefined) this.font = this.fontNamed(name);
        if (typeof ops[1] === "number" && ops[1] !== 0) this.fontSize = Math.abs(ops[1]);
        break;
      }
      case BT:
        this.m = [1, 0, 0, 1];
        this.newBlock = true;
        this.moveTo(0, 0);
        break;
      case Tm:
        this.m = [num(ops, 0), num(ops, 1), num(ops, 2), num(ops, 3)];
        if (!this.m[0] && !this.m[1]) this.m = [1, 0, 0, 1];
        this.moveTo(num(ops, 4), num(ops, 5));
        break;
      case Td:
      case TD:
        this.moveTo(this.lineX + num(ops, 0) * this.m[0]! + num(ops, 1) * this.m[2]!, this.lineY + num(ops, 0) * this.m[1]! + num(ops, 1) * this.m[3]!);
        break;
      case Tstar:
        this.newLine = true;
        this.moveTo(this.lineX, this.lineY);
        break;
      case Tj:
        if (isStr(last)) this.show(last.str, false);
        break;
      case quote:
      case dquote:
        this.newLine = true;
        if (isStr(last)) this.show(last.str, false);
        break;
      case TJ:
        if (Array.isArray(last)) this.showArray(last);
        break;
    }
  }

  private moveTo(x: number, y: number): void {
    this.lineX = this.x = x;
    this.lineY = this.y = y;
  }

  /** Moves the pen along the baseline by `d` page units. */
  private advance(d: number): void {
    const s = this.scale();
    this.x += (d * this.m[0]!) / s;
    this.y += (d * this.m[1]!) / s;
  }

  private showArray(items: PdfValue[]): void {
    let first = true;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (isStr(item)) {
        this.show(item.str, !first);
        first = false;
      } else if (typeof item === "number") {
        // thousandths of an em, leftward when positive; a large gap is a word space
        this.advance(-(item / 1000) * this.em());
        if (item < -250 && !first) this.out.push(" ");
      }
    }
  }

  private show(bytes: string, joined: boolean): void {
    const t = (this.font || this.defaultFont()).decode(bytes);
    if (t === null) {
      this.stats.undecoded++;
      return;
    }
    this.stats.decoded++;
    if (t.indexOf("\ufffd") >= 0) this.stats.unmappedStrings++;
    const s = this.scale();
    const dirX = this.m[0]! / s;
    const dirY = this.m[1]! / s;
    const along = this.x * dirX + this.y * dirY;
    const across = -this.x * dirY + this.y * dirX;
    const em = this.em();
    const prev = this.last;
    if (prev && !joined) {
      // Within a text block, writers split runs at kerning pairs: only a wide gap is a space.
      // A new block on the same line (Chrome writes each table cell as one) needs less.
      const gap = this.newBlock ? 0.25 : 0.8;
      const turned = Math.abs(prev.dirX - dirX) > 0.01 || Math.abs(prev.dirY - dirY) > 0.01;
      if (this.newLine || turned || Math.abs(across - prev.across) > 0.5 * em) this.out.push("\n");
      else if (along - prev.along > gap * em || along - prev.along < -0.5 * em) this.out.push(" ");
    }
    this.newLine = false;
    this.newBlock = false;
    this.out.push(t);
    const width = t.length * 0.55 * em;
    this.advance(width);
    this.last = { along: along + width, across, dirX, dirY };
  }
}

/** Operand `i` when it is a number, else 0. */
function num(ops: Operand[], i: number): number {
  const v = ops[i];
  return typeof v === "number" ? v : 0;
}

/** Just past an inline image's "EI": its binary data runs from "ID" to white-space, "EI", white-space or the end. */
function inlineImageEnd(data: Uint8Array, from: number): number {
  const id = indexOfAscii(data, "ID", from);
  if (id < 0) return data.length;
  for (let i = id + 3; i + 2 < data.length; i++) {
    if (isJsSpace(data[i]!) && data[i + 1] === 69 && data[i + 2] === 73 && (i + 3 === data.length || isJsSpace(data[i + 3]!))) return i + 3;
  }
  return data.length;
}

function isStr(v: Token | PdfValue | undefined): v is { str: string } {
  return typeof v === "object" && v !== null && "str" in v;
}

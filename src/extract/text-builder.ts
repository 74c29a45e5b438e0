// Joins the text of a file's parts and remembers where each part starts, so a finding can say
// "sheet Ark2" while analyzeMessage scans one string.
import type { ExtractResult, TextPart, UnreadableReason } from "./types";

/** Between parts: a blank line, so digits at the end of one part never join digits of the next. */
const SEPARATOR = "\n\n";

export class TextBuilder {
  private chunks: string[] = [];
  private length = 0;
  private parts: TextPart[] = [];

  /**
   * Adds a part; empty or whitespace-only text is skipped. A part may come as the chunks a reader
   * made it in (TextSink): the file's text is then joined once, not once per part and again here.
   */
  add(where: string, text: string | string[]): void {
    const chunks = typeof text === "string" ? [text] : text;
    if (!chunks.some((c) => /\S/.test(c))) return;
    if (this.length > 0) {
      this.chunks.push(SEPARATOR);
      this.length += SEPARATOR.length;
    }
    let length = 0;
    for (const c of chunks) {
      this.chunks.push(c);
      length += c.length;
    }
    this.parts.push({ where, start: this.length, end: this.length + length });
    this.length += length;
  }

  /** Where the text stands now, for textSince. */
  mark(): number {
    return this.chunks.length;
  }

  /** The text added since `mark`. */
  textSince(mark: number): string {
    return this.chunks.slice(mark).join("");
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** The result; `unreadable` marks it partial (or empty). */
  result(unreadable?: UnreadableReason): ExtractResult {
    const r: ExtractResult = {};
    if (this.length > 0 || !unreadable) {
      r.text = this.chunks.join("");
      if (this.parts.length > 1 || (this.parts.length === 1 && this.parts[0]!.where !== "")) r.parts = this.parts;
    }
    if (unreadable) r.unreadable = unreadable;
    return r;
  }
}

// Text of WordprocessingML and DrawingML parts: the characters in <w:t>/<a:t>, with the paragraph,
// tab and line breaks that keep numbers in neighbouring cells or paragraphs apart.
import type { Budget } from "../context";
import { TextSink } from "../text-sink";
import { walkXml, type Attrs } from "../xml-walk";

// Elements are matched by local name (walkXml's default): most writers use the customary w:/a:
// prefixes, but the prefix is the writer's choice.
interface Dialect {
  /** Elements whose character data is document text. */
  text: Set<string>;
  /** Elements that stand for a character where they occur. */
  marks: Map<string, string>;
  /** Elements whose end is a line break. */
  blockEnds: Set<string>;
}

export const WORD: Dialect = {
  // delText: tracked deletions still travel inside the file
  text: new Set(["t", "delText"]),
  marks: new Map([
    ["tab", "\t"],
    ["ptab", "\t"],
    ["br", "\n"],
    ["cr", "\n"],
    ["noBreakHyphen", "-"],
    ["softHyphen", ""],
  ]),
  blockEnds: new Set(["p", "tc"]),
};

export const DRAWING: Dialect = {
  text: new Set(["t"]),
  marks: new Map([
    ["br", "\n"],
    ["tab", "\t"],
  ]),
  blockEnds: new Set(["p", "tc"]),
};

/** The part's text, as chunks (TextBuilder joins them with the rest of the file). */
export function runText(xml: Uint8Array, d: Dialect, budget: Budget): string[] {
  const out = new TextSink();
  let inText = 0;
  // Text boxes appear twice (mc:Choice and the VML mc:Fallback); read the Choice only.
  let fallback = 0;
  const v = {
    wantText: false,
    open(name: string, tag: Attrs, selfClosing: boolean) {
      if (name === "Fallback") {
        if (!selfClosing) fallback++;
        return;
      }
      if (fallback) return;
      // A picture's or shape's alternative text and title (screen readers read them out).
      if (name === "docPr" || name === "cNvPr") {
        for (const a of ["descr", "title"]) {
          const value = tag.get(a);
          if (value) out.push("\n" + value + "\n");
        }
      }
      if (d.text.has(name)) {
        if (!selfClosing) inText++;
      } else {
        const m = d.marks.get(name);
        if (m !== undefined) out.push(m);
      }
      v.wantText = inText > 0;
    },
    close(name: string) {
      if (name === "Fallback") {
        if (fallback) fallback--;
        return;
      }
      if (fallback) return;
      if (d.text.has(name)) {
        if (inText) inText--;
        v.wantText = inText > 0;
      } else if (d.blockEnds.has(name)) out.pushCode(name === "tc" ? 9 : 10);
    },
    text(bytes: Uint8Array, start: number, end: number, cdata: boolean) {
      out.appendXml(bytes, start, end, cdata);
    },
  };
  walkXml(xml, v, budget);
  return out.takeChunks();
}

// Text of WordprocessingML and DrawingML parts: the characters in <w:t>/<a:t>, with the paragraph,
// tab and line breaks that keep numbers in neighbouring cells or paragraphs apart.
import type { Budget } from "../context";
import { decodeEntities, walkXml } from "../xml-walk";

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

export function runText(xml: string, d: Dialect, budget: Budget): string {
  const out: string[] = [];
  let inText = 0;
  // Text boxes appear twice (mc:Choice and the VML mc:Fallback); read the Choice only.
  let fallback = 0;
  const v = {
    wantText: false,
    wantAttrs: false,
    open(name: string, _attrs: string, selfClosing: boolean) {
      if (name === "Fallback") {
        if (!selfClosing) fallback++;
        return;
      }
      if (fallback) return;
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
      } else if (d.blockEnds.has(name)) out.push(name === "tc" ? "\t" : "\n");
    },
    text(raw: string, cdata: boolean) {
      out.push(cdata ? raw : decodeEntities(raw));
    },
  };
  walkXml(xml, v, budget);
  return out.join("");
}

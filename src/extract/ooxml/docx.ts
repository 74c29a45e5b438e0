// Word documents: the main part the package relationships name, then every part it links to that
// Word shows: headers, footers, footnotes, endnotes, comments, altChunk imports, charts, SmartArt.
// Text boxes, shapes and WordArt live inside those parts and are read with them.
import { TextBuilder } from "../text-builder";
import { attr } from "../xml-walk";
import { readLinked } from "./linked";
import { numbered, type Package } from "./package";
import { runText, WORD } from "./runs";

export function readDocx(pkg: Package, out: TextBuilder): void {
  const main = mainDocument(pkg);
  const body = pkg.read(main);
  if (body !== undefined) out.add("body", runText(body, WORD, pkg.budget) + wordArtText(body));
  readLinked(pkg, main, "body", out);
  // Parts a broken or hand-made package forgot to link still travel in the file.
  for (const [re, where] of [
    [/^word\/header\d*\.xml$/, "header"],
    [/^word\/footer\d*\.xml$/, "footer"],
    [/^word\/footnotes\.xml$/, "footnotes"],
    [/^word\/endnotes\.xml$/, "endnotes"],
    [/^word\/comments\.xml$/, "comments"],
  ] as const) {
    for (const part of numbered(pkg, re)) if (!pkg.seen.has(part.toLowerCase())) out.add(where, runText(pkg.read(part) || "", WORD, pkg.budget));
  }
}

function mainDocument(pkg: Package): string {
  const main = pkg.mainPart();
  return main && /wordprocessingml/.test(pkg.contentType(main)) ? main : "word/document.xml";
}

/** VML WordArt keeps its text in an attribute (<v:textpath string="…"/>), not in runs. */
export function wordArtText(xml: string): string {
  const out: string[] = [];
  for (let at = xml.indexOf("textpath"); at >= 0; at = xml.indexOf("textpath", at + 8)) {
    const end = xml.indexOf(">", at);
    if (end < 0) break;
    const value = xml.charCodeAt(at - 1) === 58 /* : */ || xml.charCodeAt(at - 1) === 60 /* < */ ? attr(xml.slice(at + 8, end), "string") : undefined;
    if (value) out.push(value);
  }
  return out.length ? "\n" + out.join("\n") : "";
}

// Word documents: the main part the package relationships name, then every part it links to that
// Word shows: headers, footers, footnotes, endnotes, comments, altChunk imports, charts, SmartArt.
// Text boxes, shapes and WordArt live inside those parts and are read with them.
import { TextBuilder } from "../text-builder";
import { Attrs } from "../xml-walk";
import { readLinked } from "./linked";
import { EMPTY, numbered, type Package } from "./package";
import { runText, WORD } from "./runs";

export function readDocx(pkg: Package, out: TextBuilder): void {
  const main = mainDocument(pkg);
  const body = pkg.readXml(main);
  if (body !== undefined) out.add("body", runText(body, WORD, pkg.budget).concat(wordArtText(body)));
  readLinked(pkg, main, "body", out);
  // Parts a broken or hand-made package forgot to link still travel in the file.
  for (const [re, where] of [
    [/^word\/header\d*\.xml$/, "header"],
    [/^word\/footer\d*\.xml$/, "footer"],
    [/^word\/footnotes\.xml$/, "footnotes"],
    [/^word\/endnotes\.xml$/, "endnotes"],
    [/^word\/comments\.xml$/, "comments"],
  ] as const) {
    for (const part of numbered(pkg, re)) if (!pkg.seen.has(part.toLowerCase())) out.add(where, runText(pkg.readXml(part) || EMPTY, WORD, pkg.budget));
  }
}

function mainDocument(pkg: Package): string {
  const main = pkg.mainPart();
  return main && /wordprocessingml/.test(pkg.contentType(main)) ? main : "word/document.xml";
}

/** VML WordArt keeps its text in an attribute (<v:textpath string="…"/>), not in runs. */
export function wordArtText(xml: Uint8Array): string {
  const out: string[] = [];
  const tag = new Attrs(xml);
  for (let at = indexOfTextpath(xml, 0); at >= 0; at = indexOfTextpath(xml, at + 8)) {
    const end = xml.indexOf(62 /* > */, at);
    if (end < 0) break;
    if (xml[at - 1] !== 58 /* : */ && xml[at - 1] !== 60 /* < */) continue;
    tag.start = at + 8;
    tag.end = end;
    const value = tag.get("string");
    if (value) out.push(value);
  }
  return out.length ? "\n" + out.join("\n") : "";
}

const TEXTPATH = [116, 101, 120, 116, 112, 97, 116, 104]; // "textpath"

/** Where "textpath" occurs from `from`, or -1: found by its "x", rare in Danish text and in markup. */
function indexOfTextpath(xml: Uint8Array, from: number): number {
  for (let x = xml.indexOf(120, from + 2); x >= 0; x = xml.indexOf(120, x + 1)) {
    let k = 0;
    while (k < 8 && xml[x - 2 + k] === TEXTPATH[k]) k++;
    if (k === 8) return x - 2;
  }
  return -1;
}

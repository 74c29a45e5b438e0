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
/** How far the search may jump when the byte under the pattern's last position is `b` (Horspool). */
const SKIP = new Uint8Array(256).fill(8);
for (let k = 0; k < 7; k++) SKIP[TEXTPATH[k]!] = 7 - k;

/** Where "textpath" occurs from `from`, or -1: a 12 MB body is searched looking at one byte in eight. */
function indexOfTextpath(xml: Uint8Array, from: number): number {
  for (let i = from + 7; i < xml.length; i += SKIP[xml[i]!]!) {
    let k = 7;
    while (k >= 0 && xml[i - 7 + k] === TEXTPATH[k]) k--;
    if (k < 0) return i - 7;
  }
  return -1;
}

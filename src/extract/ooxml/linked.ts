// Following relationships: the parts a document links to are the parts Office shows. From a
// part (the document, a sheet, a slide) every relationship whose type carries visible text is read,
// and the parts those link to in turn (a sheet's drawing links its charts), each part once.
import type { TextBuilder } from "../text-builder";
import { readAltChunk } from "./alt-chunk";
import { EMPTY, type Package, type Relationship } from "./package";
import { valuesText } from "./properties";
import { DRAWING, runText, WORD } from "./runs";

type PartReader = (pkg: Package, rel: Relationship, where: string, out: TextBuilder) => void;

const word =
  (where?: string): PartReader =>
  (pkg, rel, inherited, out) =>
    out.add(where || inherited, runText(pkg.readXml(rel.target) || EMPTY, WORD, pkg.budget));
const drawing: PartReader = (pkg, rel, where, out) => out.add(where, runText(pkg.readXml(rel.target) || EMPTY, DRAWING, pkg.budget));
/** Charts: titles and the cached values of their data (often copied from a citizen list). */
const chart: PartReader = (pkg, rel, where, out) => out.add(where, valuesText(pkg.readXml(rel.target) || EMPTY, pkg.budget));

/** Relationship type → how its part is read. Types not listed carry no text of their own (styles, themes, images). */
const READERS: Record<string, PartReader> = {
  header: word("header"),
  footer: word("footer"),
  footnotes: word("footnotes"),
  endnotes: word("endnotes"),
  // Word's comments are paragraphs; Excel's and PowerPoint's are one value per element.
  comments: (pkg, rel, where, out) => (/^word\//i.test(rel.target) ? word("comments")(pkg, rel, where, out) : chart(pkg, rel, "comments", out)),
  aFChunk: (pkg, rel, where, out) => readAltChunk(pkg, rel.target, where, out),
  chart,
  chartEx: chart,
  diagramData: (pkg, rel, _where, out) => drawing(pkg, rel, "diagram", out),
  drawing,
};

const MAX_DEPTH = 4;

/** Reads what `part` links to, recursively, as `where`; parts already read are skipped. */
export function readLinked(pkg: Package, part: string, where: string, out: TextBuilder, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (const rel of pkg.relationships(part)) {
    const reader = READERS[rel.type];
    const key = rel.target.toLowerCase();
    if (!reader || pkg.seen.has(key) || !pkg.has(rel.target)) continue;
    pkg.seen.add(key);
    reader(pkg, rel, where, out);
    readLinked(pkg, rel.target, where, out, depth + 1);
  }
}

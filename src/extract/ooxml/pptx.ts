// PowerPoint: slides in presentation order, then speaker notes.
import { TextBuilder } from "../text-builder";
import { attr, walkXml } from "../xml-walk";
import { numbered, type Package } from "./package";
import { valuesText } from "./properties";
import { DRAWING, runText } from "./runs";

export function readPptx(pkg: Package, out: TextBuilder): void {
  for (const [n, part] of slideOrder(pkg)) {
    out.add("slide:" + n, runText(pkg.read(part) || "", DRAWING, pkg.budget));
    const notes = Array.from(pkg.rels(part).values()).filter((t) => /notesSlides\/notesSlide\d*\.xml$/.test(t));
    for (const note of notes) out.add("notes:" + n, runText(pkg.read(note) || "", DRAWING, pkg.budget));
  }
  // Review comments, classic (ppt/comments/comment1.xml) and modern (modernComment_….xml)
  for (const part of numbered(pkg, /^ppt\/comments\/[^/]+\.xml$/)) out.add("comments", valuesText(pkg.read(part) || "", pkg.budget));
}

/** [slide number as shown, part name]: the order of sldIdLst, falling back to file numbers. */
function slideOrder(pkg: Package): [number, string][] {
  const rels = pkg.rels("ppt/presentation.xml");
  const ordered: string[] = [];
  walkXml(pkg.read("ppt/presentation.xml") || "", {
    wantText: false,
    open(name, attrs) {
      if (name !== "sldId") return;
      const target = rels.get(attr(attrs, "r:id") || "");
      if (target && pkg.has(target)) ordered.push(target);
    },
    close() {},
    text() {},
  });
  const seen = new Set(ordered);
  // Slides missing from the list still travel in the file.
  for (const part of numbered(pkg, /^ppt\/slides\/slide\d+\.xml$/)) if (!seen.has(part)) ordered.push(part);
  return ordered.map((p, i) => [i + 1, p]);
}

// PowerPoint: slides in presentation order, then speaker notes.
import { TextBuilder } from "../text-builder";
import { walkXml } from "../xml-walk";
import { readLinked } from "./linked";
import { EMPTY, numbered, type Package } from "./package";
import { valuesText } from "./properties";
import { DRAWING, runText } from "./runs";

export function readPptx(pkg: Package, out: TextBuilder): void {
  for (const [n, part] of slideOrder(pkg)) {
    out.add("slide:" + n, runText(pkg.readXml(part) || EMPTY, DRAWING, pkg.budget));
    const notes = Array.from(pkg.rels(part).values()).filter((t) => /notesSlides\/notesSlide\d*\.xml$/.test(t));
    for (const note of notes) out.add("notes:" + n, runText(pkg.readXml(note) || EMPTY, DRAWING, pkg.budget));
    // charts, SmartArt and comments on the slide
    readLinked(pkg, part, "slide:" + n, out);
  }
  // Review comments, classic (ppt/comments/comment1.xml) and modern (modernComment_….xml)
  for (const part of numbered(pkg, /^ppt\/comments\/[^/]+\.xml$/)) if (!pkg.seen.has(part.toLowerCase())) out.add("comments", valuesText(pkg.readXml(part) || EMPTY, pkg.budget));
}

/** [slide number as shown, part name]: the order of sldIdLst, falling back to file numbers. */
function slideOrder(pkg: Package): [number, string][] {
  const presentation = pkg.mainPart() || "ppt/presentation.xml";
  const rels = pkg.rels(presentation);
  const ordered: string[] = [];
  walkXml(pkg.readXml(presentation) || EMPTY, {
    wantText: false,
    open(name, tag) {
      if (name !== "sldId") return;
      const target = rels.get(tag.get("r:id") || "");
      if (target && pkg.has(target)) ordered.push(target);
    },
    close() {},
    text() {},
  });
  const seen = new Set(ordered.map((p) => p.toLowerCase()));
  // Slides missing from the list still travel in the file.
  for (const part of numbered(pkg, /^ppt\/slides\/slide\d+\.xml$/)) if (!seen.has(part.toLowerCase())) ordered.push(part);
  return ordered.map((p, i) => [i + 1, p]);
}

// Document properties and custom XML: case systems write the case's metadata (the citizen's name
// and CPR number, the case number) into them to fill in merge fields. They travel with the file.
import type { Budget } from "../context";
import { TextBuilder } from "../text-builder";
import { TextSink } from "../text-sink";
import { walkXml } from "../xml-walk";
import { EMPTY, numbered, type Package } from "./package";
import { DRAWING, runText } from "./runs";

/**
 * SmartArt keeps its text apart from the slide or page, in diagram data parts; charts and drawings
 * (text boxes, shapes) are read where they are linked, and here when nothing links them.
 */
export function readDiagrams(pkg: Package, out: TextBuilder): void {
  for (const part of numbered(pkg, /^(word|ppt|xl)\/(charts\/chart|drawings\/drawing)\d*\.xml$/)) {
    if (!pkg.seen.has(part.toLowerCase())) out.add("", /charts\//i.test(part) ? valuesText(pkg.readXml(part) || EMPTY, pkg.budget) : runText(pkg.readXml(part) || EMPTY, DRAWING, pkg.budget));
  }
  for (const part of numbered(pkg, /^(word|ppt|xl)\/diagrams\/data\d*\.xml$/)) if (!pkg.seen.has(part.toLowerCase())) out.add("diagram", runText(pkg.readXml(part) || EMPTY, DRAWING, pkg.budget));
}

export function readProperties(pkg: Package, out: TextBuilder): void {
  for (const part of ["docProps/core.xml", "docProps/custom.xml", ...numbered(pkg, /^customXml\/item\d+\.xml$/)]) {
    const xml = pkg.readXml(part);
    if (xml !== undefined) out.add("properties", valuesText(xml, pkg.budget));
  }
}

/** The character data of every element, one value per line (a string is encoded: PDF forms' XFA). */
export function valuesText(xml: Uint8Array | string, budget: Budget): string {
  const out = new TextSink();
  const value = new TextSink();
  let pending = false;
  walkXml(
    xml,
    {
      wantText: true,
      open() {},
      close() {
        if (pending) out.pushCode(10);
        pending = false;
      },
      text(bytes, start, end, cdata) {
        value.appendXml(bytes, start, end, cdata);
        const t = value.take();
        // blank as written: an entity (even &#32;) is not blank
        let entity = false;
        for (let k = start; k < end && !cdata && !entity; k++) entity = bytes[k] === 38;
        if (!entity && !/\S/.test(t)) return;
        out.push(t);
        pending = true;
      },
    },
    budget,
  );
  return out.take();
}

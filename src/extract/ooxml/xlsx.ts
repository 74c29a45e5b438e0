// Excel workbooks: every sheet's cells as tab-separated rows, named by sheet so a finding can say
// which one. Shared strings, inline strings, formula results and numbers (through their format).
import type { Budget } from "../context";
import { TextBuilder } from "../text-builder";
import { TextSink } from "../text-sink";
import { walkXml } from "../xml-walk";
import { parseDigitFormat, type DigitFormat } from "./number-format";
import { readLinked } from "./linked";
import { EMPTY, numbered, type Package } from "./package";
import { numberText, sheetText, type SharedStrings } from "./xlsx-sheet";

export function readXlsx(pkg: Package, out: TextBuilder): void {
  const workbook = pkg.mainPart() || "xl/workbook.xml";
  const linked = (type: string, fallback: string) => {
    const r = pkg.relationships(workbook).find((x) => x.type === type);
    return r ? r.target : fallback;
  };
  const shared = sharedStrings(pkg.readXml(linked("sharedStrings", "xl/sharedStrings.xml")), pkg.budget);
  const formats = cellFormats(pkg.readXml(linked("styles", "xl/styles.xml")), pkg.budget);
  for (const sheet of sheets(pkg, workbook)) {
    const xml = pkg.readXml(sheet.part);
    // The sheet's name is on its tab: a workbook with a sheet per citizen may name them by number.
    if (xml !== undefined) out.add("sheet:" + sheet.name, [sheet.name, "\n", ...sheetText(xml, shared, formats, pkg.budget)]);
    // the sheet's comments, drawings (text boxes, shapes, WordArt) and the charts on them
    readLinked(pkg, sheet.part, "sheet:" + sheet.name, out);
  }
  for (const part of numbered(pkg, /^xl\/comments\d*\.xml$/)) {
    if (!pkg.seen.has(part.toLowerCase())) out.add("comments", allText(pkg.readXml(part) || EMPTY, pkg.budget));
  }
  // A pivot table keeps a copy of its source rows in the file, even when the source sheet is gone.
  for (const part of numbered(pkg, /^xl\/pivotCache\/pivotCache(Definition|Records)\d*\.xml$/)) {
    out.add("pivot-cache", pivotText(pkg.readXml(part) || EMPTY, pkg.budget));
  }
}

/** Values of a pivot cache: shared items and records (<s v="…"/>, <n v="…"/>, <d v="…"/>). */
function pivotText(xml: Uint8Array, budget: Budget): string {
  const out = new TextSink();
  walkXml(
    xml,
    {
      wantText: false,
      open(name, tag) {
        if (name !== "s" && name !== "n" && name !== "d") return;
        const v = tag.get("v");
        if (v === undefined) return;
        out.push(name === "n" ? numberText(v) : v);
        out.pushCode(9);
      },
      close(name) {
        if (name === "r" || name === "cacheField") out.pushCode(10);
      },
      text() {},
    },
    budget,
  );
  return out.take();
}

function sheets(pkg: Package, workbook: string): { name: string; part: string }[] {
  const rels = pkg.rels(workbook);
  const list: { name: string; part: string }[] = [];
  walkXml(pkg.readXml(workbook) || EMPTY, {
    wantText: false,
    open(name, tag) {
      if (name !== "sheet") return;
      const part = rels.get(tag.get("r:id") || "");
      if (part && pkg.has(part)) list.push({ name: tag.get("name") || part, part });
    },
    close() {},
    text() {},
  });
  const seen = new Set(list.map((s) => s.part.toLowerCase()));
  for (const part of numbered(pkg, /^xl\/worksheets\/sheet\d+\.xml$/)) {
    if (!seen.has(part.toLowerCase())) list.push({ name: part.slice(part.lastIndexOf("/") + 1, -4), part });
  }
  return list;
}

/**
 * The shared string table, as one string and each item's [start, end) in it (no string per item);
 * phonetic runs (<rPh>) are not part of the cell's text.
 */
function sharedStrings(xml: Uint8Array | undefined, budget: Budget): SharedStrings {
  const bounds: number[] = [];
  if (!xml) return { all: "", bounds };
  const sink = new TextSink();
  let start = 0;
  let phonetic = 0;
  const v = {
    wantText: false,
    open(name: string, _tag: unknown, self: boolean) {
      // sstItem: Excel 2007 beta files
      if (name === "si" || name === "sstItem") start = sink.length;
      else if (name === "rPh" && !self) phonetic++;
      else if (name === "t") v.wantText = !self && phonetic === 0;
    },
    close(name: string) {
      if (name === "si" || name === "sstItem") bounds.push(start, sink.length);
      else if (name === "rPh") phonetic--;
      else if (name === "t") v.wantText = false;
    },
    text(bytes: Uint8Array, s: number, e: number, cdata: boolean) {
      sink.appendXml(bytes, s, e, cdata);
    },
  };
  walkXml(xml, v, budget);
  return { all: sink.take(), bounds };
}

/** Style index → digit-only number format (null for formats that are not digit-only). */
function cellFormats(xml: Uint8Array | undefined, budget: Budget): (DigitFormat | null)[] {
  const custom = new Map<string, string>();
  const xfs: (DigitFormat | null)[] = [];
  if (!xml) return xfs;
  const builtIn: Record<string, string> = { "1": "0" };
  let inCellXfs = false;
  walkXml(
    xml,
    {
      wantText: false,
      open(name, tag) {
        if (name === "numFmt") custom.set(tag.get("numFmtId") || "", tag.get("formatCode") || "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = tag.get("numFmtId") || "0";
          const code = custom.get(id) || builtIn[id];
          xfs.push(code ? parseDigitFormat(code) : null);
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
      text() {},
    },
    budget,
  );
  return xfs;
}

/** All character data of a part (comments: author names and text). */
function allText(xml: Uint8Array, budget: Budget): string {
  const out = new TextSink();
  walkXml(
    xml,
    {
      wantText: true,
      open() {},
      close(name) {
        if (name === "comment" || name === "author") out.pushCode(10);
      },
      text(bytes, start, end, cdata) {
        out.appendXml(bytes, start, end, cdata);
      },
    },
    budget,
  );
  return out.take();
}

// Excel workbooks: every sheet's cells as tab-separated rows, named by sheet so a finding can say
// which one. Shared strings, inline strings, formula results and numbers (through their format).
import type { Budget } from "../context";
import { TextBuilder } from "../text-builder";
import { attr, decodeEntities, walkXml } from "../xml-walk";
import { applyDigitFormat, parseDigitFormat, type DigitFormat } from "./number-format";
import { readLinked } from "./linked";
import { numbered, type Package } from "./package";

export function readXlsx(pkg: Package, out: TextBuilder): void {
  const workbook = pkg.mainPart() || "xl/workbook.xml";
  const linked = (type: string, fallback: string) => {
    const r = pkg.relationships(workbook).find((x) => x.type === type);
    return r ? r.target : fallback;
  };
  const shared = sharedStrings(pkg.read(linked("sharedStrings", "xl/sharedStrings.xml")), pkg.budget);
  const formats = cellFormats(pkg.read(linked("styles", "xl/styles.xml")), pkg.budget);
  for (const sheet of sheets(pkg, workbook)) {
    const xml = pkg.read(sheet.part);
    if (xml !== undefined) out.add("sheet:" + sheet.name, sheetText(xml, shared, formats, pkg.budget));
    // the sheet's comments, drawings (text boxes, shapes, WordArt) and the charts on them
    readLinked(pkg, sheet.part, "sheet:" + sheet.name, out);
  }
  for (const part of numbered(pkg, /^xl\/comments\d*\.xml$/)) {
    if (!pkg.seen.has(part.toLowerCase())) out.add("comments", allText(pkg.read(part) || "", pkg.budget));
  }
  // A pivot table keeps a copy of its source rows in the file, even when the source sheet is gone.
  for (const part of numbered(pkg, /^xl\/pivotCache\/pivotCache(Definition|Records)\d*\.xml$/)) {
    out.add("pivot-cache", pivotText(pkg.read(part) || "", pkg.budget));
  }
}

/** Values of a pivot cache: shared items and records (<s v="…"/>, <n v="…"/>, <d v="…"/>). */
function pivotText(xml: string, budget: Budget): string {
  const out: string[] = [];
  walkXml(
    xml,
    {
      wantText: false,
      open(name, attrs) {
        if (name !== "s" && name !== "n" && name !== "d") return;
        const v = attr(attrs, "v");
        if (v !== undefined) out.push(name === "n" ? numberText(v) : v, "\t");
      },
      close(name) {
        if (name === "r" || name === "cacheField") out.push("\n");
      },
      text() {},
    },
    budget,
  );
  return out.join("");
}

function sheets(pkg: Package, workbook: string): { name: string; part: string }[] {
  const rels = pkg.rels(workbook);
  const list: { name: string; part: string }[] = [];
  walkXml(pkg.read(workbook) || "", {
    wantText: false,
    open(name, attrs) {
      if (name !== "sheet") return;
      const part = rels.get(attr(attrs, "r:id") || "");
      if (part && pkg.has(part)) list.push({ name: attr(attrs, "name") || part, part });
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

/** The shared string table; phonetic runs (<rPh>) are not part of the cell's text. */
function sharedStrings(xml: string | undefined, budget: Budget): string[] {
  const list: string[] = [];
  if (!xml) return list;
  let cur: string[] = [];
  let phonetic = 0;
  const v = {
    wantText: false,
    wantAttrs: false,
    open(name: string, _a: string, self: boolean) {
      // sstItem: Excel 2007 beta files
      if (name === "si" || name === "sstItem") cur = [];
      else if (name === "rPh" && !self) phonetic++;
      else if (name === "t") v.wantText = !self && phonetic === 0;
    },
    close(name: string) {
      if (name === "si" || name === "sstItem") list.push(cur.join(""));
      else if (name === "rPh") phonetic--;
      else if (name === "t") v.wantText = false;
    },
    text(raw: string, cdata: boolean) {
      cur.push(cdata ? raw : decodeEntities(raw));
    },
  };
  walkXml(xml, v, budget);
  return list;
}

/** Style index → digit-only number format (null for formats that are not digit-only). */
function cellFormats(xml: string | undefined, budget: Budget): (DigitFormat | null)[] {
  const custom = new Map<string, string>();
  const xfs: (DigitFormat | null)[] = [];
  if (!xml) return xfs;
  const builtIn: Record<string, string> = { "1": "0" };
  let inCellXfs = false;
  walkXml(
    xml,
    {
      wantText: false,
      open(name, attrs) {
        if (name === "numFmt") custom.set(attr(attrs, "numFmtId") || "", attr(attrs, "formatCode") || "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = attr(attrs, "numFmtId") || "0";
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

const HEADER_FOOTER = new Set(["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]);

function sheetText(xml: string, shared: string[], formats: (DigitFormat | null)[], budget: Budget): string {
  const out: string[] = [];
  let type = "";
  let style = 0;
  let value = "";
  let inCell = false;
  let collect = false;
  let inHeader = false;
  let header = "";
  const v = {
    wantText: false,
    open(name: string, attrs: string, self: boolean) {
      if (name === "c") {
        // most cells carry neither attribute: skip the lookups then
        type = attrs.indexOf("t=") >= 0 ? attr(attrs, "t") || "n" : "n";
        style = attrs.indexOf("s=") >= 0 ? parseInt(attr(attrs, "s") || "0", 10) || 0 : 0;
        value = "";
        inCell = !self;
      } else if (inCell && (name === "v" || name === "t")) {
        collect = !self;
        v.wantText = collect;
      } else if (HEADER_FOOTER.has(name) && !self) {
        header = "";
        inHeader = true;
        v.wantText = true;
      }
    },
    close(name: string) {
      if (name === "c") {
        if (inCell) {
          const text = cellText(type, value, shared, formats[style]);
          if (text !== "") out.push(text, "\t");
        }
        inCell = false;
      } else if (name === "v" || name === "t") {
        collect = false;
        v.wantText = false;
      } else if (name === "row") out.push("\n");
      else if (inHeader && HEADER_FOOTER.has(name)) {
        // printed headers and footers: drop the layout codes (&L, &C, &"Arial,Bold", &12 …)
        out.push("\n", header.replace(/&"[^"]*"|&\d+|&[A-Za-z]/g, " "), "\n");
        inHeader = false;
        v.wantText = false;
      }
    },
    text(raw: string, cdata: boolean) {
      if (collect) value += cdata ? raw : decodeEntities(raw);
      else if (inHeader) header += cdata ? raw : decodeEntities(raw);
    },
  };
  walkXml(xml, v, budget);
  return out.join("");
}

function cellText(type: string, raw: string, shared: string[], format: DigitFormat | null | undefined): string {
  if (type === "s") {
    const s = shared[parseInt(raw, 10)];
    return s === undefined ? "" : s;
  }
  if (type !== "n") return raw;
  return numberText(raw, format);
}

/** A numeric cell's text: through its digit format, else as a plain whole number where it is one. */
export function numberText(raw: string, format?: DigitFormat | null): string {
  const num = Number(raw);
  if (raw === "" || !(num >= 0) || num !== Math.floor(num) || num > Number.MAX_SAFE_INTEGER) return raw;
  const digits = String(num);
  if (format) return applyDigitFormat(digits, format);
  // A nine-digit whole number is how a CPR with a leading zero ends up when typed into a General
  // cell; show it as the ten digits it was. The CPR finder still requires a real date and checksum.
  if (digits.length === 9) return "0" + digits;
  return digits;
}

/** All character data of a part (comments: author names and text). */
function allText(xml: string, budget: Budget): string {
  const out: string[] = [];
  walkXml(
    xml,
    {
      wantText: true,
      open() {},
      close(name) {
        if (name === "comment" || name === "author") out.push("\n");
      },
      text(raw, cdata) {
        out.push(cdata ? raw : decodeEntities(raw));
      },
    },
    budget,
  );
  return out.join("");
}

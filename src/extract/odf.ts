// OpenDocument (.odt/.ods/.odp, as LibreOffice and some case systems write them): the displayed text
// of content.xml, plus headers and footers from styles.xml, embedded objects and metadata.
import { Stop, type Budget } from "./context";
import { TextBuilder } from "./text-builder";
import { TextSink } from "./text-sink";
import { walkXml, type Attrs } from "./xml-walk";
import { valuesText } from "./ooxml/properties";

const BREAK_AFTER: Record<string, string> = {
  "text:p": "\n",
  "text:h": "\n",
  "table:table-cell": "\t",
  "table:covered-table-cell": "\t",
  "table:table-row": "\n",
  "text:tab": "\t",
  "text:line-break": "\n",
  "text:s": " ",
  // Notes, comments and frames sit inside a paragraph: keep their text apart from the words around
  // them, so a note's number never joins the digits it follows.
  "text:note-citation": " ",
  "text:note-body": "\n",
  "office:annotation": "\n",
  "dc:creator": "\n",
  "dc:date": "\n",
  "draw:frame": "\n",
  "text:list-item": "\n",
};

/** Elements that start apart from the text before them. */
const BREAK_BEFORE = new Set(["text:note", "office:annotation", "draw:frame"]);

export function odfText(xml: Uint8Array, budget: Budget, onlyUnder?: string): string[] {
  const out = new TextSink();
  let inside = onlyUnder ? 0 : 1;
  const v = {
    wantText: inside > 0,
    // matched with the customary prefixes (text:, table:) that LibreOffice and other writers use
    qualifiedNames: true,
    open(name: string, tag: Attrs, self: boolean) {
      if (onlyUnder && name === onlyUnder && !self) inside++;
      v.wantText = inside > 0;
      if (inside > 0 && BREAK_BEFORE.has(name)) out.push(" ");
      // A spreadsheet's sheet names are on its tabs (a workbook may have a sheet per citizen).
      if (inside > 0 && name === "table:table") out.push("\n" + (tag.get("table:name") || "") + "\n");
    },
    close(name: string) {
      if (onlyUnder && name === onlyUnder) inside--;
      v.wantText = inside > 0;
      const br = BREAK_AFTER[name];
      if (br !== undefined && inside > 0) out.push(br);
    },
    text(bytes: Uint8Array, start: number, end: number, cdata: boolean) {
      out.appendXml(bytes, start, end, cdata);
    },
  };
  walkXml(xml, v, budget);
  return out.takeChunks();
}

/**
 * The parts a reader sees, as META-INF/manifest.xml lists them: the document's content and
 * styles (headers, footers), and those of objects embedded in it (a chart or a spreadsheet
 * pasted into a letter lives in "Object 1/content.xml"). A password-protected document declares
 * encryption-data per entry: its parts are ciphertext, and the file is reported encrypted.
 */
export function readOdf(read: (name: string) => Uint8Array | undefined, budget: Budget, out: TextBuilder, beforeMeta?: () => void): void {
  const manifest = read("META-INF/manifest.xml");
  const m = manifest !== undefined ? readManifest(manifest, budget) : { encrypted: false, objects: [] };
  if (m.encrypted) throw new Stop("encrypted");
  for (const dir of ["", ...m.objects]) {
    const content = read(dir + "content.xml");
    if (content !== undefined) out.add("body", odfText(content, budget, "office:body"));
    const styles = read(dir + "styles.xml");
    if (styles !== undefined) out.add("header", odfText(styles, budget, "office:master-styles"));
  }
  // Title, subject, keywords and user-defined fields: case systems fill these in. One value per
  // line, as for OOXML's properties: written back to back, a CPR field would join the digits of
  // the field before it (a case number, a year) and no longer read as a number.
  beforeMeta?.();
  const meta = read("meta.xml");
  if (meta !== undefined) out.add("properties", valuesText(meta, budget));
}

interface Manifest {
  encrypted: boolean;
  /** Folders of embedded OpenDocument objects ("Object 1/"). */
  objects: string[];
}

function readManifest(xml: Uint8Array, budget: Budget): Manifest {
  const m: Manifest = { encrypted: false, objects: [] };
  walkXml(
    xml,
    {
      wantText: false,
      open(name, tag) {
        const local = name.slice(name.indexOf(":") + 1);
        if (local === "encryption-data") m.encrypted = true;
        else if (local === "file-entry") {
          const path = tag.get("manifest:full-path") || "";
          const type = tag.get("manifest:media-type") || "";
          if (path !== "/" && /\/$/.test(path) && /opendocument/.test(type)) m.objects.push(path);
        }
      },
      close() {},
      text() {},
    },
    budget,
  );
  return m;
}

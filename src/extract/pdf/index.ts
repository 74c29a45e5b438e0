// PDF text for the send handler, within its budget: page by page through the page tree, content
// streams unpacked with fflate, text decoded through each font's ToUnicode map or simple encoding.
// Honest limits: encrypted files, scans and CID fonts without ToUnicode are reported, not guessed.
import { Stop, type Budget } from "../context";
import { pdfHeaderAt } from "../sniff";
import { TextBuilder } from "../text-builder";
import type { ExtractResult, UnreadableReason } from "../types";
import { ContentReader, type PageStats } from "./content";
import { decodeCp1252, decodeText, decodeUtf16, decodeUtf8 } from "../decode";
import { valuesText } from "../ooxml/properties";
import { bytesOf, latin1 } from "../binary-string";
import { isDict, nameOf, refOf, type PdfDict, type PdfValue } from "./lexer";
import { PdfFile } from "./objects";
import { isDamaged } from "./damage";

const MAX_PAGES = 5000;

export function readPdf(bytes: Uint8Array, budget: Budget): ExtractResult {
  const file = new PdfFile(pdfHeaderAt(bytes) > 0 ? bytes.subarray(pdfHeaderAt(bytes)) : bytes, budget);
  if (file.locked) return { unreadable: "encrypted" };
  const out = new TextBuilder();
  const stats: PageStats = { undecoded: 0, decoded: 0, brokenStreams: 0, unmappedStrings: 0, images: 0 };
  const reader = new ContentReader(file, budget);
  let problem: UnreadableReason | undefined;
  let scannedPages = 0;
  let pageCount = 0;
  let textless = true;
  try {
    const pages = pageList(file);
    pageCount = pages.length;
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i]!;
      const before = { decoded: stats.decoded, images: stats.images };
      const text = reader.pageText(p.page.dict.get("Contents"), p.resources, stats);
      // A page that draws a picture and no text is a scan (or a photo of a document).
      if (stats.decoded === before.decoded && stats.images > before.images) scannedPages++;
      out.add("page:" + (i + 1), text + annotationText(file, p.page));
    }
    out.add("form", formFieldText(file, pages));
    // A scan with a title is still a scan: the properties do not count as the document's text.
    textless = out.isEmpty;
    out.add("properties", propertiesText(file));
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    problem = err.reason;
  }
  // Text that could not be decoded (CID fonts without ToUnicode, unsupported filters) means the file
  // was not fully checked; a file with no text at all is most likely a scan.
  // A glyph or two without a Unicode entry (a logo, a bullet) is common and harmless; more is not.
  const unmapped = stats.unmappedStrings > Math.max(2, stats.decoded * 0.05);
  if (!problem && (stats.undecoded > 0 || stats.brokenStreams > 0 || unmapped || scannedPages > 0 || textless)) problem = "pdf-no-text";
  // Text missing because the file is broken (cut off, a looping xref chain) is not a scan.
  if (problem === "pdf-no-text" && isDamaged(file, pageCount)) problem = "corrupt";
  return out.result(problem);
}

/**
 * The document's properties, as a viewer shows them and case systems fill them in (a title with
 * the citizen's number): the Info dictionary's values (Title, Subject, Keywords, Author, a system's
 * own keys) and the XMP metadata stream, one value per line so no value joins the digits of the next.
 */
function propertiesText(file: PdfFile): string {
  const out: string[] = [];
  // Trailers newest first: an incremental update's Info replaces the older one.
  const infoRef = file.trailers.map((t) => t.dict.get("Info")).find((v) => file.dict(v) !== undefined);
  const info = file.dict(infoRef);
  if (info) {
    info.dict.forEach((v, key) => {
      const t = key === "CreationDate" || key === "ModDate" ? "" : textString(file.stringOf(v, infoRef));
      if (t) out.push(t);
    });
  }
  const root = file.trailers.map((t) => file.dict(t.dict.get("Root"))).find((d) => d !== undefined);
  const meta = root && file.object(root.dict.get("Metadata"));
  const xmp = meta && file.streamData(meta);
  if (xmp) out.push(valuesText(decodeText(xmp), file.budget));
  return out.join("\n");
}

/** Comments and notes on a page (the text of annotations, e.g. sticky notes and free text). */
function annotationText(file: PdfFile, page: PdfDict): string {
  const annots = file.get(page.dict.get("Annots"));
  if (!Array.isArray(annots)) return "";
  const out: string[] = [];
  for (const a of annots.slice(0, 10000)) {
    const d = file.dict(a);
    const t = d && textString(file.stringOf(d.dict.get("Contents"), a));
    if (t) out.push(t);
  }
  return out.length ? "\n" + out.join("\n") : "";
}

/**
 * Values typed into a filled-in form: AcroForm fields (/V), the widget annotations on the pages
 * (a page cut out of a larger form keeps its values there, without an /AcroForm), and XFA forms'
 * data (the "datasets" packet).
 */
function formFieldText(file: PdfFile, pages: Page[]): string {
  const out: string[] = [];
  const seen = new Set<PdfDict>();
  const visit = (v: PdfValue | undefined, depth: number) => {
    const d = file.dict(v);
    if (!d || seen.has(d) || depth > 32 || out.length > 100000) return;
    seen.add(d);
    const raw = d.dict.get("V");
    const value = file.get(raw);
    for (const x of Array.isArray(value) ? value : [raw]) {
      const t = textString(file.stringOf(x, refOf(raw) !== undefined ? raw : v));
      if (t) out.push(t);
    }
    const kids = file.get(d.dict.get("Kids"));
    if (Array.isArray(kids)) for (const k of kids) visit(k, depth + 1);
  };
  const form = acroForm(file);
  const fields = form && file.get(form.dict.get("Fields"));
  if (Array.isArray(fields)) for (const f of fields) visit(f, 0);
  for (const p of pages) {
    const annots = file.get(p.page.dict.get("Annots"));
    if (!Array.isArray(annots)) continue;
    for (const a of annots.slice(0, 10000)) {
      const d = file.dict(a);
      if (!d || nameOf(d.dict.get("Subtype")) !== "Widget") continue;
      // a widget is the field itself, or a kid of the field that holds the value
      visit(a, 0);
      const parent = d.dict.get("Parent");
      if (parent !== undefined) visit(parent, 0);
    }
  }
  if (form) out.push(xfaDatasetsText(file, form));
  return out.join("\n");
}

function acroForm(file: PdfFile): PdfDict | undefined {
  for (const t of file.trailers) {
    const root = file.dict(t.dict.get("Root"));
    const form = root && file.dict(root.dict.get("AcroForm"));
    if (form) return form;
  }
  return undefined;
}

/** XFA: the XML of the form's data ("datasets"), packet by packet or as one XDP stream. */
function xfaDatasetsText(file: PdfFile, form: PdfDict): string {
  const xfa = form.dict.get("XFA");
  const list = file.get(xfa);
  let xml = "";
  if (Array.isArray(list)) {
    for (let i = 0; i + 1 < list.length; i += 2) {
      const name = textString(file.stringOf(list[i], xfa));
      const o = file.object(list[i + 1]);
      if (name === "datasets" && o) xml += binaryText(file.streamData(o));
    }
  } else {
    const o = file.object(xfa);
    const whole = o ? binaryText(file.streamData(o)) : "";
    const start = whole.search(/<(\w+:)?datasets\b/);
    const end = whole.search(/<\/(\w+:)?datasets>/);
    if (start >= 0) xml = whole.slice(start, end > start ? end : whole.length);
  }
  if (!xml) return "";
  return valuesText(decodeText(bytesOf(xml)), file.budget);
}

function binaryText(data: Uint8Array | undefined): string {
  return data ? latin1(data) : "";
}

/** A PDF text string: UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding (≈ Latin-1). */
function textString(s: string | undefined): string {
  if (!s) return "";
  const bytes = bytesOf(s);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false, 2);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, false, 3);
  return decodeCp1252(bytes);
}

interface Page {
  page: PdfDict;
  resources: PdfDict | undefined;
}

/** Pages in reading order from the page tree (with inherited resources); every Page object as a fallback. */
function pageList(file: PdfFile): Page[] {
  const pages: Page[] = [];
  const seen = new Set<PdfDict>();
  const visit = (node: PdfDict | undefined, inherited: PdfDict | undefined, depth: number) => {
    if (!node || seen.has(node) || depth > 64 || pages.length >= MAX_PAGES) return;
    seen.add(node);
    const resources = file.dict(node.dict.get("Resources")) || inherited;
    const kids = file.get(node.dict.get("Kids"));
    if (Array.isArray(kids)) for (const k of kids) visit(file.dict(k), resources, depth + 1);
    else if (node.dict.has("Contents") || nameOf(node.dict.get("Type")) === "Page") pages.push({ page: node, resources });
  };
  for (const t of file.trailers) {
    const root = file.dict(t.dict.get("Root"));
    if (root) {
      visit(file.dict(root.dict.get("Pages")), undefined, 0);
      if (pages.length) return pages;
    }
  }
  const nums = Array.from(file.objects.keys()).sort((a, b) => a - b);
  for (const n of nums) {
    const v = file.objects.get(n)!.value;
    if (isDict(v) && nameOf(v.dict.get("Type")) === "Page" && pages.length < MAX_PAGES) {
      pages.push({ page: v, resources: file.dict(v.dict.get("Resources")) });
    }
  }
  return pages;
}

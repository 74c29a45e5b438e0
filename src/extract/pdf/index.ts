// PDF text for the send handler, within its budget: page by page through the page tree, content
// streams unpacked with fflate, text decoded through each font's ToUnicode map or simple encoding.
// Honest limits: encrypted files, scans and CID fonts without ToUnicode are reported, not guessed.
import { Stop, type Budget } from "../context";
import { toBinaryString } from "../mime";
import { pdfHeaderAt } from "../sniff";
import { TextBuilder } from "../text-builder";
import type { ExtractResult, UnreadableReason } from "../types";
import { ContentReader, type PageStats } from "./content";
import { isDict, nameOf, type PdfDict } from "./lexer";
import { PdfFile } from "./objects";

const MAX_PAGES = 5000;

export function readPdf(bytes: Uint8Array, budget: Budget): ExtractResult {
  const s = toBinaryString(pdfHeaderAt(bytes) > 0 ? bytes.subarray(pdfHeaderAt(bytes)) : bytes);
  const file = new PdfFile(s, budget);
  if (file.trailers.some((t) => t.dict.has("Encrypt"))) return { unreadable: "encrypted" };
  const out = new TextBuilder();
  const stats: PageStats = { undecoded: 0, decoded: 0, brokenStreams: 0, unmappedStrings: 0 };
  const reader = new ContentReader(file, budget);
  let problem: UnreadableReason | undefined;
  try {
    const pages = pageList(file);
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i]!;
      out.add("page:" + (i + 1), reader.pageText(p.page.dict.get("Contents"), p.resources, stats));
    }
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    problem = err.reason;
  }
  // Text that could not be decoded (CID fonts without ToUnicode, unsupported filters) means the file
  // was not fully checked; a file with no text at all is most likely a scan.
  // A glyph or two without a Unicode entry (a logo, a bullet) is common and harmless; more is not.
  const unmapped = stats.unmappedStrings > Math.max(2, stats.decoded * 0.05);
  if (!problem && (stats.undecoded > 0 || stats.brokenStreams > 0 || unmapped || out.isEmpty)) problem = "pdf-no-text";
  return out.result(problem);
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

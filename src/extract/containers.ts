// Container files: zip-based ones (Office Open XML, OpenDocument, plain .zip archives whose entries
// are extracted one level deeper) and compound files (.msg, encrypted Office, legacy Office).
import { Cfb } from "./cfb";
import { Stop, type Budget } from "./context";
import { isMsg, readMsg } from "./msg";
import { decodeCp1252, decodeText, decodeUtf16 } from "./decode";
import { readDocx } from "./ooxml/docx";
import { EMPTY, Package } from "./ooxml/package";
import { readPptx } from "./ooxml/pptx";
import { readDiagrams, readProperties, valuesText } from "./ooxml/properties";
import { readXlsx } from "./ooxml/xlsx";
import { readOdf } from "./odf";
import { TextBuilder } from "./text-builder";
import type { EmbeddedResult, ExtractResult } from "./types";
import { decodeUrl } from "../text/html-hidden";
import { isEncrypted, readEntry, readZipIndex, type ZipEntry } from "./zip";

export function readZipFile(bytes: Uint8Array, depth: number, budget: Budget): ExtractResult {
  const entries = readZipIndex(bytes, budget);
  const pkg = new Package(bytes, entries, budget, depth);
  const out = new TextBuilder();
  const read = (reader: (p: Package, o: TextBuilder) => void): ExtractResult => {
    let r: ExtractResult;
    try {
      reader(pkg, out);
      r = out.result(pkg.problem);
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
      return out.result(err.reason);
    }
    // Objects embedded in the document (a spreadsheet pasted into a letter) travel with it.
    const embedded = entries.filter((e) => /^(word|xl|ppt)\/embeddings\/[^/]+$/i.test(e.name)).map((e) => entryResult(bytes, e, depth, budget));
    if (embedded.length) r.embedded = embedded;
    return r;
  };
  const withProperties = (reader: (p: Package, o: TextBuilder) => void) => (p: Package, o: TextBuilder) => {
    reader(p, o);
    readDiagrams(p, o);
    pictureOnly(p, o, /^(word|ppt)\/media\//i);
    readProperties(p, o);
    // Only the links that hold a digit: the rest cannot carry a number.
    o.add("links", p.externalTargets().map(decodeUrl).filter((t) => /[0-9]/.test(t)).join("\n"));
  };
  const kind = officeKind(pkg);
  if (kind === "docx") return read(withProperties(readDocx));
  if (kind === "xlsx") return read(withProperties(readXlsx));
  if (kind === "pptx") return read(withProperties(readPptx));
  if (pkg.has("content.xml") && pkg.has("mimetype")) return read((p, o) => readOdf((n) => p.readXml(n), budget, o, () => pictureOnly(p, o, /^Pictures\//)));
  if (pkg.has("[Content_Types].xml")) {
    // Another Office package (.xlsb keeps its cells in binary parts, .vsdx, …): its XML text is
    // scanned, but the file is reported, since the part that matters may not be XML at all.
    const r = read((p, o) => {
      for (const n of p.names()) if (/\.xml$/i.test(n) && !/^\[Content_Types\]\.xml$|\.rels$/i.test(n)) o.add("", valuesText(p.readXml(n) || EMPTY, budget));
    });
    return r.unreadable ? r : Object.assign(r, { unreadable: "unsupported-type" as const });
  }

  // A plain archive: every file inside is an attachment of its own, one level down.
  const embedded: EmbeddedResult[] = [];
  for (const e of entries) {
    if (e.name.endsWith("/") || /(^|\/)(__MACOSX\/|\.DS_Store$)/.test(e.name)) continue;
    embedded.push(entryResult(bytes, e, depth, budget));
  }
  return embedded.length ? { text: "", embedded } : { text: "" };
}

/**
 * A document with pictures and no text at all (a scanned letter pasted into Word, slides of scans)
 * has nothing to check: it is reported as pictures, as a scanned PDF is. Asked before the document
 * properties are read, which are no text of the document. (A workbook always has its sheet names.)
 */
function pictureOnly(p: Package, o: TextBuilder, media: RegExp): void {
  if (o.isEmpty && !p.problem && p.names().some((n) => media.test(n) && !n.endsWith("/"))) p.problem = "image";
}

/** Which Office reader a package needs: by its main part (as its relationships name it), else by the customary part names. */
function officeKind(pkg: Package): "docx" | "xlsx" | "pptx" | undefined {
  const main = pkg.mainPart();
  const type = main ? pkg.contentType(main) : "";
  if (/wordprocessingml/.test(type)) return "docx";
  if (/spreadsheetml/.test(type)) return "xlsx";
  if (/presentationml/.test(type)) return "pptx";
  if (pkg.has("word/document.xml")) return "docx";
  if (pkg.has("xl/workbook.xml")) return "xlsx";
  if (pkg.has("ppt/presentation.xml")) return "pptx";
  return undefined;
}

/** One archive entry, extracted as a file of its own one level down. */
function entryResult(bytes: Uint8Array, e: ZipEntry, depth: number, budget: Budget): EmbeddedResult {
  if (budget.expired()) return { name: e.name, unreadable: "time-budget" };
  if (isEncrypted(e)) return { name: e.name, unreadable: "encrypted" };
  let data: Uint8Array;
  try {
    if (e.size > budget.limits.maxFileBytes) throw new Stop(e.size / Math.max(1, e.compressedSize) > 100 ? "zip-bomb" : "too-large");
    data = readEntry(bytes, e, budget);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { name: e.name, unreadable: err.reason };
  }
  return Object.assign({ name: e.name }, budget.extract(e.name, data, depth + 1));
}

/**
 * Compound files: password-protected Office files (an encrypted package inside), Outlook .msg
 * (read like an attached mail), legacy .doc/.xls/.ppt. Legacy files are not parsed, but their text mostly lies in the
 * file as plain 8-bit or UTF-16 runs: those runs are returned so a CPR number in an old .doc is
 * still found, and the file is still reported as not fully checked (numbers stored as numeric
 * .xls cells, for one, are not text).
 */
export function readCompoundFile(bytes: Uint8Array, name: string, depth: number, budget: Budget): ExtractResult {
  if (containsUtf16(bytes, "EncryptedPackage")) return { unreadable: "encrypted" };
  let cfb: Cfb | undefined;
  try {
    cfb = new Cfb(bytes);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  if (cfb && isMsg(cfb)) return readMsg(cfb, cfb.root, depth, budget);
  const reason = /\.msg$/i.test(name) ? "unsupported-type" : "legacy-format";
  const text = printableRuns(bytes, budget);
  return text ? { text, unreadable: reason } : { unreadable: reason };
}

const MIN_RUN = 5;

function printable(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b >= 0xa0 || b === 9;
}

/** Runs of at least MIN_RUN printable characters, as 8-bit (Windows-1252) and as UTF-16LE text. */
function printableRuns(bytes: Uint8Array, budget: Budget): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && printable(bytes[i]!)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= MIN_RUN) runs.push(decodeCp1252(bytes, start, i));
    start = -1;
    if ((i & 0xffff) === 0) budget.check();
  }
  for (let parity = 0; parity < 2; parity++) {
    let s = -1;
    for (let i = parity; i + 1 <= bytes.length; i += 2) {
      const ok = i + 1 < bytes.length && bytes[i + 1] === 0 && printable(bytes[i]!);
      if (ok) {
        if (s < 0) s = i;
        continue;
      }
      if (s >= 0 && (i - s) / 2 >= MIN_RUN) runs.push(decodeUtf16(bytes, true, s, i));
      s = -1;
      if ((i & 0xffff) === 0) budget.check();
    }
  }
  return runs.join("\n");
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const n = bytes.length - word.length * 2;
  outer: for (let i = 0; i <= n; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function readPlainText(bytes: Uint8Array): ExtractResult {
  return { text: decodeText(bytes) };
}

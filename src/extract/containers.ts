// Zip-based files: Office Open XML, OpenDocument, and plain .zip archives whose entries are
// extracted one level deeper.
import { Stop, type Budget } from "./context";
import { decodeText } from "./decode";
import { readDocx } from "./ooxml/docx";
import { Package } from "./ooxml/package";
import { readPptx } from "./ooxml/pptx";
import { readXlsx } from "./ooxml/xlsx";
import { readOdf } from "./odf";
import { TextBuilder } from "./text-builder";
import type { EmbeddedResult, ExtractResult } from "./types";
import { isEncrypted, readEntry, readZipIndex } from "./zip";

export function readZipFile(bytes: Uint8Array, depth: number, budget: Budget): ExtractResult {
  const entries = readZipIndex(bytes, budget);
  const pkg = new Package(bytes, entries, budget);
  const out = new TextBuilder();
  const read = (reader: (p: Package, o: TextBuilder) => void): ExtractResult => {
    try {
      reader(pkg, out);
      return out.result();
    } catch (err) {
      if (err instanceof Stop) return out.result(err.reason);
      throw err;
    }
  };
  if (pkg.has("word/document.xml")) return read(readDocx);
  if (pkg.has("xl/workbook.xml")) return read(readXlsx);
  if (pkg.has("ppt/presentation.xml")) return read(readPptx);
  if (pkg.has("content.xml") && pkg.has("mimetype")) return read((p, o) => readOdf((n) => p.read(n), budget, o));

  // A plain archive: every file inside is an attachment of its own, one level down.
  const embedded: EmbeddedResult[] = [];
  for (const e of entries) {
    if (e.name.endsWith("/") || /(^|\/)(__MACOSX\/|\.DS_Store$)/.test(e.name)) continue;
    if (budget.expired()) {
      embedded.push({ name: e.name, unreadable: "time-budget" });
      continue;
    }
    if (isEncrypted(e)) {
      embedded.push({ name: e.name, unreadable: "encrypted" });
      continue;
    }
    let data: Uint8Array;
    try {
      if (e.size > budget.limits.maxFileBytes) throw new Stop(e.size / Math.max(1, e.compressedSize) > 100 ? "zip-bomb" : "too-large");
      data = readEntry(bytes, e, budget);
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
      embedded.push({ name: e.name, unreadable: err.reason });
      continue;
    }
    embedded.push(Object.assign({ name: e.name }, budget.extract(e.name, data, depth + 1)));
  }
  return embedded.length ? { text: "", embedded } : { text: "" };
}

/** Compound files: legacy .doc/.xls/.ppt/.msg, and password-protected Office files (an encrypted package inside). */
export function readCompoundFile(bytes: Uint8Array): ExtractResult {
  return { unreadable: containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy-format" };
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

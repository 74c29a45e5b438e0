// Reference extractors, one per type, independent of the project's readers: pdf.js for PDF,
// mammoth for Word, SheetJS for spreadsheets, postal-mime for .eml, msgreader for .msg, and for
// PowerPoint and OpenDocument the character data of the parts a reader sees (slides, notes,
// charts, SmartArt; every content.xml), found by a plain regular expression.
import { unzipSync, strFromU8 } from "fflate";

export async function referenceText(name: string, bytes: Uint8Array): Promise<string | undefined> {
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  switch (ext) {
    case "pdf":
      return pdfText(bytes);
    case "docx":
    case "docm":
      return (await import("mammoth")).extractRawText({ buffer: Buffer.from(bytes) }).then((r) => r.value);
    case "xlsx":
    case "xlsm":
    case "xls":
    case "ods":
      return sheetText(bytes);
    case "eml":
      return emlText(bytes);
    case "msg":
      return msgText(bytes);
    case "pptx":
    case "pptm":
      return zipXmlText(bytes, /^ppt\/(slides\/slide|notesSlides\/notesSlide|charts\/chart|diagrams\/data)\d*\.xml$/i, /<a:t>([^<]*)<\/a:t>|<c:v>([^<]*)<\/c:v>/g);
    case "odt":
    case "odp":
      return zipXmlText(bytes, /(^|\/)content\.xml$/, />([^<]+)</g);
    default:
      return undefined;
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: string[] = [];
  for (let i = 1; i <= Math.min(doc.numPages, 200); i++) {
    const page = await doc.getPage(i);
    const tc = await page.getTextContent();
    for (const item of tc.items) if ("str" in item) out.push(item.str, item.hasEOL ? "\n" : " ");
    const annots = await page.getAnnotations();
    for (const a of annots) {
      if (typeof a.fieldValue === "string") out.push(" ", a.fieldValue);
      if (a.contentsObj && a.contentsObj.str) out.push(" ", a.contentsObj.str);
    }
  }
  await doc.destroy();
  return out.join("");
}

async function sheetText(bytes: Uint8Array): Promise<string> {
  const XLSX = await import("xlsx");
  const wb = XLSX.read(bytes, { type: "array", cellFormula: false, cellHTML: false });
  // Text and whole numbers: fractions are written differently by every reader (1.7E-2, 0.017)
  // and can never hold a CPR number, so they would only blur the recall.
  const out: string[] = [];
  for (const n of wb.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1, raw: true, defval: "" });
    for (const row of rows) out.push(row.filter((v) => typeof v === "string" || (typeof v === "number" && Number.isInteger(v))).join("\t"));
  }
  return out.join("\n");
}

async function emlText(bytes: Uint8Array): Promise<string> {
  const PostalMime = (await import("postal-mime")).default;
  const m = await PostalMime.parse(bytes);
  return [m.subject || "", m.text || stripTags(m.html || "")].join("\n");
}

async function msgText(bytes: Uint8Array): Promise<string> {
  const MsgReader = (await import("@kenjiuno/msgreader")).default;
  const r = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const d = r.getFileData();
  if (d.error) throw new Error(d.error);
  return [d.subject || "", d.body || ""].join("\n");
}

function zipXmlText(bytes: Uint8Array, parts: RegExp, textRe: RegExp): string {
  const files = unzipSync(bytes, { filter: (f) => parts.test(f.name) });
  const out: string[] = [];
  for (const [, data] of Object.entries(files)) {
    const xml = strFromU8(data);
    for (const m of xml.matchAll(textRe)) out.push(decodeXml(m[1] ?? m[2] ?? ""));
  }
  return out.join(" ");
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
  });
}

function stripTags(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ").replace(/&#?\w+;/g, " ");
}

// Builders for real, minimal Office/PDF/mail files used by the extractor tests and the benchmark.
// The XML follows what Word, Excel and PowerPoint write (content types, package and part
// relationships), trimmed to what a reader needs. All CPR numbers in fixtures are synthetic.
import { strToU8, unzipSync, zipSync, zlibSync, type Zippable } from "fflate";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function contentTypes(overrides: [string, string][]): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("") +
    "</Types>"
  );
}

function rels(list: [string, string, string][]): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("") +
    "</Relationships>"
  );
}

function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = [typeof v === "string" ? strToU8(v) : v, { level }];
  return zipSync(z);
}

/** A paragraph of runs; "\t" becomes <w:tab/>. */
export function wParagraph(text: string): string {
  const runs = text.split("\t").map((t) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`);
  return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.join("<w:r><w:tab/></w:r>")}</w:p>`;
}

export function docx(opts: { paragraphs: string[]; header?: string; footer?: string; rawBody?: string }): Uint8Array {
  const body = opts.paragraphs.map(wParagraph).join("") + (opts.rawBody || "");
  const files: Record<string, string> = {
    "[Content_Types].xml": contentTypes([
      ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
      ["/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"],
      ["/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"],
      ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ]),
    "_rels/.rels": rels([
      ["rId1", "officeDocument", "word/document.xml"],
      ["rId2", "metadata/core-properties", "docProps/core.xml"],
    ]),
    "docProps/core.xml": XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Sagsbehandler</dc:creator></cp:coreProperties>',
    "word/_rels/document.xml.rels": rels([
      ["rId1", "header", "header1.xml"],
      ["rId2", "footer", "footer1.xml"],
    ]),
    "word/document.xml":
      XML_DECL +
      `<w:document ${W}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    "word/header1.xml": XML_DECL + `<w:hdr ${W}>${wParagraph(opts.header || "")}</w:hdr>`,
    "word/footer1.xml": XML_DECL + `<w:ftr ${W}>${wParagraph(opts.footer || "")}</w:ftr>`,
  };
  return zip(files);
}

export type Cell = string | number | { n: number; style: number };

/** Sheets of rows; strings go to the shared string table, numbers stay numbers. `numFmts` become styles 1, 2, … */
export function xlsx(sheets: { name: string; rows: Cell[][] }[], numFmts: string[] = []): Uint8Array {
  const shared: string[] = [];
  const files: Record<string, string> = {};
  const col = (i: number) => String.fromCharCode(65 + i);
  sheets.forEach((sheet, si) => {
    const rows = sheet.rows
      .map((row, ri) => {
        const cells = row
          .map((cell, ci) => {
            const r = `${col(ci)}${ri + 1}`;
            if (typeof cell === "string") {
              shared.push(cell);
              return `<c r="${r}" t="s"><v>${shared.length - 1}</v></c>`;
            }
            if (typeof cell === "number") return `<c r="${r}"><v>${cell}</v></c>`;
            return `<c r="${r}" s="${cell.style}"><v>${cell.n}</v></c>`;
          })
          .join("");
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join("");
    files[`xl/worksheets/sheet${si + 1}.xml`] =
      XML_DECL +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;
  });
  files["xl/sharedStrings.xml"] =
    XML_DECL +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
    "</sst>";
  files["xl/styles.xml"] =
    XML_DECL +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="${numFmts.length}">${numFmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join("")}</numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    `<cellXfs count="${numFmts.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    numFmts.map((_f, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join("") +
    "</cellXfs></styleSheet>";
  files["xl/workbook.xml"] =
    XML_DECL +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  files["xl/_rels/workbook.xml.rels"] = rels([
    ...sheets.map((_s, i): [string, string, string] => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`]),
    [`rId${sheets.length + 1}`, "sharedStrings", "sharedStrings.xml"],
    [`rId${sheets.length + 2}`, "styles", "styles.xml"],
  ]);
  files["_rels/.rels"] = rels([["rId1", "officeDocument", "xl/workbook.xml"]]);
  files["[Content_Types].xml"] = contentTypes([
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ...sheets.map((_s, i): [string, string] => [`/xl/worksheets/sheet${i + 1}.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"]),
    ["/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"],
    ["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
  ]);
  return zip(files);
}

const P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function spTree(paragraphs: string[]): string {
  const ps = paragraphs.map((t) => `<a:p><a:r><a:rPr lang="da-DK"/><a:t>${esc(t)}</a:t></a:r></a:p>`).join("");
  return `<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:sp><p:nvSpPr><p:cNvPr id="2" name="Titel 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${ps}</p:txBody></p:sp></p:spTree></p:cSld>`;
}

/** Slides in the order given; the file numbers are reversed to prove the reader follows sldIdLst. */
export function pptx(slides: { text: string[]; notes?: string }[]): Uint8Array {
  const n = slides.length;
  const files: Record<string, string> = {};
  const presRels: [string, string, string][] = [];
  const ids: string[] = [];
  slides.forEach((s, i) => {
    const fileNo = n - i;
    files[`ppt/slides/slide${fileNo}.xml`] = XML_DECL + `<p:sld ${P}>${spTree(s.text)}</p:sld>`;
    const slideRels: [string, string, string][] = [["rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"]];
    if (s.notes !== undefined) {
      files[`ppt/notesSlides/notesSlide${fileNo}.xml`] = XML_DECL + `<p:notes ${P}>${spTree([s.notes])}</p:notes>`;
      slideRels.push(["rId2", "notesSlide", `../notesSlides/notesSlide${fileNo}.xml`]);
    }
    files[`ppt/slides/_rels/slide${fileNo}.xml.rels`] = rels(slideRels);
    presRels.push([`rId${i + 2}`, "slide", `slides/slide${fileNo}.xml`]);
    ids.push(`<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`);
  });
  files["ppt/presentation.xml"] = XML_DECL + `<p:presentation ${P}><p:sldIdLst>${ids.join("")}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>`;
  files["ppt/_rels/presentation.xml.rels"] = rels(presRels);
  files["_rels/.rels"] = rels([["rId1", "officeDocument", "ppt/presentation.xml"]]);
  files["[Content_Types].xml"] = contentTypes([
    ["/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"],
    ...slides.map((_s, i): [string, string] => [`/ppt/slides/slide${i + 1}.xml`, "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"]),
  ]);
  return zip(files);
}

export function plainZip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zip(files);
}

// ---- PDF ----

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
function binary(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/**
 * A PDF with one page per entry; each page's content is raw content-stream operators using fonts:
 *   /F1 Helvetica (WinAnsi), /F2 a subset font whose codes 1..N map through ToUnicode to `subsetChars`,
 *   /F3 a CID font (Identity-H) without ToUnicode.
 */
export function pdf(pages: string[], opts: { compress?: boolean; subsetChars?: string; encrypt?: boolean; objectStreams?: boolean } = {}): Uint8Array {
  const compress = opts.compress !== false;
  const subset = opts.subsetChars || "0123456789-CPRnr.: ";
  const objs: string[] = [];
  const add = (body: string) => objs.push(body) - 0; // object number = index + 1
  const stream = (dict: string, data: string) => {
    const bytes = compress ? binary(zlibSync(latin1(data))) : data;
    return `<< ${dict}${compress ? " /Filter /FlateDecode" : ""} /Length ${bytes.length} >>\nstream\n${bytes}\nendstream`;
  };
  add("<< /Type /Catalog /Pages 2 0 R >>"); // 1
  add(""); // 2 pages, filled below
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"); // 3
  let bf = "";
  for (let i = 0; i < subset.length; i++) bf += `<${(i + 1).toString(16).padStart(2, "0")}> <${subset.charCodeAt(i).toString(16).padStart(4, "0")}>\n`;
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n${subset.length} beginbfchar\n${bf}endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  add(stream("", cmap)); // 4
  add("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Calibri /FirstChar 1 /LastChar 40 /ToUnicode 4 0 R >>"); // 5
  add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [] >>"); // 6
  const kids: string[] = [];
  for (const content of pages) {
    const c = add(stream("", content));
    const p = add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents ${c} 0 R >>`);
    kids.push(`${p} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`;
  if (opts.objectStreams) return packed(objs, stream);
  let out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${opts.encrypt ? " /Encrypt << /Filter /Standard /V 2 /R 3 >>" : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** PDF 1.5 layout (as Word and Acrobat write it): plain objects packed into an object stream, a cross-reference stream for a trailer. */
function packed(objs: string[], stream: (dict: string, data: string) => string): Uint8Array {
  const inStream: number[] = [];
  objs.forEach((body, i) => {
    if (!/^<<[\s\S]*>>\nstream\n/.test(body)) inStream.push(i + 1);
  });
  let header = "";
  let data = "";
  for (const num of inStream) {
    header += `${num} ${data.length} `;
    data += objs[num - 1] + "\n";
  }
  const objStmNum = objs.length + 1;
  const xrefNum = objs.length + 2;
  let out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  objs.forEach((body, i) => {
    if (!inStream.includes(i + 1)) out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  out += `${objStmNum} 0 obj\n${stream(`/Type /ObjStm /N ${inStream.length} /First ${header.length}`, header + data)}\nendobj\n`;
  const xref = out.length;
  out += `${xrefNum} 0 obj\n${stream(`/Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Root 1 0 R`, "\x00".repeat(7 * (xrefNum + 1)))}\nendobj\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** Codes for text shown in the subset font /F2: each character's index in `subset` + 1, as a hex string. */
export function subsetHex(text: string, subset = "0123456789-CPRnr.: "): string {
  let hex = "<";
  for (const ch of text) {
    const i = subset.indexOf(ch);
    if (i < 0) throw new Error("character not in subset: " + ch);
    hex += (i + 1).toString(16).padStart(2, "0");
  }
  return hex + ">";
}

// ---- mail ----

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
}

export interface MailPart {
  type: string;
  body: string | Uint8Array;
  filename?: string;
  encoding?: "base64" | "quoted-printable" | "8bit" | "7bit";
  charset?: string;
}

let boundaries = 0;

export function eml(opts: { subject: string; parts: MailPart[]; boundary?: string }): string {
  const b = opts.boundary || "=_sendevagt_" + ++boundaries;
  const head = [
    "From: Sagsbehandler <sagsbehandler@randers.dk>",
    "To: Borger <borger@example.com>",
    `Subject: ${opts.subject}`,
    "Date: Mon, 23 Nov 2026 10:00:00 +0100",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${b}"`,
  ].join("\r\n");
  const parts = opts.parts.map((p) => {
    const enc = p.encoding || (typeof p.body === "string" ? "8bit" : "base64");
    const h = [`Content-Type: ${p.type}${p.charset ? `; charset="${p.charset}"` : ""}${p.filename ? `; name="${p.filename}"` : ""}`];
    h.push(`Content-Transfer-Encoding: ${enc}`);
    if (p.filename) h.push(`Content-Disposition: attachment; filename="${p.filename}"`);
    const body = enc === "base64" ? base64(typeof p.body === "string" ? Buffer.from(p.body, "utf8") : p.body) : (p.body as string);
    return h.join("\r\n") + "\r\n\r\n" + body;
  });
  return head + "\r\n\r\nThis is a multi-part message in MIME format.\r\n" + parts.map((p) => `--${b}\r\n${p}\r\n`).join("") + `--${b}--\r\n`;
}

// ---- hand-made zips, for lies fflate's writer would never tell ----

export interface RawEntry {
  name: string;
  /** The stored bytes (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare (may be a lie). */
  size: number;
  flags?: number;
}

/** A zip whose central directory lists `entries`; `pointTo` lets several entries share one local file (overlap bomb). */
export function rawZip(entries: RawEntry[], pointTo?: number[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const locals: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  for (const e of entries) {
    const name = strToU8(e.name);
    const head = Uint8Array.from([...u32(0x04034b50), ...u16(20), ...u16(e.flags || 0), ...u16(e.method), ...u16(0), ...u16(0), ...u32(0), ...u32(e.data.length), ...u32(e.size), ...u16(name.length), ...u16(0)]);
    locals.push(offset);
    chunks.push(head, name, e.data);
    offset += head.length + name.length + e.data.length;
  }
  const cdStart = offset;
  const list = pointTo ? pointTo.map((i) => i) : entries.map((_e, i) => i);
  list.forEach((i, k) => {
    const e = entries[i]!;
    const name = strToU8(pointTo ? `${k}-${e.name}` : e.name);
    const rec = Uint8Array.from([...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(e.flags || 0), ...u16(e.method), ...u16(0), ...u16(0), ...u32(0), ...u32(e.data.length), ...u32(e.size), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(locals[i]!)]);
    chunks.push(rec, name);
    offset += rec.length + name.length;
  });
  chunks.push(Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(list.length), ...u16(list.length), ...u32(offset - cdStart), ...u32(cdStart), ...u16(0)]));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) out.set(c, p), (p += c.length);
  return out;
}

/**
 * A PDF from numbered object bodies (object n is bodies[n - 1]; a body may hold a whole stream),
 * with a classic xref table and `trailer` as the trailer dictionary's entries.
 */
export function pdfFromObjects(bodies: string[], trailer: string): Uint8Array {
  let out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${bodies.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** An uncompressed stream object body. */
export function streamBody(dict: string, data: string): string {
  return `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

/** An OpenDocument package: content.xml's office:body inner XML, plus extra files and manifest entries. */
export function odt(bodyXml: string, opts: { files?: Record<string, string | Uint8Array>; manifestEntries?: string } = {}): Uint8Array {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';
  return zip({
    mimetype: "application/vnd.oasis.opendocument.text",
    "META-INF/manifest.xml": `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>${opts.manifestEntries || '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'}</manifest:manifest>`,
    "content.xml": `<?xml version="1.0"?><office:document-content ${ns}><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`,
    ...(opts.files || {}),
  });
}

/**
 * A Word package laid out as given: the main part's path and XML body, its relationships
 * ([id, type, target] with the type's last URI segment), and any other parts (paths as written).
 */
export function wordPackage(opts: { main?: string; body: string; rels?: [string, string, string][]; parts?: Record<string, string | Uint8Array> }): Uint8Array {
  const main = opts.main || "word/document.xml";
  const slash = main.lastIndexOf("/");
  return zip({
    "[Content_Types].xml": contentTypes([["/" + main, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"]]),
    "_rels/.rels": rels([["rId1", "officeDocument", main]]),
    [main.slice(0, slash + 1) + "_rels/" + main.slice(slash + 1) + ".rels"]: rels(opts.rels || []),
    [main]: XML_DECL + `<w:document ${W}><w:body>${opts.body}</w:body></w:document>`,
    ...(opts.parts || {}),
  });
}

/** Adds or replaces parts of a zip package. */
export function withParts(pkg: Uint8Array, parts: Record<string, string>): Uint8Array {
  const files: Record<string, string | Uint8Array> = { ...unzipSync(pkg) };
  for (const [k, v] of Object.entries(parts)) files[k] = v;
  return zip(files);
}

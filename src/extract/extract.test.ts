import { strToU8, unzipSync, zipSync, zlibSync } from "fflate";
import { readFileSync } from "fs";
import { join } from "path";
import { findCprNumbers } from "../detection";
import { docx, eml, pdf, plainZip, pptx, subsetHex, xlsx } from "./__tests__/fixtures";
import { CPR_A, CPR_B, CPR_C, CPR_D, cprsIn, whereAt } from "./__tests__/helpers";
import { extractAttachmentText } from "./index";

/** Adobe's ASCII85, with the "z" shortcut and the "~>" end mark. */
function ascii85(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => bytes[i + k] ?? 0);
    let n = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    const len = Math.min(4, bytes.length - i);
    if (n === 0 && len === 4) {
      out += "z";
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) (digits.unshift(String.fromCharCode(33 + (n % 85))), (n = Math.floor(n / 85)));
    out += digits.slice(0, len + 1).join("");
  }
  return out + "~>";
}

/** A PDF from object bodies (numbered from 1), without a cross-reference table: readers must cope. */
function rawPdf(objects: string[]): Uint8Array {
  const body = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join("");
  return Uint8Array.from(Buffer.from(`%PDF-1.6\n${body}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, "latin1"));
}

const cp1252 = (s: string) => Uint8Array.from(Array.from(s, (c) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 })[c as "æ"] ?? c.charCodeAt(0)));

describe("extractAttachmentText: what a caseworker attaches", () => {
  test("a Word letter: CPR in the body, a table cell, the header and footer, each part named", () => {
    const file = docx({
      paragraphs: ["Afgørelse om hjælp", `Vedr. CPR-nr. ${CPR_A.slice(0, 6)}-${CPR_A.slice(6)}`, `Navn\t${CPR_B}`],
      header: `Sagsnr. 2026-117 · ${CPR_C}`,
      footer: `Randers Kommune ${CPR_D}`,
    });
    const r = extractAttachmentText("afgørelse.docx", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Afgørelse om hjælp");
    expect(cprsIn(r.text).sort()).toEqual([CPR_A, CPR_B, CPR_C, CPR_D].sort());
    const at = (d: string) => whereAt(r.parts, r.text!.indexOf(d));
    expect(at(CPR_B)).toBe("body");
    expect(at(CPR_C)).toBe("header");
    expect(at(CPR_D)).toBe("footer");
    // the tab keeps the name and number apart
    expect(r.text).toContain("Navn\t" + CPR_B);
  });

  test("Word: text split over runs joins; text boxes are read once; tracked deletions are read", () => {
    const split = `<w:p><w:r><w:t>${CPR_A.slice(0, 4)}</w:t></w:r><w:r><w:t>${CPR_A.slice(4)}</w:t></w:r></w:p>`;
    const textbox = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>boks ${CPR_B}</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>boks ${CPR_B}</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const deleted = `<w:p><w:del><w:r><w:delText>slettet ${CPR_C}</w:delText></w:r></w:del></w:p>`;
    const r = extractAttachmentText("brev.docx", docx({ paragraphs: [], rawBody: split + textbox + deleted }));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
  });

  test("Office XML written with unusual namespace prefixes is still read (not passed as empty)", () => {
    const doc = `<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>CPR ${CPR_A}</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    const word = plainZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": doc });
    expect(cprsIn(extractAttachmentText("x.docx", word).text)).toEqual([CPR_A]);
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>${CPR_B}</x:t></x:is></x:c><x:c><x:v>${CPR_C}</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const wb = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${"http://schemas.openxmlformats.org/officeDocument/2006/relationships"}"><x:sheets><x:sheet name="Liste" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>`;
    const excel = plainZip({ "xl/workbook.xml": wb, "xl/_rels/workbook.xml.rels": rels, "xl/worksheets/sheet1.xml": sheet });
    const r = extractAttachmentText("x.xlsx", excel);
    // The sheet's name first (it is on the tab), then its cells.
    expect(r.text).toBe(`Liste\n${CPR_B}\t${CPR_C}\t\n`);
    expect(r.parts![0]!.where).toBe("sheet:Liste");
  });

  test("a spreadsheet embedded in a Word letter is extracted too, as a file of its own", () => {
    const sheet = xlsx([{ name: "Ark1", rows: [["Borger", CPR_B]] }]);
    const letter: Record<string, Uint8Array> = unzipSync(docx({ paragraphs: ["Se tabellen"] }));
    letter["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = sheet;
    const r = extractAttachmentText("brev.docx", zipSync(letter));
    expect(r.text).toContain("Se tabellen");
    expect(r.embedded!.map((e) => e.name)).toEqual(["word/embeddings/Microsoft_Excel_Worksheet.xlsx"]);
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_B]);
  });

  test("document properties and custom XML written by a case system are read", () => {
    const files: Record<string, Uint8Array> = unzipSync(docx({ paragraphs: ["Kære borger"] }));
    files["docProps/custom.xml"] = strToU8(
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Sagsnr"><vt:lpwstr>2026-117</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="PartCPR"><vt:lpwstr>${CPR_A}</vt:lpwstr></property></Properties>`,
    );
    files["customXml/item1.xml"] = strToU8(`<sag><part><cpr>${CPR_B}</cpr><navn>Åse</navn></part></sag>`);
    const r = extractAttachmentText("brev.docx", zipSync(files));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("properties");
    expect(r.text).toContain("2026-117\n" + CPR_A);
  });

  test("Excel: printed headers and footers are read without their layout codes", () => {
    const files: Record<string, Uint8Array> = unzipSync(xlsx([{ name: "Ark1", rows: [["x"]] }]));
    const sheet = Buffer.from(files["xl/worksheets/sheet1.xml"]!).toString("utf8");
    files["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace("</worksheet>", `<headerFooter><oddHeader>&amp;L&amp;"Arial,Fed"Borger&amp;C${CPR_A}&amp;R&amp;P</oddHeader></headerFooter></worksheet>`));
    const r = extractAttachmentText("x.xlsx", zipSync(files));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(r.text).toContain("Borger");
  });

  test("a pivot table's cache keeps the source rows, numbers included", () => {
    const files: Record<string, Uint8Array> = unzipSync(xlsx([{ name: "Pivot", rows: [["Antal", 2]] }]));
    files["xl/pivotCache/pivotCacheDefinition1.xml"] = strToU8(
      `<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cacheFields count="2"><cacheField name="Navn"><sharedItems><s v="Åse"/><s v="Bo"/></sharedItems></cacheField><cacheField name="CPR"><sharedItems containsNumber="1"><n v="${Number(CPR_A)}"/><n v="${CPR_B}"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    files["xl/pivotCache/pivotCacheRecords1.xml"] = strToU8(
      `<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><r><x v="0"/><n v="${CPR_C}"/></r></pivotCacheRecords>`,
    );
    const r = extractAttachmentText("pivot.xlsx", zipSync(files));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_C))).toBe("pivot-cache");
  });

  test("an Excel list of citizens: shared strings, numbers, leading zeros restored, sheets named", () => {
    const file = xlsx(
      [
        { name: "Oversigt", rows: [["Antal", 2]] },
        {
          name: "Borgere",
          rows: [
            ["Navn", "CPR"],
            ["Anna Ærø", { n: Number(CPR_A), style: 1 }], // shown through "0000000000"
            ["Bo Øst", { n: Number(CPR_B), style: 2 }], // shown through "000000-0000"
            ["Carl Å", Number(CPR_D)], // a General cell: 102030133, the zero lost
            ["Dorte", CPR_C], // typed as text
          ],
        },
      ],
      ["0000000000", "000000\\-0000"],
    );
    const r = extractAttachmentText("borgere.xlsx", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Anna Ærø\t" + CPR_A);
    expect(r.text).toContain(`Bo Øst\t${CPR_B.slice(0, 6)}-${CPR_B.slice(6)}`);
    expect(cprsIn(r.text).sort()).toEqual([CPR_A, CPR_B, CPR_C, CPR_D].sort());
    const m = findCprNumbers(r.text!);
    expect(m.map((x) => whereAt(r.parts, x.start))).toEqual(["sheet:Borgere", "sheet:Borgere", "sheet:Borgere", "sheet:Borgere"]);
    expect(whereAt(r.parts, r.text!.indexOf("Antal"))).toBe("sheet:Oversigt");
  });

  test("Excel: adjacent numeric cells stay separate numbers", () => {
    const r = extractAttachmentText("tal.xlsx", xlsx([{ name: "Ark1", rows: [[12345, 67890], [11111]] }]));
    expect(r.text).toBe("Ark1\n12345\t67890\t\n11111\t\n");
  });

  test("a PowerPoint: slides in presentation order, speaker notes named", () => {
    const file = pptx([{ text: ["Borgermøde"] }, { text: ["Deltager", CPR_A], notes: `Husk ${CPR_B}` }]);
    const r = extractAttachmentText("møde.pptx", file);
    expect(r.text!.indexOf("Borgermøde")).toBeLessThan(r.text!.indexOf(CPR_A));
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("slide:2");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("notes:2");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("SmartArt text (diagram data parts)", () => {
    const files: Record<string, Uint8Array> = unzipSync(pptx([{ text: ["Proces"] }]));
    files["ppt/diagrams/data1.xml"] = strToU8(`<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>Borger ${CPR_A}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`);
    const r = extractAttachmentText("x.pptx", zipSync(files));
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("diagram");
  });

  test("PowerPoint review comments", () => {
    const files: Record<string, Uint8Array> = unzipSync(pptx([{ text: ["Møde"] }]));
    files["ppt/comments/modernComment_100_1.xml"] = strToU8(`<p188:cmLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:cm><p188:txBody><a:p xmlns:a="x"><a:r><a:t>Husk ${CPR_A}</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>`);
    const r = extractAttachmentText("x.pptx", zipSync(files));
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("comments");
  });

  test("RTF from an old case system: control words gone, \\'hh and \\u decoded, tables separated", () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}" +
      "{\\*\\generator Riched20 10.0;}{\\info{\\author CPR 9999999999}}" +
      "\\pard\\f0\\fs20 Kl\\'e6ger: S\\u248?ren \\par CPR-nr.: " + CPR_A + "\\par" +
      "\\trowd\\cellx2000\\cellx4000 Navn\\cell " + CPR_B + "\\cell\\row" +
      "{\\pict\\pngblip 89504e47" + CPR_C + "}}";
    const r = extractAttachmentText("notat.rtf", strToU8(rtf));
    expect(r.text).toContain("Klæger: Søren");
    expect(r.text).toContain("Navn\t" + CPR_B);
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]); // not the picture data, not the font table
  });

  test("CSV in Windows-1252 with æøå", () => {
    const r = extractAttachmentText("udtræk.csv", cp1252(`navn;cpr\r\nSøren Ågård;${CPR_A}\r\nBjørn Æbelø;${CPR_B}\r\n`));
    expect(r.text).toContain("Søren Ågård;" + CPR_A);
    expect(r.text).toContain("Bjørn Æbelø");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("UTF-16 text with and without BOM (Notepad's 'Unicode')", () => {
    const s = `Bemærk: ${CPR_A}`;
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) le[2 + 2 * i] = s.charCodeAt(i);
    expect(extractAttachmentText("note.txt", le).text).toBe(s);
    expect(extractAttachmentText("note.txt", le.subarray(2)).text).toBe(s);
  });

  test("HTML goes through the core's converter", () => {
    const html = `<html><head><style>p{}</style></head><body><p>Borger</p><table><tr><td>${CPR_A}</td><td>${CPR_B}</td></tr></table></body></html>`;
    const r = extractAttachmentText("side.html", strToU8(html));
    expect(r.text).not.toContain("<");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("a PDF: WinAnsi, ToUnicode subset font and TJ arrays, named by page", () => {
    const file = pdf([
      `BT /F1 12 Tf 72 760 Td (Afg\\370relse) Tj 0 -14 Td (CPR: ${CPR_A}) Tj ET`,
      `BT /F2 12 Tf 72 760 Td ${subsetHex("CPR-nr.: " + CPR_B)} Tj ET BT /F1 10 Tf 72 700 Td [(${CPR_C.slice(0, 5)}) -12 (${CPR_C.slice(5)})] TJ ET`,
    ]);
    const r = extractAttachmentText("afgørelse.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Afgørelse");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("page:1");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_C))).toBe("page:2");
  });

  test("a PDF printed by Chromium (CID fonts with ToUnicode, runs split at kerning pairs)", () => {
    const file = readFileSync(join(__dirname, "__tests__", "chromium-letter.pdf"));
    const r = extractAttachmentText("afgørelse.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Kære Søren Ærø Åberg");
    expect(r.text).toContain("Vedr. CPR-nr. 010203-0028.");
    const m = findCprNumbers(r.text!);
    expect(m.map((x) => [r.text!.slice(x.start, x.end), x.evidence, whereAt(r.parts, x.start)])).toEqual([
      ["010203-0028", "checksum", "page:1"],
      ["1507880130", "checksum", "page:1"],
      ["1507880351", "checksum", "page:2"],
    ]);
  });

  test("PDF: a kerning step joins, a jump to the next table cell separates", () => {
    const r = extractAttachmentText("x.pdf", pdf([`BT /F1 10 Tf 72 700 Td (01020) Tj 28 0 Td (30028) Tj 200 0 Td (5) Tj ET`]));
    expect(r.text).toContain("0102030028 5");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("a PDF 1.5 with pages and fonts packed in an object stream and a cross-reference stream", () => {
    const file = pdf([`BT /F2 12 Tf ${subsetHex("CPR-nr.: " + CPR_B)} Tj ET`, `BT /F1 12 Tf (${CPR_A}) Tj ET`], { objectStreams: true });
    expect(Buffer.from(file).toString("latin1")).not.toMatch(/\/Type \/Page\b/); // all packed and compressed
    const r = extractAttachmentText("x.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_B, CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("page:2");
  });

  test("PDF filters: ASCII85 before Flate (PostScript-distilled files)", () => {
    const content = `BT /F1 12 Tf (${CPR_A}) Tj ET`;
    const a85 = ascii85(zlibSync(strToU8(content)));
    const file = strToU8(
      `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
        `3 0 obj << /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj\n` +
        `4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n` +
        `5 0 obj << /Length ${a85.length} /Filter [/ASCII85Decode /FlateDecode] >>\nstream\n${a85}\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF`,
    );
    expect(cprsIn(extractAttachmentText("x.pdf", file).text)).toEqual([CPR_A]);
  });

  test("PDF: digits placed one by one (Tm per glyph, or a text block per glyph) stay one number", () => {
    const digits = CPR_A.split("");
    const perTm = digits.map((d, i) => `1 0 0 1 ${(72 + i * 5.56).toFixed(2)} 700 Tm (${d}) Tj`).join(" ");
    const perBlock = digits.map((d, i) => `BT /F1 10 Tf 1 0 0 1 ${(72 + i * 5.56).toFixed(2)} 650 Tm (${d}) Tj ET`).join(" ");
    const columns = `BT /F1 10 Tf 1 0 0 1 72 600 Tm (Navn) Tj ET BT /F1 10 Tf 1 0 0 1 120 600 Tm (${CPR_B}) Tj ET BT /F1 10 Tf 1 0 0 1 190 600 Tm (7) Tj ET`;
    const r = extractAttachmentText("x.pdf", pdf([`BT /F1 10 Tf ${perTm} ET ${perBlock} ${columns}`]));
    expect(r.text!.split("\n").map((l) => l.trim())).toEqual([CPR_A, CPR_A, `Navn ${CPR_B} 7`]);
  });

  test("a PDF with uncompressed streams reads the same", () => {
    const r = extractAttachmentText("x.pdf", pdf([`BT /F1 12 Tf 72 760 Td (${CPR_A}) Tj ET`], { compress: false }));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("a PDF with a CID font and no ToUnicode: what could be read, and 'pdf-no-text' for the rest", () => {
    const r = extractAttachmentText("x.pdf", pdf([`BT /F1 12 Tf (${CPR_A}) Tj /F3 12 Tf <00130014> Tj ET`]));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(r.unreadable).toBe("pdf-no-text");
  });

  test("a subset font numbered 1, 2, 3 … without a Unicode map is reported, not read as empty", () => {
    const r = extractAttachmentText("x.pdf", pdf([`BT /F1 12 Tf <0102030405060708090A> Tj ET`]));
    expect(r.unreadable).toBe("pdf-no-text");
  });

  test("codes missing from a font's Unicode map: a few are tolerated, many mark the file", () => {
    // /F2 maps codes 01..13; 0x7f is unmapped
    const few = pdf([`BT /F2 12 Tf ${subsetHex(CPR_A)} Tj ${subsetHex(CPR_B)} Tj ${subsetHex(CPR_C)} Tj <7f01020304> Tj ET`]);
    expect(extractAttachmentText("x.pdf", few).unreadable).toBeUndefined();
    const many = pdf([Array.from({ length: 6 }, () => `BT /F2 12 Tf <7f0102> Tj ET`).join(" ")]);
    const r = extractAttachmentText("x.pdf", many);
    expect(r.unreadable).toBe("pdf-no-text");
  });

  test("a filled-in PDF form: field values (UTF-16 text strings) and comments are read", () => {
    const utf16 = (t: string) => "<feff" + Array.from(t, (c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("") + ">";
    const file = rawPdf([
      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 6 0 R] >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> /Annots [8 0 R] >>",
      "<< /Length 44 >>\nstream\nBT /F1 12 Tf (Ansøgning om hjælp) Tj ET\nendstream",
      `<< /FT /Tx /T (navn) /V ${utf16("Søren Ærø")} >>`,
      `<< /T (borger) /Kids [9 0 R] >>`,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      `<< /Type /Annot /Subtype /Text /Contents (Husk ${CPR_B}) >>`,
      `<< /FT /Tx /T (cpr) /V (${CPR_A}) >>`,
    ]);
    const r = extractAttachmentText("ansøgning.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Søren Ærø");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("form");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("page:1");
    expect(cprsIn(r.text)).toEqual([CPR_B, CPR_A]);
  });

  test("a PDF with text pages and one scanned page is read and still reported", () => {
    const file = rawPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
      "<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Resources << /XObject << /Im1 8 0 R >> >> >>",
      `<< /Length 30 >>\nstream\nBT /F1 12 Tf (${CPR_A}) Tj ET\nendstream`,
      "<< /Length 30 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream",
    ]);
    const r = extractAttachmentText("bilag.pdf", file);
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(r.unreadable).toBe("pdf-no-text");
  });

  test("a scanned PDF (no text operators) is reported, not passed as checked", () => {
    const r = extractAttachmentText("scan.pdf", pdf(["q 595 0 0 842 0 0 cm /Im1 Do Q"]));
    expect(r.text).toBeUndefined();
    expect(r.unreadable).toBe("pdf-no-text");
  });

  test("an encrypted PDF", () => {
    expect(extractAttachmentText("x.pdf", pdf(["BT (x) Tj ET"], { encrypt: true })).unreadable).toBe("encrypted");
  });

  test("a zip archive: each entry extracted on its own", () => {
    const z = plainZip({ "bilag/brev.docx": docx({ paragraphs: [CPR_A] }), "liste.txt": `x ${CPR_B}`, "bilag/": new Uint8Array(0) });
    const r = extractAttachmentText("bilag.zip", z);
    expect(r.embedded!.map((e) => e.name)).toEqual(["bilag/brev.docx", "liste.txt"]);
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_A]);
    expect(cprsIn(r.embedded![1]!.text)).toEqual([CPR_B]);
  });

  test("an attached mail: subject, body (quoted-printable, ISO-8859-1), and its own attachments", () => {
    const mail = eml({
      subject: "=?utf-8?Q?Sag_om_S=C3=B8ren?=",
      parts: [
        { type: "text/plain", charset: "iso-8859-1", encoding: "quoted-printable", body: `Hej S=F8ren,=0D=0Adit CPR-nr. er ${CPR_A.slice(0, 5)}=\r\n${CPR_A.slice(5)}.` },
        { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", filename: "brev.docx", body: docx({ paragraphs: [CPR_B] }) },
      ],
    });
    const r = extractAttachmentText("Sag om Søren.eml", strToU8(mail));
    expect(r.text).toContain("Sag om Søren");
    expect(r.text).toContain("Hej Søren");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf("Hej"))).toBe("body");
    expect(r.embedded).toHaveLength(1);
    expect(r.embedded![0]!.name).toBe("brev.docx");
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_B]);
  });

  test("an Office package the extractor does not know (.xlsb): its XML text is scanned, the file still reported", () => {
    const xlsb = plainZip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x80]),
      "docProps/core.xml": `<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Liste ${CPR_A}</dc:title></cp:coreProperties>`,
    });
    const r = extractAttachmentText("borgere.xlsb", xlsb);
    expect(r.unreadable).toBe("unsupported-type");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(r.embedded).toBeUndefined();
  });

  test("a .docx renamed .txt is still read as Word (bytes decide)", () => {
    expect(cprsIn(extractAttachmentText("brev.txt", docx({ paragraphs: [CPR_A] })).text)).toEqual([CPR_A]);
  });
});

describe("extractAttachmentText: what cannot be read is said so", () => {
  test.each([
    ["logo.png", "image", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ["program.exe", "unsupported-type", new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])],
    ["ødelagt.docx", "corrupt", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(100).fill(7)])],
    // no page tree at all: a broken file, not a scan (issue 12)
    ["ødelagt.pdf", "corrupt", strToU8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")],
  ])("%s → %s", (name, reason, bytes) => {
    const r = extractAttachmentText(name, bytes);
    expect(r.unreadable).toBe(reason);
    expect(r.text).toBeUndefined();
  });

  test("a legacy .doc: text runs (8-bit and UTF-16) are scanned, and the file is still reported", () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(strToU8(`Vedr. ${CPR_A}`), 1000);
    const wide = `Kære Søren ${CPR_B}`;
    for (let i = 0; i < wide.length; i++) bytes[2001 + 2 * i] = wide.charCodeAt(i); // odd offset on purpose
    const r = extractAttachmentText("gammel.doc", bytes);
    expect(r.unreadable).toBe("legacy-format");
    expect(r.text).toContain("Kære Søren " + CPR_B);
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(extractAttachmentText("tom.xls", bytes.subarray(0, 600).map((b, i) => (i < 8 ? b : 0))).text).toBeUndefined();
  });

  test("OpenDocument text and spreadsheets (LibreOffice)", () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';
    const odt = plainZip({
      mimetype: "application/vnd.oasis.opendocument.text",
      "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
      "content.xml": `<?xml version="1.0"?><office:document-content ${ns}><office:automatic-styles/><office:body><office:text><text:h>Notat</text:h><text:p>CPR<text:s/>${CPR_A}</text:p><table:table><table:table-row><table:table-cell><text:p>${CPR_B}</text:p></table:table-cell><table:table-cell><text:p>5</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>`,
      "styles.xml": `<?xml version="1.0"?><office:document-styles ${ns}><office:styles><style:style style:name="x"><text:p>ikke tekst</text:p></style:style></office:styles><office:master-styles><style:master-page><style:header><text:p>Sag ${CPR_C}</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`,
    });
    const r = extractAttachmentText("notat.odt", odt);
    expect(r.text).toContain(`CPR ${CPR_A}`);
    expect(r.text).toContain(`${CPR_B}\n\t5`);
    expect(r.text).not.toContain("ikke tekst");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_C))).toBe("header");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
  });

  test("a password-protected Word file (an encrypted package in a compound file) → encrypted", () => {
    const name = "EncryptedPackage";
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < name.length; i++) bytes[1024 + 2 * i] = name.charCodeAt(i);
    expect(extractAttachmentText("hemmelig.docx", bytes).unreadable).toBe("encrypted");
  });

  test("a file over maxFileBytes is not read", () => {
    expect(extractAttachmentText("stor.txt", new Uint8Array(2000).fill(65), { maxFileBytes: 1000 }).unreadable).toBe("too-large");
  });

  test("an exhausted time budget stops reading and says so", () => {
    let t = 0;
    const r = extractAttachmentText("brev.docx", docx({ paragraphs: [CPR_A] }), { timeBudgetMs: 5, now: () => (t += 10) });
    expect(r.unreadable).toBe("time-budget");
  });
});

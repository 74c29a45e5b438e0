// "Read what a reader sees, wherever the format keeps it": one synthetic file per class of place
// that real documents keep visible text in, and per class of file that cannot be read and must say so.
import { strToU8, zlibSync } from "fflate";
import { odt, pdfFromObjects, streamBody, withParts, wordPackage, wParagraph, xlsx } from "./__tests__/fixtures";
import { CPR_A, CPR_B, CPR_C, cprsIn, whereAt } from "./__tests__/helpers";
import { extractAttachmentText } from "./index";

describe("OpenDocument", () => {
  test("a password-protected document (encryption declared in the manifest) is encrypted, not read", () => {
    const entry = `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4100"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="y"/></manifest:encryption-data></manifest:file-entry>`;
    // the ciphertext stands where content.xml would be
    const file = odt("", { manifestEntries: entry, files: { "content.xml": new Uint8Array([0x8f, 0x12, 0xa0, 0x33, 0x01]) } });
    const r = extractAttachmentText("afgørelse.odt", file);
    expect(r.unreadable).toBe("encrypted");
    expect(r.text).toBeUndefined();
  });

  test("objects embedded in the document (a chart or table in 'Object 1/') are read, as listed by the manifest", () => {
    const entries = '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/>';
    const object = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><text:p>${CPR_B}</text:p></office:spreadsheet></office:body></office:document-content>`;
    const r = extractAttachmentText("notat.odt", odt(`<text:p>Sag ${CPR_A}</text:p>`, { manifestEntries: entries, files: { "Object 1/content.xml": strToU8(object) } }));
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("document metadata (meta.xml: title, keywords, user fields) is read", () => {
    const meta = `<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><meta:user-defined meta:name="CPR">${CPR_B}</meta:user-defined></office:meta></office:document-meta>`;
    const r = extractAttachmentText("notat.odt", odt(`<text:p>Sag</text:p>`, { files: { "meta.xml": meta } }));
    expect(cprsIn(r.text)).toEqual([CPR_B]);
  });

  test("a spreadsheet's sheet names (on its tabs) are read, apart from the cells", () => {
    const sheet = (name: string, cell: string) => `<table:table table:name="${name}"><table:table-row><table:table-cell><text:p>${cell}</text:p></table:table-cell></table:table-row></table:table>`;
    const r = extractAttachmentText("borgere.ods", odt(sheet("2024", "Oversigt") + sheet(CPR_A, "2025")));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("each metadata value stands apart: a number is never glued to the digits of the field before or after it", () => {
    const fields = [
      `<meta:creation-date>2024-01-02T10:00:00</meta:creation-date>`,
      `<dc:title>Journal ${CPR_A}</dc:title>`,
      `<meta:editing-cycles>7</meta:editing-cycles>`,
      `<meta:user-defined meta:name="Sagsnr">2024</meta:user-defined>`,
      `<meta:user-defined meta:name="CPR">${CPR_B.replace("-", "")}</meta:user-defined>`,
      `<meta:user-defined meta:name="Aar">2025</meta:user-defined>`,
    ].join("");
    const meta = `<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>${fields}</office:meta></office:document-meta>`;
    const r = extractAttachmentText("notat.odt", odt(`<text:p>Sag</text:p>`, { files: { "meta.xml": meta } }));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });
});

describe("PDF: broken files are corrupt, not scans", () => {
  const page = (content: string) => [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    content,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  const deflated = (text: string) => {
    const z = zlibSync(strToU8(text));
    let s = "";
    for (const b of z) s += String.fromCharCode(b);
    return s;
  };

  test("a file cut off in the middle of its page content is corrupt", () => {
    const whole = pdfFromObjects(page(streamBody("/Filter /FlateDecode", deflated(`BT /F1 12 Tf 72 700 Td (Sag ${CPR_A}) Tj ET`))), "/Root 1 0 R");
    const cut = whole.subarray(0, Buffer.from(whole).indexOf("stream\n") + 20); // inside the content stream
    const r = extractAttachmentText("afgørelse.pdf", cut);
    expect(r.unreadable).toBe("corrupt");
  });

  test("a cross-reference chain that loops (/Prev pointing back) and no readable text is corrupt", () => {
    const file = pdfFromObjects(page(streamBody("", "")), "/Root 1 0 R");
    let s = "";
    for (const b of file) s += String.fromCharCode(b);
    const xref = /startxref\n(\d+)/.exec(s)![1]!;
    const looped = s.replace("/Root 1 0 R >>", `/Root 1 0 R /Prev ${xref} >>`);
    expect(extractAttachmentText("afgørelse.pdf", latin1(looped)).unreadable).toBe("corrupt");
  });

  test("a whole file with a picture and no text is still reported as having no text (a scan)", () => {
    const file = pdfFromObjects(page(streamBody("", "q 100 0 0 100 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q")), "/Root 1 0 R");
    expect(extractAttachmentText("scan.pdf", file).unreadable).toBe("pdf-no-text");
  });
});

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

describe("Office Open XML: the parts the document links to", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  test("Word altChunk: an imported HTML part is read as the body", () => {
    const file = wordPackage({
      body: wParagraph("Se nedenfor") + '<w:altChunk r:id="rIdHtml"/>',
      rels: [["rIdHtml", "aFChunk", "afchunk1.htm"]],
      parts: { "word/afchunk1.htm": `<html><head><meta charset="utf-8"></head><body><p>Borger: Jens</p><p>CPR ${CPR_A}</p></body></html>` },
    });
    const r = extractAttachmentText("afgørelse.docx", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Borger: Jens");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf("Borger"))).toBe("body");
  });

  test("Word altChunk: MHT and plain-text chunks are read too", () => {
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>CPR ${CPR_A}</p></body></html>\r\n--b1--\r\n`;
    const file = wordPackage({
      body: '<w:altChunk r:id="rId1"/><w:altChunk r:id="rId2"/>',
      rels: [["rId1", "aFChunk", "chunk.mht"], ["rId2", "aFChunk", "chunk2.txt"]],
      parts: { "word/chunk.mht": mht, "word/chunk2.txt": `Sagsnr. 12 ${CPR_B}` },
    });
    const r = extractAttachmentText("brev.docx", file);
    expect(cprsIn(r.text).sort()).toEqual([CPR_A, CPR_B].sort());
  });

  test("the main part, headers and charts are found through relationships, whatever their names and case", () => {
    const file = wordPackage({
      main: "Word/Dokument.xml",
      body: wParagraph(`Brev ${CPR_A}`),
      rels: [["rId7", "header", "Sidehoved.XML"], ["rId8", "chart", "charts/chart1.xml"]],
      parts: {
        "Word/sidehoved.xml": `<w:hdr ${W}>${wParagraph("Sag " + CPR_B)}</w:hdr>`,
        "Word/charts/chart1.xml": `<c:chartSpace xmlns:c="c"><c:chart><c:ser><c:cat><c:strCache><c:pt idx="0"><c:v>${CPR_C}</c:v></c:pt></c:strCache></c:cat></c:ser></c:chart></c:chartSpace>`,
      },
    });
    const r = extractAttachmentText("brev.docx", file);
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("header");
  });

  test("VML WordArt keeps its text in an attribute, and it is read", () => {
    const body = `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textpath style="font-family:Arial" string="CPR ${CPR_A}"/></v:shape></w:pict></w:r></w:p>`;
    expect(cprsIn(extractAttachmentText("plakat.docx", wordPackage({ body })).text)).toEqual([CPR_A]);
  });

  test("Excel: a text box drawn on a sheet (a drawing linked from the sheet) is read as that sheet's", () => {
    const book = withParts(xlsx([{ name: "Borgere", rows: [["Navn"]] }]), {
      "xl/worksheets/_rels/sheet1.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      "xl/drawings/drawing1.xml": `<xdr:wsDr xmlns:xdr="x" xmlns:a="a"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p><a:r><a:t>Husk ${CPR_B}</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`,
    });
    const r = extractAttachmentText("liste.xlsx", book);
    expect(cprsIn(r.text)).toEqual([CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("sheet:Borgere");
  });
});

describe("PDF fonts", () => {
  /** A one-page PDF whose page shows `content` with font /F1 = `font` (object 5); `extra` objects follow as 6, 7, … */
  const onePage = (font: string, content: string, extra: string[] = []) =>
    pdfFromObjects(
      [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        streamBody("", content),
        font,
        ...extra,
      ],
      "/Root 1 0 R",
    );
  const cmap = (ranges: string, bfchars: [string, string][]) =>
    streamBody("", `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange\n${ranges}\nendcodespacerange\n${bfchars.length} beginbfchar\n${bfchars.map(([c, u]) => `<${c}> <${u}>`).join("\n")}\nendbfchar\nendcmap end end`);
  const hex = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  const digitsMap = (s: string): [string, string][] => Array.from(new Set(s), (ch) => [hex(ch), ch.charCodeAt(0).toString(16).padStart(4, "0")]);

  test("a CID font whose CMap declares one-byte codes is read one byte per code", () => {
    const text = `CPR ${CPR_A}`;
    const file = onePage(
      "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding 6 0 R /DescendantFonts [] /ToUnicode 7 0 R >>",
      `BT /F1 12 Tf 72 700 Td <${hex(text)}> Tj ET`,
      [streamBody("/Type /CMap /CMapName /OneByte", "begincmap\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\nendcmap"), cmap("<00> <FF>", digitsMap(text))],
    );
    const r = extractAttachmentText("brev.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("codes missing from ToUnicode fall back to the encoding's Differences glyph names", () => {
    // ToUnicode knows only the letters; the digits come from /Differences (zero … nine at 0x30 …)
    const font = "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Calibri /ToUnicode 6 0 R /Encoding << /Differences [48 /zero /one /two /three /four /five /six /seven /eight /nine] >> >>";
    const file = onePage(font, `BT /F1 12 Tf 72 700 Td (Sag ${CPR_B}) Tj ET`, [cmap("<00> <FF>", digitsMap("Sag "))]);
    const r = extractAttachmentText("brev.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toBe(`Sag ${CPR_B}`);
  });

  test("glyph names follow the Adobe Glyph List: ligatures as letters, uniXXXX, uXXXX, hyphen is U+002D", () => {
    const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl /ffi /f_f /hyphen /uni0030 /u0031 /uni00E6 /Oslash.sc] >> >>";
    const file = onePage(font, "BT /F1 12 Tf 72 700 Td (\\001le \\002ad \\003x \\004 \\005\\006\\007 \\010\\011) Tj ET");
    expect(extractAttachmentText("brev.pdf", file).text).toBe("file flad ffix ff -01 æØ");
  });

  test("old-style figures and small capitals (Adobe's private-use names) read as digits and letters", () => {
    const names = "zero one two three four five six seven eight nine".split(" ").map((n) => "/" + n + "oldstyle").join(" ");
    const font = `<< /Type /Font /Subtype /Type1 /BaseFont /MinionPro-Regular /Encoding << /Differences [48 ${names} 65 /Asmall /Bsmall] >> >>`;
    const file = onePage(font, `BT /F1 12 Tf 72 700 Td (AB ${CPR_A}) Tj ET`);
    const r = extractAttachmentText("brev.pdf", file);
    expect(r.text).toBe(`AB ${CPR_A}`);
  });

  test("Windows ANSI code 0xAD is the visible hyphen in a PDF", () => {
    const file = onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "BT /F1 12 Tf 72 700 Td (010203\\2550028) Tj ET");
    expect(extractAttachmentText("brev.pdf", file).text).toBe("010203-0028");
  });
});

describe("PDF forms", () => {
  const formPdf = (catalogExtra: string, pageExtra: string, extra: string[]) =>
    pdfFromObjects(
      [
        `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        `<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${pageExtra} >>`,
        streamBody("", "BT /F1 12 Tf 72 700 Td (Ansøgning) Tj ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ...extra,
      ],
      "/Root 1 0 R",
    );
  const datasets = `<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><navn>Jens Hansen</navn><cpr>${CPR_A}</cpr></form1></xfa:data></xfa:datasets>`;

  test("XFA: the filled-in data (the datasets packet) is read", () => {
    const file = formPdf("/AcroForm << /Fields [] /XFA [(template) 6 0 R (datasets) 7 0 R] >>", "", [streamBody("", "<template/>"), streamBody("", datasets)]);
    const r = extractAttachmentText("ansøgning.pdf", file);
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Jens Hansen");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("form");
  });

  test("XFA as one XDP stream: its datasets are read", () => {
    const xdp = `<?xml version="1.0"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><field name="cpr"/></template>${datasets}</xdp:xdp>`;
    const r = extractAttachmentText("ansøgning.pdf", formPdf("/AcroForm << /Fields [] /XFA 6 0 R >>", "", [streamBody("", xdp)]));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("field values kept in widget annotations are read without an /AcroForm (a page cut out of a form)", () => {
    const file = formPdf("", "/Annots [6 0 R 7 0 R]", [
      `<< /Type /Annot /Subtype /Widget /FT /Tx /T (cpr) /V (${CPR_B}) /Rect [0 0 100 20] >>`,
      "<< /Type /Annot /Subtype /Widget /Parent 8 0 R /Rect [0 30 100 50] >>",
      `<< /FT /Tx /T (cpr2) /V (${CPR_C}) /Kids [7 0 R] >>`,
    ]);
    const r = extractAttachmentText("side3.pdf", file);
    expect(cprsIn(r.text)).toEqual([CPR_B, CPR_C]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("form");
  });

  test("a field reachable both from /AcroForm and from its widget is read once", () => {
    const file = formPdf("/AcroForm << /Fields [6 0 R] >>", "/Annots [6 0 R]", [`<< /Type /Annot /Subtype /Widget /FT /Tx /T (cpr) /V (${CPR_B}) >>`]);
    expect(cprsIn(extractAttachmentText("blanket.pdf", file).text)).toEqual([CPR_B]);
  });
});

describe("PDF document properties", () => {
  const page = [
    "<< /Type /Catalog /Pages 2 0 R %META% >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    streamBody("", "BT /F1 12 Tf 72 700 Td (Afgørelse) Tj ET"),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];

  test("the Info dictionary (title, subject, keywords, a case system's own keys) is read, one value per line", () => {
    const info = `<< /Title (Journal ${CPR_A}) /Subject (2024) /Keywords (${CPR_B.replace("-", "")}) /Sagsnr (2025) /CreationDate (D:20240102103000) >>`;
    const r = extractAttachmentText("journal.pdf", pdfFromObjects([...page.map((o) => o.replace("%META%", "")), info], "/Root 1 0 R /Info 6 0 R"));
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("properties");
  });

  test("a file whose only text is its properties is still reported unread (no text on its pages)", () => {
    const objects = page.map((o) => o.replace("%META%", "")).map((o, i) => (i === 3 ? streamBody("", "0 0 m 100 100 l S") : o));
    const r = extractAttachmentText("scan.pdf", pdfFromObjects([...objects, `<< /Title (Scannet ${CPR_A}) >>`], "/Root 1 0 R /Info 6 0 R"));
    expect(r.unreadable).toBe("pdf-no-text");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("the XMP metadata stream is read", () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Journal</rdf:li></rdf:Alt></dc:title><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${CPR_C}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const objects = [...page.map((o) => o.replace("%META%", "/Metadata 6 0 R")), streamBody("/Type /Metadata /Subtype /XML", xmp)];
    const r = extractAttachmentText("journal.pdf", pdfFromObjects(objects, "/Root 1 0 R"));
    expect(cprsIn(r.text)).toEqual([CPR_C]);
  });
});

describe("PDF: rotated text", () => {
  const page = (content: string) =>
    pdfFromObjects(
      [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        streamBody("", content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      ],
      "/Root 1 0 R",
    );
  /** One glyph per Tm, as writers place rotated text, stepping 6.6 units (0.55 em at 12 pt) along the direction. */
  const glyphByGlyph = (text: string, a: number, b: number, x: number, y: number) =>
    "BT /F1 12 Tf " + Array.from(text, (ch, i) => `${a} ${b} ${-b} ${a} ${(x + i * 6.6 * a).toFixed(2)} ${(y + i * 6.6 * b).toFixed(2)} Tm (${ch}) Tj`).join(" ") + " ET";

  test.each([
    ["up a margin (90°)", 0, 1],
    ["down a margin (-90°)", 0, -1],
    ["upside down (180°)", -1, 0],
    ["at 45°", Math.SQRT1_2, Math.SQRT1_2],
  ])("text %s keeps its glyphs together", (_label, a, b) => {
    const r = extractAttachmentText("brev.pdf", page(glyphByGlyph(`CPR ${CPR_A.slice(0, 6)}-${CPR_A.slice(6)}`, a, b, 300, 400)));
    expect(r.text).toBe(`CPR ${CPR_A.slice(0, 6)}-${CPR_A.slice(6)}`);
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("rotated lines stay apart from each other and from upright text", () => {
    const content = glyphByGlyph("Sag 12", 0, 1, 30, 100) + " " + glyphByGlyph(CPR_B, 0, 1, 45, 100) + ` BT /F1 12 Tf 100 700 Td (Brev) Tj ET`;
    expect(extractAttachmentText("brev.pdf", page(content)).text).toBe(`Sag 12\n${CPR_B}\nBrev`);
  });
});

describe("Office documents: what travels unseen with the text", () => {
  test("a hyperlink's target (a case-system link with the citizen's number) is read", () => {
    const rels: [string, string, string][] = [["rId9", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", `https://sag.randers.dk/?cpr=${CPR_A}" TargetMode="External`]];
    const r = extractAttachmentText("brev.docx", wordPackage({ body: `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Se sagen</w:t></w:r></w:hyperlink></w:p>`, rels }));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf("sag.randers.dk"))).toBe("links");
  });

  test("a picture's alternative text and title are read", () => {
    const body = `<w:p><w:r><w:t>Bilag</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Billede 1" descr="Scan af ${CPR_A}" title="${CPR_B}"/></wp:inline></w:drawing></w:r></w:p>`;
    const r = extractAttachmentText("brev.docx", wordPackage({ body }));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(r.text).not.toContain("Billede 1");
  });
});

describe("documents made of pictures", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const picture = `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Scan"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId7"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const rels: [string, string, string][] = [["rId7", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "media/image1.png"]];

  test("a Word document that is only a scanned picture is reported as a picture, not passed as read", () => {
    const r = extractAttachmentText("scannet brev.docx", wordPackage({ body: picture, rels, parts: { "word/media/image1.png": png } }));
    expect(r.unreadable).toBe("image");
  });

  test("a Word document with text and a picture (a letter with a logo) is read", () => {
    const r = extractAttachmentText("brev.docx", wordPackage({ body: wParagraph(`Kære borger ${CPR_A}`) + picture, rels, parts: { "word/media/image1.png": png } }));
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("an OpenDocument text that is only a picture is reported as a picture", () => {
    const frame = `<text:p><draw:frame draw:name="Scan"><draw:image xlink:href="Pictures/scan.png"/></draw:frame></text:p>`;
    const r = extractAttachmentText("scan.odt", odt(frame, { files: { "Pictures/scan.png": png } }));
    expect(r.unreadable).toBe("image");
  });
});

describe("attached mails and HTML files", () => {
  const mail = (head: string, body: string) => strToU8(`${head}\r\nSubject: Henvendelse\r\nMIME-Version: 1.0\r\n${body}`);

  test("an attached mail's sender and recipients are read, as its header shows them", () => {
    const r = extractAttachmentText("henvendelse.eml", mail(`From: "Borger ${CPR_A}" <borger@gmail.com>\r\nTo: =?utf-8?Q?Sag_${CPR_B}?= <post@randers.dk>`, "Content-Type: text/plain\r\n\r\nSe vedhæftede."));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("people");
  });

  test("of a mail's alternatives the HTML is read (a mail program shows it), and the plain one when it holds a number the HTML lacks", () => {
    const alt = (plain: string, html: string) =>
      mail("From: a@randers.dk", `Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n${plain}\r\n--b\r\nContent-Type: text/html\r\n\r\n${html}\r\n--b--\r\n`);
    expect(cprsIn(extractAttachmentText("a.eml", alt("Hej Jens", `<p>Hej Jens ${CPR_A}</p>`)).text)).toEqual([CPR_A]);
    expect(cprsIn(extractAttachmentText("b.eml", alt(`Hej Jens ${CPR_B}`, "<p>Hej Jens</p>")).text)).toEqual([CPR_B]);
    // The same text in both forms is read once.
    expect(cprsIn(extractAttachmentText("c.eml", alt(`Hej ${CPR_A}`, `<p>Hej ${CPR_A}</p>`)).text)).toEqual([CPR_A]);
  });

  test("a calendar invitation's text form is read like a plain one: not an unreadable attachment", () => {
    const invitation = mail(
      "From: a@randers.dk",
      `Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nMøde om sagen\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Møde om sagen</p>\r\n--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nSUMMARY:Møde ${CPR_A}\r\nEND:VCALENDAR\r\n--b--\r\n`,
    );
    const r = extractAttachmentText("invitation.eml", invitation);
    expect(r.unreadable).toBeUndefined();
    expect(r.embedded).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("an HTML file's link targets, comments and attribute values are read after its visible text", () => {
    const html = `<p>Se <a href="https://sag.randers.dk/?cpr=${CPR_A}">sagen</a><!-- ${CPR_B} --><img alt="${CPR_C}" src="x.png"></p>`;
    const r = extractAttachmentText("sag.html", strToU8(html));
    expect(r.text!.startsWith("Se sagen")).toBe(true);
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B, CPR_C]);
  });
});

describe("Excel: what is on the screen besides the cells", () => {
  test("a sheet's name (on its tab) is read first in its part: a workbook may have a sheet per citizen", () => {
    const r = extractAttachmentText("borgere.xlsx", xlsx([{ name: "Oversigt", rows: [["Navn"]] }, { name: CPR_A, rows: [["Mette"]] }]));
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe(`sheet:${CPR_A}`);
  });

  test("a formula without a stored result (a program's file; Excel calculates it on opening) is read as written", () => {
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const cells = `<row r="1"><c r="A1" t="str"><f>"${CPR_A}"</f></c><c r="B1" t="str"><f>UPPER("jens")</f><v>JENS</v></c><c r="C1"><f>A1*2</f><v>${CPR_B.replace("-", "")}</v></c></row>`;
    const file = withParts(xlsx([{ name: "Ark1", rows: [[1]] }]), { "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet ${NS}><sheetData>${cells}</sheetData></worksheet>` });
    const r = extractAttachmentText("beregning.xlsx", file);
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    // A stored result is what the reader sees: the formula behind it is not read.
    expect(r.text).toContain("JENS");
    expect(r.text).not.toContain("UPPER");
  });
});

describe("OpenDocument: notes and comments inside a paragraph", () => {
  test("a footnote's citation and a comment's text never join the number they follow", () => {
    const body = `<text:p>CPR ${CPR_A}<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Kilde</text:p></text:note-body></text:note> og ${CPR_B}<office:annotation><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Sagsbehandler</dc:creator><text:p>2</text:p></office:annotation></text:p>`;
    const r = extractAttachmentText("notat.odt", odt(body));
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(r.text).toContain("Kilde");
    expect(r.text).toContain("Sagsbehandler");
  });
});

describe("RTF: what a reader sees beside the text, each apart from the digits around it", () => {
  const read = (body: string) => extractAttachmentText("notat.rtf", strToU8(`{\\rtf1\\ansi\\deff0 ${body}}`));
  const compact = (cpr: string) => cpr.replace("-", "");

  test.each([
    ["the document properties (\\info)", `{\\info{\\title Sag 2024}{\\subject ${compact(CPR_A)}}{\\keywords 7}{\\creatim\\yr2024\\mo1\\dy2}}Tekst`],
    ["a user property ({\\*\\userprops})", `{\\*\\userprops{\\propname Sagsnr}\\proptype30{\\staticval 2024}{\\propname CPR}\\proptype30{\\staticval ${compact(CPR_A)}}}Tekst`],
    ["a comment ({\\*\\annotation})", `Sag 2024{\\*\\atnid JD}\\chatn{\\*\\annotation{\\*\\atnref 1}${compact(CPR_A)}}\\par`],
    ["a footnote", `Sag 2024\\chftn{\\footnote\\chftn ${compact(CPR_A)}}\\par`],
    ["a nested table's cells", `\\trowd\\cellx4000 {\\itap2 2024\\nestcell ${compact(CPR_A)}\\nestcell{\\*\\nesttableprops\\trowd\\cellx2000\\cellx4000\\nestrow}}\\cell\\row`],
    ["a header", `{\\header Sag 2024}${compact(CPR_A)}\\par`],
  ])("%s", (_what, body) => {
    const r = read(body);
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("a comment or footnote anchored inside a number does not cut it, and is read after the body", () => {
    const [date, serial] = [compact(CPR_A).slice(0, 6), compact(CPR_A).slice(6)];
    const r = read(`Sagen om ${date}{\\*\\annotation{\\*\\atnref 1}Se 2024}-${serial}{\\footnote 7} er lukket.\\par Slut`);
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    expect(r.text!.startsWith(`Sagen om ${date}-${serial} er lukket.\nSlut\n`)).toBe(true);
    expect(r.text).toContain("\nSe 2024\n");
  });

  test("destinations that are no text stay unread: field instructions, bookmarks, unknown {\\*…}", () => {
    const r = read(`{\\field{\\*\\fldinst MERGEFIELD ${compact(CPR_A)}}{\\fldrslt Navn}}{\\*\\bkmkstart ${compact(CPR_B)}}{\\*\\xyz ${compact(CPR_C)}}\\par`);
    expect(r.text).toContain("Navn");
    expect(cprsIn(r.text)).toEqual([]);
  });
});

describe("declared character sets (decoded without TextDecoder)", () => {
  const bytes = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));
  /** The bytes of `text` in a single-byte code page, via Node's TextDecoder tables (test side only). */
  const encode = (text: string, label: string) => {
    const dec = new TextDecoder(label);
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
    return Uint8Array.from(Array.from(text, (ch) => table.get(ch)!));
  };

  test.each([
    ["windows-1250", "Řehoř Dvořák, Łódź"],
    ["iso-8859-2", "Łukasz Żółć, Brno"],
    ["windows-1251", "Иван Петров"],
    ["windows-1257", "Jānis Bērziņš, Šiauliai"],
    ["iso-8859-9", "Ayşe Yılmaz, İzmir"],
    ["ISO_8859-2:1987", "Paweł Wrześniewski"],
    ["x-cp1250", "Tomáš Šťastný"],
    ["iso-8859-15", "Søren Ærø €"],
  ])("a mail part declared %s", (label, name) => {
    const head = `Subject: Sag\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${label}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
    const body = encode(`${name} ${CPR_A}`, label);
    const file = new Uint8Array([...bytes(head), ...body]);
    const r = extractAttachmentText("videresendt.eml", file);
    expect(r.text).toContain(name);
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("a text file attached to a mail is decoded in its declared charset", () => {
    const head = `Subject: Liste\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSe bilag\r\n--b\r\nContent-Type: text/plain; charset=windows-1250; name="liste.txt"\r\nContent-Disposition: attachment; filename="liste.txt"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
    const file = new Uint8Array([...bytes(head), ...encode(`Dvořák ${CPR_B}`, "windows-1250"), ...bytes("\r\n--b--\r\n")]);
    const r = extractAttachmentText("videresendt.eml", file);
    const inner = r.embedded!.find((e) => e.name === "liste.txt")!;
    expect(inner.text).toBe(`Dvořák ${CPR_B}`);
  });

  test("an HTML file's <meta charset> is honoured", () => {
    const html = new Uint8Array([...bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>'), ...encode("Иван", "windows-1251"), ...bytes(` ${CPR_A}</p></body></html>`)]);
    const r = extractAttachmentText("brev.html", html);
    expect(r.text).toContain("Иван");
    expect(r.unreadable).toBeUndefined();
  });

  test("RTF: \\ansicpg and a font's \\fcharset decide the code page of \\'hh bytes", () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset238 Arial;}{\\f1\\fnil\\fcharset204 Arial Cyr;}}\\f0 Dvo\\'f8\\'e1k ${CPR_A}\\par\\f1 \\'c8\\'e2\\'e0\\'ed ${CPR_B}\\par}`;
    const r = extractAttachmentText("brev.rtf", bytes(rtf));
    expect(r.text).toContain("Dvořák");
    expect(r.text).toContain("Иван");
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("a single-byte charset without a table here (Greek) is read as ASCII and reported, not guessed", () => {
    const head = `Subject: Sag\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1253\r\n\r\n`;
    const r = extractAttachmentText("mail.eml", new Uint8Array([...bytes(head), 0xc1, 0xe8, ...bytes(` ${CPR_A}`)]));
    expect(r.unreadable).toBe("unsupported-charset");
    expect(r.text).toContain(`\ufffd\ufffd ${CPR_A}`);
    const rtf = extractAttachmentText("brev.rtf", bytes(`{\\rtf1\\ansi\\ansicpg1253 \\'c1\\'e8 ${CPR_B}}`));
    expect(rtf.unreadable).toBe("unsupported-charset");
    expect(cprsIn(rtf.text)).toEqual([CPR_B]);
  });

  test("East Asian encodings: the ASCII (the digits) is read and the file is reported partly read", () => {
    // Shift_JIS: 山田 (0x8E 0x52 0x93 0x63): trail bytes that look like ASCII letters must not leak
    const head = `Subject: Sag\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=shift_jis\r\n\r\n`;
    const r = extractAttachmentText("mail.eml", new Uint8Array([...bytes(head), 0x8e, 0x52, 0x93, 0x63, ...bytes(` ${CPR_A}`)]));
    expect(r.unreadable).toBe("unsupported-charset");
    expect(r.text).toContain(`\ufffd\ufffd ${CPR_A}`);
    expect(cprsIn(r.text)).toEqual([CPR_A]);
    const jis = `{\\rtf1\\ansi\\ansicpg932{\\fonttbl{\\f0\\fcharset128 MS Mincho;}}\\f0 \\'8e\\'52 ${CPR_B}}`;
    const rtf = extractAttachmentText("brev.rtf", bytes(jis));
    expect(rtf.unreadable).toBe("unsupported-charset");
    expect(cprsIn(rtf.text)).toEqual([CPR_B]);
  });
});

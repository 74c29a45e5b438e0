// "Read what a reader sees, wherever the format keeps it": one synthetic file per class of place
// that real documents keep visible text in, and per class of file that cannot be read and must say so.
import { strToU8, zlibSync } from "fflate";
import { odt, pdfFromObjects, streamBody } from "./__tests__/fixtures";
import { CPR_A, CPR_B, cprsIn } from "./__tests__/helpers";
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

// "Read what a reader sees, wherever the format keeps it": one synthetic file per class of place
// that real documents keep visible text in, and per class of file that cannot be read and must say so.
import { strToU8 } from "fflate";
import { odt } from "./__tests__/fixtures";
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

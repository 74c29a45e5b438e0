// Files built to hurt: bombs, lies, nesting, garbage. Each must end in bounded time with a reason.
import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { docx, eml, pdf, plainZip, rawZip, withParts, xlsx } from "./__tests__/fixtures";
import { CPR_A, cprsIn } from "./__tests__/helpers";
import { extractAttachmentText, extractAttachments } from "./index";
import { Inflate } from "fflate";

const MB = 1024 * 1024;
// 64 MB of zeros deflate to ~64 KB: made once, reused
const zeros = deflateSync(new Uint8Array(64 * MB));

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = Date.now();
  const value = f();
  return { value, ms: Date.now() - t };
}

describe("zip bombs", () => {
  test("an entry whose header understates its size is stopped at the declared size", () => {
    const z = rawZip([{ name: "word/document.xml", data: zeros, method: 8, size: 1000 }, { name: "[Content_Types].xml", data: strToU8("<Types/>"), method: 0, size: 8 }]);
    const { value, bytesIn } = inflaterInput(() => extractAttachmentText("rapport.docx", z));
    expect(value.unreadable).toBe("zip-bomb");
    // Counted, not timed (issue 13): unpacking began and stopped within the first steps of the stream.
    expect(bytesIn).toBeGreaterThan(0);
    expect(bytesIn).toBeLessThan(zeros.length / 2);
  });

  test("an entry declaring gigabytes is refused before unpacking", () => {
    const z = rawZip([{ name: "xl/workbook.xml", data: zeros, method: 8, size: 4000 * MB }]);
    const { value, bytesIn } = inflaterInput(() => extractAttachmentText("x.xlsx", z));
    expect(value.unreadable).toBe("zip-bomb");
    // Counted, not timed (issue 13): not one byte of the entry reached the inflater.
    expect(bytesIn).toBe(0);
  });

  test("many entries sharing one 64 MB stream (overlap bomb) are refused before unpacking", () => {
    const z = rawZip([{ name: "nul.bin", data: zeros, method: 8, size: 64 * MB }], Array.from({ length: 40 }, () => 0));
    const { value, bytesIn } = inflaterInput(() => extractAttachmentText("pakke.zip", z, { maxFileBytes: 100 * MB }));
    expect(value.unreadable).toBe("zip-bomb");
    // Counted, not timed (issue 13): not one byte of the shared stream reached the inflater.
    expect(bytesIn).toBe(0);
  });

  test("honest entries that together unpack past the message's allowance", () => {
    const sixteen = deflateSync(new Uint8Array(16 * MB));
    const z = rawZip(Array.from({ length: 8 }, (_x, i) => ({ name: `nul${i}.bin`, data: sixteen, method: 8 as const, size: 16 * MB })));
    const r = extractAttachmentText("pakke.zip", z, { maxFileBytes: 100 * MB, maxExpandedBytes: 64 * MB, timeBudgetMs: 60000 });
    const reasons = r.embedded!.map((e) => e.unreadable);
    // four fit (and are binary, so unsupported); the rest are refused by declared size
    expect(reasons).toEqual([...Array(4).fill("unsupported-type"), ...Array(4).fill("zip-bomb")]);
  });

  test("with the default budget, unpacking stops on time well inside the handler's 5 s", () => {
    // 40 × 64 MB: far more work than any machine does in 2 s
    const z = rawZip(Array.from({ length: 40 }, (_x, i) => ({ name: `nul${i}.bin`, data: zeros, method: 8 as const, size: 64 * MB })));
    const { value, ms } = timed(() => extractAttachmentText("pakke.zip", z, { maxFileBytes: 100 * MB, maxExpandedBytes: 10000 * MB }));
    expect(value.embedded!.map((e) => e.unreadable)).toContain("time-budget");
    expect(ms).toBeLessThan(3500);
  });

  test("more entries than allowed", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`f${i}.txt`] = "x";
    expect(extractAttachmentText("mange.zip", plainZip(files), { maxEntries: 50 }).unreadable).toBe("zip-bomb");
  });

  test("zips nested past the depth cap are reported too-deep, with the shallow text still read", () => {
    let inner: Uint8Array = plainZip({ "bund.txt": CPR_A });
    for (let i = 5; i >= 1; i--) inner = plainZip({ [`lag${i}.zip`]: inner, [`lag${i}.txt`]: `niveau ${i}` });
    const out = extractAttachments([{ name: "top.zip", content: { format: "bytes", data: inner } }]);
    const byName = new Map(out.map((a) => [a.name + (a.unreadable ? "!" : ""), a]));
    expect(byName.get("top.zip/lag1.txt")!.text).toBe("niveau 1");
    expect(byName.get("top.zip/lag1.zip/lag2.zip/lag3.txt")!.text).toBe("niveau 3");
    expect(byName.get("top.zip/lag1.zip/lag2.zip/lag3.zip/lag4.txt!")!.unreadable).toBe("too-deep");
    expect(byName.get("top.zip/lag1.zip/lag2.zip/lag3.zip/lag4.zip!")!.unreadable).toBe("too-deep");
    expect(out.some((a) => cprsIn(a.text).length > 0)).toBe(false);
  });

  test("a password-protected zip: its entries are encrypted", () => {
    const z = rawZip([{ name: "cpr.txt", data: strToU8("garbled"), method: 0, size: 7, flags: 1 }]);
    expect(extractAttachmentText("hemmelig.zip", z).embedded).toEqual([{ name: "cpr.txt", unreadable: "encrypted" }]);
    const ooxml = rawZip([{ name: "word/document.xml", data: strToU8("garbled"), method: 0, size: 7, flags: 1 }]);
    expect(extractAttachmentText("hemmelig.docx", ooxml).unreadable).toBe("encrypted");
  });

  test("a PDF stream that inflates past the allowance", () => {
    const bomb = strToU8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] >> endobj\n3 0 obj << /Type /Page /Contents 4 0 R >> endobj\n");
    const head = strToU8(`4 0 obj << /Length ${zeros.length + 2} /Filter /FlateDecode >>\nstream\n`);
    const tail = strToU8("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF");
    const file = new Uint8Array(bomb.length + head.length + 2 + zeros.length + tail.length);
    file.set(bomb);
    file.set(head, bomb.length);
    file.set([0x78, 0x9c], bomb.length + head.length);
    file.set(zeros, bomb.length + head.length + 2);
    file.set(tail, bomb.length + head.length + 2 + zeros.length);
    const r = extractAttachmentText("bombe.pdf", file, { maxExpandedBytes: 16 * MB });
    expect(r.unreadable).toBe("zip-bomb");
  });
});

describe("mails inside mails", () => {
  const nest = (levels: number): string => {
    let mail = eml({ subject: "Bund", parts: [{ type: "text/plain", body: `Nederst: ${CPR_A}` }] });
    for (let i = levels; i >= 1; i--) {
      mail = eml({ subject: `Niveau ${i}`, parts: [{ type: "text/plain", body: `tekst ${i}` }, { type: "message/rfc822", body: mail, encoding: "8bit" }] });
    }
    return mail;
  };

  test("nested five deep: read to depth 3, the rest reported too-deep", () => {
    const out = extractAttachments([{ name: "Videresendt", content: { format: "eml", data: nest(5) } }]);
    const names = out.map((a) => `${a.name}${a.unreadable ? " !" + a.unreadable : ""}`);
    expect(names).toEqual([
      "Videresendt",
      "Videresendt/Niveau 2.eml",
      "Videresendt/Niveau 2.eml/Niveau 3.eml",
      "Videresendt/Niveau 2.eml/Niveau 3.eml/Niveau 4.eml",
      "Videresendt/Niveau 2.eml/Niveau 3.eml/Niveau 4.eml/Niveau 5.eml !too-deep",
    ]);
    expect(out[3]!.text).toContain("tekst 4");
  });

  test("nested within the cap: the CPR at the bottom is found", () => {
    const out = extractAttachments([{ name: "Fwd", content: { format: "eml", data: nest(2) } }]);
    expect(out.flatMap((a) => cprsIn(a.text))).toEqual([CPR_A]);
  });

  test("multipart nesting without end is capped", () => {
    let body = "--b\r\nContent-Type: text/plain\r\n\r\nbund\r\n--b--";
    for (let i = 0; i < 40; i++) body = `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i - 1 < 0 ? "" : i - 1}"\r\n\r\n${body}\r\n--b${i}--`;
    const mail = `Subject: dyb\r\nContent-Type: multipart/mixed; boundary="b39"\r\n\r\n${body}`;
    const r = extractAttachmentText("dyb.eml", strToU8(mail));
    expect(r.unreadable).toBe("too-deep");
    expect(r.text).toContain("dyb");
  });
});

describe("malformed input never throws", () => {
  const samples: [string, Uint8Array][] = [
    ["brev.docx", docx({ paragraphs: ["Hej", CPR_A] })],
    ["liste.xlsx", xlsx([{ name: "Ark1", rows: [["a", 1]] }])],
    ["a.pdf", pdf([`BT /F1 12 Tf (${CPR_A}) Tj ET`])],
    ["a.eml", strToU8(eml({ subject: "x", parts: [{ type: "text/plain", body: "hej" }, { type: "application/pdf", filename: "a.pdf", body: pdf(["BT (x) Tj ET"]) }] }))],
    ["a.rtf", strToU8("{\\rtf1{\\fonttbl{\\f0 Arial;}}\\u248?x\\'e6\\par}")],
  ];

  test.each(samples)("%s: truncated at every 7th byte", (name, bytes) => {
    for (let n = 0; n < bytes.length; n += 7) {
      const r = extractAttachmentText(name, bytes.subarray(0, n));
      expect(r.text !== undefined || r.unreadable !== undefined).toBe(true);
    }
  });

  test.each(samples)("%s: random byte corruption (property)", (name, bytes) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (edits) => {
        const b = bytes.slice();
        for (const [i, v] of edits) b[i] = v;
        const r = extractAttachmentText(name, b);
        return r.text !== undefined || r.unreadable !== undefined;
      }),
      { numRuns: 150 },
    );
  });

  test("pathological nesting in PDF and RTF syntax", () => {
    const deep = "[".repeat(200000);
    const r1 = extractAttachmentText("x.pdf", strToU8(`%PDF-1.4\n1 0 obj ${deep} endobj\n3 0 obj << /Type /Page /Contents 4 0 R >> endobj\n4 0 obj << /Length 9 >>\nstream\nBT ${"[".repeat(10)}\nendstream endobj`));
    expect(r1.unreadable).toBeDefined();
    const r2 = extractAttachmentText("x.rtf", strToU8("{\\rtf1 " + "{".repeat(200000) + CPR_A));
    expect(cprsIn(r2.text)).toEqual([CPR_A]);
  });
});

/** Runs f and counts the compressed bytes fed to fflate's inflater meanwhile: unpacking work, not time. */
function inflaterInput<T>(f: () => T): { value: T; bytesIn: number } {
  const push = jest.spyOn(Inflate.prototype, "push");
  try {
    const value = f();
    return { value, bytesIn: push.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0) };
  } finally {
    push.mockRestore();
  }
}

describe("shared-strings bombs", () => {
  test("a small sheet repeating one huge shared string is reported unreadable, not read into memory", () => {
    const huge = "Borger ".repeat(20000); // 140,000 characters, stored once
    const cells = '<row r="1">' + '<c t="s"><v>0</v></c>'.repeat(600) + "</row>"; // 84 M characters of cells
    const file = withParts(xlsx([{ name: "Ark1", rows: [[huge]] }]), {
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
    });
    expect(file.length).toBeLessThan(100 * 1024);
    const r = extractAttachmentText("borgere.xlsx", file, { timeBudgetMs: 60000 });
    expect(r.text).toBeUndefined();
    expect(r.unreadable).toBe("too-large");
  });
});

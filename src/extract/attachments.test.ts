import { strToU8 } from "fflate";
import { base64, docx, eml, pdf } from "./__tests__/fixtures";
import { CPR_A, CPR_B, cprsIn } from "./__tests__/helpers";
import { extractAttachments, needsContent, UNREADABLE_REASONS } from "./index";

describe("extractAttachments: Outlook's and the CLI's attachments in, the core's Attachment[] out", () => {
  test("base64 files, an attached item (eml) and a cloud link", () => {
    const out = extractAttachments([
      { name: "brev.docx", size: 9000, content: { format: "base64", data: base64(docx({ paragraphs: [CPR_A] })) } },
      { name: "Svar fra borger", content: { format: "eml", data: eml({ subject: "Svar", parts: [{ type: "text/plain", body: `mit nr ${CPR_B}` }] }) } },
      { name: "Sagsakt.pdf", content: { format: "url", data: "https://randers.sharepoint.com/x" } },
    ]);
    expect(out.map((a) => [a.name, a.unreadable])).toEqual([
      ["brev.docx", undefined],
      ["Svar fra borger", undefined],
      ["Sagsakt.pdf", "cloud-link"],
    ]);
    expect(cprsIn(out[0]!.text)).toEqual([CPR_A]);
    expect(cprsIn(out[1]!.text)).toEqual([CPR_B]);
    expect(out[0]!.parts![0]).toEqual({ where: "body", start: 0, end: CPR_A.length + 1 });
    expect(out[0]!.parts!.map((p) => p.where)).toEqual(["body", "properties"]);
  });

  test("Outlook's eml string with non-Latin-1 characters is read as UTF-8", () => {
    const mail = `Subject: Bølge ☃\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSne ☃ og ${CPR_A}`;
    const [a] = extractAttachments([{ name: "x", content: { format: "eml", data: mail } }]);
    expect(a!.text).toContain("Sne ☃");
    expect(a!.text).toContain("Bølge ☃");
  });

  test("files inside files are listed on their own, named by path", () => {
    const mail = eml({
      subject: "Fwd",
      parts: [
        { type: "text/plain", body: "se bilag" },
        { type: "application/pdf", filename: "scan.pdf", body: pdf(["q /Im1 Do Q"]) },
        { type: "application/msword", filename: "notat.docx", body: docx({ paragraphs: [CPR_A] }) },
      ],
    });
    const out = extractAttachments([{ name: "Fwd.eml", content: { format: "bytes", data: strToU8(mail) } }]);
    expect(out.map((a) => [a.name, a.unreadable])).toEqual([
      ["Fwd.eml", undefined],
      ["Fwd.eml/scan.pdf", "pdf-no-text"],
      ["Fwd.eml/notat.docx", undefined],
    ]);
  });

  test("pictures inside an attached mail's HTML body are not listed; attached pictures are", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const related = [
      "Subject: Fwd",
      'Content-Type: multipart/related; boundary="r"',
      "",
      "--r",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>Hilsen</p><img src="cid:logo">',
      "--r",
      "Content-Type: image/png; name=image001.png",
      "Content-ID: <logo>",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(png).toString("base64"),
      "--r",
      "Content-Type: image/jpeg; name=scan.jpg",
      "Content-Disposition: attachment; filename=scan.jpg",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString("base64"),
      "--r--",
    ].join("\r\n");
    const out = extractAttachments([{ name: "Fwd", content: { format: "eml", data: related } }]);
    expect(out.map((a) => [a.name, a.unreadable])).toEqual([
      ["Fwd", undefined],
      ["Fwd/scan.jpg", "image"],
    ]);
    expect(out[0]!.text).toContain("Hilsen");
  });

  test("a partly read file gives its text and, separately, the reason the rest was not read", () => {
    const file = pdf([`BT /F1 12 Tf (${CPR_A}) Tj /F3 12 Tf <0013> Tj ET`]);
    const out = extractAttachments([{ name: "blandet.pdf", content: { format: "bytes", data: file } }]);
    expect(out.map((a) => [a.name, a.unreadable, cprsIn(a.text)])).toEqual([
      ["blandet.pdf", undefined, [CPR_A]],
      ["blandet.pdf", "pdf-no-text", []],
    ]);
  });

  test("size limits: a large file is skipped by its reported size; the total cap stops later files", () => {
    const txt = (n: number) => ({ format: "bytes" as const, data: new Uint8Array(n).fill(65) });
    const out = extractAttachments(
      [
        { name: "stor.txt", size: 6000, content: txt(10) },
        { name: "a.txt", content: txt(600) },
        { name: "b.txt", content: txt(600) },
        { name: "c.txt", content: txt(300) },
      ],
      { maxFileBytes: 5000, maxTotalBytes: 1000, timeBudgetMs: 2000 },
    );
    expect(out.map((a) => a.unreadable)).toEqual(["too-large", undefined, "total-too-large", undefined]);
    // smallest first: the big file is the one left over, whatever the order in the mail
    const big = extractAttachments(
      [
        { name: "stor.txt", content: txt(900) },
        { name: "a.txt", content: txt(300) },
        { name: "b.txt", content: txt(300) },
      ],
      { maxFileBytes: 5000, maxTotalBytes: 1000 },
    );
    expect(big.map((a) => [a.name, a.unreadable])).toEqual([
      ["stor.txt", "total-too-large"],
      ["a.txt", undefined],
      ["b.txt", undefined],
    ]);
    expect(needsContent({ size: 6000 }, { maxFileBytes: 5000 })).toBe(false);
    expect(needsContent({ size: 100 }, { maxFileBytes: 5000 })).toBe(true);
  });

  test("a meeting item (iCalendar) is read as text; an unknown content format is unsupported", () => {
    const out = extractAttachments([
      { name: "Møde", content: { format: "iCalendar", data: `BEGIN:VCALENDAR\r\nDESCRIPTION:Borger ${CPR_A}\r\nEND:VCALENDAR` } },
      { name: "x", content: { format: "hologram", data: "..." } },
    ]);
    expect(cprsIn(out[0]!.text)).toEqual([CPR_A]);
    expect(out[1]!.unreadable).toBe("unsupported-type");
  });

  test("broken base64 and a missing content are reported", () => {
    const out = extractAttachments([
      { name: "a.txt", content: { format: "base64", data: "@@@" } },
      { name: "b.txt", size: 10 },
    ]);
    expect(out.map((a) => a.unreadable)).toEqual(["corrupt", "corrupt"]);
  });

  test("the time budget is shared by the whole message, counted from startedAt", () => {
    const out = extractAttachments([{ name: "a.txt", content: { format: "bytes", data: strToU8("x") } }], {
      timeBudgetMs: 1000,
      startedAt: Date.now() - 5000,
    });
    expect(out).toEqual([{ name: "a.txt", unreadable: "time-budget" }]);
  });

  test("every reason the extractor gives is in the published list (the i18n catalogs key on it)", () => {
    expect(UNREADABLE_REASONS).toEqual(expect.arrayContaining(["encrypted", "too-large", "zip-bomb", "too-deep", "time-budget", "corrupt", "unsupported-type", "cloud-link", "image", "pdf-no-text"]));
  });
});

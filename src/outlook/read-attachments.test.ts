import { createFakeComposeItem, type FakeAttachmentInit } from "../../dev/fake-office/compose-item";
import { docx, xlsx } from "../extract/__tests__/fixtures";
import { DEFAULT_ATTACHMENT_LIMITS } from "../policy/defaults";
import { listAttachments, readAttachments } from "./read-attachments";

const limits = { ...DEFAULT_ATTACHMENT_LIMITS };
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");
// Synthetic CPR number (valid modulus-11 check digit).
const CPR = "010203-1008";

async function read(attachments: FakeAttachmentInit[], prepare?: (fake: ReturnType<typeof createFakeComposeItem>) => void, over = {}) {
  const fake = createFakeComposeItem({ attachments });
  prepare?.(fake);
  const list = await listAttachments(fake.item);
  return { fake, result: await readAttachments(fake.item, list, { limits, ...over }) };
}

describe("readAttachments", () => {
  it("reads a Word letter's text with its parts, and plain text files", async () => {
    const { result } = await read([
      { name: "afgørelse.docx", content: b64(docx({ paragraphs: ["Kære borger", `CPR-nr. ${CPR}`], header: "Sag 1" })) },
      { name: "notat.txt", content: b64("Intet her") },
    ]);
    expect(result.map((a) => a.name)).toEqual(["afgørelse.docx", "notat.txt"]);
    expect(result[0]?.text).toContain(CPR);
    expect(result[0]?.parts?.some((p) => p.where === "body")).toBe(true);
    expect(result[1]).toEqual({ name: "notat.txt", text: "Intet her" });
  });

  it("names the sheet a spreadsheet's text came from", async () => {
    const { result } = await read([{ name: "borgere.xlsx", content: b64(xlsx([{ name: "Borgere", rows: [["Navn", "CPR"], ["Anna", CPR]] }])) }]);
    const text = result[0]?.text ?? "";
    const at = text.indexOf(CPR);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(result[0]?.parts?.find((p) => p.start <= at && at < p.end)?.where).toBe("sheet:Borgere");
  });

  it("skips inline pictures, and does not fetch cloud links or files over the size limit", async () => {
    const { fake, result } = await read([
      { name: "logo.png", isInline: true, content: b64("x") },
      { name: "Referat.docx", attachmentType: "cloud", content: "https://contoso.sharepoint.com/x" },
      { name: "scan.pdf", size: limits.maxFileBytes + 1, content: b64("%PDF") },
    ]);
    expect(result).toEqual([
      { name: "Referat.docx", unreadable: "cloud-link" },
      { name: "scan.pdf", unreadable: "too-large" },
    ]);
    expect(fake.callsTo("getAttachmentContentAsync")).toHaveLength(0);
  });

  it("marks a file whose content call fails (or throws) read-failed and still reads the others", async () => {
    const { result } = await read(
      [
        { name: "a.txt", content: b64("første") },
        { name: "b.txt", content: b64("anden") },
        { name: "c.txt", content: b64(`tredje ${CPR}`) },
      ],
      (fake) => {
        fake.failNext("getAttachmentContentAsync", { mode: "throw" });
      },
    );
    expect(result).toEqual([
      { name: "b.txt", text: "anden" },
      { name: "c.txt", text: `tredje ${CPR}` },
      { name: "a.txt", unreadable: "read-failed" },
    ]);
  });

  it("a failed AsyncResult is read-failed too", async () => {
    const { result } = await read([{ name: "a.txt", content: b64("x") }], (fake) => fake.failNext("getAttachmentContentAsync", { code: 9002 }));
    expect(result).toEqual([{ name: "a.txt", unreadable: "read-failed" }]);
  });

  it("reads an attached mail (Outlook's eml format)", async () => {
    const eml = `Subject: Journal\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCPR ${CPR}\r\n`;
    const { result } = await read([{ name: "Journal", attachmentType: "item", content: eml }]);
    expect(result.some((a) => (a.text ?? "").includes(CPR))).toBe(true);
  });

  it("stops fetching when the message's time budget is spent, and says so", async () => {
    let clock = 0;
    const { fake, result } = await read(
      [1, 2, 3, 4, 5].map((i) => ({ name: `${i}.txt`, content: b64(`fil ${i}`) })),
      (f) => {
        // Each content fetch takes 700 ms of the 2000 ms budget: the first batch of three spends it.
        const original = f.item.getAttachmentContentAsync.bind(f.item);
        f.item.getAttachmentContentAsync = (id, a, b) => {
          clock += 700;
          original(id, a, b);
        };
      },
      { startedAt: 0, now: () => clock },
    );
    expect(fake.callsTo("getAttachmentContentAsync")).toHaveLength(3);
    expect(result.map((a) => `${a.name}:${a.unreadable}`).sort()).toEqual(["1.txt:time-budget", "2.txt:time-budget", "3.txt:time-budget", "4.txt:time-budget", "5.txt:time-budget"]);
  });

  it("reads everything when the budget allows", async () => {
    const { result } = await read([1, 2, 3, 4].map((i) => ({ name: `${i}.txt`, content: b64(`fil ${i}`) })), undefined, { startedAt: 0, now: () => 1999 });
    expect(result.map((a) => a.text)).toEqual(["fil 1", "fil 2", "fil 3", "fil 4"]);
  });

  it("never has more than three Outlook calls waiting at once", async () => {
    const { fake, result } = await read(
      Array.from({ length: 8 }, (_, i) => ({ name: `${i}.txt`, content: b64(`fil ${i}`) })),
      (f) => f.delay("getAttachmentContentAsync", 5),
    );
    expect(result).toHaveLength(8);
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("with a content cache, fetches each file once across re-checks; a failed fetch is tried again", async () => {
    const fake = createFakeComposeItem({ attachments: [{ name: "a.txt", content: b64("første") }, { name: "b.txt", content: b64("anden") }] });
    const contentCache = new Map();
    fake.failNext("getAttachmentContentAsync");
    const list = await listAttachments(fake.item);
    const first = await readAttachments(fake.item, list, { limits, contentCache });
    expect(first.map((a) => a.unreadable ?? a.text)).toEqual(["anden", "read-failed"]);
    const second = await readAttachments(fake.item, list, { limits, contentCache });
    expect(second.map((a) => a.text)).toEqual(["første", "anden"]);
    await readAttachments(fake.item, list, { limits, contentCache });
    expect(fake.callsTo("getAttachmentContentAsync").map((c) => c.args[0])).toEqual(["AAMkAttachment1", "AAMkAttachment2", "AAMkAttachment1"]);
  });
});

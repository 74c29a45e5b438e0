// The pane's per-draft extraction cache: a re-check of an unchanged mail reuses the extracted text
// (the same string, not a second unpacking); a changed file, or a reading cut short by the clock,
// is read again.
import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import type { Attachment } from "../detection";
import { docx } from "../extract/__tests__/fixtures";
import { DEFAULT_ATTACHMENT_LIMITS } from "../policy/defaults";
import type { AttachmentContentLike } from "./compose-item";
import { listAttachments, readAttachments } from "./read-attachments";

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");
// Synthetic CPR numbers (modulus 11 holds).
const letter = (cpr: string) => b64(docx({ paragraphs: ["Kære borger", `CPR-nr. ${cpr}`] }));

function setup() {
  const fake = createFakeComposeItem({ attachments: [{ name: "afgørelse.docx", content: letter("010203-1008") }, { name: "notat.txt", content: b64("Intet her") }] });
  const caches = { contentCache: new Map<string, AttachmentContentLike>(), extractCache: new Map<string, Attachment[]>() };
  const read = async (over = {}) => readAttachments(fake.item, await listAttachments(fake.item), { limits: DEFAULT_ATTACHMENT_LIMITS, ...caches, ...over });
  return { fake, caches, read };
}

test("an unchanged mail is extracted once: the re-check gets the same text", async () => {
  const { fake, read } = setup();
  const first = await read();
  const again = await read();
  expect(again.map((a) => a.text)).toEqual(first.map((a) => a.text));
  expect(again[0]!.text).toBe(first[0]!.text); // the very same string: nothing was unpacked again
  expect(again[0]!.text).toContain("010203-1008");
  expect(fake.callsTo("getAttachmentContentAsync")).toHaveLength(2);
});

test("a file with new content under the same id is read again", async () => {
  const { fake, caches, read } = setup();
  await read();
  fake.state.attachments[0]!.content = letter("150788-1005");
  caches.contentCache.clear(); // the content itself is fetched again; the id is unchanged
  const again = await read();
  expect(again[0]!.text).toContain("150788-1005");
  expect(again[0]!.text).not.toContain("010203-1008");
});

test("a reading cut short by the time budget is not kept", async () => {
  const { caches, read } = setup();
  let clock = 0;
  const first = await read({ now: () => (clock += 10000) });
  expect(first.some((a) => a.unreadable === "time-budget")).toBe(true);
  expect(caches.extractCache.size).toBe(0);
  const again = await read();
  expect(again.some((a) => a.unreadable)).toBe(false);
  expect(caches.extractCache.size).toBe(1);
});

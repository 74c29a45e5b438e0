import { deflateSync, inflateSync, strToU8 } from "fflate";
import { extractAttachmentText } from ".";
import { docx, rawZip } from "./__tests__/fixtures";
import { PreInflated, zipInflateJobs } from "./pre-inflated";

const MB = 1024 * 1024;

/** A Word letter whose body part is well over the 64 KB worth inflating ahead. */
function bigLetter(): Uint8Array {
  return docx({ paragraphs: Array.from({ length: 1500 }, (_x, i) => `Afsnit ${i}: vi har modtaget din ansøgning om boligstøtte.`) });
}

/** What a native inflater would hand over: every job inflated (here by fflate). */
function inflatedAhead(file: Uint8Array): PreInflated {
  const store = new PreInflated();
  for (const j of zipInflateJobs(file, 200 * MB)) store.put(j.data, inflateSync(j.data));
  return store;
}

describe("parts inflated ahead of the reading", () => {
  test("only big XML parts of a zip are worth inflating ahead; a non-zip gives none", () => {
    const jobs = zipInflateJobs(bigLetter(), 200 * MB);
    expect(jobs.length).toBe(1);
    expect(jobs[0]!.declaredSize).toBeGreaterThan(64 * 1024);
    expect(zipInflateJobs(strToU8("%PDF-1.7 ..."), 200 * MB)).toEqual([]);
    expect(zipInflateJobs(bigLetter(), 1000)).toEqual([]); // over the expansion allowance: left to the reader
  });

  test("the reading takes them instead of inflating again, and reads the same text", () => {
    const file = bigLetter();
    const store = inflatedAhead(file);
    expect(store.size).toBe(1);
    const ahead = extractAttachmentText("afgørelse.docx", file, { preInflated: store });
    expect(store.size).toBe(0); // taken, and the memory with it
    expect(ahead).toEqual(extractAttachmentText("afgørelse.docx", file));
    expect(ahead.text).toContain("Afsnit 1499: vi har modtaget");
  });

  test("a stream handed over larger than its entry declares is the bomb it would have been", () => {
    const body = strToU8(`<w:document><w:body><w:p><w:r><w:t>${"x".repeat(200000)}</w:t></w:r></w:p></w:body></w:document>`);
    const z = rawZip([{ name: "word/document.xml", data: deflateSync(body), method: 8, size: 100000 }]);
    const store = new PreInflated();
    // zipInflateJobs' own entry: what a careless native inflater might return past the cap
    for (const j of zipInflateJobs(z, 200 * MB)) store.put(j.data, body);
    expect(store.size).toBe(1);
    expect(extractAttachmentText("rapport.docx", z, { preInflated: store }).unreadable).toBe("zip-bomb");
  });

  test("a stored stream answers only for exactly the bytes it was stored for", () => {
    const file = new Uint8Array(1000);
    const store = new PreInflated();
    store.put(file.subarray(100, 200), Uint8Array.of(1));
    expect(store.take(file.subarray(100, 199))).toBeUndefined();
    expect(store.take(file.subarray(101, 200))).toBeUndefined();
    expect(store.take(new Uint8Array(1000).subarray(100, 200))).toBeUndefined();
    expect(Array.from(store.take(file.subarray(100, 200))!)).toEqual([1]);
    expect(store.take(file.subarray(100, 200))).toBeUndefined();
  });
});

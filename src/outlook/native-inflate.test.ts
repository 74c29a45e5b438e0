import { deflateRawSync } from "zlib";
import { DecompressionStream as NodeDecompressionStream } from "stream/web";
import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import { docx, rawZip, xlsx } from "../extract/__tests__/fixtures";
import { DEFAULT_ATTACHMENT_LIMITS } from "../policy/defaults";
import { nativeInflater, preInflate } from "./native-inflate";
import { listAttachments, readAttachments } from "./read-attachments";

const MB = 1024 * 1024;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const CPR = "010203-1008"; // synthetic

/** Native streams started, to see that the native path really ran. */
let started = 0;
class CountingDecompressionStream extends NodeDecompressionStream {
  constructor(format: "deflate-raw") {
    super(format);
    started++;
  }
}

/** Runs `body` in a runtime with (or, like classic Outlook, without) a native DecompressionStream. */
async function inRuntime<T>(native: boolean, body: () => Promise<T>): Promise<T> {
  const g = globalThis as { DecompressionStream?: unknown };
  const before = g.DecompressionStream;
  g.DecompressionStream = native ? CountingDecompressionStream : undefined;
  try {
    return await body();
  } finally {
    g.DecompressionStream = before;
  }
}

function bigLetter(): Uint8Array {
  return docx({ paragraphs: Array.from({ length: 2000 }, (_x, i) => (i === 1234 ? `CPR-nr. ${CPR}` : `Afsnit ${i} om din sag hos kommunen.`)) });
}

describe("the platform's own inflater", () => {
  test("is used where the runtime has one, and absent in classic Outlook's runtime", async () => {
    expect(await inRuntime(true, async () => typeof nativeInflater())).toBe("function");
    expect(await inRuntime(false, async () => nativeInflater())).toBeUndefined();
    expect(await inRuntime(false, () => preInflate([bigLetter()], 200 * MB, () => false, 1000))).toBeUndefined();
  });

  test("inflates a raw deflate stream, and refuses one that is broken or grows past its cap", async () => {
    const inflate = await inRuntime(true, async () => nativeInflater()!);
    const data = Buffer.from("Kære borger. ".repeat(10000));
    const packed = new Uint8Array(deflateRawSync(data));
    expect(Buffer.from((await inflate(packed, data.length))!).equals(data)).toBe(true);
    expect(await inflate(packed, data.length - 1)).toBeUndefined();
    expect(await inflate(packed.subarray(0, packed.length >> 1), data.length)).toBeUndefined();
    expect(await inflate(Uint8Array.of(0xff, 0xff, 0xff, 0xff), 100)).toBeUndefined();
  });

  test("a stream the platform cannot inflate is left to the reader, which says why", async () => {
    const broken = new Uint8Array(100000).fill(0xff);
    const z = rawZip([{ name: "word/document.xml", data: broken, method: 8, size: 200000 }]);
    const store = await inRuntime(true, () => preInflate([z], 200 * MB, () => false, 1000));
    expect(store!.size).toBe(0);
  });
});

test("a platform stream that never ends does not hold the check", async () => {
  const never = () => new Promise<Uint8Array | undefined>(() => undefined);
  const store = await preInflate([bigLetter()], 200 * MB, () => false, 10, never);
  expect(store!.size).toBe(0);
});

describe("readAttachments with and without native inflating", () => {
  async function readIn(native: boolean, files: Record<string, Uint8Array>) {
    return inRuntime(native, async () => {
      const fake = createFakeComposeItem({ attachments: Object.entries(files).map(([name, bytes]) => ({ name, content: b64(bytes) })) });
      return readAttachments(fake.item, await listAttachments(fake.item), { limits: { ...DEFAULT_ATTACHMENT_LIMITS } });
    });
  }

  test("reads exactly the same text, parts and reasons", async () => {
    const rows = Array.from({ length: 3000 }, (_x, i) => [`Borger ${i}`, i === 2999 ? CPR : `Vej ${i}`]);
    const files = {
      "afgørelse.docx": bigLetter(),
      "borgere.xlsx": xlsx([{ name: "Borgere", rows }]),
      "lille.docx": docx({ paragraphs: ["Kort brev"] }),
      "ødelagt.docx": rawZip([{ name: "word/document.xml", data: new Uint8Array(100000).fill(0xff), method: 8, size: 200000 }]),
    };
    started = 0;
    const native = await readIn(true, files);
    // the feature probe, then the three big parts: the letter's body, the sheet, the shared strings
    expect(started).toBeGreaterThanOrEqual(3);
    const afterNative = started;
    const classic = await readIn(false, files);
    expect(started).toBe(afterNative);
    expect(native).toEqual(classic);
    expect(native.find((a) => a.name === "afgørelse.docx")?.text).toContain(CPR);
    expect(native.find((a) => a.name === "borgere.xlsx")?.text).toContain(CPR);
    expect(native.find((a) => a.name === "ødelagt.docx")?.unreadable).toBe("corrupt");
  });
});

import { decodeBase64 } from "./base64";
import { decodeCharset, decodeText, decodeUtf8, encodeUtf8, stringToBytes } from "./decode";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("decodeText picks the encoding a Danish office file really has", () => {
  test.each([
    ["UTF-8 with BOM", bytes(0xef, 0xbb, 0xbf, 0x53, 0xc3, 0xb8, 0x72, 0x65, 0x6e), "Søren"],
    ["UTF-8 without BOM", bytes(0xc3, 0x86, 0x62, 0x6c, 0x65), "Æble"],
    ["Windows-1252 (invalid as UTF-8)", bytes(0x53, 0xf8, 0x72, 0x65, 0x6e, 0x20, 0x80), "Søren €"],
    ["UTF-16LE with BOM", bytes(0xff, 0xfe, 0xe5, 0x00, 0x41, 0x00), "åA"],
    ["UTF-16BE with BOM", bytes(0xfe, 0xff, 0x00, 0xe5, 0x00, 0x41), "åA"],
    ["UTF-16LE without BOM", bytes(0x31, 0, 0x32, 0, 0x33, 0, 0x34, 0), "1234"],
    ["empty", bytes(), ""],
  ])("%s", (_label, input, expected) => {
    expect(decodeText(input)).toBe(expected);
  });
});

describe("UTF-8", () => {
  test("round-trips astral characters and rejects overlongs and surrogates when fatal", () => {
    const s = "æøå 😀 ☃";
    expect(decodeUtf8(encodeUtf8(s))).toBe(s);
    expect(decodeUtf8(bytes(0xc0, 0xaf), true)).toBeNull(); // overlong "/"
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80), true)).toBeNull(); // UTF-16 surrogate
    expect(decodeUtf8(bytes(0xe2, 0x82), true)).toBeNull(); // truncated
    expect(decodeUtf8(bytes(0x41, 0xff, 0x42))).toBe("A\ufffdB");
  });

  test("long inputs decode in chunks (no argument-limit overflow)", () => {
    const s = "æ".repeat(300000);
    expect(decodeUtf8(encodeUtf8(s))).toBe(s);
    const mixed = ("a".repeat(10000) + "æ" + "b".repeat(20000) + "😀" + "c".repeat(8191) + "ø").repeat(3);
    expect(decodeUtf8(encodeUtf8(mixed))).toBe(mixed);
    expect(decodeUtf8(encodeUtf8(mixed), true)).toBe(mixed);
  });
});

describe("decodeCharset follows MIME labels, falling back sensibly", () => {
  test.each([
    ["iso-8859-1", bytes(0xe6, 0xf8, 0xe5), "æøå"],
    ["ISO-8859-15", bytes(0xa4), "€"],
    ["windows-1252", bytes(0x93, 0x41, 0x94), "“A”"],
    ['"utf-8"', bytes(0xc3, 0xa5), "å"],
    ["utf-8", bytes(0xe5), "å"], // mislabelled Latin-1
    ["utf-16", bytes(0xff, 0xfe, 0x41, 0x00), "A"],
    ["x-unknown", bytes(0xc3, 0xa5), "å"],
  ])("%s", (label, input, expected) => {
    expect(decodeCharset(input, label)).toBe(expected);
  });
});

describe("base64", () => {
  test("decodes with line breaks and without padding; rejects garbage", () => {
    const data = Buffer.from("Hej Søren, CPR 0102030028");
    const b64 = data.toString("base64");
    expect(Buffer.from(decodeBase64(b64.replace(/(.{8})/g, "$1\r\n"))!).equals(data)).toBe(true);
    expect(Buffer.from(decodeBase64(b64.replace(/=+$/, ""))!).equals(data)).toBe(true);
    expect(decodeBase64("Zm9v!")).toBeNull();
    expect(decodeBase64("Z")).toBeNull();
    expect(decodeBase64("")!.length).toBe(0);
  });

  test("matches Node for random data", () => {
    for (let n = 0; n < 50; n++) {
      const data = Buffer.from(Array.from({ length: n * 7 }, (_x, i) => (i * 131 + n) & 0xff));
      expect(Buffer.from(decodeBase64(data.toString("base64"))!).equals(data)).toBe(true);
    }
  });
});

test("stringToBytes: Latin-1 strings stay bytes, others become UTF-8", () => {
  expect(Array.from(stringToBytes("å"))).toEqual([0xe5]);
  expect(Array.from(stringToBytes("☃"))).toEqual([0xe2, 0x98, 0x83]);
});

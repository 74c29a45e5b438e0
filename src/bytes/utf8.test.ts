import fc from "fast-check";
import { encodeUtf8 } from "./utf8";

describe("encodeUtf8", () => {
  it("gives Node's Buffer and WHATWG TextEncoder bytes for any string, lone surrogates included", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const bytes = [...encodeUtf8(text)];
        expect(bytes).toEqual([...Buffer.from(text, "utf8")]);
        expect(bytes).toEqual([...encoder.encode(text)]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a lone high surrogate", "a\ud800b", [0x61, 0xef, 0xbf, 0xbd, 0x62]],
    ["a lone low surrogate", "\udc00", [0xef, 0xbf, 0xbd]],
    ["a high surrogate at the end", "x\udbff", [0x78, 0xef, 0xbf, 0xbd]],
    ["two high surrogates", "\ud800\ud800", [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]],
    ["a reversed pair", "\udc00\ud800", [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]],
    ["a pair", "\u{1f600}", [0xf0, 0x9f, 0x98, 0x80]],
    ["æøå", "æøå", [0xc3, 0xa6, 0xc3, 0xb8, 0xc3, 0xa5]],
  ])("encodes %s as U+FFFD where WHATWG does", (_name, text, bytes) => {
    expect([...encodeUtf8(text)]).toEqual(bytes);
  });
});

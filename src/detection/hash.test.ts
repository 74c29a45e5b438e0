import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256, utf8Bytes } from "./hash";

describe("sha256", () => {
  test.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    ["The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"],
  ])("NIST/known vector %j", (input, expected) => {
    expect(sha256(input)).toBe(expected);
  });

  test("one million 'a' (NIST long vector)", () => {
    expect(sha256("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  test("block-boundary lengths agree with Node's crypto", () => {
    for (let n = 50; n <= 130; n++) {
      const text = "x".repeat(n);
      expect(sha256(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  test("Danish letters, emoji and lone surrogates hash as their UTF-8 bytes", () => {
    for (const text of ["æøå ÆØÅ", "Køge Kommune 🙂", "a\ud800b", "\udc00"]) {
      expect(sha256(text)).toBe(createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex"));
    }
  });

  test("agrees with Node's crypto on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(sha256(text)).toBe(createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("utf8Bytes", () => {
  test("matches Node's encoder", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...Buffer.from(text, "utf8")]);
      }),
    );
  });
});

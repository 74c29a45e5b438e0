import fc from "fast-check";
import { decodeBase64 } from "./base64";

/** The careful character-by-character rule the fast group loop must agree with. */
function reference(input: string): Uint8Array | null {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let padding = false;
  for (const ch of input) {
    if (ch === "=") {
      padding = true;
      continue;
    }
    if (" \t\r\n".includes(ch)) continue;
    const v = ch === "-" ? 62 : ch === "_" ? 63 : alphabet.indexOf(ch);
    if (v < 0 || padding) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return bits >= 6 ? null : Uint8Array.from(out);
}

describe("decodeBase64", () => {
  test("Outlook's unbroken base64 of any bytes decodes to the same bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(Buffer.from(decodeBase64(Buffer.from(data).toString("base64"))!).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("line breaks, spaces, base64url, missing padding and garbage anywhere agree with the careful rule", () => {
    const noise = fc.constantFrom("\r\n", " ", "\t", "=", "==", "!", "é", "☃", "-", "_", "A");
    const input = fc
      .tuple(fc.uint8Array({ maxLength: 120 }), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }))
      .map(([data, inserts]) => {
        let s = Buffer.from(data).toString("base64");
        for (const [at, what] of inserts) {
          const k = at % (s.length + 1);
          s = s.slice(0, k) + what + s.slice(k);
        }
        return s;
      });
    fc.assert(
      fc.property(input, (s) => {
        const want = reference(s);
        const got = decodeBase64(s);
        expect(got === null ? null : Array.from(got)).toEqual(want === null ? null : Array.from(want));
      }),
      { numRuns: 2000 },
    );
  });

  test("a character above U+00FF stops the fast loop and is refused", () => {
    expect(decodeBase64("QUJD\u0141UJD")).toBeNull();
    expect(Array.from(decodeBase64("QUJDQUJD")!)).toEqual([65, 66, 67, 65, 66, 67]);
  });
});

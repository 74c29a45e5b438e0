// Outlook's getAttachmentContentAsync hands files over as base64; atob is not in every runtime.
const TABLE = (() => {
  const t = new Int16Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  // base64url, as some gateways re-encode
  t[45] = 62;
  t[95] = 63;
  return t;
})();

/** Decodes base64 (whitespace ignored, padding optional). Returns null for anything else. */
export function decodeBase64(input: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  // Outlook's base64 has no line breaks: whole groups of four go three bytes at a time, and the
  // first character that is not plain alphabet (padding, whitespace, garbage) hands over to the
  // careful loop, which starts cleanly at that group's boundary.
  const { read, written } = decodeGroups(input, out);
  return decodeRest(input, read, out, written);
}

function decodeGroups(input: string, out: Uint8Array): { read: number; written: number } {
  const last = input.length - 4;
  let i = 0;
  let n = 0;
  while (i <= last) {
    const c0 = input.charCodeAt(i);
    const c1 = input.charCodeAt(i + 1);
    const c2 = input.charCodeAt(i + 2);
    const c3 = input.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 255) break;
    const a = TABLE[c0]!;
    const b = TABLE[c1]!;
    const c = TABLE[c2]!;
    const d = TABLE[c3]!;
    if ((a | b | c | d) < 0) break;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[n] = v >> 16;
    out[n + 1] = (v >> 8) & 0xff;
    out[n + 2] = v & 0xff;
    n += 3;
    i += 4;
  }
  return { read: i, written: n };
}

function decodeRest(input: string, from: number, out: Uint8Array, written: number): Uint8Array | null {
  let acc = 0;
  let bits = 0;
  let n = written;
  let padding = false;
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 61) {
      padding = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const v = c < 256 ? TABLE[c]! : -1;
    if (v < 0 || padding) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  if (bits >= 6) return null; // a single dangling character cannot encode a byte
  return out.subarray(0, n);
}

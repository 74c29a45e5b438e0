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
  let acc = 0;
  let bits = 0;
  let n = 0;
  let padding = false;
  for (let i = 0; i < input.length; i++) {
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

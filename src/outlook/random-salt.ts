// A per-draft salt for fingerprints and CPR hashes. The classic Outlook runtime may lack `crypto`;
// Math.random is then the fallback — weaker, but the salt only has to make a precomputed table of
// all CPR numbers useless, not resist an attacker who can observe the runtime.

interface CryptoLike {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}

export function randomSalt(bytes = 16): string {
  const out = new Uint8Array(bytes);
  const c = (globalThis as { crypto?: CryptoLike }).crypto;
  if (c && typeof c.getRandomValues === "function") {
    c.getRandomValues(out);
  } else {
    for (let i = 0; i < bytes; i++) out[i] = Math.floor(Math.random() * 256);
  }
  let hex = "";
  for (let i = 0; i < out.length; i++) hex += (out[i]! < 16 ? "0" : "") + out[i]!.toString(16);
  return hex;
}

// The ciphers of PDF's standard security handler: MD5 (key derivation up to revision 4), RC4 and
// AES-CBC with 128- or 256-bit keys. Only what reading a PDF that opens without a password needs.

const S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
const K = (() => {
  const k: number[] = [];
  for (let i = 0; i < 64; i++) k.push(Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0);
  return k;
})();

export function md5(data: Uint8Array): Uint8Array {
  const len = data.length;
  const padded = new Uint8Array(((len + 8) >> 6) * 64 + 64);
  padded.set(data);
  padded[len] = 0x80;
  const bits = len * 8;
  const at = padded.length - 8;
  for (let i = 0; i < 4; i++) padded[at + i] = (bits >>> (8 * i)) & 0xff;
  padded[at + 4] = Math.floor(len / 0x20000000) & 0xff;
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Array<number>(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) m[i] = padded[off + 4 * i]! | (padded[off + 4 * i + 1]! << 8) | (padded[off + 4 * i + 2]! << 16) | (padded[off + 4 * i + 3]! << 24);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) (f = (b & c) | (~b & d)), (g = i);
      else if (i < 32) (f = (d & b) | (~d & c)), (g = (5 * i + 1) & 15);
      else if (i < 48) (f = b ^ c ^ d), (g = (3 * i + 5) & 15);
      else (f = c ^ (b | ~d)), (g = (7 * i) & 15);
      const t = d;
      d = c;
      c = b;
      const x = (a + f + K[i]! + m[g]!) | 0;
      b = (b + ((x << S[i]!) | (x >>> (32 - S[i]!)))) | 0;
      a = t;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  const out = new Uint8Array(16);
  [a0, b0, c0, d0].forEach((w, i) => {
    for (let k = 0; k < 4; k++) out[4 * i + k] = (w >>> (8 * k)) & 0xff;
  });
  return out;
}

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

// AES S-boxes, computed rather than tabled (FIPS 197 §5.1.1)
const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
(() => {
  let p = 1;
  let q = 1;
  const rotl = (x: number, s: number) => ((x << s) | (x >> (8 - s))) & 0xff;
  do {
    p = (p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0)) & 0xff;
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    SBOX[p] = q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let i = 0; i < 256; i++) INV_SBOX[SBOX[i]!] = i;
})();

function xtime(x: number): number {
  return ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
}
function mulSlow(x: number, y: number): number {
  let r = 0;
  for (let a = x, b = y; b; b >>= 1, a = xtime(a)) if (b & 1) r ^= a;
  return r;
}
// InvMixColumns multiplies by 9, 11, 13 and 14: tabled once.
const MUL = [9, 11, 13, 14].map((y) => {
  const t = new Uint8Array(256);
  for (let x = 0; x < 256; x++) t[x] = mulSlow(x, y);
  return t;
});
const M9 = MUL[0]!;
const M11 = MUL[1]!;
const M13 = MUL[2]!;
const M14 = MUL[3]!;

/** The AES key schedule for 16- or 32-byte keys (FIPS 197 §5.2). */
function expandKey(key: Uint8Array): Uint8Array {
  const nk = key.length / 4;
  const total = 16 * (nk + 7);
  const w = new Uint8Array(total);
  w.set(key);
  let rcon = 1;
  for (let i = key.length; i < total; i += 4) {
    let t0 = w[i - 4]!;
    let t1 = w[i - 3]!;
    let t2 = w[i - 2]!;
    let t3 = w[i - 1]!;
    if (i % key.length === 0) {
      const r = t0;
      t0 = SBOX[t1]! ^ rcon;
      t1 = SBOX[t2]!;
      t2 = SBOX[t3]!;
      t3 = SBOX[r]!;
      rcon = xtime(rcon);
    } else if (nk > 6 && i % key.length === 16) {
      t0 = SBOX[t0]!;
      t1 = SBOX[t1]!;
      t2 = SBOX[t2]!;
      t3 = SBOX[t3]!;
    }
    w[i] = w[i - key.length]! ^ t0;
    w[i + 1] = w[i - key.length + 1]! ^ t1;
    w[i + 2] = w[i - key.length + 2]! ^ t2;
    w[i + 3] = w[i - key.length + 3]! ^ t3;
  }
  return w;
}

/** The AES inverse cipher on one 16-byte block, in place. */
function decryptBlock(w: Uint8Array, b: Uint8Array): void {
  const rounds = w.length / 16 - 1;
  for (let i = 0; i < 16; i++) b[i] = b[i]! ^ w[rounds * 16 + i]!;
  const t = new Uint8Array(16);
  for (let round = rounds - 1; round >= 0; round--) {
    // InvShiftRows + InvSubBytes (state is column-major: byte r + 4c)
    for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[r + 4 * ((c + r) % 4)] = INV_SBOX[b[r + 4 * c]!]!;
    for (let i = 0; i < 16; i++) b[i] = t[i]! ^ w[round * 16 + i]!;
    if (round > 0) {
      for (let c = 0; c < 4; c++) {
        const a0 = b[4 * c]!;
        const a1 = b[4 * c + 1]!;
        const a2 = b[4 * c + 2]!;
        const a3 = b[4 * c + 3]!;
        b[4 * c] = M14[a0]! ^ M11[a1]! ^ M13[a2]! ^ M9[a3]!;
        b[4 * c + 1] = M9[a0]! ^ M14[a1]! ^ M11[a2]! ^ M13[a3]!;
        b[4 * c + 2] = M13[a0]! ^ M9[a1]! ^ M14[a2]! ^ M11[a3]!;
        b[4 * c + 3] = M11[a0]! ^ M13[a1]! ^ M9[a2]! ^ M14[a3]!;
      }
    }
  }
}

/** The AES cipher on one 16-byte block, in place (revision 6's password hash encrypts). */
function encryptBlock(w: Uint8Array, b: Uint8Array): void {
  const rounds = w.length / 16 - 1;
  for (let i = 0; i < 16; i++) b[i] = b[i]! ^ w[i]!;
  const t = new Uint8Array(16);
  for (let round = 1; round <= rounds; round++) {
    // SubBytes + ShiftRows
    for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[r + 4 * c] = SBOX[b[r + 4 * ((c + r) % 4)]!]!;
    if (round < rounds) {
      for (let c = 0; c < 4; c++) {
        const a0 = t[4 * c]!;
        const a1 = t[4 * c + 1]!;
        const a2 = t[4 * c + 2]!;
        const a3 = t[4 * c + 3]!;
        t[4 * c] = xtime(a0) ^ (xtime(a1) ^ a1) ^ a2 ^ a3;
        t[4 * c + 1] = a0 ^ xtime(a1) ^ (xtime(a2) ^ a2) ^ a3;
        t[4 * c + 2] = a0 ^ a1 ^ xtime(a2) ^ (xtime(a3) ^ a3);
        t[4 * c + 3] = (xtime(a0) ^ a0) ^ a1 ^ a2 ^ xtime(a3);
      }
    }
    for (let i = 0; i < 16; i++) b[i] = t[i]! ^ w[round * 16 + i]!;
  }
}

/** CBC encryption without padding (the data is a multiple of 16 bytes). */
export function aesCbcEncryptNoPad(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const w = expandKey(key);
  const out = new Uint8Array(data.length);
  let prev = iv;
  for (let off = 0; off < data.length; off += 16) {
    const block = new Uint8Array(16);
    for (let i = 0; i < 16; i++) block[i] = data[off + i]! ^ prev[i]!;
    encryptBlock(w, block);
    out.set(block, off);
    prev = block;
  }
  return out;
}

/** CBC decryption without padding and with a given IV (unwrapping revision 6's file key). */
export function aesCbcDecryptNoPad(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const w = expandKey(key);
  const out = new Uint8Array(data.length - (data.length % 16));
  const block = new Uint8Array(16);
  for (let off = 0; off + 16 <= data.length; off += 16) {
    block.set(data.subarray(off, off + 16));
    decryptBlock(w, block);
    for (let i = 0; i < 16; i++) out[off + i] = block[i]! ^ (off === 0 ? iv[i]! : data[off - 16 + i]!);
  }
  return out;
}

/** AES-CBC as PDF uses it (128- or 256-bit key): the first 16 bytes are the IV, PKCS#5 padding at the end. Null when malformed. */
export function aesCbcDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array | null {
  if (data.length < 32 || data.length % 16 !== 0) return data.length === 16 ? new Uint8Array(0) : null;
  const w = expandKey(key);
  const out = new Uint8Array(data.length - 16);
  const block = new Uint8Array(16);
  for (let off = 16; off < data.length; off += 16) {
    block.set(data.subarray(off, off + 16));
    decryptBlock(w, block);
    for (let i = 0; i < 16; i++) out[off - 16 + i] = block[i]! ^ data[off - 16 + i]!;
  }
  const pad = out[out.length - 1]!;
  if (pad < 1 || pad > 16) return null;
  return out.subarray(0, out.length - pad);
}

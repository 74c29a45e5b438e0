// SHA-256, SHA-384 and SHA-512 over bytes, for PDF's AES-256 security handler (revision 6 hashes
// with all three). SHA-512 works on 32-bit halves: ES2016 has no BigInt.
import { sha256Bytes } from "../../bytes/sha256";

function pad(data: Uint8Array, block: number, lenBytes: number): Uint8Array {
  const total = Math.ceil((data.length + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(data);
  out[data.length] = 0x80;
  const bits = data.length * 8;
  for (let i = 0; i < 4; i++) out[total - 1 - i] = (bits >>> (8 * i)) & 0xff;
  out[total - 5] = Math.floor(data.length / 0x20000000) & 0xff;
  return out;
}

/** One SHA-256 for the whole add-in: the core's (it hashes fingerprints too). */
export function sha256(data: Uint8Array): Uint8Array {
  return sha256Bytes(data);
}

function words(h: number[]): Uint8Array {
  const out = new Uint8Array(h.length * 4);
  h.forEach((x, i) => {
    out[4 * i] = x >>> 24;
    out[4 * i + 1] = (x >>> 16) & 0xff;
    out[4 * i + 2] = (x >>> 8) & 0xff;
    out[4 * i + 3] = x & 0xff;
  });
  return out;
}

// SHA-512 constants as [high, low] 32-bit pairs
const K512 = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118",
  "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694",
  "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5",
  "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725", "06ca6351e003826f", "142929670a0e6e70",
  "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
  "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8",
  "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373", "682e6ff3d6b2b8a3",
  "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec", "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b",
  "ca273eceea26619c", "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b",
  "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817",
].map((x) => [parseInt(x.slice(0, 8), 16) | 0, parseInt(x.slice(8), 16) | 0] as [number, number]);

const IV512 = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"];
const IV384 = ["cbbb9d5dc1059ed8", "629a292a367cd507", "9159015a3070dd17", "152fecd8f70e5939", "67332667ffc00b31", "8eb44a8768581511", "db0c2e0d64f98fa7", "47b5481dbefa4fa4"];

// 64-bit arithmetic on (high, low) pairs of 32-bit numbers
function add(ah: number, al: number, bh: number, bl: number): [number, number] {
  const l = (al >>> 0) + (bl >>> 0);
  return [(ah + bh + Math.floor(l / 0x100000000)) | 0, l | 0];
}
function rotr(h: number, l: number, n: number): [number, number] {
  return n < 32 ? [(h >>> n) | (l << (32 - n)), (l >>> n) | (h << (32 - n))] : [(l >>> (n - 32)) | (h << (64 - n)), (h >>> (n - 32)) | (l << (64 - n))];
}
function shr(h: number, l: number, n: number): [number, number] {
  return [h >>> n, (l >>> n) | (h << (32 - n))];
}

/** The message schedule of one 128-byte block at `off` (FIPS 180-4 §6.4.2 step 1). */
function schedule512(m: Uint8Array, off: number, wh: number[], wl: number[]): void {
  for (let i = 0; i < 16; i++) {
    const p = off + 8 * i;
    wh[i] = (m[p]! << 24) | (m[p + 1]! << 16) | (m[p + 2]! << 8) | m[p + 3]!;
    wl[i] = (m[p + 4]! << 24) | (m[p + 5]! << 16) | (m[p + 6]! << 8) | m[p + 7]!;
  }
  for (let i = 16; i < 80; i++) {
    const a = rotr(wh[i - 15]!, wl[i - 15]!, 1);
    const b = rotr(wh[i - 15]!, wl[i - 15]!, 8);
    const c = shr(wh[i - 15]!, wl[i - 15]!, 7);
    const s0h = a[0] ^ b[0] ^ c[0];
    const s0l = a[1] ^ b[1] ^ c[1];
    const d = rotr(wh[i - 2]!, wl[i - 2]!, 19);
    const e = rotr(wh[i - 2]!, wl[i - 2]!, 61);
    const f = shr(wh[i - 2]!, wl[i - 2]!, 6);
    const s1h = d[0] ^ e[0] ^ f[0];
    const s1l = d[1] ^ e[1] ^ f[1];
    let r = add(wh[i - 16]!, wl[i - 16]!, s0h, s0l);
    r = add(r[0], r[1], wh[i - 7]!, wl[i - 7]!);
    r = add(r[0], r[1], s1h, s1l);
    wh[i] = r[0];
    wl[i] = r[1];
  }
}

function sha512Core(data: Uint8Array, iv: string[], outWords: number): Uint8Array {
  const hh = iv.map((x) => parseInt(x.slice(0, 8), 16) | 0);
  const hl = iv.map((x) => parseInt(x.slice(8), 16) | 0);
  const m = pad(data, 128, 16);
  const wh = new Array<number>(80);
  const wl = new Array<number>(80);
  for (let off = 0; off < m.length; off += 128) {
    schedule512(m, off, wh, wl);
    const vh = hh.slice();
    const vl = hl.slice();
    for (let i = 0; i < 80; i++) {
      const [ah, bh, ch, , eh, fh, gh, h7h] = vh as number[];
      const [al, bl, cl, , el, fl, gl, h7l] = vl as number[];
      const e1 = rotr(eh!, el!, 14);
      const e2 = rotr(eh!, el!, 18);
      const e3 = rotr(eh!, el!, 41);
      const S1h = e1[0] ^ e2[0] ^ e3[0];
      const S1l = e1[1] ^ e2[1] ^ e3[1];
      const chh = (eh! & fh!) ^ (~eh! & gh!);
      const chl = (el! & fl!) ^ (~el! & gl!);
      let t1 = add(h7h!, h7l!, S1h, S1l);
      t1 = add(t1[0], t1[1], chh, chl);
      t1 = add(t1[0], t1[1], K512[i]![0], K512[i]![1]);
      t1 = add(t1[0], t1[1], wh[i]!, wl[i]!);
      const a1 = rotr(ah!, al!, 28);
      const a2 = rotr(ah!, al!, 34);
      const a3 = rotr(ah!, al!, 39);
      const S0h = a1[0] ^ a2[0] ^ a3[0];
      const S0l = a1[1] ^ a2[1] ^ a3[1];
      const majh = (ah! & bh!) ^ (ah! & ch!) ^ (bh! & ch!);
      const majl = (al! & bl!) ^ (al! & cl!) ^ (bl! & cl!);
      const t2 = add(S0h, S0l, majh, majl);
      for (let k = 7; k > 0; k--) {
        vh[k] = vh[k - 1]!;
        vl[k] = vl[k - 1]!;
      }
      const e = add(vh[4]!, vl[4]!, t1[0], t1[1]); // vh[4] now holds the old d
      vh[4] = e[0];
      vl[4] = e[1];
      const a = add(t1[0], t1[1], t2[0], t2[1]);
      vh[0] = a[0];
      vl[0] = a[1];
    }
    for (let k = 0; k < 8; k++) {
      const r = add(hh[k]!, hl[k]!, vh[k]!, vl[k]!);
      hh[k] = r[0];
      hl[k] = r[1];
    }
  }
  const out: number[] = [];
  for (let k = 0; k < outWords / 2; k++) out.push(hh[k]!, hl[k]!);
  return words(out);
}

export function sha512(data: Uint8Array): Uint8Array {
  return sha512Core(data, IV512, 16);
}

export function sha384(data: Uint8Array): Uint8Array {
  return sha512Core(data, IV384, 12);
}

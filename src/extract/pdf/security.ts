// PDF's standard security handler, revisions 2–6 (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4): the key
// for a file that opens without a password (only printing or copying restricted, the common case
// for mailed letters). A file that needs a password stays "encrypted".
import { aesCbcDecrypt, aesCbcDecryptNoPad, aesCbcEncryptNoPad, md5, rc4 } from "./crypto";
import { sha256, sha384, sha512 } from "./sha2";
import { concatBytes } from "../../bytes/concat";
import { bytesOf, latin1 } from "../binary-string";
import { isDict, nameOf, type PdfDict, type PdfValue } from "./lexer";

const PAD = [0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a];

type Method = "rc4" | "aes" | "none";

export interface Decryptor {
  /** Decrypts the bytes of a stream belonging to object `num`/`gen`; null when malformed. */
  stream(num: number, gen: number, data: Uint8Array): Uint8Array | null;
  /** The same for a string (a binary string, one char per byte). */
  string(num: number, gen: number, data: string): string | null;
}

/** A byte decryptor applied to a binary string. */
function onStrings(run: (num: number, gen: number, data: Uint8Array) => Uint8Array | null) {
  return (num: number, gen: number, data: string): string | null => {
    const plain = run(num, gen, bytesOf(data));
    return plain ? latin1(plain) : null;
  };
}

/**
 * The decryptor for the empty user password, or null when the file cannot be opened without one
 * (or uses a handler or revision not supported here).
 */
export function emptyPasswordDecryptor(encrypt: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined, id0: string): Decryptor | null {
  const d = encrypt.dict;
  if (nameOf(resolve(d.get("Filter"))) !== "Standard") return null;
  const v = resolve(d.get("V"));
  const r = resolve(d.get("R"));
  const o = resolve(d.get("O"));
  const u = resolve(d.get("U"));
  const p = resolve(d.get("P"));
  if (typeof v !== "number" || typeof r !== "number" || typeof p !== "number" || r < 2 || r > 6) return null;
  if (!o || typeof o !== "object" || !("str" in o) || !u || typeof u !== "object" || !("str" in u)) return null;
  if (r >= 5) return aes256Decryptor(encrypt, resolve, r, bytesOf(u.str));
  const lengthBits = resolve(d.get("Length"));
  let n = r === 2 ? 5 : typeof lengthBits === "number" ? Math.floor(lengthBits / 8) : 5;
  let stm: Method = "rc4";
  let str: Method = "rc4";
  if (v === 4) {
    const cf = resolve(d.get("CF"));
    const methodOf = (name: string | undefined): Method => {
      if (name === "Identity" || name === undefined) return "none";
      const filter = isDict(cf) ? resolve(cf.dict.get(name)) : undefined;
      const cfm = isDict(filter) ? nameOf(resolve(filter.dict.get("CFM"))) : undefined;
      if (cfm === "AESV2") return "aes";
      if (cfm === "V2") return "rc4";
      if (cfm === "None") return "none";
      return "rc4";
    };
    stm = methodOf(nameOf(resolve(d.get("StmF"))));
    str = methodOf(nameOf(resolve(d.get("StrF"))));
    if (stm === "aes" || str === "aes") n = 16;
    else if (isDict(cf)) {
      const f = resolve(cf.dict.get(nameOf(resolve(d.get("StmF"))) || ""));
      const len = isDict(f) ? resolve(f.dict.get("Length")) : undefined;
      if (typeof len === "number") n = len > 40 ? Math.floor(len / 8) : len;
    }
  } else if (v !== 1 && v !== 2) return null;
  n = Math.max(5, Math.min(16, n));
  const encryptMetadata = resolve(d.get("EncryptMetadata")) !== false;

  // Algorithm 2: the file key from the (empty) password
  const pInt = p | 0;
  let key = md5(
    concatBytes([
      PAD,
      bytesOf(o.str).subarray(0, 32),
      [pInt & 0xff, (pInt >>> 8) & 0xff, (pInt >>> 16) & 0xff, (pInt >>> 24) & 0xff],
      bytesOf(id0),
      r >= 4 && !encryptMetadata ? [0xff, 0xff, 0xff, 0xff] : [],
    ]),
  );
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  key = key.slice(0, n);

  // Algorithms 4 and 5: the empty password is the user password when U comes out right
  const uBytes = bytesOf(u.str);
  if (r === 2) {
    const check = rc4(key, Uint8Array.from(PAD));
    for (let i = 0; i < 32; i++) if (check[i] !== uBytes[i]) return null;
  } else {
    let x = rc4(key, md5(concatBytes([PAD, bytesOf(id0)])));
    for (let i = 1; i <= 19; i++) x = rc4(key.map((b) => b ^ i), x);
    for (let i = 0; i < 16; i++) if (x[i] !== uBytes[i]) return null;
  }

  const objectKey = (num: number, gen: number, aes: boolean) =>
    md5(concatBytes([key, [num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff], aes ? [0x73, 0x41, 0x6c, 0x54] : []])).subarray(0, Math.min(n + 5, 16));
  const run = (method: Method) => (num: number, gen: number, data: Uint8Array): Uint8Array | null => {
    if (method === "none") return data;
    if (method === "rc4") return rc4(objectKey(num, gen, false), data);
    return aesCbcDecrypt(objectKey(num, gen, true), data);
  };
  return { stream: run(stm), string: onStrings(run(str)) };
}

/** Revision 5 (Adobe's extension level 3) and 6 (PDF 2.0): AES-256 with a SHA-2 password hash. */
function aes256Decryptor(encrypt: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined, r: number, u: Uint8Array): Decryptor | null {
  const ue = resolve(encrypt.dict.get("UE"));
  if (u.length < 48 || !ue || typeof ue !== "object" || !("str" in ue)) return null;
  const empty = new Uint8Array(0);
  const hash = (salt: Uint8Array) => (r === 5 ? sha256(salt) : hash2B(empty, salt, empty));
  const check = hash(u.subarray(32, 40));
  for (let i = 0; i < 32; i++) if (check[i] !== u[i]) return null;
  const fileKey = aesCbcDecryptNoPad(hash(u.subarray(40, 48)), new Uint8Array(16), bytesOf(ue.str).subarray(0, 32));
  if (fileKey.length !== 32) return null;
  const cf = resolve(encrypt.dict.get("CF"));
  const methodOf = (name: string | undefined): boolean => {
    if (name === "Identity" || name === undefined) return false;
    const f = isDict(cf) ? resolve(cf.dict.get(name)) : undefined;
    return !(isDict(f) && nameOf(resolve(f.dict.get("CFM"))) === "None");
  };
  const run = (on: boolean) => (_num: number, _gen: number, data: Uint8Array): Uint8Array | null => (on ? aesCbcDecrypt(fileKey, data) : data);
  return { stream: run(methodOf(nameOf(resolve(encrypt.dict.get("StmF"))))), string: onStrings(run(methodOf(nameOf(resolve(encrypt.dict.get("StrF")))))) };
}

/** ISO 32000-2 Algorithm 2.B: the revision 6 password hash. */
function hash2B(password: Uint8Array, salt: Uint8Array, udata: Uint8Array): Uint8Array {
  let k = sha256(concatBytes([password, salt, udata]));
  let e: Uint8Array = new Uint8Array([0]);
  for (let i = 0; i < 64 || e[e.length - 1]! > i - 32; i++) {
    const unit = concatBytes([password, k, udata]);
    const k1 = new Uint8Array(unit.length * 64);
    for (let j = 0; j < 64; j++) k1.set(unit, j * unit.length);
    e = aesCbcEncryptNoPad(k.subarray(0, 16), k.subarray(16, 32), k1);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j]!;
    const m = sum % 3;
    k = m === 0 ? sha256(e) : m === 1 ? sha384(e) : sha512(e);
  }
  return k.subarray(0, 32);
}

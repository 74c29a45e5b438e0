// PDFs that open without a password but are encrypted (printing/copying restricted): built here with
// Node's MD5 and AES and a separate RC4, then read by the pure extractor.
import { createCipheriv, createHash, randomBytes } from "crypto";
import { zlibSync } from "fflate";
import { CPR_A, CPR_B, cprsIn, whereAt } from "../__tests__/helpers";
import { extractAttachmentText } from "../index";

const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_x, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let a = 0;
  let b = 0;
  for (let n = 0; n < data.length; n++) {
    a = (a + 1) % 256;
    b = (b + s[a]!) % 256;
    [s[a], s[b]] = [s[b]!, s[a]!];
    out[n] = data[n]! ^ s[(s[a]! + s[b]!) % 256]!;
  }
  return out;
}

const padded = (pw: string) => Buffer.concat([Buffer.from(pw, "latin1"), PAD]).subarray(0, 32);

function encryptedPdf(opts: { aes: boolean; user?: string; r2?: boolean; idInXrefStream?: boolean }): Uint8Array {
  const n = opts.r2 ? 5 : 16;
  const id0 = randomBytes(16);
  const P = -1340;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  // Algorithm 3: O from the owner password
  const rounds = opts.r2 ? 0 : 50;
  let ok = md5(padded("eier"));
  for (let i = 0; i < rounds; i++) ok = md5(ok.subarray(0, n));
  let O = rc4(ok.subarray(0, n), padded(opts.user ?? ""));
  if (!opts.r2) for (let i = 1; i <= 19; i++) O = rc4(Buffer.from(ok.subarray(0, n).map((x) => x ^ i)), O);
  // Algorithm 2: the file key from the user password
  let key = md5(padded(opts.user ?? ""), O, pBytes, id0);
  for (let i = 0; i < rounds; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  // Algorithms 4/5: U
  let U: Buffer;
  if (opts.r2) U = rc4(key, PAD);
  else {
    U = rc4(key, md5(PAD, id0));
    for (let i = 1; i <= 19; i++) U = rc4(Buffer.from(key.map((x) => x ^ i)), U);
    U = Buffer.concat([U, Buffer.alloc(16)]);
  }

  const objKey = (num: number) =>
    md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]), opts.aes ? Buffer.from("sAlT") : Buffer.alloc(0)).subarray(0, Math.min(n + 5, 16));
  const enc = (num: number, data: Buffer) => {
    if (!opts.aes) return rc4(objKey(num), data);
    const iv = randomBytes(16);
    const c = createCipheriv("aes-128-cbc", objKey(num), iv);
    return Buffer.concat([iv, c.update(data), c.final()]);
  };
  const content = Buffer.from(zlibSync(Buffer.from(`BT /F1 12 Tf 72 700 Td (Afg\\370relse ${CPR_A}) Tj ET`, "latin1")));
  const stream = enc(4, content);
  const field = enc(7, Buffer.from(CPR_B, "latin1")).toString("hex");
  const encryptDict = opts.aes
    ? `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <${O.toString("hex")}> /U <${U.toString("hex")}> /P ${P} >>`
    : opts.r2
      ? `<< /Filter /Standard /V 1 /R 2 /O <${O.toString("hex")}> /U <${U.toString("hex")}> /P ${P} >>`
      : `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${O.toString("hex")}> /U <${U.toString("hex")}> /P ${P} >>`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [7 0 R] >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream.toString("latin1")}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    encryptDict,
    `<< /FT /Tx /T (cpr) /V <${field}> >>`,
  ];
  const ids = `/ID [<${id0.toString("hex")}> <${id0.toString("hex")}>]`;
  // A hybrid file: the classic trailer has no /ID; the cross-reference stream, the document's real trailer, has it.
  if (opts.idInXrefStream) objects.push(`<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R ${ids} /Length 0 >>\nstream\n\nendstream`);
  const body = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join("");
  const trailer = `trailer\n<< /Root 1 0 R /Encrypt 6 0 R ${opts.idInXrefStream ? "" : ids} >>\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(`%PDF-1.6\n${body}${trailer}`, "latin1"));
}

function hash2B(password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = createHash("sha256").update(Buffer.concat([password, salt, udata])).digest();
  let e = Buffer.from([0]);
  for (let i = 0; i < 64 || e[e.length - 1]! > i - 32; i++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k, udata])));
    const c = createCipheriv("aes-128-cbc", k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = Buffer.concat([c.update(k1), c.final()]);
    const m = [...e.subarray(0, 16)].reduce((a, b) => a + b, 0) % 3;
    k = createHash(m === 0 ? "sha256" : m === 1 ? "sha384" : "sha512").update(e).digest();
  }
  return k.subarray(0, 32);
}

/** AES-256 (revision 6, or Adobe's revision 5) with an empty user password. */
function aes256Pdf(r: 5 | 6, user = ""): Uint8Array {
  const pw = Buffer.from(user, "utf8");
  const hash = (salt: Buffer) => (r === 5 ? createHash("sha256").update(Buffer.concat([pw, salt])).digest() : hash2B(pw, salt, Buffer.alloc(0)));
  const vs = randomBytes(8);
  const ks = randomBytes(8);
  const U = Buffer.concat([hash(vs), vs, ks]);
  const fileKey = randomBytes(32);
  const w = createCipheriv("aes-256-cbc", hash(ks), Buffer.alloc(16)).setAutoPadding(false);
  const UE = Buffer.concat([w.update(fileKey), w.final()]);
  const enc = (data: Buffer) => {
    const iv = randomBytes(16);
    const c = createCipheriv("aes-256-cbc", fileKey, iv);
    return Buffer.concat([iv, c.update(data), c.final()]);
  };
  const stream = enc(Buffer.from(zlibSync(Buffer.from(`BT /F1 12 Tf 72 700 Td (Afg\\370relse ${CPR_A}) Tj ET`, "latin1"))));
  const field = enc(Buffer.from(CPR_B, "latin1")).toString("hex");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [7 0 R] >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream.toString("latin1")}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Filter /Standard /V 5 /R ${r} /Length 256 /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O <${randomBytes(48).toString("hex")}> /U <${U.toString("hex")}> /OE <${randomBytes(32).toString("hex")}> /UE <${UE.toString("hex")}> /P -1028 /Perms <${randomBytes(16).toString("hex")}> >>`,
    `<< /FT /Tx /T (cpr) /V <${field}> >>`,
  ];
  const body = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join("");
  return Uint8Array.from(Buffer.from(`%PDF-2.0\n${body}trailer\n<< /Root 1 0 R /Encrypt 6 0 R >>\n%%EOF\n`, "latin1"));
}

describe("PDFs encrypted without a user password (restrictions only)", () => {
  test.each([5, 6] as const)("AES-256 (revision %s): page text and form values are read", (r) => {
    const result = extractAttachmentText("begrænset.pdf", aes256Pdf(r));
    expect(result.unreadable).toBeUndefined();
    expect(result.text).toContain("Afgørelse");
    expect(cprsIn(result.text)).toEqual([CPR_A, CPR_B]);
  });

  test("AES-256 with a real user password stays encrypted", () => {
    expect(extractAttachmentText("hemmelig.pdf", aes256Pdf(6, "hemmelig")).unreadable).toBe("encrypted");
  });

  test.each([
    ["RC4 40-bit (revision 2)", false, true],
    ["RC4 128-bit (revision 3)", false, false],
    ["AES-128 (revision 4)", true, false],
  ])("%s: page text and form values are read", (_label, aes, r2) => {
    const r = extractAttachmentText("begrænset.pdf", encryptedPdf({ aes, r2 }));
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toContain("Afgørelse");
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_B))).toBe("form");
  });

  test("the /ID is taken from the cross-reference stream when the classic trailer lacks it", () => {
    const r = extractAttachmentText("begrænset.pdf", encryptedPdf({ aes: false, idInXrefStream: true }));
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
  });

  test("a PDF that needs a password stays encrypted", () => {
    expect(extractAttachmentText("hemmelig.pdf", encryptedPdf({ aes: true, user: "hemmelig" })).unreadable).toBe("encrypted");
  });
});

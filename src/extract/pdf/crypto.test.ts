import { createCipheriv, createHash, randomBytes } from "crypto";
import { aesCbcDecrypt, aesCbcDecryptNoPad, aesCbcEncryptNoPad, md5, rc4 } from "./crypto";

test("md5 matches Node for lengths around the block boundaries", () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const data = randomBytes(n);
    expect(Buffer.from(md5(data)).toString("hex")).toBe(createHash("md5").update(data).digest("hex"));
  }
});

test("rc4: the published test vectors", () => {
  const hex = (key: string, text: string) => Buffer.from(rc4(Buffer.from(key), Buffer.from(text))).toString("hex");
  expect(hex("Key", "Plaintext")).toBe("bbf316e8d940af0ad3");
  expect(hex("Wiki", "pedia")).toBe("1021bf0420");
  expect(hex("Secret", "Attack at dawn")).toBe("45a01f645fc35b383552544b9bf5");
});

test("aes-128-cbc decrypts what Node encrypts (IV first, PKCS#5 padding)", () => {
  for (const n of [0, 1, 15, 16, 17, 100, 4096]) {
    const key = randomBytes(16);
    const iv = randomBytes(16);
    const plain = randomBytes(n);
    const c = createCipheriv("aes-128-cbc", key, iv);
    const data = Buffer.concat([iv, c.update(plain), c.final()]);
    expect(Buffer.from(aesCbcDecrypt(key, data)!).equals(plain)).toBe(true);
  }
  expect(aesCbcDecrypt(randomBytes(16), randomBytes(20))).toBeNull();
});

test("aes-256-cbc decrypts, and both key sizes encrypt and unwrap without padding, as Node does", () => {
  for (const bits of [128, 256]) {
    const key = randomBytes(bits / 8);
    const iv = randomBytes(16);
    const plain = randomBytes(64);
    const c = createCipheriv(`aes-${bits}-cbc`, key, iv);
    const padded = Buffer.concat([iv, c.update(plain), c.final()]);
    expect(Buffer.from(aesCbcDecrypt(key, padded)!).equals(plain)).toBe(true);
    const e = createCipheriv(`aes-${bits}-cbc`, key, iv).setAutoPadding(false);
    const raw = Buffer.concat([e.update(plain), e.final()]);
    expect(Buffer.from(aesCbcEncryptNoPad(key, iv, plain)).equals(raw)).toBe(true);
    expect(Buffer.from(aesCbcDecryptNoPad(key, iv, raw)).equals(plain)).toBe(true);
  }
});

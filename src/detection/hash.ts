// SHA-256 of short canonical strings (fingerprints, CPR hashes), never bodies. The digest itself is
// the bottom module src/bytes/sha256.ts, shared with the PDF reader.
import { encodeUtf8 } from "../bytes/utf8";
import { sha256Bytes } from "../bytes/sha256";

export { sha256Bytes };

/** UTF-8 bytes of a JavaScript string (the core's one encoder; a lone surrogate becomes U+FFFD). */
export function utf8Bytes(text: string): Uint8Array {
  return encodeUtf8(text);
}

/** SHA-256 of the string's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256(text: string): string {
  const digest = sha256Bytes(utf8Bytes(text));
  let hex = "";
  for (let i = 0; i < digest.length; i++) hex += ((digest[i] as number) < 16 ? "0" : "") + (digest[i] as number).toString(16);
  return hex;
}

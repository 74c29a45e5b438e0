// What kind of file this is: the bytes decide where they can (a .docx renamed .txt is still a zip),
// the name decides the rest.

export type Kind = "zip" | "cfb" | "pdf" | "rtf" | "image" | "text" | "html" | "eml" | "unknown";

const TEXT_EXT = new Set(["txt", "csv", "tsv", "log", "json", "xml", "md", "ics", "vcf", "ini", "sql", "yaml", "yml", "prn"]);
const HTML_EXT = new Set(["html", "htm", "xhtml"]);
const EML_EXT = new Set(["eml", "mht", "mhtml"]);
const IMAGE_EXT = new Set(["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "heic", "webp", "emf", "wmf"]);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

export function sniff(name: string, bytes: Uint8Array): Kind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  if (pdfHeaderAt(bytes) >= 0) return "pdf";
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf";
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  )
    return "image";
  const ext = extensionOf(name);
  if (IMAGE_EXT.has(ext)) return "image";
  if (HTML_EXT.has(ext)) return "html";
  if (EML_EXT.has(ext)) return "eml";
  if (TEXT_EXT.has(ext)) return "text";
  if (ext === "rtf") return "rtf";
  return looksLikeText(bytes) ? (looksLikeMail(bytes) ? "eml" : "text") : "unknown";
}

/** PDF readers accept the header within the first 1024 bytes. */
export function pdfHeaderAt(bytes: Uint8Array): number {
  const n = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i < n; i++) if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  return -1;
}

/** No NUL bytes and few control characters in the first 8 KB (or a UTF-16 BOM). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n * 0.02;
}

function looksLikeMail(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  return /^(Received|Return-Path|From|MIME-Version|Message-ID|Date|To|Subject|Delivered-To):/im.test(head) && /\r?\n\r?\n/.test(head) && /^(From|Subject|MIME-Version):/im.test(head);
}

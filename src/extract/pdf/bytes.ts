// Byte helpers for reading a PDF straight from its bytes: searching for ASCII keywords and turning
// only the small regions that need it (names, strings, keywords) into "binary strings" (one char
// per byte). The file itself, and the image and font streams in it, never become strings.

/** Character classes of ISO 32000-1 §7.2.2: 1 white-space, 2 delimiter, 0 regular. */
export const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = 2;

/** White-space as a regular expression's \s sees a byte (the old string-based parsing used \s). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

const UNITS: number[][] = [];

/** The bytes as a binary string (one char per byte), in chunks small enough for apply(). */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  const n = end - start;
  // Short runs (the strings of a content stream) go through a reused plain array of their length:
  // cheaper than a typed-array view per call, and never resized.
  if (n >= 0 && n <= 256) {
    const u = UNITS[n] || (UNITS[n] = new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) u[i] = b[start + i]!;
    return String.fromCharCode.apply(null, u);
  }
  const parts: string[] = [];
  for (let i = start; i < end; i += 8192) parts.push(String.fromCharCode.apply(null, b.subarray(i, Math.min(i + 8192, end)) as unknown as number[]));
  return parts.join("");
}

/** A binary string's bytes (chars above 0xFF keep their low byte). */
export function bytesOf(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Whether `b` holds the ASCII `word` at `at`. */
export function startsWithAscii(b: Uint8Array, word: string, at: number): boolean {
  if (at < 0 || at + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** First index of the ASCII `word` at or after `from`, or -1 (as String.prototype.indexOf). */
export function indexOfAscii(b: Uint8Array, word: string, from = 0): number {
  const first = word.charCodeAt(0);
  const last = b.length - word.length;
  for (let at = b.indexOf(first, Math.max(0, from)); at >= 0 && at <= last; at = b.indexOf(first, at + 1)) {
    if (startsWithAscii(b, word, at)) return at;
  }
  return -1;
}

/** Last index of the ASCII `word` at or before `from`, or -1 (as String.prototype.lastIndexOf). */
export function lastIndexOfAscii(b: Uint8Array, word: string, from = b.length): number {
  const first = word.charCodeAt(0);
  const start = Math.min(from, b.length - word.length);
  if (start < 0) return -1;
  for (let at = b.lastIndexOf(first, start); at >= 0; at = at > 0 ? b.lastIndexOf(first, at - 1) : -1) {
    if (startsWithAscii(b, word, at)) return at;
  }
  return -1;
}


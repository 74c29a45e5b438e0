// Byte helpers for reading a PDF straight from its bytes: searching for ASCII keywords, so that only
// the small regions that need it (names, strings, keywords) become "binary strings"
// (../binary-string). The file itself, and the image and font streams in it, never become strings.

/** Character classes of ISO 32000-1 §7.2.2: 1 white-space, 2 delimiter, 0 regular. */
export const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = 2;

/** White-space as a regular expression's \s sees a byte (the old string-based parsing used \s). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
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


// "Binary strings": one char per byte, so indexOf and regular expressions can search bytes. The
// MIME reader handles an attached mail this way, the PDF reader the small regions it parses.

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

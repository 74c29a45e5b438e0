// Signs that a PDF is broken rather than a scan: when its text could not be read, a truncated file,
// a cross-reference chain that loops, or a missing page tree is "corrupt", not "no text".
import { latin1 } from "../binary-string";
import { indexOfAscii, lastIndexOfAscii, startsWithAscii } from "./bytes";
import { Lexer, isDict } from "./lexer";
import type { PdfFile } from "./objects";

export function isDamaged(file: PdfFile, pageCount: number): boolean {
  return pageCount === 0 || isTruncated(file.b) || xrefLoops(file.b) || file.broken > 0;
}

/** Cut off in transit: no end-of-file marker after the last object. */
function isTruncated(b: Uint8Array): boolean {
  const eof = lastIndexOfAscii(b, "%%EOF");
  return eof < 0 || eof < lastIndexOfAscii(b, "endobj");
}

/** The chain startxref → /Prev → /Prev … comes back to an offset it has already visited. */
function xrefLoops(b: Uint8Array): boolean {
  const from = lastIndexOfAscii(b, "startxref");
  const m = from < 0 ? null : /startxref\s+(\d+)/.exec(latin1(b, from));
  if (!m) return false;
  const seen = new Set<number>();
  let at = parseInt(m[1]!, 10);
  for (let hops = 0; hops < 1000 && at > 0 && at < b.length; hops++) {
    if (seen.has(at)) return true;
    seen.add(at);
    const prev = prevOf(b, at);
    if (prev === undefined) return false;
    at = prev;
  }
  return false;
}

/** /Prev of the trailer belonging to the xref section (table or stream) at `at`. */
function prevOf(b: Uint8Array, at: number): number | undefined {
  let dictAt = at;
  if (startsWithAscii(b, "xref", at)) {
    const t = indexOfAscii(b, "trailer", at);
    if (t < 0) return undefined;
    dictAt = t + 7;
  } else {
    const m = /^\s*\d+\s+\d+\s+obj/.exec(latin1(b, at, Math.min(at + 40, b.length)));
    if (!m) return undefined;
    dictAt = at + m[0].length;
  }
  const v = new Lexer(b, dictAt).value();
  const prev = isDict(v) ? v.dict.get("Prev") : undefined;
  return typeof prev === "number" ? prev : undefined;
}

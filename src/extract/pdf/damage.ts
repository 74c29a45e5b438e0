// Signs that a PDF is broken rather than a scan: when its text could not be read, a truncated file,
// a cross-reference chain that loops, or a missing page tree is "corrupt", not "no text".
import { Lexer, isDict } from "./lexer";
import type { PdfFile } from "./objects";

export function isDamaged(file: PdfFile, pageCount: number): boolean {
  return pageCount === 0 || isTruncated(file.s) || xrefLoops(file.s) || file.broken > 0;
}

/** Cut off in transit: no end-of-file marker after the last object. */
function isTruncated(s: string): boolean {
  const eof = s.lastIndexOf("%%EOF");
  return eof < 0 || eof < s.lastIndexOf("endobj");
}

/** The chain startxref → /Prev → /Prev … comes back to an offset it has already visited. */
function xrefLoops(s: string): boolean {
  const m = /startxref\s+(\d+)/.exec(s.slice(Math.max(0, s.lastIndexOf("startxref"))));
  if (!m) return false;
  const seen = new Set<number>();
  let at = parseInt(m[1]!, 10);
  for (let hops = 0; hops < 1000 && at > 0 && at < s.length; hops++) {
    if (seen.has(at)) return true;
    seen.add(at);
    const prev = prevOf(s, at);
    if (prev === undefined) return false;
    at = prev;
  }
  return false;
}

/** /Prev of the trailer belonging to the xref section (table or stream) at `at`. */
function prevOf(s: string, at: number): number | undefined {
  let dictAt = at;
  if (s.startsWith("xref", at)) {
    const t = s.indexOf("trailer", at);
    if (t < 0) return undefined;
    dictAt = t + 7;
  } else {
    const m = /^\s*\d+\s+\d+\s+obj/.exec(s.slice(at, at + 40));
    if (!m) return undefined;
    dictAt = at + m[0].length;
  }
  const v = new Lexer(s, dictAt).value();
  const prev = isDict(v) ? v.dict.get("Prev") : undefined;
  return typeof prev === "number" ? prev : undefined;
}

// Replaces spans of a text (CPR numbers found by the core) with their masked form.

export interface Span {
  start: number;
  end: number;
}

export function maskSpans(text: string, spans: readonly Span[], mask: (written: string) => string): string {
  // The core never returns overlapping spans; if it did, the first one wins rather than the
  // text being cut into pieces.
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < 0 || span.end > text.length || span.start >= span.end) continue;
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  let out = "";
  let at = 0;
  for (const span of kept) {
    out += text.slice(at, span.start) + mask(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

// Where a plain-text body quotes earlier mail, so a CPR finding can say "only in the quoted
// earlier mail". Two kinds: the reply/forward history below a header or separator (to the end of
// the text) and inline "> " lines. Works on htmlToText output and on plain-text mail alike.

export interface TextRange {
  start: number;
  /** Exclusive. */
  end: number;
}

const SEPARATOR =
  /^-{2,}\s*(?:original message|oprindelig meddelelse|oprindelig besked|forwarded message|videresendt meddelelse|videresendt besked|videresendt mail|ursprüngliche nachricht|weitergeleitete nachricht)\s*-{2,}\s*$/i;
const FORWARD_INTRO = /^(?:begin forwarded message|start på videresendt besked|videresendt besked)\s*:\s*$/i;
const UNDERSCORES = /^_{10,}\s*$/;
const LABEL = /^\*?[A-Za-zÆØÅæøåäöüé ]{2,15}\*?\s?:/;
const FROM_HEADER = /^\*?(?:fra|from|von|de|van|afsender)\*?\s?:/i;
const DATE_HEADER = /^\*?(?:sendt|sent|dato|date|gesendet|envoyé|verzonden)\*?\s?:/i;
// "On …, B <b@x> wrote:" and Gmail's Danish "Den …kl. 10.12 skrev Borger <b@x>:".
const ATTRIBUTION = /^(?:on|den|d\.|am|le|op)\s.{4,200}\s(?:wrote|skrev|schrieb|a écrit|schreef)(?:\s.{1,200})?\s?:\s*$/i;
const HEADER_WINDOW = 5;

interface Line {
  start: number;
  end: number;
  /** The line without leading white space, capped: header signs sit at the start of a line. */
  head: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, Math.min(end, start + 400)).replace(/\r$/, "");
    lines.push({ start, end, head: raw.replace(/^[ \t\u00a0]+/, "") });
    start = end + 1;
  }
  return lines;
}

function nextNonEmpty(lines: Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length && i < from + HEADER_WINDOW; i++) {
    const line = lines[i] as Line;
    if (line.head.trim().length > 0) return line;
  }
  return undefined;
}

function startsHistory(lines: Line[], index: number): boolean {
  const head = (lines[index] as Line).head;
  if (SEPARATOR.test(head) || FORWARD_INTRO.test(head)) return true;
  if (UNDERSCORES.test(head)) {
    const next = nextNonEmpty(lines, index + 1);
    return next !== undefined && LABEL.test(next.head);
  }
  if (FROM_HEADER.test(head)) {
    for (let i = index + 1; i < lines.length && i <= index + HEADER_WINDOW; i++) {
      if (DATE_HEADER.test((lines[i] as Line).head)) return true;
    }
    return false;
  }
  return head.length < 300 && ATTRIBUTION.test(head);
}

/** The quoted parts of `text`, in order, not overlapping. */
export function quotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (typeof text !== "string" || text.length === 0) return ranges;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (startsHistory(lines, i)) {
      ranges.push({ start: line.start, end: text.length });
      break;
    }
    if (line.head.charCodeAt(0) === 0x3e /* > */) {
      const last = ranges[ranges.length - 1];
      // Consecutive quoted lines form one range.
      if (last && last.end + 1 >= line.start) last.end = line.end;
      else ranges.push({ start: line.start, end: line.end });
    }
  }
  return ranges;
}

/** Whether the span [start, end) lies inside one of the ranges (ranges sorted, as quotedRanges returns them). */
export function isQuoted(ranges: readonly TextRange[], start: number, end: number = start + 1): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as TextRange;
    if (start < range.start) high = mid - 1;
    else if (start >= range.end) low = mid + 1;
    else return end <= range.end;
  }
  return false;
}

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
}

/** Characters a quote sign can start with: > - _ * and the first letters of the header words. */
const SIGN_STARTS = new Set(">-_*abdflosvABDFLOSV".split("").map((c) => c.charCodeAt(0)));

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Offset of the line's first character that is not white space. */
function firstVisible(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    i++;
  }
  return i;
}

/** The line from its first visible character, capped: header signs sit at the start of a line. */
function headOf(text: string, line: Line): string {
  const from = firstVisible(text, line);
  return text.slice(from, Math.min(line.end, from + 400)).replace(/\r$/, "");
}

function nextNonEmpty(text: string, lines: Line[], from: number): string | undefined {
  for (let i = from; i < lines.length && i < from + HEADER_WINDOW; i++) {
    const line = lines[i] as Line;
    const head = headOf(text, line);
    if (head.trim().length > 0) return head;
  }
  return undefined;
}

function startsHistory(text: string, lines: Line[], index: number): boolean {
  const head = headOf(text, lines[index] as Line);
  if (SEPARATOR.test(head) || FORWARD_INTRO.test(head)) return true;
  if (UNDERSCORES.test(head)) {
    const next = nextNonEmpty(text, lines, index + 1);
    return next !== undefined && LABEL.test(next);
  }
  if (FROM_HEADER.test(head)) {
    for (let i = index + 1; i < lines.length && i <= index + HEADER_WINDOW; i++) {
      if (DATE_HEADER.test(headOf(text, lines[i] as Line))) return true;
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
    const first = text.charCodeAt(firstVisible(text, line));
    if (!SIGN_STARTS.has(first)) continue;
    if (startsHistory(text, lines, i)) {
      ranges.push({ start: line.start, end: text.length });
      break;
    }
    if (first === 0x3e /* > */) {
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

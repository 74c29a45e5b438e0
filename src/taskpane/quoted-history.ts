// "Fjern den citerede tidligere mail": when a CPR number stands only in the reply/forward history,
// the history below the caseworker's own text is cut off. The core finds where the history starts
// in the body's text; here that line is found again in the body as Outlook holds it (HTML or
// text) and everything from there on goes. The caller checks the result (own text unchanged, the
// numbers gone) and puts the original back when it is not exactly that.
import { quotedRanges, type TextRange } from "../detection";

/** The history range (to the end of the text) that holds `offset`, if any. */
export function historyAt(text: string, offset: number): TextRange | undefined {
  return quotedRanges(text).find((r) => r.start <= offset && offset < r.end && r.end >= text.trimEnd().length);
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Block and line starts the cut may fall on, so nothing before the history's first line goes. */
const CUT_POINTS = ["<br", "<p", "<div", "<hr", "<blockquote", "<table", "<pre"];

/**
 * The body without the history that starts with `firstLine`; undefined when that line cannot be
 * found exactly once (then nothing is cut).
 */
export function cutHistory(data: string, coercionType: "html" | "text", firstLine: string): string | undefined {
  const needle = (coercionType === "html" ? escapeHtml(firstLine) : firstLine).trim().slice(0, 40);
  if (needle.length < 3) return undefined;
  const at = data.indexOf(needle);
  if (at < 0 || data.indexOf(needle, at + 1) >= 0) return undefined;
  if (coercionType === "text") return data.slice(0, data.lastIndexOf("\n", at) + 1).replace(/\s+$/, "\n");
  const lower = data.toLowerCase();
  const cut = Math.max(...CUT_POINTS.map((tag) => lower.lastIndexOf(tag, at)));
  if (cut < 0) return undefined;
  const bodyEnd = lower.lastIndexOf("</body>");
  return data.slice(0, cut) + (bodyEnd > at ? data.slice(bodyEnd) : "");
}

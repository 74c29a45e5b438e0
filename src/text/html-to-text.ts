// HTML mail bodies to the plain text the detectors read. Classic Outlook's JavaScript-only runtime
// has no DOMParser, so this is a small tokenizer of its own: one left-to-right pass, every search
// moves forward, so a 20 MB body costs linear time however broken its markup is.
//
// What it keeps is what a reader sees, plus the signs of quoted earlier mail that quoted.ts looks
// for: <blockquote> lines come out prefixed with "> ", and Outlook's reply block
// (div#divRplyFwdMsg) is preceded by the underscore line Outlook itself writes in plain text.

import { decodeEntities } from "./html-entities";
import { keepAttributes, keepHidden, type HtmlBody } from "./html-hidden";
import type { HiddenKind, HiddenText } from "./html-hidden";

/** The line Outlook puts above a quoted reply header in plain-text mail. */
export const REPLY_SEPARATOR = "________________________________";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

/** Elements whose content is never shown. */
const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "xml"]);

const QUOTE_MARKERS = ["", "> ", "> > ", "> > > ", "> > > > "];

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

class TextWriter {
  private readonly parts: string[] = [];
  /** UTF-16 length of what was written so far. */
  size = 0;
  private atLineStart = true;
  private pendingSpace = false;
  quoteDepth = 0;
  preDepth = 0;

  private add(part: string): void {
    this.parts.push(part);
    this.size += part.length;
  }

  private startLine(): void {
    // Depth is capped in the marker: quoted.ts needs only the first "> ", and 50 000 nested
    // blockquotes must not turn into gigabytes of markers.
    if (this.atLineStart && this.quoteDepth > 0) this.add(QUOTE_MARKERS[Math.min(this.quoteDepth, QUOTE_MARKERS.length - 1)] as string);
    this.atLineStart = false;
  }

  text(raw: string): void {
    if (raw.length === 0) return;
    const decoded = decodeEntities(raw);
    if (this.preDepth > 0) {
      this.preformatted(decoded);
      return;
    }
    const collapsed = decoded.replace(COLLAPSIBLE, " ");
    let body = collapsed;
    if (body.charCodeAt(0) === 0x20) {
      if (!this.atLineStart) this.pendingSpace = true;
      body = body.slice(1);
    }
    if (body.length === 0) return;
    const trailing = body.charCodeAt(body.length - 1) === 0x20;
    if (trailing) body = body.slice(0, -1);
    if (body.length > 0) {
      this.startLine();
      if (this.pendingSpace) this.add(" ");
      this.add(body);
      this.pendingSpace = false;
    }
    if (trailing) this.pendingSpace = true;
  }

  private preformatted(decoded: string): void {
    const lines = decoded.replace(/\r\n?/g, "\n").split("\n");
    lines.forEach((line, index) => {
      if (index > 0) this.newline();
      if (line.length > 0) {
        this.startLine();
        if (this.pendingSpace) this.add(" ");
        this.pendingSpace = false;
        this.add(line);
      }
    });
  }

  /** A hard line break (<br>). */
  newline(): void {
    this.add("\n");
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  /** The edge of a block: start a new line unless one was just started. */
  block(): void {
    if (!this.atLineStart) this.newline();
    this.pendingSpace = false;
  }

  /** A table cell after the first in its row: a tab, as a reader sees the gap. */
  cell(): void {
    if (this.atLineStart) return;
    this.add("\t");
    this.pendingSpace = false;
  }

  line(content: string): void {
    this.block();
    this.startLine();
    this.add(content);
    this.newline();
  }

  result(): string {
    return this.parts.join("").replace(/\n+$/, "");
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2d;
}

/** Offset of the '>' that ends the tag whose name ends at `from`; quotes in attribute values hide '>'. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x3e) return i;
    if ((c === 0x22 || c === 0x27) && afterEquals) {
      quote = c;
      afterEquals = false;
      continue;
    }
    if (c === 0x3d) afterEquals = true;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) afterEquals = false;
  }
  return -1;
}

/**
 * Offset just past the closing tag `</name ...>`, or -1 when it never closes. `unclosed` remembers
 * where a search already failed, so a thousand unclosed <style> tags cost one scan, not a thousand.
 */
function skipPast(html: string, name: string, from: number, unclosed: Map<string, number>): number {
  const failedFrom = unclosed.get(name);
  if (failedFrom !== undefined && from >= failedFrom) return -1;
  let at = from;
  for (;;) {
    const open = html.indexOf("</", at);
    if (open < 0) {
      unclosed.set(name, from);
      return -1;
    }
    const candidate = html.substr(open + 2, name.length).toLowerCase();
    const after = html.charCodeAt(open + 2 + name.length);
    if (candidate === name && !isNameChar(after)) {
      const end = html.indexOf(">", open + 2 + name.length);
      return end < 0 ? html.length : end + 1;
    }
    at = open + 2;
  }
}

const REPLY_BLOCK = /\bid\s*=\s*["']?divRplyFwdMsg\b/i;

function openTag(writer: TextWriter, name: string, tag: string): void {
  if (name === "br") {
    writer.newline();
    return;
  }
  if (name === "td" || name === "th") {
    writer.cell();
    return;
  }
  if (!BLOCK.has(name)) return;
  writer.block();
  if (name === "blockquote") writer.quoteDepth++;
  else if (name === "pre") writer.preDepth++;
  else if (name === "div" && REPLY_BLOCK.test(tag)) writer.line(REPLY_SEPARATOR);
}

function closeTag(writer: TextWriter, name: string): void {
  if (!BLOCK.has(name)) return;
  writer.block();
  if (name === "blockquote" && writer.quoteDepth > 0) writer.quoteDepth--;
  else if (name === "pre" && writer.preDepth > 0) writer.preDepth--;
}

/**
 * The text a reader sees in an HTML mail body: scripts, styles and <head> dropped, block elements
 * and <br> as line breaks, table cells separated by tabs, entities decoded, quoted mail marked.
 */
export function htmlToText(html: string): string {
  if (typeof html !== "string") return "";
  return convert(html, undefined);
}

/**
 * The body a reader sees and the text the mail carries but does not show (link targets, other
 * attribute values, comments, CDATA, <title>, <style>, <script>, <noscript>, <template>, <xml>,
 * <head>): the recipient's mail program gets all of it, and a click sends a link's query string.
 */
export function htmlBodyText(html: string): HtmlBody {
  if (typeof html !== "string") return { text: "", hidden: [] };
  const hidden: HiddenText[] = [];
  const text = convert(html, hidden);
  for (const piece of hidden) if (piece.at > text.length) piece.at = text.length;
  return { text, hidden };
}

/** The end of the markup at `lt` (comment, CDATA, doctype, processing instruction), its content kept. */
function markupEnd(html: string, lt: number, hidden: HiddenText[] | undefined, at: number): number {
  const isComment = html.startsWith("<!--", lt);
  const isCdata = !isComment && html.startsWith("<![CDATA[", lt);
  const [open, close] = isComment ? [4, "-->"] : isCdata ? [9, "]]>"] : [2, ">"];
  const end = html.indexOf(close, lt + open);
  const past = end < 0 ? html.length : end + close.length;
  if (hidden && (isComment || isCdata)) keepHidden(hidden, isComment ? "comment" : "cdata", html.slice(lt + open, end < 0 ? html.length : end), at);
  return past;
}

function convert(html: string, hidden: HiddenText[] | undefined): string {
  const writer = new TextWriter();
  const unclosed = new Map<string, number>();
  // Text runs from `textFrom` up to the next real tag; a '<' that starts no tag stays inside the run.
  let textFrom = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    const isMarkup = next === 0x21 /* ! */ || next === 0x3f; /* ? */
    if (!isMarkup && !isAsciiLetter(html.charCodeAt(nameStart))) {
      // "a < b", "<3", "</ >": not a tag, so the '<' is text.
      i = lt + 1;
      continue;
    }
    if (isMarkup) {
      writer.text(html.slice(textFrom, lt));
      // Comments (incl. Outlook's <!--[if mso]> blocks), CDATA, doctype, processing instructions.
      i = markupEnd(html, lt, hidden, writer.size);
      textFrom = i;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(html, nameEnd);
    if (end < 0) break; // An unterminated tag: the rest stays text rather than hide from the detectors.
    writer.text(html.slice(textFrom, lt));
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = end + 1;
    if (!closing && hidden) keepAttributes(hidden, html, nameEnd, end, writer.size);
    if (closing) {
      closeTag(writer, name);
    } else if (HIDDEN.has(name)) {
      // Unclosed hidden elements hide nothing: better to read stray CSS than to miss the body.
      const past = html.charCodeAt(end - 1) === 0x2f ? -1 : skipPast(html, name, i, unclosed);
      if (past >= 0) {
        if (hidden) keepHidden(hidden, name as HiddenKind, html.slice(i, html.lastIndexOf("</", past)), writer.size);
        i = past;
      }
    } else {
      openTag(writer, name, html.slice(lt, end + 1));
    }
    textFrom = i;
  }
  writer.text(html.slice(textFrom));
  return writer.result();
}

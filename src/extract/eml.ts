// An attached mail (.eml, or Outlook's "eml" format for attached items): its subject and text,
// and its own attachments, each extracted one level deeper. postal-mime would do the parsing,
// but it creates a TextDecoder when loaded, which classic Outlook's runtime does not have.
import { Stop, type Budget } from "./context";
import { decodeDeclared, decodeHtml } from "./charsets";
import { addsDigits, htmlText } from "./html";
import { latin1 } from "./binary-string";
import { decodeWords, parseEntity, parseHeaderValue, splitMultipart, transferDecode, type Entity } from "./mime";
import { TextBuilder } from "./text-builder";
import type { EmbeddedResult, ExtractResult, UnreadableReason } from "./types";

/** Multipart nesting inside one mail; real mail rarely goes past 4. */
const MAX_MULTIPART_NESTING = 20;

interface Walk {
  out: TextBuilder;
  embedded: EmbeddedResult[];
  depth: number;
  budget: Budget;
  problem?: UnreadableReason;
  count: number;
}

export function readEml(bytes: Uint8Array, depth: number, budget: Budget): ExtractResult {
  const root = parseEntity(latin1(bytes));
  if (root.headers.size === 0) return { unreadable: "corrupt" };
  const w: Walk = { out: new TextBuilder(), embedded: [], depth, budget, count: 0 };
  const subject = root.headers.get("subject");
  if (subject) w.out.add("subject", decodeWords(subject));
  // Who it is from and to, as the reader sees them in its header (a display name can carry a number).
  const people = ["from", "sender", "to", "cc", "bcc", "reply-to"].map((h) => root.headers.get(h)).filter((v): v is string => !!v);
  if (people.length) w.out.add("people", people.map(decodeWords).join("\n"));
  try {
    walk(root, w, 0);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    w.problem = err.reason;
  }
  const r = w.out.result(w.problem);
  if (w.embedded.length) r.embedded = w.embedded;
  return r;
}

function walk(e: Entity, w: Walk, nesting: number): void {
  w.budget.check();
  if (nesting > MAX_MULTIPART_NESTING) throw new Stop("too-deep");
  const type = parseHeaderValue(e.headers.get("content-type") || "text/plain");
  const disposition = parseHeaderValue(e.headers.get("content-disposition"));
  const filename = disposition.params.get("filename") || type.params.get("name");
  const mime = type.value || "text/plain";

  if (mime.startsWith("multipart/")) {
    const boundary = type.params.get("boundary");
    if (!boundary) return void (w.problem = w.problem || "corrupt");
    const parts = splitMultipart(e.body, boundary).map(parseEntity);
    if (mime === "multipart/alternative") return readAlternatives(parts, w, nesting);
    for (const p of parts) walk(p, w, nesting + 1);
    return;
  }

  const bytes = transferDecode(e);
  const n = ++w.count;
  if (!bytes) {
    w.embedded.push({ name: filename || "part-" + n, unreadable: "corrupt" });
    return;
  }
  // Pictures shown inside the HTML body (signature logos, pasted screenshots) are not attachments,
  // as the Outlook adapter treats them for the mail being sent.
  if (mime.startsWith("image/") && disposition.value !== "attachment" && (disposition.value === "inline" || e.headers.has("content-id"))) return;
  const isAttachment = disposition.value === "attachment" || !!filename;
  const charset = type.params.get("charset");
  if (!isAttachment && (mime === "text/plain" || mime === "text/html")) {
    const d = mime === "text/html" ? decodeHtml(bytes, charset) : decodeDeclared(bytes, charset);
    w.out.add("body", mime === "text/html" ? htmlText(d.text) : d.text);
    if (d.partial) w.problem = w.problem || "unsupported-charset";
    return;
  }
  // A text file attached with its charset declared: decoded as declared, not guessed.
  if (charset && (mime === "text/plain" || mime === "text/html" || mime === "text/csv")) {
    const d = mime === "text/html" ? decodeHtml(bytes, charset) : decodeDeclared(bytes, charset);
    const e: EmbeddedResult = { name: filename || "part-" + n + extensionFor(mime), text: mime === "text/html" ? htmlText(d.text) : d.text };
    if (d.partial) e.unreadable = "unsupported-charset";
    w.embedded.push(e);
    return;
  }
  if (mime === "message/rfc822" || mime === "message/global") {
    const name = filename || nestedName(bytes);
    w.embedded.push(embed(name, bytes, w));
    return;
  }
  w.embedded.push(embed(filename || "part-" + n + extensionFor(mime), bytes, w));
}

const typeOf = (p: Entity) => parseHeaderValue(p.headers.get("content-type") || "text/plain").value || "text/plain";
/** What a mail program shows of the alternatives: the HTML (or a multipart holding it). */
const isShown = (p: Entity) => typeOf(p) === "text/html" || typeOf(p).startsWith("multipart/");

/**
 * The same content in several forms: a mail program shows the HTML, so that is read; the text
 * forms (plain, a calendar invitation's text …) are read too when they hold a number the shown one
 * lacks (they can differ). Without an HTML form the first text form is the shown one.
 */
function readAlternatives(parts: Entity[], w: Walk, nesting: number): void {
  const texts = parts.filter((p) => !isShown(p) && typeOf(p).startsWith("text/"));
  const shownParts = parts.filter(isShown);
  if (shownParts.length === 0 && texts.length === 0) return void parts.forEach((p) => walk(p, w, nesting + 1));
  const mark = w.out.mark();
  for (const p of shownParts.length > 0 ? shownParts : texts.splice(0, 1)) walk(p, w, nesting + 1);
  const shown = w.out.textSince(mark);
  for (const p of texts) {
    const bytes = transferDecode(p);
    const d = bytes && decodeDeclared(bytes, parseHeaderValue(p.headers.get("content-type")).params.get("charset"));
    if (d && addsDigits(shown, d.text)) w.out.add("body", d.text);
  }
}

function embed(name: string, bytes: Uint8Array, w: Walk): EmbeddedResult {
  const r = w.budget.extract(name, bytes, w.depth + 1);
  const e: EmbeddedResult = { name };
  if (r.text !== undefined) e.text = r.text;
  if (r.parts) e.parts = r.parts;
  if (r.unreadable) e.unreadable = r.unreadable;
  if (r.embedded) e.embedded = r.embedded;
  return e;
}

/** An attached mail without a file name is named by its subject, as Outlook shows it. */
function nestedName(bytes: Uint8Array): string {
  const head = parseEntity(latin1(bytes.subarray(0, 65536)));
  const subject = head.headers.get("subject");
  const s = subject ? decodeWords(subject).replace(/[\\/:*?"<>|]/g, "_").trim() : "";
  return (s || "message") + ".eml";
}

function extensionFor(mime: string): string {
  const known: Record<string, string> = {
    "text/plain": ".txt",
    "text/html": ".html",
    "text/csv": ".csv",
    "application/pdf": ".pdf",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
  };
  return known[mime] || "";
}

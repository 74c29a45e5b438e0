// Attachment text for the CPR check: the public surface of src/extract.
//
//   extractAttachments(items, limits) → Attachment[]   for the Outlook adapter and the CLI
//   extractAttachmentText(name, bytes, limits)          one file, with its nested files
//
// Pure: no DOM, no Node, no TextDecoder, no Intl; bundles to ES2016 for classic Outlook.
// Never throws on file content: every problem becomes an `unreadable` reason.
import type { Attachment } from "../detection";
import { decodeBase64 } from "./base64";
import type { Budget } from "./context";
import { stringToBytes } from "./decode";
import { extractFile, newBudget } from "./extract";
import type { EmbeddedResult, ExtractLimits, ExtractResult } from "./types";

export { UNREADABLE_REASONS } from "./types";
export type { EmbeddedResult, ExtractLimits, ExtractResult, TextPart, UnreadableReason } from "./types";
export { DEFAULT_LIMITS } from "./context";
export { decodeBase64 } from "./base64";
export { PreInflated, zipInflateJobs, type InflateJob } from "./pre-inflated";

/** One attachment as the Outlook adapter or the CLI has it. */
export interface AttachmentInput {
  name: string;
  contentType?: string;
  /** Bytes, as reported by Outlook; lets a too-large file be skipped before its content is fetched. */
  size?: number;
  /**
   * The content: Outlook's getAttachmentContentAsync result ({format: "base64" | "eml" | "url" |
   * "iCalendar", content}), or raw bytes from the CLI. Absent when it was not fetched.
   */
  content?: {
    /** "base64" | "eml" | "url" | "iCalendar" (Office's AttachmentContentFormat) or "bytes"; anything else is unsupported. */
    format: string;
    data: string | Uint8Array;
  };
}

/** Extracts the text of one file (and files inside it, reported in `embedded`). */
export function extractAttachmentText(name: string, bytes: Uint8Array, limits?: Partial<ExtractLimits>): ExtractResult {
  return extractFile(name, bytes, 0, newBudget(limits));
}

/** Whether fetching an attachment's content is worth it: false when its size alone rules it out. */
export function needsContent(item: { size?: number }, limits?: Partial<ExtractLimits>): boolean {
  const max = newBudget(limits).limits.maxFileBytes;
  return !(typeof item.size === "number" && item.size > max);
}

/**
 * Extracts every attachment of one message within one budget (limits from Policy.attachments).
 * Files inside attachments (a mail's attachments, a zip's entries) become entries of their own,
 * named "outer.eml/inner.docx". A partly read file yields two entries of the same name: one with
 * the text that was read, one with the reason the rest was not, so both get reported.
 * Files are read smallest first; the result keeps the order of `items`.
 */
export function extractAttachments(items: AttachmentInput[], limits?: Partial<ExtractLimits>): Attachment[] {
  const budget = newBudget(limits);
  const results: ExtractResult[] = new Array(items.length);
  let total = 0;
  // Smallest first: when time or the total allowance runs out, as many files as possible have been
  // read, and what is left over are the big ones. Results keep the mail's order.
  const order = items.map((item, i) => ({ i, size: sizeOf(item) })).sort((a, b) => a.size - b.size || a.i - b.i);
  for (const { i } of order) {
    results[i] = extractOne(items[i]!, budget, (n) => {
      if (total + n > budget.limits.maxTotalBytes) return false;
      total += n;
      return true;
    });
  }
  const out: Attachment[] = [];
  items.forEach((item, i) => flatten(item.name, results[i]!, out));
  return out;
}

function sizeOf(item: AttachmentInput): number {
  const c = item.content;
  if (c && typeof c.data !== "string") return c.data.length;
  if (c && typeof c.data === "string") return c.format === "base64" ? Math.floor((c.data.length * 3) / 4) : c.data.length;
  return typeof item.size === "number" ? item.size : 0;
}

function extractOne(item: AttachmentInput, budget: Budget, withinTotal: (bytes: number) => boolean): ExtractResult {
  const c = item.content;
  const max = budget.limits.maxFileBytes;
  if (typeof item.size === "number" && item.size > max) return { unreadable: "too-large" };
  if (!c) return { unreadable: "corrupt" };
  if (c.format === "url") return { unreadable: "cloud-link" };
  const size = sizeOf(item);
  if (size > max * 1.02 + 16) return { unreadable: "too-large" };
  if (!withinTotal(Math.min(size, max))) return { unreadable: "total-too-large" };
  if (budget.expired()) return { unreadable: "time-budget" };
  let bytes: Uint8Array | null;
  if (typeof c.data !== "string") bytes = c.data;
  else if (c.format === "base64") bytes = decodeBase64(c.data);
  else bytes = stringToBytes(c.data);
  if (!bytes) return { unreadable: "corrupt" };
  if (typeof c.data === "string" && c.format !== "base64" && c.format !== "eml" && !/^icalendar$/i.test(c.format)) return { unreadable: "unsupported-type" };
  const forced = c.format === "eml" ? "eml" : /^icalendar$/i.test(c.format) ? "text" : undefined;
  return extractFile(item.name, bytes, 0, budget, forced);
}

function flatten(name: string, r: ExtractResult | EmbeddedResult, out: Attachment[]): void {
  const hasOwnText = r.text !== undefined && !(r.text === "" && r.embedded && r.embedded.length > 0);
  if (hasOwnText) {
    const a: Attachment = { name, text: r.text };
    if (r.parts) a.parts = r.parts;
    out.push(a);
  }
  if (r.unreadable) out.push({ name, unreadable: r.unreadable });
  if (!hasOwnText && !r.unreadable && !(r.embedded && r.embedded.length)) out.push({ name, text: "" });
  for (const e of r.embedded || []) flatten(name + "/" + e.name, e, out);
}


// Shapes of the attachment extractor. Plain data only: the result travels from the send handler's
// pure core to analyzeMessage (as the core's Attachment) and to the task pane.
import type { PreInflated } from "./pre-inflated";

/** Why an attachment (or part of one) could not be checked. Stable codes: the i18n catalogs key on them. */
export const UNREADABLE_REASONS = [
  "encrypted", // password-protected zip/OOXML/PDF
  "too-large", // the file alone exceeds maxFileBytes, or its unpacked text would exceed the expansion cap
  "total-too-large", // the message's attachments together exceed maxTotalBytes
  "zip-bomb", // unpacks to far more than it weighs, or declares absurd sizes/entry counts
  "too-deep", // mails/archives nested deeper than maxDepth
  "time-budget", // the message's time budget ran out before (all of) this file was read
  "corrupt", // malformed file: broken zip, bad base64, truncated streams
  "unsupported-type", // a format the extractor does not read
  "legacy-format", // old binary Office formats (.doc/.xls/.ppt): only their plain text runs are scanned
  "image", // pictures and scans: text in them cannot be read without OCR
  "pdf-no-text", // a PDF whose text could not be decoded (scanned, or fonts without a usable encoding)
  "cloud-link", // a link to a file in OneDrive/SharePoint: its content is not in the mail
  "unsupported-charset", // text in a character set without a table here (East Asian, Greek, KOI8 …): only its ASCII (digits, Latin letters) was read
] as const;

export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/**
 * A section of the extracted text: `text.slice(start, end)` came from `where`.
 * `where` is a "/"-separated path of codes, localised by the pane:
 *   "sheet:<name>", "slide:<n>", "notes:<n>", "page:<n>", "header", "footer", "footnotes",
 *   "endnotes", "comments", "body", "subject", "properties" (document properties, custom XML),
 *   "pivot-cache" (source rows kept by a pivot table), "form" (PDF form field values),
 *   "diagram" (SmartArt text).
 *   Files inside archives and mails are not parts:
 *   they are results of their own (`embedded`), named by their path.
 */
export interface TextPart {
  where: string;
  start: number;
  end: number;
}

export interface ExtractResult {
  /** Everything readable, parts separated by blank lines so numbers never run together across parts. */
  text?: string;
  parts?: TextPart[];
  /**
   * Set when the file (or some of it) could not be read. With `text` also set, the text is partial:
   * scan it, and still tell the caseworker the file was not fully checked.
   */
  unreadable?: UnreadableReason;
  /** Files inside this one that are reported on their own: attachments of an attached mail, entries of a .zip. */
  embedded?: EmbeddedResult[];
}

export interface EmbeddedResult extends ExtractResult {
  name: string;
}

/** Limits for one message. The first three come from Policy.attachments. */
export interface ExtractLimits {
  maxTotalBytes: number;
  maxFileBytes: number;
  timeBudgetMs: number;
  /** Bytes that unpacking (zip entries, PDF streams) may produce for the whole message. */
  maxExpandedBytes?: number;
  /** Entries read from one archive. */
  maxEntries?: number;
  /** Nesting of mails and archives: the attachment itself is depth 0. */
  maxDepth?: number;
  /** When the clock started (ms since epoch), e.g. the moment Send was pressed. Default: now. */
  startedAt?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Zip parts already inflated (natively, ahead of the reading); the rest is inflated as usual. */
  preInflated?: PreInflated;
}

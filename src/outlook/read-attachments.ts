// Attachments for the CPR check: Outlook's list, the content of each file worth reading, and the
// extractor's text. The send handler and the task pane both read through `readAttachments`, so the
// same mail gives the same Message — and the same fingerprint — in both places; a confirmation
// stored by the pane matches only then.
import type { Attachment } from "../detection";
import { decodeBase64, DEFAULT_LIMITS, extractAttachments, needsContent, type AttachmentInput, type PreInflated } from "../extract";
import { inBatches, isArrayOf, isObject, read } from "./call";
import type { AttachmentContentLike, AttachmentDetailsLike, ComposeItem } from "./compose-item";
import { nativeInflater, preInflate } from "./native-inflate";

/** Policy.attachments: the limits for one message. */
export interface AttachmentLimits {
  maxTotalBytes: number;
  maxFileBytes: number;
  timeBudgetMs: number;
}

export interface AttachmentReadOptions {
  limits: AttachmentLimits;
  /** When the check began (ms since epoch): fetching and extracting share one budget from then. */
  startedAt?: number;
  /** Clock, for tests. */
  now?: () => number;
  /**
   * Contents already fetched, by attachment id (the pane keeps one per draft: it re-checks on every
   * recipient change, and in web Outlook each fetch is a trip to the server). An id names one
   * attached file for the whole compose session; a replaced file gets a new id.
   */
  contentCache?: Map<string, AttachmentContentLike>;
  /**
   * Awaited between fetching and extracting (the send handler yields to the event loop there, so
   * its watchdog can stop the check before the synchronous extraction starts). Rejecting aborts.
   */
  beforeExtract?: () => Promise<void>;
  /**
   * Extracted attachments by the mail's attachment ids, content hashes and limits (the pane keeps
   * one per draft, beside contentCache): a re-check of an unchanged mail reuses the text instead
   * of unpacking a 10 MB citizen list again. Only complete readings are kept (no "time-budget").
   */
  extractCache?: Map<string, Attachment[]>;
}

// A content's hash, once per fetched content object (the pane's contentCache hands out the same one).
const contentHashes = new WeakMap<object, string>();

/** FNV-1a over the content string: cheap, and enough to tell a changed file under a reused id. */
function contentHash(c: AttachmentContentLike): string {
  let h = contentHashes.get(c);
  if (h !== undefined) return h;
  const s = c.content;
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  h = `${c.format}:${s.length}:${(x >>> 0).toString(16)}`;
  contentHashes.set(c, h);
  return h;
}

/** What the reading needs of one entry: an id and name, and a size it can hold to the limits. */
function isAttachmentDetails(v: unknown): v is AttachmentDetailsLike {
  return isObject(v) && typeof v.id === "string" && typeof v.name === "string" && typeof v.size === "number" && v.size >= 0;
}

const isAttachmentList = isArrayOf(isAttachmentDetails);

function isContent(v: unknown): v is AttachmentContentLike {
  return isObject(v) && typeof v.content === "string" && typeof v.format === "string";
}

/** Rejects (OfficeError) when the list fails, is missing or is malformed: unread files are not "none". */
export async function listAttachments(item: ComposeItem): Promise<AttachmentDetailsLike[]> {
  const list = await read("getAttachmentsAsync", isAttachmentList, (cb) => item.getAttachmentsAsync(cb));
  return list.filter((a) => a.isInline !== true);
}

type Fetched = ({ input: AttachmentInput } | { skipped: Attachment }) & { key?: string };

/**
 * Fetches what is worth fetching (at most three calls at once: web Outlook's limit) and extracts
 * the text. Never rejects for one file: a failed content call makes that file "read-failed", a
 * spent time budget makes the rest "time-budget"; the other files are still checked.
 */
export async function readAttachments(
  item: ComposeItem,
  list: readonly AttachmentDetailsLike[],
  options: AttachmentReadOptions,
): Promise<Attachment[]> {
  if (list.length === 0) return [];
  const now = options.now ?? Date.now;
  const startedAt = options.startedAt ?? now();
  const limits = options.limits;
  const expired = () => now() - startedAt > limits.timeBudgetMs;

  const fetched = await inBatches<Fetched>(
    list.map((a) => async (): Promise<Fetched> => {
      const base: AttachmentInput = { name: a.name, size: a.size, ...(a.contentType ? { contentType: a.contentType } : {}) };
      // A link to OneDrive/SharePoint: the file is not in the mail, so there is nothing to fetch.
      if (a.attachmentType === "cloud") return { input: { ...base, content: { format: "url", data: "" } } };
      // Too large to read anyway: the extractor reports it from the size alone.
      if (!needsContent(a, limits)) return { input: base };
      if (expired()) return { skipped: { name: a.name, unreadable: "time-budget" } };
      try {
        const cached = options.contentCache?.get(a.id);
        const c = cached ?? (await read("getAttachmentContentAsync", isContent, (cb) => item.getAttachmentContentAsync(a.id, cb)));
        if (!cached) options.contentCache?.set(a.id, c);
        const key = options.extractCache ? `${a.id}|${a.name}|${a.size}|${contentHash(c)}` : undefined;
        return { input: { ...base, content: { format: c.format, data: c.content } }, key };
      } catch {
        return { skipped: { name: a.name, unreadable: "read-failed" } };
      }
    }),
  );

  const inputs: AttachmentInput[] = [];
  const skipped: Attachment[] = [];
  for (const f of fetched) {
    if ("input" in f) inputs.push(f.input);
    else skipped.push(f.skipped);
  }
  // The whole reading is one entry: the limits apply across files (smallest first), so a file's
  // result depends on the others.
  const cacheKey =
    options.extractCache && skipped.length === 0
      ? `${limits.maxTotalBytes}|${limits.maxFileBytes}\n` + fetched.map((f, i) => f.key ?? `-${list[i]!.id}|${list[i]!.name}|${list[i]!.size}|${list[i]!.attachmentType}`).join("\n")
      : undefined;
  const hit = cacheKey !== undefined ? options.extractCache!.get(cacheKey) : undefined;
  if (hit) return hit.map((a) => ({ ...a }));
  if (options.beforeExtract) await options.beforeExtract();
  const preInflated = await inflateAhead(inputs, limits, expired, Math.max(0, limits.timeBudgetMs / 2 - (now() - startedAt)));
  const extracted = extractAttachments(inputs, { ...limits, startedAt, now, preInflated });
  if (cacheKey !== undefined && !extracted.some((a) => a.unreadable === "time-budget")) {
    options.extractCache!.clear(); // one mail per pane: the previous reading is of no further use
    options.extractCache!.set(cacheKey, extracted.map((a) => ({ ...a })));
  }
  return extracted.concat(skipped);
}

/**
 * Where the runtime inflates natively, the Office files the extractor will read (smallest first,
 * within the total allowance, as it reads them) are decoded from base64 once and their XML parts
 * inflated ahead; `inputs` then carry the decoded bytes, so nothing is decoded twice.
 */
async function inflateAhead(inputs: AttachmentInput[], limits: AttachmentLimits, expired: () => boolean, waitMs: number): Promise<PreInflated | undefined> {
  const inflater = nativeInflater();
  if (!inflater) return undefined;
  const zips = inputs
    .map((input, i) => ({ input, i }))
    .filter(({ input }) => input.content?.format === "base64" && typeof input.content.data === "string" && input.content.data.startsWith("UEsDB"))
    .sort((a, b) => (a.input.content!.data as string).length - (b.input.content!.data as string).length);
  const files: Uint8Array[] = [];
  let total = 0;
  for (const { input, i } of zips) {
    const bytes = decodeBase64(input.content!.data as string);
    if (!bytes || bytes.length > limits.maxFileBytes || total + bytes.length > limits.maxTotalBytes) continue;
    total += bytes.length;
    inputs[i] = { ...input, content: { format: "base64", data: bytes } };
    files.push(bytes);
  }
  return files.length ? preInflate(files, DEFAULT_LIMITS.maxExpandedBytes, expired, waitMs, inflater) : undefined;
}

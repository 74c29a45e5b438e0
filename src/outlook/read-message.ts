// Reads the compose item into the core's plain Message. Calls go in batches of at most three
// (web Outlook's limit). The HTML body is preferred (classic Outlook's text form drops structure);
// converting it is the caller's core helper, so this module stays free of detection code.
//
// Two steps, because attachment contents need the policy's limits: `readDraft` (everything but the
// attachments' contents) and `completeMessage` (contents + text). The send handler loads the policy
// between them; the pane, which has its policy already, calls `readMessage` for both.
import type { HiddenText, Message, Recipient } from "../detection";
import { inBatches, isString, read } from "./call";
import type { AttachmentDetailsLike, ComposeItem } from "./compose-item";
import { listAttachments, readAttachments, type AttachmentReadOptions } from "./read-attachments";
import { getRecipients, isAddressDetails, toRecipient } from "./recipients";

/** The core's HTML → text conversion: htmlBodyText (visible text and what travels unseen), or htmlToText. */
export type HtmlConverter = (html: string) => string | { text: string; hidden: HiddenText[] };

export interface ReadOptions {
  /** The core's HTML → text conversion; give htmlBodyText so links, comments … are checked too. */
  htmlToText: HtmlConverter;
}

/** The mail without its attachments' text, and the attachments still to read. */
export interface Draft {
  message: Message;
  attachments: AttachmentDetailsLike[];
  /** The parts Outlook would not give; empty when the whole draft was read. */
  unread: ReadPart[];
  /** Their errors (OfficeError for Outlook's failures), in the same order. */
  errors: unknown[];
}

/** A part of the mail Outlook would not give us; the handler names them in its stop. */
export type ReadPart = "to" | "cc" | "bcc" | "from" | "subject" | "body" | "attachments";

/** Rejects (OfficeError) when neither body form can be read, or Outlook answers without a string. */
export async function readBody(item: ComposeItem, htmlToText: HtmlConverter): Promise<string> {
  return (await readBodyParts(item, htmlToText)).body;
}

/** The body as the reader sees it and, from an HTML body, what it carries unseen. */
export async function readBodyParts(item: ComposeItem, htmlToText: HtmlConverter): Promise<{ body: string; hidden: HiddenText[] }> {
  let html: string;
  try {
    html = await read("body.getAsync", isString, (cb) => item.body.getAsync("html", cb));
  } catch (htmlError) {
    // Some builds refuse the HTML coercion for plain-text drafts; the text form still lets us check.
    try {
      return { body: await read("body.getAsync", isString, (cb) => item.body.getAsync("text", cb)), hidden: [] };
    } catch {
      throw htmlError;
    }
  }
  const converted = htmlToText(html);
  return typeof converted === "string" ? { body: converted, hidden: [] } : { body: converted.text, hidden: converted.hidden };
}

export async function readFrom(item: ComposeItem): Promise<Recipient> {
  return toRecipient(await read("from.getAsync", isAddressDetails, (cb) => item.from.getAsync(cb)));
}

/** Each part's value, or the error that kept it unread; never rejects. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(step: () => Promise<T>): () => Promise<Outcome<T>> {
  return () => step().then((value): Outcome<T> => ({ ok: true, value }), (error: unknown): Outcome<T> => ({ ok: false, error }));
}

/**
 * Everything but the attachments' contents. Every part is tried; one that fails — an error, no
 * answer, or a null or malformed value — is listed in `unread` (in the order of ReadPart) with its
 * error, and left empty in `message`. A caller must not treat a draft with `unread` parts as read.
 */
export async function readDraft(item: ComposeItem, options: ReadOptions): Promise<Draft> {
  const outcomes = await inBatches<Outcome<unknown>>([
    settle(() => getRecipients(item, "to")),
    settle(() => getRecipients(item, "cc")),
    settle(() => getRecipients(item, "bcc")),
    settle(() => readFrom(item)),
    settle(() => read("subject.getAsync", isString, (cb) => item.subject.getAsync(cb))),
    settle(() => listAttachments(item)),
  ]);
  const body = await settle(() => readBodyParts(item, options.htmlToText))();
  const parts: ReadPart[] = ["to", "cc", "bcc", "from", "subject", "attachments"];
  const unread: ReadPart[] = [];
  const errors: unknown[] = [];
  const value = <T>(part: ReadPart, outcome: Outcome<unknown>, empty: T): T => {
    if (outcome.ok) return outcome.value as T;
    unread.push(part);
    errors.push(outcome.error);
    return empty;
  };
  const [to, cc, bcc, from, subject, attachments] = outcomes.map((o, i) => value<unknown>(parts[i]!, o, undefined));
  const { body: text, hidden } = value("body", body, { body: "", hidden: [] as HiddenText[] });
  const message: Message = {
    ...(from ? { from: from as Recipient } : {}),
    to: (to as Recipient[] | undefined) ?? [],
    cc: (cc as Recipient[] | undefined) ?? [],
    bcc: (bcc as Recipient[] | undefined) ?? [],
    subject: (subject as string | undefined) ?? "",
    body: text,
  };
  if (hidden.length > 0) message.bodyHidden = hidden;
  return { message, attachments: (attachments as AttachmentDetailsLike[] | undefined) ?? [], unread, errors };
}

/** The draft's Message with its attachments read within the policy's limits. */
export async function completeMessage(item: ComposeItem, draft: Draft, options: AttachmentReadOptions): Promise<Message> {
  const attachments = await readAttachments(item, draft.attachments, options);
  return attachments.length > 0 ? { ...draft.message, attachments } : draft.message;
}

/** The whole mail as the core checks it: the one reading both the handler and the pane use. */
export async function readMessage(item: ComposeItem, options: ReadOptions & AttachmentReadOptions): Promise<Message> {
  const startedAt = options.startedAt ?? (options.now ?? Date.now)();
  const draft = await readDraft(item, options);
  // The pane shows Outlook's error; a half-read mail is never checked as if it were whole.
  if (draft.errors.length > 0) throw draft.errors[0];
  return completeMessage(item, draft, { ...options, startedAt });
}

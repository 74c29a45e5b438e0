// Reads the compose item into the core's plain Message. Calls go in batches of at most three
// (web Outlook's limit). The HTML body is preferred (classic Outlook's text form drops structure);
// converting it is the caller's core helper, so this module stays free of detection code.
//
// Two steps, because attachment contents need the policy's limits: `readDraft` (everything but the
// attachments' contents) and `completeMessage` (contents + text). The send handler loads the policy
// between them; the pane, which has its policy already, calls `readMessage` for both.
import type { HiddenText, Message, Recipient } from "../detection/types";
import { call, inBatches } from "./call";
import type { AttachmentDetailsLike, ComposeItem, EmailAddressDetailsLike } from "./compose-item";
import { listAttachments, readAttachments, type AttachmentReadOptions } from "./read-attachments";
import { getRecipients, toRecipient } from "./recipients";

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
}

export async function readBody(item: ComposeItem, htmlToText: HtmlConverter): Promise<string> {
  return (await readBodyParts(item, htmlToText)).body;
}

/** The body as the reader sees it and, from an HTML body, what it carries unseen. */
export async function readBodyParts(item: ComposeItem, htmlToText: HtmlConverter): Promise<{ body: string; hidden: HiddenText[] }> {
  let html: string | undefined;
  try {
    html = await call<string>("body.getAsync", (cb) => item.body.getAsync("html", cb));
  } catch (htmlError) {
    // Some builds refuse the HTML coercion for plain-text drafts; the text form still lets us check.
    try {
      return { body: (await call<string>("body.getAsync", (cb) => item.body.getAsync("text", cb))) ?? "", hidden: [] };
    } catch {
      throw htmlError;
    }
  }
  const converted = htmlToText(html ?? "");
  return typeof converted === "string" ? { body: converted, hidden: [] } : { body: converted.text, hidden: converted.hidden };
}

export async function readFrom(item: ComposeItem): Promise<Recipient> {
  return toRecipient(await call<EmailAddressDetailsLike>("from.getAsync", (cb) => item.from.getAsync(cb)));
}

export async function readDraft(item: ComposeItem, options: ReadOptions): Promise<Draft> {
  const [to, cc, bcc] = await inBatches<Recipient[]>([
    () => getRecipients(item, "to"),
    () => getRecipients(item, "cc"),
    () => getRecipients(item, "bcc"),
  ]);
  const [from, subject, attachments] = await inBatches<unknown>([
    () => readFrom(item),
    () => call<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    () => listAttachments(item),
  ]);
  const { body, hidden } = await readBodyParts(item, options.htmlToText);
  const message: Message = {
    from: from as Recipient,
    to: to ?? [],
    cc: cc ?? [],
    bcc: bcc ?? [],
    subject: (subject as string | undefined) ?? "",
    body,
  };
  if (hidden.length > 0) message.bodyHidden = hidden;
  return { message, attachments: attachments as AttachmentDetailsLike[] };
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
  return completeMessage(item, draft, { ...options, startedAt });
}

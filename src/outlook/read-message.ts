// Reads the compose item into the core's plain Message. Calls go in batches of at most three
// (web Outlook's limit). The HTML body is preferred (classic Outlook's text form drops structure);
// converting it is the caller's core helper, so this module stays free of detection code.
import type { Attachment, Message, Recipient } from "../detection/types";
import { call, inBatches } from "./call";
import type { AttachmentDetailsLike, ComposeItem, EmailAddressDetailsLike } from "./compose-item";
import { getRecipients, toRecipient } from "./recipients";

export interface ReadOptions {
  /** The core's HTML → text conversion. */
  htmlToText: (html: string) => string;
}

export async function readBody(item: ComposeItem, htmlToText: (html: string) => string): Promise<string> {
  try {
    const html = await call<string>("body.getAsync", (cb) => item.body.getAsync("html", cb));
    return htmlToText(html ?? "");
  } catch (htmlError) {
    // Some builds refuse the HTML coercion for plain-text drafts; the text form still lets us check.
    try {
      return (await call<string>("body.getAsync", (cb) => item.body.getAsync("text", cb))) ?? "";
    } catch {
      throw htmlError;
    }
  }
}

export async function readAttachmentNames(item: ComposeItem): Promise<Attachment[]> {
  const list = await call<AttachmentDetailsLike[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb));
  // Inline attachments are the pictures in the body (signatures, logos), not documents.
  return (list ?? []).filter((a) => !a.isInline).map((a) => ({ name: a.name }));
}

export async function readFrom(item: ComposeItem): Promise<Recipient> {
  return toRecipient(await call<EmailAddressDetailsLike>("from.getAsync", (cb) => item.from.getAsync(cb)));
}

export async function readMessage(item: ComposeItem, options: ReadOptions): Promise<Message> {
  const [to, cc, bcc] = await inBatches<Recipient[]>([
    () => getRecipients(item, "to"),
    () => getRecipients(item, "cc"),
    () => getRecipients(item, "bcc"),
  ]);
  const [from, subject, attachments] = await inBatches<unknown>([
    () => readFrom(item),
    () => call<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    () => readAttachmentNames(item),
  ]);
  const body = await readBody(item, options.htmlToText);
  const message: Message = {
    from: from as Recipient,
    to: to ?? [],
    cc: cc ?? [],
    bcc: bcc ?? [],
    subject: (subject as string | undefined) ?? "",
    body,
  };
  if ((attachments as Attachment[]).length > 0) message.attachments = attachments as Attachment[];
  return message;
}

// .eml (RFC 5322, what new Outlook and OWA download) → Message.
import PostalMime, { type Address, type Email } from "postal-mime";
import { htmlBodyText, type Message, type Recipient } from "./core";
import { nameOnly, type AttachmentsReader, type RawAttachment } from "./attachments";
import { envelopeFromHeaders, type MailEnvelope } from "./envelope";
import { UnreadableError, detailOf } from "./unreadable";

export async function readEml(bytes: Uint8Array, readAttachments: AttachmentsReader = nameOnly): Promise<Message> {
  return (await readEmlWithEnvelope(bytes, readAttachments)).message;
}

/** The mail and the few headers the audit reads (date, stamp, client). */
export async function readEmlWithEnvelope(
  bytes: Uint8Array,
  readAttachments: AttachmentsReader = nameOnly,
): Promise<{ message: Message; envelope: MailEnvelope }> {
  if (looksBinary(bytes)) throw new UnreadableError("not-a-mail");
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  } catch (error) {
    throw new UnreadableError("parse-failed", detailOf(error));
  }
  if (!hasMailHeaders(email)) throw new UnreadableError("not-a-mail");
  const body = bodyOf(email);
  const message: Message = {
    from: firstMailbox(email.from),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    subject: email.subject ?? "",
    body: body.text,
    attachments: readAttachments(attachmentsOf(email)),
  };
  if (body.hidden.length > 0) message.bodyHidden = body.hidden;
  return { message, envelope: envelopeFromHeaders(email.headers, email.date) };
}

// The HTML part is what the recipient sees in Outlook; the text part is a rendering of it. What
// the HTML carries unseen (links, comments …) leaves with the mail too and is checked as well.
function bodyOf(email: Email): { text: string; hidden: NonNullable<Message["bodyHidden"]> } {
  if (email.html) return htmlBodyText(email.html);
  return { text: email.text ?? "", hidden: [] };
}

function attachmentsOf(email: Email): RawAttachment[] {
  const out: RawAttachment[] = [];
  for (const part of email.attachments) {
    // Images referenced from the HTML (signature logos) are part of the body's look, not files
    // the caseworker attached; listing them would mark nearly every mail "not checked".
    if (part.mimeType.startsWith("image/") && (part.related || referencedFromHtml(part.contentId, email.html))) continue;
    out.push({ name: part.filename ?? "unavngivet", bytes: asBytes(part.content) });
  }
  return out;
}

function referencedFromHtml(contentId: string | undefined, html: string | undefined): boolean {
  if (!contentId || !html) return false;
  return html.includes(`cid:${contentId.replace(/^<|>$/g, "")}`);
}

function asBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

const MAIL_HEADERS = new Set(["from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version"]);

// postal-mime accepts any bytes; a file with none of the usual headers is not a mail export.
function hasMailHeaders(email: Email): boolean {
  return email.headers.some((header) => MAIL_HEADERS.has(header.key));
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstMailbox(address: Address | undefined): Recipient | undefined {
  return address ? mailboxes([address])[0] : undefined;
}

function mailboxes(addresses: Address[] | undefined): Recipient[] {
  const out: Recipient[] = [];
  for (const address of addresses ?? []) {
    const members = address.group ?? [address];
    for (const member of members) {
      if (!member.address) continue;
      out.push(member.name ? { address: member.address, displayName: member.name } : { address: member.address });
    }
  }
  return out;
}

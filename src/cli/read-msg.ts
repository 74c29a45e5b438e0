// .msg (Outlook's own format, what classic Outlook saves when mails are dragged to a folder) → Message.
import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { decompressRTF } from "@kenjiuno/decompressrtf";
import { extractAttachmentText, htmlBodyText, type Message, type Recipient, type RecipientField } from "./core";
import { nameOnly, type AttachmentsReader, type RawAttachment } from "./attachments";
import { envelopeFromHeaders, parseHeaderBlock, type MailEnvelope } from "./envelope";
import { UnreadableError, detailOf } from "./unreadable";

export function readMsg(bytes: Uint8Array, readAttachments: AttachmentsReader = nameOnly): Message {
  return readMsgWithEnvelope(bytes, readAttachments).message;
}

/**
 * The mail and the few headers the audit reads. A .msg carries internet headers only in its
 * transport-header block (mail that went through transport); a draft-side copy may have none.
 */
export function readMsgWithEnvelope(bytes: Uint8Array, readAttachments: AttachmentsReader = nameOnly): { message: Message; envelope: MailEnvelope } {
  let reader: MsgReader;
  let fields: FieldsData;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // Old non-Unicode .msg files store text in the Windows code page: Danish Windows is 1252,
    // which also holds the en dash people type between the two halves of a CPR number.
    reader.parserConfig = { ansiEncoding: "windows1252" };
    fields = reader.getFileData();
  } catch (error) {
    throw new UnreadableError("parse-failed", detailOf(error));
  }
  if (fields.error) throw new UnreadableError("parse-failed", fields.error);
  if (fields.dataType !== "msg") throw new UnreadableError("not-a-mail");

  const message: Message = {
    from: sender(fields),
    to: recipients(fields, "to"),
    cc: recipients(fields, "cc"),
    bcc: recipients(fields, "bcc"),
    subject: fields.subject ?? "",
    body: "",
    attachments: readAttachments(attachmentsOf(reader, fields)),
  };
  const html = htmlOf(fields);
  if (html === undefined) {
    message.body = bodyText(fields);
  } else {
    // What the HTML carries unseen (links, comments …) leaves with the mail too.
    const body = htmlBodyText(html);
    message.body = body.text;
    if (body.hidden.length > 0) message.bodyHidden = body.hidden;
  }
  const sent = fields.clientSubmitTime ?? fields.messageDeliveryTime ?? fields.creationTime;
  return { message, envelope: envelopeFromHeaders(parseHeaderBlock(fields.headers), sent) };
}

function htmlOf(fields: FieldsData): string | undefined {
  if (fields.bodyHtml) return fields.bodyHtml;
  if (fields.html && fields.html.length > 0) return decodeHtml(fields.html, fields.internetCodepage);
  return undefined;
}

function bodyText(fields: FieldsData): string {
  if (fields.body) return fields.body;
  if (fields.compressedRtf && fields.compressedRtf.length > 0) return rtfBodyText(fields.compressedRtf);
  return "";
}

// Some .msg files carry the body only as compressed RTF; the core's RTF reader takes it from there.
function rtfBodyText(compressed: Uint8Array): string {
  try {
    const rtf = new Uint8Array(decompressRTF(Array.from(compressed)));
    return extractAttachmentText("body.rtf", rtf).text ?? "";
  } catch {
    return "";
  }
}

function decodeHtml(bytes: Uint8Array, codepage: number | undefined): string {
  const label = codepage === 1252 ? "windows-1252" : codepage === 28591 ? "iso-8859-1" : "utf-8";
  return new TextDecoder(label).decode(bytes);
}

// Exchange stores internal people as X.500 ("EX") addresses; the SMTP form sits beside it.
function smtpOf(smtp: string | undefined, email: string | undefined, type: string | undefined): string | undefined {
  if (smtp) return smtp;
  if (email && (type === undefined || type.toUpperCase() === "SMTP" || email.includes("@"))) return email;
  return undefined;
}

function sender(fields: FieldsData): Recipient | undefined {
  const address =
    smtpOf(fields.senderSmtpAddress, fields.senderEmail, fields.senderAddressType) ??
    fields.sentRepresentingSmtpAddress ??
    fields.creatorSMTPAddress;
  if (!address) return undefined;
  return fields.senderName ? { address, displayName: fields.senderName } : { address };
}

function recipients(fields: FieldsData, field: RecipientField): Recipient[] {
  const out: Recipient[] = [];
  for (const recipient of fields.recipients ?? []) {
    if ((recipient.recipType ?? "to") !== field) continue;
    const address = smtpOf(recipient.smtpAddress, recipient.email, recipient.addressType) ?? recipient.email ?? "";
    out.push(recipient.name ? { address, displayName: recipient.name } : { address });
  }
  return out;
}

function attachmentsOf(reader: MsgReader, fields: FieldsData): RawAttachment[] {
  const out: RawAttachment[] = [];
  for (const attachment of fields.attachments ?? []) {
    if (attachment.attachmentHidden) continue;
    let content: Uint8Array;
    let name = attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? "unavngivet";
    try {
      const data = reader.getAttachment(attachment);
      content = data.content;
      if (data.fileName) name = data.fileName;
    } catch {
      content = new Uint8Array(0);
    }
    out.push({ name, bytes: content });
  }
  return out;
}

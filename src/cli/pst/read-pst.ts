// .pst input (a content-search or eDiscovery export) through pst-extractor, one folder and one
// message at a time: the folder tree is listed first (names and counts only), then each folder's
// messages are read, turned into a Message and an envelope, and dropped. Memory stays at one
// message plus pst-extractor's index, whatever the file's size.
import { PSTFile, type PSTFolder, type PSTMessage } from "pst-extractor";
import type { Message, Recipient } from "../core";
import type { AttachmentsReader, RawAttachment } from "../attachments";
import { envelopeFromHeaders, parseHeaderBlock, type MailEnvelope } from "../envelope";
import { htmlToText } from "../core";

export interface PstFolderRef {
  /** Child indexes from the root: a stable address a worker can open again. */
  path: number[];
  name: string;
  /** Messages the folder says it holds (for progress and planning). */
  count: number;
}

export interface PstMail {
  message: Message;
  envelope: MailEnvelope;
}

const PR_SENDER_SMTP_ADDRESS = 0x5d01;
const PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5d02;
const RECIPIENT_FIELD: Record<number, "to" | "cc" | "bcc"> = { 1: "to", 2: "cc", 3: "bcc" };

/**
 * pst-extractor writes diagnostics (item classes, names) to the console; the command line's
 * output is its own, and a library line could carry a subject. Every call into it runs here.
 */
function quiet<T>(fn: () => T): T {
  const saved = { log: console.log, error: console.error, warn: console.warn };
  console.log = console.error = console.warn = () => undefined;
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}

export function isPstFile(path: string): boolean {
  return /\.(pst|ost)$/i.test(path);
}

export function openPst(path: string): PSTFile {
  return quiet(() => new PSTFile(path));
}

/** Every folder with messages, depth first, in the file's own order. */
export function listPstFolders(pst: PSTFile): PstFolderRef[] {
  const out: PstFolderRef[] = [];
  const visit = (folder: PSTFolder, path: number[], trail: string): void => {
    const name = trail ? `${trail}/${folder.displayName}` : folder.displayName;
    if (folder.contentCount > 0) out.push({ path, name, count: folder.contentCount });
    if (folder.hasSubfolders) folder.getSubFolders().forEach((sub, i) => visit(sub, [...path, i], name));
  };
  quiet(() => visit(pst.getRootFolder(), [], ""));
  return out;
}

export function folderAt(pst: PSTFile, path: readonly number[]): PSTFolder {
  return quiet(() => {
    let folder = pst.getRootFolder();
    for (const index of path) {
      const next = folder.getSubFolders()[index];
      if (!next) throw new Error(`PST folder ${path.join("/")} is missing`);
      folder = next;
    }
    return folder;
  });
}

/** The folder's mails, one at a time; items that are not mails (contacts, appointments) are skipped. */
export function* folderMails(folder: PSTFolder, readAttachments: AttachmentsReader, maxBytes: number): Generator<PstMail> {
  for (let child = quiet(() => folder.getNextChild()); child; child = quiet(() => folder.getNextChild())) {
    const item = child as PSTMessage;
    if (!/^IPM\.Note/i.test(item.messageClass ?? "")) continue;
    yield quiet(() => ({ message: toMessage(item, readAttachments, maxBytes), envelope: envelopeOf(item) }));
  }
}

function toMessage(item: PSTMessage, readAttachments: AttachmentsReader, maxBytes: number): Message {
  const recipients: Record<"to" | "cc" | "bcc", Recipient[]> = { to: [], cc: [], bcc: [] };
  for (let i = 0; i < item.numberOfRecipients; i++) {
    const r = item.getRecipient(i);
    if (!r) continue;
    const address = r.smtpAddress || r.emailAddress;
    if (!address) continue;
    recipients[RECIPIENT_FIELD[r.recipientType] ?? "to"].push(r.displayName ? { address, displayName: r.displayName } : { address });
  }
  const from = stringProp(item, PR_SENDER_SMTP_ADDRESS) || stringProp(item, PR_SENT_REPRESENTING_SMTP_ADDRESS) || smtpOrEmpty(item.senderEmailAddress);
  return {
    ...(from ? { from: item.senderName ? { address: from, displayName: item.senderName } : { address: from } } : {}),
    ...recipients,
    subject: item.subject ?? "",
    body: item.bodyHTML ? htmlToText(item.bodyHTML) : (item.body ?? ""),
    attachments: readAttachments(attachmentsOf(item, maxBytes)),
  };
}

function attachmentsOf(item: PSTMessage, maxBytes: number): RawAttachment[] {
  const out: RawAttachment[] = [];
  for (let i = 0; i < item.numberOfAttachments; i++) {
    const attachment = item.getAttachment(i);
    const name = attachment.longFilename || attachment.filename || "unavngivet";
    const stream = attachment.size <= maxBytes ? attachment.fileInputStream : null;
    if (!stream) {
      out.push({ name, bytes: new Uint8Array(0) });
      continue;
    }
    const bytes = Buffer.alloc(stream.length.toNumber());
    stream.readCompletely(bytes);
    out.push({ name, bytes });
  }
  return out;
}

/**
 * The stamp lives where Outlook keeps an add-in's internet header on the item: a string-named
 * property "x-sendevagt" (PS_INTERNET_HEADERS). Mail that went through transport also carries it
 * in the transport header block.
 */
function envelopeOf(item: PSTMessage): MailEnvelope {
  const headers = parseHeaderBlock(item.transportMessageHeaders);
  const named = namedStringProp(item, "x-sendevagt");
  if (named) headers.unshift({ key: "x-sendevagt", value: named });
  return envelopeFromHeaders(headers, item.clientSubmitTime ?? item.messageDeliveryTime ?? undefined);
}

// pst-extractor keeps property readers protected; these two calls are the documented getters'
// own implementation, used for the properties it has no getter for.
type PropertyReader = { getStringItem(id: number): string };

function stringProp(item: PSTMessage, id: number): string {
  try {
    return smtpOrEmpty((item as unknown as PropertyReader).getStringItem(id));
  } catch {
    return "";
  }
}

function namedStringProp(item: PSTMessage, name: string): string | undefined {
  try {
    const id = PSTFile.getPublicStringToIdMapItem(name);
    if (id === undefined || id < 0) return undefined;
    const value = (item as unknown as PropertyReader).getStringItem(id);
    return value ? value : undefined;
  } catch {
    return undefined;
  }
}

function smtpOrEmpty(value: string | undefined): string {
  return value && value.includes("@") ? value : "";
}

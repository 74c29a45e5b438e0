// Turns an attachment's bytes into what analyzeMessage reads. Until the core's attachment
// extractor is wired in, every attachment is listed by name as not checked, so the verdict
// says so instead of pretending the file was clean.
import type { Attachment } from "./core";

export interface RawAttachment {
  name: string;
  bytes: Uint8Array;
}

export type AttachmentReader = (raw: RawAttachment) => Attachment;

/** Reason code for an attachment the command line could not look into. */
export const NOT_EXTRACTED = "not-extracted";

export const nameOnly: AttachmentReader = (raw) => ({ name: raw.name, unreadable: NOT_EXTRACTED });

export function readAttachments(raws: Iterable<RawAttachment>, read: AttachmentReader = nameOnly): Attachment[] {
  const out: Attachment[] = [];
  for (const raw of raws) out.push(read(raw));
  return out;
}

// One exported mail file → its audit record, or why it could not be read. The unit of work the
// audit loop (and each worker thread) runs.
import { defaultPolicy, type Message, type Policy } from "../core";
import { extractingReader, type AttachmentsReader } from "../attachments";
import { readMailFileWithEnvelope } from "../read-mail";
import { UnreadableError } from "../unreadable";
import type { UnreadableCode } from "../i18n";
import type { MailEnvelope } from "../envelope";
import { auditRecordOf, type AuditMail } from "./record";

export type AuditOutcome = { mail: AuditMail } | { unreadable: UnreadableCode };

export interface AuditContext {
  policy?: Policy;
  maxBytes: number;
  readAttachments: AttachmentsReader;
  policyFor: (message: Message) => Policy;
}

export function auditContext(policy: Policy | undefined, maxBytes: number, readAttachments?: AttachmentsReader): AuditContext {
  const cache = new Map<string, Policy>();
  const policyFor = (message: Message): Policy => {
    if (policy) return policy;
    // Without IT's policy, the sender's own domain is the organisation (as in `report`).
    const address = message.from?.address ?? "";
    const key = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
    let found = cache.get(key);
    if (!found) cache.set(key, (found = defaultPolicy(address || undefined)));
    return found;
  };
  return { policy, maxBytes, readAttachments: readAttachments ?? extractingReader((policy ?? defaultPolicy()).attachments), policyFor };
}

export async function auditFile(path: string, context: AuditContext): Promise<AuditOutcome> {
  let read: { message: Message; envelope: MailEnvelope };
  try {
    read = await readMailFileWithEnvelope(path, { maxBytes: context.maxBytes, readAttachments: context.readAttachments });
  } catch (error) {
    return { unreadable: error instanceof UnreadableError ? error.code : "parse-failed" };
  }
  return auditMessage(read.message, read.envelope, context);
}

export function auditMessage(message: Message, envelope: MailEnvelope, context: AuditContext): AuditOutcome {
  try {
    return { mail: auditRecordOf(message, envelope, context.policyFor(message)) };
  } catch {
    return { unreadable: "check-failed" };
  }
}

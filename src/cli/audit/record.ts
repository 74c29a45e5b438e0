// One sent mail → what the DPO's audit keeps of it: when, from which domain, whether it went
// outside, whether it carried a valid Sendevagt stamp and what the stamp says, and — only for
// unstamped mail to an external recipient — the masked CPR numbers it contained (the bypass
// list). No address, subject, text or full CPR number leaves this step.
import { DEFAULT_EXEMPT_DATES, classifyRecipient, findCprNumbers, maskCpr, type Message, type Policy } from "../core";
import type { MailEnvelope } from "../envelope";
import { maskDigits } from "../mask";
import { parseStamp, type ParsedStamp } from "./stamp";

export interface BypassEntry {
  date?: string;
  senderDomain?: string;
  /** Domains of the external recipients (not the organisation's, not trusted, not Digital Post). */
  recipientDomains: string[];
  /** Distinct masked numbers, "010203-XXXX". */
  cprs: string[];
  /** X-Mailer / User-Agent when the mail had one. */
  client?: string;
}

export interface AuditMail {
  date?: string;
  senderDomain?: string;
  /** Some recipient is outside the organisation's own domains. */
  external: boolean;
  /** Some recipient is the policy's Digital Post gateway. */
  digitalPost: boolean;
  stamp?: ParsedStamp;
  bypass?: BypassEntry;
  /** Client header of an unstamped external mail (where the unchecked mail came from). */
  unstampedClient?: string;
}

const MAX_CLIENT = 60;

export function auditRecordOf(message: Message, envelope: MailEnvelope, policy: Policy): AuditMail {
  const recipients = [...message.to, ...message.cc, ...message.bcc];
  const kinds = recipients.map((r) => ({ r, a: classifyRecipient(r, policy) }));
  const external = kinds.some(({ a }) => a.kind !== "internal");
  const stamp = parseStamp(envelope.stamp);
  const record: AuditMail = {
    external,
    digitalPost: kinds.some(({ a }) => a.kind === "digital-post"),
  };
  if (envelope.date) record.date = envelope.date;
  const senderDomain = domainOf(message.from?.address);
  if (senderDomain) record.senderDomain = senderDomain;
  if (stamp) record.stamp = stamp;
  const client = envelope.client ? cleanClient(envelope.client) : undefined;
  if (!external || stamp?.valid) return record;
  if (client) record.unstampedClient = client;
  const outside = kinds.filter(({ a }) => a.kind === "external" || a.kind === "invalid").map(({ a }) => a.domain.toLowerCase());
  if (outside.length === 0) return record;
  const cprs = maskedNumbers(message, policy);
  if (cprs.length === 0) return record;
  record.bypass = { recipientDomains: Array.from(new Set(outside)).sort(), cprs };
  if (record.date) record.bypass.date = record.date;
  if (senderDomain) record.bypass.senderDomain = senderDomain;
  if (client) record.bypass.client = client;
  return record;
}

function maskedNumbers(message: Message, policy: Policy): string[] {
  const options = { exemptDates: [...DEFAULT_EXEMPT_DATES, ...policy.cpr.extraExemptDates] };
  const texts = [message.subject, message.body, ...(message.attachments ?? []).map((a) => a.text ?? "")];
  const masked = new Set<string>();
  for (const text of texts) for (const m of findCprNumbers(text, options)) masked.add(maskCpr(text.slice(m.start, m.end)));
  return Array.from(masked).sort();
}

function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  return address && at >= 0 ? address.slice(at + 1).toLowerCase() : undefined;
}

/** A client header is free text from the sending device: flatten, bound, and mask any digits. */
function cleanClient(value: string): string {
  const flat = maskDigits(value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, " ").replace(/\s+/g, " ").trim());
  return flat.length > MAX_CLIENT ? `${flat.slice(0, MAX_CLIENT - 1)}…` : flat;
}

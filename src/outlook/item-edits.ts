// Small writes on the compose item besides recipients.
import { call } from "./call";
import type { ComposeItem } from "./compose-item";

export const AUDIT_HEADER = "x-sendevagt";
const MAX_SUBJECT = 255;

export async function setSubject(item: ComposeItem, subject: string): Promise<void> {
  await call<void>("subject.setAsync", (cb) => item.subject.setAsync(subject.slice(0, MAX_SUBJECT), cb));
}

/**
 * Stamps the outgoing mail so an Exchange transport rule can tell checked mail from unchecked.
 * An unchanged stamp is not written again: Outlook on Mac may re-run the send handler after the
 * item changes during send, and rewriting the same value must not start that loop.
 */
export async function writeAuditHeader(item: ComposeItem, value: string): Promise<void> {
  const headers = item.internetHeaders;
  const get = headers.getAsync;
  if (typeof get === "function") {
    try {
      const current = await call<Record<string, string>>("internetHeaders.getAsync", (cb) => get.call(headers, [AUDIT_HEADER], cb));
      if (current && current[AUDIT_HEADER] === value) return;
    } catch {
      // Can't tell: write it.
    }
  }
  await call<void>("internetHeaders.setAsync", (cb) => headers.setAsync({ [AUDIT_HEADER]: value }, cb));
}

/** The Smart Alert's contextData (Mailbox 1.8); null when there is none or the call is unsupported. */
export async function getInitializationContext(item: ComposeItem): Promise<string | null> {
  const get = item.getInitializationContextAsync;
  if (typeof get !== "function") return null;
  const value = await call<string | null>("getInitializationContextAsync", (cb) => get.call(item, cb));
  return typeof value === "string" && value !== "" ? value : null;
}

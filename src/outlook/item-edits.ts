// Small writes on the compose item besides recipients.
import { call } from "./call";
import type { ComposeItem } from "./compose-item";

export const AUDIT_HEADER = "x-sendevagt";
const MAX_SUBJECT = 255;

export async function setSubject(item: ComposeItem, subject: string): Promise<void> {
  await call<void>("subject.setAsync", (cb) => item.subject.setAsync(subject.slice(0, MAX_SUBJECT), cb));
}

/** Stamps the outgoing mail so an Exchange transport rule can tell checked mail from unchecked. */
export async function writeAuditHeader(item: ComposeItem, value: string): Promise<void> {
  await call<void>("internetHeaders.setAsync", (cb) => item.internetHeaders.setAsync({ [AUDIT_HEADER]: value }, cb));
}

/** The Smart Alert's contextData (Mailbox 1.8); null when there is none or the call is unsupported. */
export async function getInitializationContext(item: ComposeItem): Promise<string | null> {
  const get = item.getInitializationContextAsync;
  if (typeof get !== "function") return null;
  const value = await call<string | null>("getInitializationContextAsync", (cb) => get.call(item, cb));
  return typeof value === "string" && value !== "" ? value : null;
}

// Small writes on the compose item besides recipients.
import { call, within } from "./call";
import { AUDIT_HEADER } from "./audit-stamp";
import type { ComposeItem } from "./compose-item";

export { AUDIT_HEADER };
const MAX_SUBJECT = 255;

export async function setSubject(item: ComposeItem, subject: string): Promise<void> {
  await call<void>("subject.setAsync", (cb) => item.subject.setAsync(subject.slice(0, MAX_SUBJECT), cb));
}

/**
 * Stamps the outgoing mail so an Exchange transport rule can tell checked mail from unchecked.
 * `next` gets the header's current value (undefined when there is none or it cannot be read:
 * internetHeaders.getAsync is missing on old builds) and returns the value to write.
 * An unchanged stamp is not written again: Outlook on Mac may re-run the send handler after the
 * item changes during send, and rewriting the same value must not start that loop.
 */
export async function updateAuditHeader(
  item: ComposeItem,
  next: (current: string | undefined) => string,
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const headers = item.internetHeaders;
  const get = headers.getAsync;
  // The send handler bounds each step: a header call that never answers must not hold the mail.
  const bounded = <T>(p: Promise<T>, fallback: T) => (options.timeoutMs === undefined ? p : within(p, options.timeoutMs, fallback));
  let current: string | undefined;
  if (typeof get === "function") {
    try {
      const found = await bounded(call<Record<string, string>>("internetHeaders.getAsync", (cb) => get.call(headers, [AUDIT_HEADER], cb)), {});
      const key = found && typeof found === "object" ? Object.keys(found).find((k) => k.toLowerCase() === AUDIT_HEADER) : undefined;
      const value = key === undefined ? undefined : found[key];
      current = typeof value === "string" ? value : undefined;
    } catch {
      // Can't tell: write it.
    }
  }
  const value = next(current);
  if (current === value) return;
  await bounded(call<void>("internetHeaders.setAsync", (cb) => headers.setAsync({ [AUDIT_HEADER]: value }, cb)), undefined);
}

/** The body as Outlook holds it: HTML, or plain text for a plain-text draft. */
export async function readBodyForEdit(item: ComposeItem): Promise<{ data: string; coercionType: "html" | "text" }> {
  try {
    return { data: (await call<string>("body.getAsync", (cb) => item.body.getAsync("html", cb))) ?? "", coercionType: "html" };
  } catch {
    return { data: (await call<string>("body.getAsync", (cb) => item.body.getAsync("text", cb))) ?? "", coercionType: "text" };
  }
}

/** Writes the whole body back in the form it was read; everything not changed stays as it was. */
export async function writeBody(item: ComposeItem, data: string, coercionType: "html" | "text"): Promise<void> {
  const set = item.body.setAsync;
  if (typeof set !== "function") throw new Error("body.setAsync is not available");
  await call<void>("body.setAsync", (cb) => set.call(item.body, data, { coercionType }, cb));
}

/** Removes one attachment by its id (from getAttachmentsAsync). */
export async function removeAttachment(item: ComposeItem, id: string): Promise<void> {
  const remove = item.removeAttachmentAsync;
  if (typeof remove !== "function") throw new Error("removeAttachmentAsync is not available");
  await call<void>("removeAttachmentAsync", (cb) => remove.call(item, id, cb));
}

/** Replaces the stamp with `value` (the pane's record). */
export async function writeAuditHeader(item: ComposeItem, value: string): Promise<void> {
  await updateAuditHeader(item, () => value);
}

/** The Smart Alert's contextData (Mailbox 1.8); null when there is none or the call is unsupported. */
export async function getInitializationContext(item: ComposeItem): Promise<string | null> {
  const get = item.getInitializationContextAsync;
  if (typeof get !== "function") return null;
  const value = await call<string | null>("getInitializationContextAsync", (cb) => get.call(item, cb));
  return typeof value === "string" && value !== "" ? value : null;
}

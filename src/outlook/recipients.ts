// Reading and rewriting the To/Cc/Bcc fields. Office.js has no "remove": a field is replaced
// whole with setAsync (≤ 100 per call), so every edit is read → filter/map → write.
import type { Recipient, RecipientField } from "../detection";
import { call, isArrayOf, isObject, read } from "./call";
import type { ComposeItem, EmailAddressDetailsLike } from "./compose-item";

const MAX_PER_CALL = 100;

export function toRecipient(details: EmailAddressDetailsLike): Recipient {
  const address = (details.emailAddress ?? "").trim();
  const displayName = (details.displayName ?? "").trim();
  // Outlook repeats the address as display name for unresolved entries; that says nothing.
  return displayName && displayName.toLowerCase() !== address.toLowerCase() ? { address, displayName } : { address };
}

/** One recipient as Outlook gives it: an address string, and a display name that is a string or absent. */
export function isAddressDetails(v: unknown): v is EmailAddressDetailsLike {
  return isObject(v) && typeof v.emailAddress === "string" && (v.displayName === undefined || v.displayName === null || typeof v.displayName === "string");
}

const isRecipientList = isArrayOf(isAddressDetails);

/** Rejects (OfficeError) when Outlook fails, or answers with no list or a malformed one. */
export async function getRecipients(item: ComposeItem, field: RecipientField): Promise<Recipient[]> {
  const list = await read(`${field}.getAsync`, isRecipientList, (cb) => item[field].getAsync(cb));
  return list.map(toRecipient);
}

/** Replaces the whole field; more than 100 recipients are written as one set plus adds. */
export async function setRecipients(item: ComposeItem, field: RecipientField, recipients: Recipient[]): Promise<void> {
  const input = recipients.map((r) => (r.displayName ? { emailAddress: r.address, displayName: r.displayName } : { emailAddress: r.address }));
  await call<void>(`${field}.setAsync`, (cb) => item[field].setAsync(input.slice(0, MAX_PER_CALL), cb));
  for (let i = MAX_PER_CALL; i < input.length; i += MAX_PER_CALL) {
    await call<void>(`${field}.addAsync`, (cb) => item[field].addAsync(input.slice(i, i + MAX_PER_CALL), cb));
  }
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Swaps one address for another in a field, keeping order and the display name.
 * Returns false (and writes nothing) when the old address is not in the field.
 */
export async function replaceRecipient(item: ComposeItem, field: RecipientField, oldAddress: string, newAddress: string): Promise<boolean> {
  const current = await getRecipients(item, field);
  if (!current.some((r) => sameAddress(r.address, oldAddress))) return false;
  const next: Recipient[] = [];
  for (const r of current) {
    if (!sameAddress(r.address, oldAddress)) next.push(r);
    else if (!next.some((n) => sameAddress(n.address, newAddress))) next.push(r.displayName ? { address: newAddress, displayName: r.displayName } : { address: newAddress });
  }
  await setRecipients(item, field, next);
  return true;
}

/** Removes the given addresses from every field; returns how many entries were removed. */
export async function removeRecipients(item: ComposeItem, addresses: string[]): Promise<number> {
  let removed = 0;
  for (const field of ["to", "cc", "bcc"] as const) {
    const current = await getRecipients(item, field);
    const next = current.filter((r) => !addresses.some((a) => sameAddress(a, r.address)));
    if (next.length !== current.length) {
      removed += current.length - next.length;
      await setRecipients(item, field, next);
    }
  }
  return removed;
}

// The caseworker's confirmation lives in the item's sessionData (per draft and add-in, gone when
// the draft closes; not copied into forwards like custom properties are). Anything missing,
// unreadable or malformed reads as "not confirmed".
import { call, isString, read } from "./call";
import { isOfficeError } from "./office-error";
import type { ComposeItem } from "./compose-item";
import { randomSalt } from "./random-salt";
import { SNAPSHOT_KEY } from "./pane-snapshot";

export const CONFIRMATION_KEY = "sendevagt.confirmation";
export const SALT_KEY = "sendevagt.salt";

export interface Confirmation {
  /** The verdict fingerprint the caseworker confirmed. */
  fingerprint: string;
  /** The salt that fingerprint was computed with. */
  salt: string;
  /** The reason code the caseworker chose, if the policy asked for one. */
  reason?: string;
  /** "Andet": the caseworker's own words; stays in the draft's sessionData only. */
  reasonText?: string;
  /** The rule ids the confirmation covered (for the audit stamp). */
  rules?: string[];
  /** ISO time of the confirmation. */
  at: string;
}

function isConfirmation(v: unknown): v is Confirmation {
  const c = v as Partial<Confirmation> | null;
  return (
    typeof c === "object" && c !== null &&
    typeof c.fingerprint === "string" && c.fingerprint.length > 0 &&
    typeof c.salt === "string" && c.salt.length > 0 &&
    typeof c.at === "string" &&
    (c.reason === undefined || typeof c.reason === "string") &&
    (c.reasonText === undefined || typeof c.reasonText === "string") &&
    (c.rules === undefined || (Array.isArray(c.rules) && c.rules.every((r) => typeof r === "string")))
  );
}

/** Outlook's answer for a key that was never set: nothing stored, not a lost read. */
const NO_SUCH_KEY = 9061;

/**
 * A key's value, or null when nothing is stored; `lost` when the read itself failed (an error other
 * than "no such key", no answer, a null or malformed value): a stored confirmation may be gone.
 */
async function readKey(item: ComposeItem, key: string): Promise<{ value: string | null; lost: boolean }> {
  const store = item.sessionData;
  if (!store || typeof store.getAsync !== "function") return { value: null, lost: false };
  try {
    const value = await read("sessionData.getAsync", isString, (cb) => store.getAsync(key, cb));
    return { value: value !== "" ? value : null, lost: false };
  } catch (e) {
    const missing = isOfficeError(e) && (e.code === NO_SUCH_KEY || e.officeName === "InvalidSessionDataKey");
    return { value: null, lost: !missing };
  }
}

export interface ConfirmationRead {
  confirmation: Confirmation | null;
  /** sessionData could not be read: a confirmation the caseworker gave may have been lost. */
  lost: boolean;
}

export async function readConfirmationState(item: ComposeItem): Promise<ConfirmationRead> {
  const { value, lost } = await readKey(item, CONFIRMATION_KEY);
  if (value === null) return { confirmation: null, lost };
  try {
    const parsed: unknown = JSON.parse(value);
    return isConfirmation(parsed) ? { confirmation: parsed, lost: false } : { confirmation: null, lost: true };
  } catch {
    return { confirmation: null, lost: true };
  }
}

/** The stored confirmation, or null when there is none or it cannot be read (never throws). */
export async function readConfirmation(item: ComposeItem): Promise<Confirmation | null> {
  return (await readConfirmationState(item)).confirmation;
}

/** Throws OfficeError when sessionData is missing or the write fails: the pane must tell the user. */
export async function writeConfirmation(item: ComposeItem, confirmation: Confirmation): Promise<void> {
  const store = item.sessionData;
  if (!store) throw new Error("sessionData is not available in this Outlook");
  await call<void>("sessionData.setAsync", (cb) => store.setAsync(CONFIRMATION_KEY, JSON.stringify(confirmation), cb));
}

export async function clearConfirmation(item: ComposeItem): Promise<void> {
  const store = item.sessionData;
  if (!store) return;
  await call<void>("sessionData.removeAsync", (cb) => store.removeAsync(CONFIRMATION_KEY, cb));
}

/**
 * The draft's salt: the stored one, or a new random salt that is stored for next time. When
 * sessionData is unavailable the salt is fresh each call — confirmations can't be kept then anyway.
 */
export async function getOrCreateSalt(item: ComposeItem): Promise<string> {
  const stored = (await readKey(item, SALT_KEY)).value;
  if (stored) return stored;
  const salt = randomSalt();
  const store = item.sessionData;
  if (store) {
    try {
      await call<void>("sessionData.setAsync", (cb) => store.setAsync(SALT_KEY, salt, cb));
    } catch {
      // Not fatal: the salt still works for this check.
    }
  }
  return salt;
}

/** The handler's snapshot for the pane (./pane-snapshot). Throws OfficeError when the write fails. */
export async function writeSnapshot(item: ComposeItem, json: string): Promise<void> {
  const store = item.sessionData;
  if (!store) return;
  await call<void>("sessionData.setAsync", (cb) => store.setAsync(SNAPSHOT_KEY, json, cb));
}

/** The stored snapshot as written, or null when there is none or it cannot be read. */
export async function readSnapshotJson(item: ComposeItem): Promise<string | null> {
  return (await readKey(item, SNAPSHOT_KEY)).value;
}

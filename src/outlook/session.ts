// The caseworker's confirmation lives in the item's sessionData (per draft and add-in, gone when
// the draft closes; not copied into forwards like custom properties are). Anything missing,
// unreadable or malformed reads as "not confirmed".
import { call } from "./call";
import type { ComposeItem } from "./compose-item";
import { randomSalt } from "./random-salt";

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

async function readKey(item: ComposeItem, key: string): Promise<string | null> {
  const store = item.sessionData;
  if (!store || typeof store.getAsync !== "function") return null;
  try {
    const value = await call<string>("sessionData.getAsync", (cb) => store.getAsync(key, cb));
    return typeof value === "string" && value !== "" ? value : null;
  } catch {
    return null;
  }
}

export async function readConfirmation(item: ComposeItem): Promise<Confirmation | null> {
  const raw = await readKey(item, CONFIRMATION_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isConfirmation(parsed) ? parsed : null;
  } catch {
    return null;
  }
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
  const stored = await readKey(item, SALT_KEY);
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

// Office.js cannot change the sending mailbox, so the pane can only check `from` against the
// route's secure senders and tell the caseworker how to switch.
import type { Recipient } from "../detection";

export type SenderCheck =
  | { ok: true; sender: string }
  | { ok: false; current?: string; allowed: string[] };

const normalise = (address: string): string => address.trim().toLowerCase();

export function checkSender(from: Recipient | undefined, allowedSenders: readonly string[]): SenderCheck {
  const allowed = allowedSenders.map(normalise).filter((a) => a !== "");
  const current = from?.address ? normalise(from.address) : undefined;
  if (current !== undefined && allowed.includes(current)) return { ok: true, sender: current };
  return current === undefined ? { ok: false, allowed } : { ok: false, current, allowed };
}

// PaneServices over src/outlook: the production wiring, also used by the component tests with
// the shared fake compose item, so the tests exercise the real adapter.
import {
  readConfirmation,
  readMessage,
  removeRecipients,
  replaceRecipient,
  setRecipients,
  setSubject,
  writeAuditHeader,
  writeConfirmation,
  getOrCreateSalt,
  getInitializationContext,
  listAttachments,
  readBodyForEdit,
  removeAttachment,
  writeBody,
  type ComposeItem,
} from "../outlook";
import { onItemEvent, ITEM_EVENTS, readDraft, readFrom, type HtmlConverter, type PolicyLoader } from "../outlook";
import { draftState, parseSnapshot } from "../outlook/pane-snapshot";
import { readSnapshotJson } from "../outlook/session";
import type { Attachment } from "../detection";
import type { AttachmentContentLike } from "../outlook/compose-item";
import type { EventSource } from "../outlook/item-events";
import { contextFromEventArgs } from "../outlook/pane-actions";
import { defaultPolicy } from "../policy";
import type { PaneServices } from "./services";

export interface OfficeServicesOptions {
  item: ComposeItem & EventSource;
  displayLanguage: string | undefined;
  theme?: () => "light" | "dark" | "high-contrast";
  policyLoader: Pick<PolicyLoader, "load">;
  /** htmlBodyText in production, so what the HTML carries unseen is checked too. */
  htmlToText: HtmlConverter;
  openUrl: (url: string) => void;
  now?: () => Date;
}

export function createOfficeServices(o: OfficeServicesOptions): PaneServices {
  const item = o.item;
  // One per pane: each re-check reads the attachments again, but fetches each file only once.
  const contentCache = new Map<string, AttachmentContentLike>();
  // …and extracts them once: the text of an unchanged mail is reused by every re-check.
  const extractCache = new Map<string, Attachment[]>();
  const subscribe = (eventType: string, handler: (args: unknown) => void): (() => void) => {
    const pending = onItemEvent(item, eventType, handler).catch(() => async () => undefined);
    return () => void pending.then((unsubscribe) => unsubscribe()).catch(() => undefined);
  };
  return {
    displayLanguage: () => o.displayLanguage || undefined,
    theme: () => o.theme?.() ?? "light",
    async loadPolicy() {
      const load = await o.policyLoader.load();
      if (load.policy) return { policy: load.policy, fallback: false };
      // No policy.json at all is a supported mode (zero-config); a broken one is IT's to fix.
      const missing = load.problem?.kind === "not-found";
      // No usable policy.json: the sender's own domain is the organisation (zero-config defaults).
      const from = await readFrom(item).catch(() => undefined);
      return { policy: defaultPolicy(from?.address), fallback: !missing };
    },
    getSalt: () => getOrCreateSalt(item),
    // The same reading as the send handler's, so an unchanged mail has the same fingerprint there.
    readMessage: (policy) => readMessage(item, { htmlToText: o.htmlToText, limits: policy.attachments, contentCache, extractCache }),
    async readSnapshot(policy) {
      const snapshot = parseSnapshot(await readSnapshotJson(item));
      if (!snapshot) return null;
      const draft = await readDraft(item, { htmlToText: o.htmlToText });
      if (draft.unread.length > 0 || draftState(draft.message, draft.attachments, policy) !== snapshot.state) return null;
      return { verdict: snapshot.verdict, people: snapshot.people };
    },
    async getInitContext() {
      const raw = await getInitializationContext(item);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        // Not JSON: still a Smart Alert opening, just without findings to show first.
        return { raw: true };
      }
    },
    async readConfirmedFingerprint() {
      return (await readConfirmation(item))?.fingerprint;
    },
    replaceRecipient: (field, address, next) => replaceRecipient(item, field, address, next),
    removeRecipients: (addresses) => removeRecipients(item, addresses),
    setRecipients: (field, recipients) => setRecipients(item, field, recipients),
    setSubject: (subject) => setSubject(item, subject),
    async editBody(edit) {
      const body = await readBodyForEdit(item);
      const next = edit(body.data, body.coercionType);
      if (next === body.data) return false;
      await writeBody(item, next, body.coercionType);
      return true;
    },
    async removeAttachment(name) {
      const found = (await listAttachments(item)).find((a) => a.name === name);
      if (!found) return false;
      await removeAttachment(item, found.id);
      return true;
    },
    saveConfirmation: (c) =>
      writeConfirmation(item, {
        fingerprint: c.fingerprint,
        salt: c.salt,
        rules: c.rules,
        ...(c.reasonCode ? { reason: c.reasonCode } : {}),
        ...(c.reasonText ? { reasonText: c.reasonText } : {}),
        at: (o.now ?? (() => new Date()))().toISOString(),
      }),
    writeAuditHeader: (value) => writeAuditHeader(item, value),
    openUrl: o.openUrl,
    subscribeRecipientsChanged: (onChange) => subscribe(ITEM_EVENTS.recipientsChanged, () => onChange()),
    subscribeInitContextChanged: (onChange) =>
      subscribe(ITEM_EVENTS.initializationContextChanged, (args) => onChange(contextFromEventArgs(args))),
    today: o.now ?? (() => new Date()),
  };
}

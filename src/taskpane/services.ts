// Everything the pane needs from Outlook, as one interface: production wires it to src/outlook
// (office-services.ts), tests inject the shared fake compose item through the same adapter or a
// hand-made double. The pane itself never sees Office.js.
import type { Message, Recipient, RecipientField, RuleId, Verdict } from "../detection";
import type { PersonContext } from "../digital-post";
import type { Policy } from "../policy/types";

export interface ConfirmationInput {
  fingerprint: string;
  salt: string;
  rules: RuleId[];
  reasonCode?: string;
  /** "Andet": the caseworker's own words (checked free of CPR numbers); also in the audit stamp, encoded and capped. */
  reasonText?: string;
}

export interface PaneServices {
  /** Office display language, e.g. "da-DK"; undefined when unknown. */
  displayLanguage(): string | undefined;
  /** The Office theme (light, dark, high contrast); light when unknown. */
  theme?(): "light" | "dark" | "high-contrast";
  /**
   * IT's policy; without one, the zero-config defaults. `fallback` only when a policy.json exists
   * but could not be used (IT must hear of it); no policy.json at all is a supported mode.
   */
  loadPolicy(): Promise<{ policy: Policy; fallback: boolean }>;
  /** The draft's salt (created and stored on first use), shared with the send handler. */
  getSalt(): Promise<string>;
  /** The mail as the send handler reads it; attachments within the policy's limits. */
  readMessage(policy: Policy): Promise<Message>;
  /**
   * The send handler's verdict for this draft (../outlook/pane-snapshot), while the draft is still
   * what the handler checked under this policy; null otherwise. For showing only: people are
   * "p1", "p2" … instead of hashes, and it has no fingerprint.
   */
  readSnapshot?(policy: Policy): Promise<{ verdict: Verdict; people: Record<string, PersonContext> } | null>;
  /** The Smart Alert's contextData (parsed JSON), or null when the pane was opened from the ribbon. */
  getInitContext(): Promise<unknown>;
  /** The fingerprint of the confirmation stored for this draft, if any. */
  readConfirmedFingerprint(): Promise<string | undefined>;

  /** Swaps the address in that field, keeping its place and display name; false when it was not there. */
  replaceRecipient(field: RecipientField, address: string, next: string): Promise<boolean>;
  /** Removes these addresses from every recipient field; resolves to how many entries went. */
  removeRecipients(addresses: string[]): Promise<number>;
  setRecipients(field: RecipientField, recipients: Recipient[]): Promise<void>;
  setSubject(subject: string): Promise<void>;
  /** Reads the body (HTML, or text for a plain-text draft), applies `edit`, writes it back if it changed. */
  editBody(edit: (data: string, coercionType: "html" | "text") => string): Promise<boolean>;
  /** Removes the (non-inline) attachment of that name; false when it was not there. */
  removeAttachment(name: string): Promise<boolean>;
  saveConfirmation(input: ConfirmationInput): Promise<void>;
  writeAuditHeader(value: string): Promise<void>;
  /** Opens a page in the user's browser (the Digital Post portal, IT's guide). */
  openUrl(url: string): void;

  /** Returns an unsubscribe function. */
  subscribeRecipientsChanged(onChange: () => void): () => void;
  subscribeInitContextChanged(onChange: (context: unknown) => void): () => void;
  today(): Date;
}

// The part of Office.MessageCompose that Sendevagt uses, typed structurally so both the real
// item (cast once at the boundary) and the test fake satisfy it.

export interface OfficeErrorLike {
  name?: string;
  message?: string;
  code?: number;
}

export interface AsyncResultLike<T> {
  /** "succeeded" | "failed" (Office.AsyncResultStatus values). */
  status: string;
  value: T;
  error?: OfficeErrorLike | undefined;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressDetailsLike {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}

export interface RecipientsLike {
  getAsync(callback: Callback<EmailAddressDetailsLike[]>): void;
  setAsync(recipients: { emailAddress: string; displayName?: string }[], callback: Callback<void>): void;
  addAsync(recipients: { emailAddress: string; displayName?: string }[], callback: Callback<void>): void;
}

export interface AttachmentDetailsLike {
  id: string;
  name: string;
  size: number;
  attachmentType: string;
  isInline: boolean;
  contentType?: string;
}

export interface AttachmentContentLike {
  format: string;
  content: string;
}

export interface SessionDataLike {
  getAsync(name: string, callback: Callback<string>): void;
  setAsync(name: string, value: string, callback: Callback<void>): void;
  removeAsync(name: string, callback: Callback<void>): void;
}

export interface ComposeItem {
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  from: { getAsync(callback: Callback<EmailAddressDetailsLike>): void };
  subject: {
    getAsync(callback: Callback<string>): void;
    setAsync(subject: string, callback: Callback<void>): void;
  };
  body: {
    getAsync(coercionType: string, callback: Callback<string>): void;
    /** ReadWriteItem; the pane's one-click text fixes (mask a number, drop the quoted history). */
    setAsync?(data: string, options: { coercionType: string }, callback: Callback<void>): void;
  };
  getAttachmentsAsync(callback: Callback<AttachmentDetailsLike[]>): void;
  getAttachmentContentAsync(id: string, callback: Callback<AttachmentContentLike>): void;
  /** Mailbox 1.1 (compose): the pane's "remove the attachment". */
  removeAttachmentAsync?(id: string, callback: Callback<void>): void;
  /** Undefined in some Outlook builds: treat as "nothing stored". */
  sessionData?: SessionDataLike | undefined;
  internetHeaders: {
    setAsync(headers: Record<string, string>, callback: Callback<void>): void;
    getAsync?(names: string[], callback: Callback<Record<string, string>>): void;
  };
  getInitializationContextAsync?(callback: Callback<string | null>): void;
}

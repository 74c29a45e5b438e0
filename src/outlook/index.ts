// src/outlook: the only code that touches Office.js.
export { OfficeError, isOfficeError } from "./office-error";
export type { ComposeItem } from "./compose-item";
export { call, inBatches } from "./call";
export { getRecipients, setRecipients, replaceRecipient, removeRecipients, toRecipient } from "./recipients";
export {
  readMessage,
  readDraft,
  completeMessage,
  readBody,
  readBodyParts,
  readFrom,
  type ReadOptions,
  type Draft,
  type HtmlConverter,
} from "./read-message";
export { listAttachments, readAttachments, type AttachmentLimits, type AttachmentReadOptions } from "./read-attachments";
export {
  readConfirmation, writeConfirmation, clearConfirmation, getOrCreateSalt,
  CONFIRMATION_KEY, SALT_KEY, type Confirmation,
} from "./session";
export { setSubject, writeAuditHeader, updateAuditHeader, getInitializationContext, readBodyForEdit, writeBody, removeAttachment } from "./item-edits";
export { AUDIT_HEADER, paneAuditStamp, sendAuditStamp, parsePaneRecord, type AuditInput, type Decision, type SendOutcome } from "./audit-stamp";
export { randomSalt } from "./random-salt";
export { officeHost, globalOffice, completeOnce, themeKind, type OutlookHost, type OfficeLike, type CompletableEvent, type ThemeKind } from "./office-host";
export { ADDIN_VERSION, BUILD_BASE_URL, addinBaseUrl } from "./build-info";
export {
  createPolicyLoader, browserStorage, STORAGE_KEY as POLICY_STORAGE_KEY,
  type PolicyLoader, type PolicyLoad, type PolicyProblem, type PolicyProblemKind, type PolicyLoaderOptions,
} from "./policy-loader";
export { onItemEvent, ITEM_EVENTS } from "./item-events";

// The one place the command line imports the core from, so a renamed export touches one file.
export { analyzeMessage, htmlToText, htmlBodyText } from "../detection";
export type { Action, Attachment, Finding, Message, Recipient, RecipientField, RuleId, Severity, Verdict } from "../detection";
export { parsePolicy, PolicyError, defaultPolicy } from "../policy";
export type { Policy } from "../policy";
export { policyJsonSchemaText } from "../policy/json-schema";
export { extractAttachments, extractAttachmentText, type ExtractLimits } from "../extract";
export { classifyRecipient, findCprNumbers, maskCpr, DEFAULT_EXEMPT_DATES, isCprFinding, isCprRule } from "../detection";

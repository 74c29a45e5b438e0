// The Office.js enum values Sendevagt touches, with the string values office.js itself uses
// (checked against node_modules/@microsoft/office-js/dist/outlook-web-16.01.js and @types/office-js).
// The fake Office and the simulator seed these so code under test compares against real values.

export const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
export type AsyncResultStatusValue = (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];

export const CoercionType = { Text: "text", Html: "html" } as const;
export type CoercionTypeValue = (typeof CoercionType)[keyof typeof CoercionType];

export const EventType = {
  RecipientsChanged: "olkRecipientsChanged",
  InitializationContextChanged: "olkInitializationContextChanged",
} as const;
export type EventTypeValue = (typeof EventType)[keyof typeof EventType];

export const MailboxEnums = {
  RecipientType: { Other: "other", DistributionList: "distributionList", User: "user", ExternalUser: "externalUser" },
  AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
  BodyType: { Text: "text", Html: "html" },
  SendModeOverride: { PromptUser: "promptUser" },
  ComposeType: { Forward: "forward", NewMail: "newMail", Reply: "reply" },
} as const;

export type RecipientTypeValue = (typeof MailboxEnums.RecipientType)[keyof typeof MailboxEnums.RecipientType];
export type AttachmentTypeValue = (typeof MailboxEnums.AttachmentType)[keyof typeof MailboxEnums.AttachmentType];
export type AttachmentContentFormatValue =
  (typeof MailboxEnums.AttachmentContentFormat)[keyof typeof MailboxEnums.AttachmentContentFormat];

// A mail as it left the simulated Outlook: what the "Sendt post" list shows and tests assert on.
export interface SentRecipient {
  emailAddress: string;
  displayName: string;
}

export interface SentMail {
  from: SentRecipient;
  to: SentRecipient[];
  cc: SentRecipient[];
  bcc: SentRecipient[];
  subject: string;
  /** Internet headers the add-in set with item.internetHeaders.setAsync. */
  headers: Record<string, string>;
  attachments: string[];
  sentAt: string;
}

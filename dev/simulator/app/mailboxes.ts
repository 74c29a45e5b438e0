// The mailboxes the simulated caseworker can send from: her own, and the secure function mailbox
// that Randers Kommune's Digital Post gateway accepts (examples/policy.randers.json).
export interface Mailbox {
  emailAddress: string;
  displayName: string;
}

export const MAILBOXES: readonly Mailbox[] = [
  { emailAddress: "mette.sorensen@randers.dk", displayName: "Mette Sørensen" },
  { emailAddress: "sikkerpost@randers.dk", displayName: "Sikker Post – Randers Kommune" },
  { emailAddress: "jobcenter@randers.dk", displayName: "Jobcenter Randers" },
];

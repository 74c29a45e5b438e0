// English Smart Alert texts; every key of send.da.ts.
import type { SendKey } from "./send.da";

export const sendEn: Record<SendKey, string> = {
  "send.blocked.intro": "Sendevagt stopped this mail:",
  "send.finding.cpr-external": "CPR number {cprs} would leave the organisation to {recipients}.",
  "send.finding.cpr-external.many": "CPR numbers {cprs} would leave the organisation to {recipients}.",
  "send.finding.cpr-several-people": "CPR numbers of several people ({cprs}) would go to {recipients}.",
  "send.finding.cpr-subject": "CPR number {cprs} is in the subject line.",
  "send.finding.cpr-subject.many": "CPR numbers {cprs} are in the subject line.",
  "send.finding.lookalike": "{address} looks like {imitates} but is a different domain.",
  "send.finding.lookalike.suggestion": "{address} looks like {imitates} but is a different domain. Did you mean {suggestion}?",
  "send.finding.display-name-spoof": "The name \"{name}\" does not match the address {address}.",
  "send.finding.invalid-recipient": "Invalid recipient address: {address}.",
  "send.finding.external-recipient": "Recipient outside the organisation: {address}.",
  "send.finding.inAttachment": "See the attachment {names}.",
  "send.finding.attachment-unchecked": "The attachment {name} could not be checked.",
  "send.finding.other": "This mail needs checking.",
  "send.person.order": "{masked} (number {order} in the mail)",
  "send.person.orderBefore": "{masked} (number {order}, after “{words}”)",
  "send.more": "… and {count} more.",
  "send.list.more": "+{count}",
  "send.next.fix": "Choose \"Review and fix\" to correct the mail.",
  "send.next.confirm": "Choose \"Review and fix\" to correct or confirm.",
  "send.next.noPane": "Correct the mail, or open \"Check mail\" on the ribbon.",
  "send.cancelLabel": "Review and fix",
  "send.policyFallback": "policy.json could not be used; default rules were applied.",
  "send.failed.prompt":
    "Sendevagt could not check this mail. Choose Send Anyway only if you are sure the recipients are right and the mail contains no CPR numbers.",
  "send.failed.block":
    "Sendevagt could not check this mail. Try sending again in a moment, or open \"Check mail\". Contact IT if this keeps happening.",
};

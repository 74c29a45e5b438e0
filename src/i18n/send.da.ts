// Danish Smart Alert texts: the send handler's own catalog, kept apart from the pane's texts so
// the classic Outlook handler script carries only these. da.ts includes them, so t() knows them too.
// The whole alert is ≤ 500 characters: keep these short.
export const sendDa = {
  "send.blocked.intro": "Sendevagt har stoppet mailen:",
  "send.finding.cpr-external": "CPR-nummer {cprs} sendes uden for organisationen til {recipients}.",
  "send.finding.cpr-external.many": "CPR-numre {cprs} sendes uden for organisationen til {recipients}.",
  "send.finding.cpr-several-people": "CPR-numre for flere personer ({cprs}) sendes til {recipients}.",
  "send.finding.cpr-subject": "CPR-nummer {cprs} står i emnefeltet.",
  "send.finding.cpr-subject.many": "CPR-numre {cprs} står i emnefeltet.",
  "send.finding.lookalike": "{address} ligner {imitates}, men er et andet domæne.",
  "send.finding.lookalike.suggestion": "{address} ligner {imitates}, men er et andet domæne. Mente du {suggestion}?",
  "send.finding.display-name-spoof": "Navnet \"{name}\" passer ikke til adressen {address}.",
  "send.finding.invalid-recipient": "Ugyldig modtageradresse: {address}.",
  "send.finding.external-recipient": "Modtager uden for organisationen: {address}.",
  "send.finding.inAttachment": "Se vedhæftningen {names}.",
  "send.finding.attachment-unchecked": "Vedhæftningen {name} kunne ikke kontrolleres.",
  "send.finding.other": "Mailen skal kontrolleres.",
  // Two people with the same birthday have the same mask: their order and the words before tell them apart.
  "send.person.order": "{masked} ({order}. i mailen)",
  "send.person.orderBefore": "{masked} ({order}., efter »{words}«)",
  "send.more": "… og {count} mere.",
  "send.list.more": "+{count}",
  "send.next.fix": "Vælg »Vis og ret« for at rette mailen.",
  "send.next.confirm": "Vælg »Vis og ret« for at rette eller bekræfte.",
  "send.next.noPane": "Ret mailen, eller åbn \"Kontrollér mail\" på båndet.",
  "send.cancelLabel": "Vis og ret",
  "send.policyFallback": "policy.json kunne ikke bruges; standardregler er brugt.",
  "send.failed.prompt":
    "Sendevagt kunne ikke kontrollere denne mail. Vælg kun Send alligevel, hvis du er sikker på, at modtagerne er rigtige, og at der ikke står CPR-numre i mailen.",
  "send.failed.block":
    "Sendevagt kunne ikke kontrollere denne mail. Prøv at sende igen om lidt, eller åbn \"Kontrollér mail\". Kontakt IT, hvis det bliver ved.",
} as const;

export type SendKey = keyof typeof sendDa;

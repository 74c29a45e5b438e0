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
  "send.finding.inHidden": "Det står skjult i mailens HTML ({kinds}).",
  "send.finding.inDisplayName": "Det står i modtagerens navn ({addresses}).",
  "send.hidden.link": "link",
  "send.hidden.attribute": "attribut",
  "send.hidden.comment": "kommentar",
  "send.hidden.cdata": "CDATA-blok",
  "send.hidden.title": "titel",
  "send.hidden.style": "typografi",
  "send.hidden.script": "script",
  "send.hidden.noscript": "noscript-blok",
  "send.hidden.template": "skabelon",
  "send.hidden.xml": "XML-blok",
  "send.hidden.head": "sidehoved",
  "send.finding.attachment-unchecked": "Vedhæftningen {name} kunne ikke kontrolleres.",
  "send.finding.recipient-name-mismatch": "Hilsenen \"{greeting}\" passer ikke til modtageren {recipient}.",
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
  "send.readFailed":
    "Sendevagt kunne ikke læse {parts} i mailen, så den er ikke kontrolleret og ikke sendt. Prøv at sende igen om lidt. Bliver det ved, så luk kladden, åbn den igen og send. Kontakt IT, hvis det ikke hjælper.",
  "send.part.to": "modtagerne i Til",
  "send.part.cc": "modtagerne i Cc",
  "send.part.bcc": "modtagerne i Bcc",
  "send.part.from": "afsenderen",
  "send.part.subject": "emnet",
  "send.part.body": "teksten",
  "send.part.attachments": "listen over vedhæftninger",
  "send.part.and": "og",
  "send.timedOut":
    "Sendevagt nåede ikke at kontrollere mailen i tide, så den er ikke sendt. Prøv at sende igen. Er mailen meget stor, fx en lang liste med CPR-numre, så del den op eller send den via Digital Post.",
  "send.failClosed":
    "Sendevagt kunne ikke kontrollere denne mail, og jeres regler tillader ikke at sende ukontrolleret. Mailen er ikke sendt. Prøv at sende igen om lidt. Kontakt IT, hvis det bliver ved.",
  "send.confirmationLost": "Din bekræftelse kunne ikke læses og skal gives igen.",
} as const;

export type SendKey = keyof typeof sendDa;

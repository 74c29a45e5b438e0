// Danish texts of the command line (the default language). Keys mirror en.ts; the type below
// makes a missing or extra key a compile error.
import type { HiddenKind } from "../../detection";
import type { Action, RuleId, Severity } from "../../detection";

export interface CliTexts {
  usage: string;
  errors: {
    unknownCommand: (name: string) => string;
    missingPaths: (command: string) => string;
    missingPolicyFile: string;
    badOption: (detail: string) => string;
    policyUnreadable: (path: string, reason: string) => string;
    policyNotJson: (path: string, detail: string) => string;
    policyInvalid: (path: string) => string;
    htmlNotWritten: (path: string, reason: string) => string;
  };
  unreadable: Record<UnreadableCode, string>;
  unreadableLine: (path: string, reason: string) => string;
  actions: Record<Action, string>;
  severities: Record<Severity, string>;
  rules: Record<RuleId, string>;
  where: {
    subject: string;
    body: string;
    attachment: (name: string) => string;
    quoted: string;
    /** A CPR number the HTML body carries unseen; `kind` is one of hiddenKinds' words. */
    hidden: (kind: string) => string;
    displayName: (address: string) => string;
  };
  hiddenKinds: Record<HiddenKind, string>;
  finding: {
    cprs: (masked: string) => string;
    to: (addresses: string) => string;
    imitates: (domain: string) => string;
    suggestion: (address: string) => string;
    attachment: (name: string, reason: string) => string;
    more: (count: number) => string;
    greeting: (text: string) => string;
    inCopy: (addresses: string) => string;
  };
  /** Why an attachment was not (fully) read: the extractor's reason codes. */
  attachmentReasons: Record<string, string>;
  /** Where in an attachment a number stood: the extractor's part codes. */
  parts: {
    sheet: (name: string) => string;
    slide: (n: string) => string;
    notes: (n: string) => string;
    page: (n: string) => string;
    named: Record<string, string>;
  };
  checkSummary: (mails: number, block: number, confirm: number, allow: number, unreadable: number) => string;
  policySummary: {
    valid: (path: string) => string;
    organization: (name: string, domains: string) => string;
    trusted: (count: number) => string;
    digitalPost: (name: string, type: string) => string;
    noDigitalPost: string;
    version: (version: string) => string;
  };
  report: ReportTexts;
  progress: (done: number, total: number) => string;
}

export interface ReportTexts {
  title: string;
  organization: (name: string) => string;
  period: (from: string, to: string) => string;
  noPeriod: string;
  policyVersion: (version: string) => string;
  /** The one-line conclusion at the top. */
  conclusion: (stopped: number, mails: number, share: string, cprMails: number) => string;
  conclusionEmpty: string;
  intro: string;
  generated: (date: string) => string;
  policyFile: string;
  policyDefault: string;
  mails: string;
  unreadable: string;
  outcomes: string;
  stopped: string;
  blocked: string;
  needsConfirmation: string;
  allowed: string;
  byRule: string;
  bySeverity: string;
  outcomeColumn: string;
  ruleColumn: string;
  severityColumn: string;
  mailsColumn: string;
  findingsColumn: string;
  lookalikes: string;
  lookalikeDomain: string;
  imitates: string;
  noLookalikes: string;
  cprHeading: string;
  mailsWithCpr: string;
  cprFindings: string;
  quotedOnly: string;
  quotedOnlyExplain: string;
  digitalPostHeading: string;
  digitalPostHandled: string;
  digitalPostExplain: string;
  digitalPostNotConfigured: string;
  privacy: string;
  notApplicable: string;
  chartLabel: (title: string) => string;
  htmlWritten: (path: string) => string;
}

export type UnreadableCode =
  | "not-found"
  | "unsupported-type"
  | "too-large"
  | "empty"
  | "not-a-mail"
  | "parse-failed"
  | "read-failed"
  | "check-failed";

export const da: CliTexts = {
  usage: [
    "Brug:",
    "  sendevagt check <filer eller mapper…> [--policy policy.json] [--json]",
    "      Kontrollerer .eml-, .msg- og .txt-mails og viser, hvad Sendevagt ville gøre ved hver.",
    "      Slutkode: 0 intet ville blive stoppet, 1 noget ville blive stoppet,",
    "      2 forkert brug eller filer, der ikke kunne læses.",
    "  sendevagt report <mappe…> [--policy policy.json] [--html rapport.html] [--json]",
    "      Pilotrapport: hvor ofte Sendevagt ville have grebet ind. Viser aldrig CPR-numre eller indhold.",
    "  sendevagt audit <mappe|fil.pst…> [--policy policy.json] [--html revision.html] [--json] [--workers N]",
    "      Bevis til DPO: andel af eksterne mails med gyldigt Sendevagt-stempel, og mails uden stempel med CPR-numre.",
    "  sendevagt merge <delresultat.json…> [--html revision.html] [--json]",
    "      Lægger delresultater fra 'audit --json' sammen (en stor eksport delt på flere maskiner).",
    "  sendevagt backstop --policy policy.json --dpo <postkasse> [--mode audit|moderate|reject]",
    "                     [--format powershell|dsc|purview-sit] [--strip-stamp] [--out fil]",
    "      Regler til Exchange Online, der fanger mails med CPR-numre, som ikke gik gennem Sendevagt.",
    "  sendevagt policy validate <policy.json>",
    "      Kontrollerer en policy-fil og viser alle fejl med deres sti.",
    "  sendevagt policy schema",
    "      Skriver JSON Schema for policy.json (til editorer).",
    "",
    "Fælles valg: --lang da|en (sprog), --max-size <MB> (største fil, der læses; standard 50).",
    "Uden --policy bruges standardreglerne ud fra afsenderens domæne i hver mail.",
    "Intet sendes nogen steder hen: alt foregår på denne maskine.",
  ].join("\n"),
  errors: {
    unknownCommand: (name) => `Ukendt kommando: ${name}`,
    missingPaths: (command) => `"${command}" skal have mindst én fil eller mappe.`,
    missingPolicyFile: `"policy validate" skal have en policy-fil.`,
    badOption: (detail) => `Forkert brug: ${detail}`,
    policyUnreadable: (path, reason) => `Policy-filen ${path} kunne ikke læses: ${reason}`,
    policyNotJson: (path, detail) => `Policy-filen ${path} er ikke gyldig JSON: ${detail}`,
    policyInvalid: (path) => `Policy-filen ${path} har fejl:`,
    htmlNotWritten: (path, reason) => `HTML-rapporten ${path} kunne ikke skrives: ${reason}`,
  },
  unreadable: {
    "not-found": "findes ikke",
    "unsupported-type": "filtypen understøttes ikke (kun .eml, .msg og .txt)",
    "too-large": "filen er større end grænsen (--max-size)",
    empty: "filen er tom",
    "not-a-mail": "filen ligner ikke en mail",
    "parse-failed": "filen er beskadiget og kunne ikke læses som mail",
    "read-failed": "filen kunne ikke åbnes",
    "check-failed": "kontrollen fejlede uventet for denne fil",
  },
  unreadableLine: (path, reason) => `${path}: kunne ikke læses – ${reason}`,
  actions: { allow: "sendes", confirm: "kræver bekræftelse", block: "stoppes" },
  severities: { block: "stop", confirm: "bekræft", notice: "oplysning" },
  rules: {
    "cpr-external": "CPR-nummer til modtager uden for organisationen",
    "cpr-several-people": "CPR-numre på flere personer til ekstern modtager",
    "cpr-subject": "CPR-nummer i emnefeltet",
    lookalike: "Modtagerdomæne ligner et kendt domæne",
    "display-name-spoof": "Visningsnavn udgiver sig for en organisation",
    "invalid-recipient": "Ugyldig modtageradresse",
    "external-recipient": "Ekstern modtager",
    "attachment-unchecked": "Vedhæftet fil ikke kontrolleret",
    "recipient-name-mismatch": "Hilsenen passer ikke til modtageren",
  },
  where: {
    subject: "emne",
    body: "brødtekst",
    attachment: (name) => `vedhæftet ${name}`,
    quoted: "citeret",
    hidden: (kind) => `skjult i HTML (${kind})`,
    displayName: (address) => `modtagernavn for ${address}`,
  },
  hiddenKinds: {
    link: "link",
    attribute: "attribut",
    comment: "kommentar",
    cdata: "CDATA",
    title: "titel",
    style: "typografi",
    script: "script",
    noscript: "noscript",
    template: "skabelon",
    xml: "XML",
    head: "sidehoved",
  },
  finding: {
    cprs: (masked) => `CPR: ${masked}`,
    to: (addresses) => `til ${addresses}`,
    imitates: (domain) => `ligner ${domain}`,
    suggestion: (address) => `forslag: ${address}`,
    attachment: (name, reason) => `${name} (${reason})`,
    more: (count) => `og ${count} mere`,
    greeting: (text) => `hilsen "${text}"`,
    inCopy: (addresses) => `passer til ${addresses} i Cc/Bcc`,
  },
  attachmentReasons: {
    "not-extracted": "ikke læst",
    encrypted: "krypteret eller beskyttet med adgangskode",
    "too-large": "filen er for stor",
    "total-too-large": "de vedhæftede filer er tilsammen for store",
    "zip-bomb": "pakket fil, der udvider sig mistænkeligt meget",
    "too-deep": "for mange filer inden i hinanden",
    "time-budget": "tidsgrænsen blev nået",
    corrupt: "filen er beskadiget",
    "unsupported-type": "filtypen kan ikke læses",
    "legacy-format": "gammelt Office-format (.doc, .xls, .ppt)",
    image: "billede – tekst i billeder kan ikke læses",
    "pdf-no-text": "PDF uden læsbar tekst (scannet?)",
    "cloud-link": "link til en fil i skyen",
    "unsupported-charset": "tegnsæt der ikke kan læses helt: kun tal og latinske bogstaver læst",
  },
  parts: {
    sheet: (name) => `ark ${name}`,
    slide: (n) => `dias ${n}`,
    notes: (n) => `noter til dias ${n}`,
    page: (n) => `side ${n}`,
    named: {
      header: "sidehoved",
      footer: "sidefod",
      footnotes: "fodnoter",
      endnotes: "slutnoter",
      comments: "kommentarer",
      body: "brødtekst",
      subject: "emne",
      properties: "dokumentegenskaber",
      "pivot-cache": "pivottabellens kildedata",
      form: "formularfelter",
      diagram: "SmartArt-diagram",
      name: "filnavnet",
    },
  },
  checkSummary: (mails, block, confirm, allow, unreadable) =>
    `${mails} ${mails === 1 ? "mail" : "mails"} kontrolleret: ${block} stoppes, ${confirm} kræver bekræftelse, ${allow} sendes.` +
    (unreadable > 0 ? ` ${unreadable} ${unreadable === 1 ? "fil" : "filer"} kunne ikke læses.` : ""),
  policySummary: {
    valid: (path) => `${path} er gyldig.`,
    organization: (name, domains) => `Organisation: ${name} (${domains})`,
    trusted: (count) => `Betroede partnere: ${count}`,
    digitalPost: (name, type) => `Digital Post: ${name} (${type})`,
    noDigitalPost: "Digital Post: ikke sat op",
    version: (version) => `Version: ${version}`,
  },
  report: {
    title: "Sendevagt – pilotrapport",
    organization: (name) => `Organisation: ${name}`,
    period: (from, to) => `Periode: ${from} – ${to}`,
    noPeriod: "Periode: ukendt (mailene har ingen dato)",
    policyVersion: (version) => `Policy-version: ${version}`,
    conclusion: (stopped, mails, share, cprMails) =>
      `Konklusion: Sendevagt ville have stoppet ${stopped} af ${mails} mails (${share}); ${cprMails} ${cprMails === 1 ? "mail" : "mails"} havde CPR-numre.`,
    conclusionEmpty: "Konklusion: ingen mails i udtrækket.",
    intro: "Hvad Sendevagt ville have gjort ved de udtrukne mails, hvis den havde været slået til.",
    generated: (date) => `Dannet ${date}`,
    policyFile: "Policy: fra fil",
    policyDefault: "Policy: standardregler ud fra afsenderens domæne (ingen policy-fil)",
    mails: "Mails kontrolleret",
    unreadable: "Filer der ikke kunne læses",
    outcomes: "Udfald pr. mail",
    stopped: "Ville være stoppet",
    blocked: "Stoppet (skal rettes)",
    needsConfirmation: "Kræver bekræftelse",
    allowed: "Sendt uden stop",
    byRule: "Mails pr. regel",
    bySeverity: "Fund pr. alvor",
    outcomeColumn: "Udfald",
    ruleColumn: "Regel",
    severityColumn: "Alvor",
    mailsColumn: "Mails",
    findingsColumn: "Fund",
    lookalikes: "Hyppigste forvekslingsdomæner",
    lookalikeDomain: "Domæne",
    imitates: "Ligner",
    noLookalikes: "Ingen forvekslingsdomæner fundet.",
    cprHeading: "CPR-numre",
    mailsWithCpr: "Mails med CPR-fund",
    cprFindings: "CPR-fund",
    quotedOnly: "Andel af CPR-fund kun i citeret historik",
    quotedOnlyExplain: "Numrene stod kun i tidligere mails i tråden (svar/videresend), ikke i det nye.",
    digitalPostHeading: "Digital Post",
    digitalPostHandled: "Andel af stoppede mails, som Digital Post-ruten kunne have klaret",
    digitalPostExplain:
      "Stoppede mails, hvor alt der stoppede dem var CPR-numre til eksterne modtagere – dem kan sagsbehandleren sende via policyens Digital Post-rute i stedet.",
    digitalPostNotConfigured: "Policyen har ingen Digital Post-rute.",
    privacy: "Rapporten indeholder ingen CPR-numre, emner, adresser eller indhold – kun tal og forvekslingsdomæner.",
    notApplicable: "–",
    chartLabel: (title) => `Søjlediagram: ${title}`,
    htmlWritten: (path) => `HTML-rapport skrevet: ${path}`,
  },
  progress: (done, total) => `${done}/${total} filer`,
};

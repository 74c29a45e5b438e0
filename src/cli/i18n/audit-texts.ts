// Texts of `sendevagt audit` and `sendevagt merge`, Danish first. Plain words for a DPO.
import type { CliLanguage } from "./index";

export interface AuditTexts {
  title: string;
  intro: string;
  organization: (name: string) => string;
  noOrganization: string;
  period: (from: string, to: string) => string;
  noPeriod: string;
  generated: (date: string) => string;
  policyVersions: (versions: string) => string;
  noPolicyVersions: string;
  summary: (share: string, stamped: number, external: number, bypass: number) => string;
  summaryNoExternal: string;
  coverageHeading: string;
  coverageLine: (share: string, stamped: number, external: number) => string;
  mails: (count: number) => string;
  unreadable: (count: number) => string;
  byMonth: string;
  bySenderDomain: string;
  columns: { key: string; mails: string; external: string; stamped: string; coverage: string; bypass: string };
  unknownMonth: string;
  unknownDomain: string;
  bypassHeading: string;
  bypassExplain: string;
  noBypass: string;
  bypassColumns: { date: string; senderDomain: string; recipients: string; cprs: string; client: string };
  noClient: string;
  clientsHeading: string;
  decisionsHeading: string;
  results: Record<string, string>;
  decisions: Record<string, string>;
  reasonsHeading: string;
  rulesHeading: string;
  otherTextsHeading: string;
  noOtherTexts: string;
  lookalikesCorrected: (count: number) => string;
  digitalPost: (count: number) => string;
  none: string;
  privacy: string;
  htmlWritten: (path: string) => string;
  mergeNotReport: (path: string) => string;
  /** "2 af 3". */
  of: (part: number, whole: number) => string;
  progress: (done: number, total: number, perSecond: number, etaSeconds: number) => string;
}

const clock = (seconds: number): string =>
  seconds >= 3600 ? `${Math.floor(seconds / 3600)} t ${Math.round((seconds % 3600) / 60)} min` : seconds >= 60 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;

const da: AuditTexts = {
  title: "Sendevagt – revision af sendt post",
  intro: "Hvor stor en del af posten til modtagere uden for organisationen, der gik gennem Sendevagt, og hvad der slap udenom.",
  organization: (name) => `Organisation: ${name}`,
  noOrganization: "Organisation: ukendt (ingen policy-fil)",
  period: (from, to) => `Periode: ${from} – ${to}`,
  noPeriod: "Periode: ukendt (mailene har ingen dato)",
  generated: (date) => `Dannet ${date}`,
  policyVersions: (versions) => `Policy-versioner set i stemplerne: ${versions}`,
  noPolicyVersions: "Policy-versioner: ingen gyldige stempler",
  summary: (share, stamped, external, bypass) =>
    `Konklusion: ${share} af den eksterne post gik gennem Sendevagt (${stamped} af ${external}); ` +
    (bypass === 0 ? "ingen mail uden stempel indeholdt CPR-numre." : `${bypass} ${bypass === 1 ? "mail" : "mails"} uden stempel indeholdt CPR-numre (se listen).`),
  summaryNoExternal: "Konklusion: ingen mails til modtagere uden for organisationen i udtrækket.",
  coverageHeading: "Dækning",
  coverageLine: (share, stamped, external) => `Eksterne mails med gyldigt Sendevagt-stempel: ${share} (${stamped} af ${external})`,
  mails: (count) => `Mails i alt: ${count}`,
  unreadable: (count) => `Filer der ikke kunne læses: ${count}`,
  byMonth: "Pr. måned",
  bySenderDomain: "Pr. afsenderdomæne",
  columns: { key: "", mails: "Mails", external: "Eksterne", stamped: "Med stempel", coverage: "Dækning", bypass: "Uden stempel, med CPR" },
  unknownMonth: "uden dato",
  unknownDomain: "ukendt",
  bypassHeading: "Uden om Sendevagt: eksterne mails uden stempel med CPR-numre",
  bypassExplain: "Numrene er maskerede. Klienten er mailens X-Mailer/User-Agent, når den findes (fx en telefon).",
  noBypass: "Ingen.",
  bypassColumns: { date: "Dato", senderDomain: "Afsender", recipients: "Modtagerdomæner", cprs: "CPR (maskeret)", client: "Klient" },
  noClient: "–",
  clientsHeading: "Klienter bag eksterne mails uden stempel",
  decisionsHeading: "Beslutninger i stemplerne",
  results: { allow: "Sendt uden bekræftelse", confirmed: "Sendt efter bekræftelse" },
  decisions: {
    "fixed-domain": "Rettet forvekslingsdomæne",
    "removed-recipient": "Fjernet modtager",
    "masked-subject": "CPR fjernet fra emnet",
    "digital-post": "Flyttet til Digital Post",
    confirmed: "Bekræftet af sagsbehandleren",
  },
  reasonsHeading: "Begrundelser ved bekræftelse",
  rulesHeading: "Hvad der blev fanget (regler)",
  otherTextsHeading: "\"Andet\"-begrundelser (fritekst)",
  noOtherTexts: "Ingen.",
  lookalikesCorrected: (count) => `Mails hvor et forvekslingsdomæne blev rettet: ${count}`,
  digitalPost: (count) => `Mails til Digital Post-gatewayen: ${count}`,
  none: "Ingen.",
  privacy: "Rapporten viser aldrig hele CPR-numre, emner, tekst eller adresser – kun domæner, maskerede numre og tal.",
  htmlWritten: (path) => `HTML-rapport skrevet: ${path}`,
  mergeNotReport: (path) => `${path} er ikke et delresultat fra "sendevagt audit --json".`,
  of: (part, whole) => `${part} af ${whole}`,
  progress: (done, total, perSecond, eta) => `${done}/${total} mails · ${perSecond} pr. sekund · ca. ${clock(eta)} tilbage`,
};

const en: AuditTexts = {
  title: "Sendevagt – audit of sent mail",
  intro: "How much of the mail to recipients outside the organisation went through Sendevagt, and what got past it.",
  organization: (name) => `Organisation: ${name}`,
  noOrganization: "Organisation: unknown (no policy file)",
  period: (from, to) => `Period: ${from} – ${to}`,
  noPeriod: "Period: unknown (the mails have no date)",
  generated: (date) => `Generated ${date}`,
  policyVersions: (versions) => `Policy versions seen in the stamps: ${versions}`,
  noPolicyVersions: "Policy versions: no valid stamps",
  summary: (share, stamped, external, bypass) =>
    `Conclusion: ${share} of external mail went through Sendevagt (${stamped} of ${external}); ` +
    (bypass === 0 ? "no unstamped mail contained CPR numbers." : `${bypass} unstamped ${bypass === 1 ? "mail" : "mails"} contained CPR numbers (see the list).`),
  summaryNoExternal: "Conclusion: no mail to recipients outside the organisation in this export.",
  coverageHeading: "Coverage",
  coverageLine: (share, stamped, external) => `External mails with a valid Sendevagt stamp: ${share} (${stamped} of ${external})`,
  mails: (count) => `Mails in all: ${count}`,
  unreadable: (count) => `Files that could not be read: ${count}`,
  byMonth: "Per month",
  bySenderDomain: "Per sender domain",
  columns: { key: "", mails: "Mails", external: "External", stamped: "Stamped", coverage: "Coverage", bypass: "Unstamped with CPR" },
  unknownMonth: "no date",
  unknownDomain: "unknown",
  bypassHeading: "Past Sendevagt: unstamped external mails with CPR numbers",
  bypassExplain: "Numbers are masked. The client is the mail's X-Mailer/User-Agent when present (e.g. a phone).",
  noBypass: "None.",
  bypassColumns: { date: "Date", senderDomain: "Sender", recipients: "Recipient domains", cprs: "CPR (masked)", client: "Client" },
  noClient: "–",
  clientsHeading: "Clients behind unstamped external mails",
  decisionsHeading: "Decisions in the stamps",
  results: { allow: "Sent without confirmation", confirmed: "Sent after confirmation" },
  decisions: {
    "fixed-domain": "Lookalike domain corrected",
    "removed-recipient": "Recipient removed",
    "masked-subject": "CPR removed from the subject",
    "digital-post": "Moved to Digital Post",
    confirmed: "Confirmed by the caseworker",
  },
  reasonsHeading: "Reasons given on confirmation",
  rulesHeading: "What was caught (rules)",
  otherTextsHeading: "\"Other\" reasons (free text)",
  noOtherTexts: "None.",
  lookalikesCorrected: (count) => `Mails where a lookalike domain was corrected: ${count}`,
  digitalPost: (count) => `Mails to the Digital Post gateway: ${count}`,
  none: "None.",
  privacy: "The report never shows full CPR numbers, subjects, text or addresses – only domains, masked numbers and counts.",
  htmlWritten: (path) => `HTML report written: ${path}`,
  mergeNotReport: (path) => `${path} is not a partial result of "sendevagt audit --json".`,
  of: (part, whole) => `${part} of ${whole}`,
  progress: (done, total, perSecond, eta) => `${done}/${total} mails · ${perSecond}/s · about ${clock(eta).replace(" t ", " h ")} left`,
};

export function auditTexts(language: CliLanguage): AuditTexts {
  return language === "en" ? en : da;
}

// Texts of `sendevagt backstop` (the summary on stderr and its errors), Danish first.
import type { CliLanguage } from "./index";
import type { LimitName } from "../backstop/limits";

export interface BackstopTexts {
  missingPolicy: string;
  missingDpo: string;
  badMode: (mode: string) => string;
  badFormat: (format: string) => string;
  badDpo: (value: string) => string;
  refused: string;
  limit: Record<LimitName, (actual: number, allowed: number, rule?: string) => string>;
  written: (path: string) => string;
  summaryTitle: (format: string, mode: string) => string;
  ruleLine: (priority: number, name: string, what: string) => string;
  exempt: (count: number) => string;
  patternScore: (recall: string, precision: string, labelled: number, texts: number) => string;
  patternNotMeasured: string;
  patternLimits: string;
  regexUsage: (chars: number, allowed: number) => string;
  sitLimits: string;
  /** The NDR text in reject mode: Danish first, English second. */
  rejectText: (organization: string) => string;
}

const da: BackstopTexts = {
  missingPolicy: `"backstop" skal have --policy policy.json.`,
  missingDpo: `"backstop" skal have --dpo <postkasse> (hændelsesrapporter og godkendelser går dertil).`,
  badMode: (mode) => `Ukendt --mode ${mode}: brug audit, moderate eller reject.`,
  badFormat: (format) => `Ukendt --format ${format}: brug powershell, dsc eller purview-sit.`,
  badDpo: (value) => `--dpo ${value} er ikke en mailadresse.`,
  refused: "Sendevagt laver ikke scriptet, fordi Exchange Online ville afvise det:",
  limit: {
    rulesPerOrganization: (a, b) => `  ${a} regler; Exchange Online tillader højst ${b}.`,
    ruleSizeChars: (a, b, rule) => `  reglen "${rule}" fylder ${a} tegn; højst ${b} (8 KB) pr. regel. Færre betroede domæner?`,
    regexCharsAllRules: (a, b) => `  de regulære udtryk fylder ${a} tegn; højst ${b} (20 KB) i alle regler tilsammen.`,
    nameChars: (a, b, rule) => `  regelnavnet "${rule}" har ${a} tegn; højst ${b}.`,
    rejectTextChars: (a, b) => `  afvisningsteksten har ${a} tegn; højst ${b}.`,
    commentChars: (a, b, rule) => `  kommentaren til "${rule}" har ${a} tegn; højst ${b}.`,
  },
  written: (path) => `Skrevet: ${path}`,
  summaryTitle: (format, mode) => `Sendevagt backstop (${format}, tilstand ${mode}) – dette sker, når IT kører det:`,
  ruleLine: (priority, name, what) => `  ${priority}. ${name}: ${what}`,
  exempt: (count) => `Undtaget: ${count} betroede domæner og Digital Post-gatewaydomæner.`,
  patternScore: (recall, precision, labelled, texts) =>
    `CPR-mønstret (uden kontrolciffer) på udviklingskorpusset (${labelled} numre i ${texts} tekster): fangst ${recall}, præcision ${precision}.`,
  patternNotMeasured: "CPR-mønstret er ikke målt: udviklingskorpusset findes ikke i denne kopi.",
  patternLimits:
    "Mønstret kan ikke tjekke modulus 11, undtagelsesdatoer, nøgleord eller om datoen findes (fx 31. februar) – derfor flere falske fund end i Sendevagt.",
  regexUsage: (chars, allowed) => `Regulære udtryk: ${chars} af ${allowed} tegn.`,
  sitLimits:
    "Purview-typen kan ikke udtrykke århundredetabellen, 'ikke i fremtiden' eller 'nøgleord på samme linje'. Test den med Test-DataClassification før brug.",
  rejectText: (organization) =>
    `Mailen er ikke sendt: den ser ud til at indeholde et CPR-nummer og er ikke kontrolleret af Sendevagt. Send den via Digital Post eller fra Outlook med Sendevagt. Kontakt IT i ${organization}. / ` +
    `The mail was not sent: it appears to contain a CPR number and was not checked by Sendevagt. Send it via Digital Post or from Outlook with Sendevagt. Contact IT at ${organization}.`,
};

const en: BackstopTexts = {
  missingPolicy: `"backstop" needs --policy policy.json.`,
  missingDpo: `"backstop" needs --dpo <mailbox> (incident reports and approvals go there).`,
  badMode: (mode) => `Unknown --mode ${mode}: use audit, moderate or reject.`,
  badFormat: (format) => `Unknown --format ${format}: use powershell, dsc or purview-sit.`,
  badDpo: (value) => `--dpo ${value} is not a mail address.`,
  refused: "Sendevagt does not write the script, because Exchange Online would reject it:",
  limit: {
    rulesPerOrganization: (a, b) => `  ${a} rules; Exchange Online allows at most ${b}.`,
    ruleSizeChars: (a, b, rule) => `  rule "${rule}" takes ${a} characters; at most ${b} (8 KB) per rule. Fewer trusted domains?`,
    regexCharsAllRules: (a, b) => `  the regular expressions take ${a} characters; at most ${b} (20 KB) across all rules.`,
    nameChars: (a, b, rule) => `  rule name "${rule}" has ${a} characters; at most ${b}.`,
    rejectTextChars: (a, b) => `  the reject text has ${a} characters; at most ${b}.`,
    commentChars: (a, b, rule) => `  the comment of "${rule}" has ${a} characters; at most ${b}.`,
  },
  written: (path) => `Written: ${path}`,
  summaryTitle: (format, mode) => `Sendevagt backstop (${format}, mode ${mode}) – what happens when IT runs it:`,
  ruleLine: (priority, name, what) => `  ${priority}. ${name}: ${what}`,
  exempt: (count) => `Exempt: ${count} trusted and Digital Post gateway domains.`,
  patternScore: (recall, precision, labelled, texts) =>
    `The CPR pattern (no checksum) on the development corpus (${labelled} numbers in ${texts} texts): recall ${recall}, precision ${precision}.`,
  patternNotMeasured: "The CPR pattern is not measured: this copy has no development corpus.",
  patternLimits:
    "The pattern cannot check modulus 11, exempt dates, keywords or whether the date exists (e.g. 31 February) – so it has more false hits than Sendevagt.",
  regexUsage: (chars, allowed) => `Regular expressions: ${chars} of ${allowed} characters.`,
  sitLimits:
    "The Purview type cannot express the century table, 'not in the future' or 'keyword on the same line'. Test it with Test-DataClassification before use.",
  rejectText: da.rejectText,
};

export function backstopTexts(language: CliLanguage): BackstopTexts {
  return language === "en" ? en : da;
}

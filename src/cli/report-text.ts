// The pilot report as plain text for the terminal.
import type { CliLanguage, CliTexts } from "./i18n";
import { formatShare } from "./percent";
import type { PilotReport } from "./report";

export function formatReportText(report: PilotReport, texts: CliTexts, language: CliLanguage, policyFromFile: boolean): string {
  const t = texts.report;
  const share = (value: number | null) => formatShare(value, language, t.notApplicable);
  const ofMails = (count: number) => `${count} (${share(report.mails > 0 ? count / report.mails : null)})`;
  const lines = [
    t.title,
    "",
    reportConclusion(report, texts, language),
    "",
    ...reportFacts(report, texts, policyFromFile),
    "",
    `${t.mails}: ${report.mails}`,
    `${t.unreadable}: ${report.unreadable}`,
    `${t.stopped}: ${ofMails(report.stopped)}`,
    `  ${t.blocked}: ${report.actions.block}`,
    `  ${t.needsConfirmation}: ${report.actions.confirm}`,
    `  ${t.allowed}: ${report.actions.allow}`,
    "",
    `${t.byRule} (${t.mailsColumn.toLowerCase()} / ${t.findingsColumn.toLowerCase()}):`,
    ...report.byRule.map((row) => `  ${texts.rules[row.rule]}: ${row.mails} / ${row.findings}`),
    "",
    `${t.bySeverity} (${t.mailsColumn.toLowerCase()} / ${t.findingsColumn.toLowerCase()}):`,
    ...report.bySeverity.map((row) => `  ${texts.severities[row.severity]}: ${row.mails} / ${row.findings}`),
    "",
    `${t.lookalikes}:`,
    ...(report.topLookalikes.length === 0
      ? [`  ${t.noLookalikes}`]
      : report.topLookalikes.map((row) => `  ${row.domain} → ${row.imitates}: ${row.mails}`)),
    "",
    `${t.cprHeading}:`,
    `  ${t.mailsWithCpr}: ${report.cpr.mailsWithCpr}`,
    `  ${t.cprFindings}: ${report.cpr.findings}`,
    `  ${t.quotedOnly}: ${share(report.cpr.quotedOnlyShare)}`,
    "",
    `${t.digitalPostHeading}:`,
    report.digitalPost.configured
      ? `  ${t.digitalPostHandled}: ${report.digitalPost.mails} (${share(report.digitalPost.shareOfStopped)})`
      : `  ${t.digitalPostNotConfigured}`,
    "",
    t.privacy,
  ];
  return lines.join("\n");
}

/** The one-line conclusion both the text and the HTML report start with. */
export function reportConclusion(report: PilotReport, texts: CliTexts, language: CliLanguage): string {
  const t = texts.report;
  if (report.mails === 0) return t.conclusionEmpty;
  return t.conclusion(report.stopped, report.mails, formatShare(report.stopped / report.mails, language, t.notApplicable), report.cpr.mailsWithCpr);
}

/** Organisation, policy and period: who and what the numbers are about. */
export function reportFacts(report: PilotReport, texts: CliTexts, policyFromFile: boolean): string[] {
  const t = texts.report;
  return [
    ...(report.organization ? [t.organization(report.organization)] : []),
    report.policyVersion ? `${policyFromFile ? t.policyFile : t.policyDefault} · ${t.policyVersion(report.policyVersion)}` : policyFromFile ? t.policyFile : t.policyDefault,
    report.period.from && report.period.to ? t.period(report.period.from, report.period.to) : t.noPeriod,
  ];
}

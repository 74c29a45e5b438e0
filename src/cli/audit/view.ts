// The audit report as a neutral view (headline facts and titled tables), so the text and the HTML
// renderers print the same content and neither holds layout logic of its own.
import type { CliLanguage } from "../i18n";
import type { AuditTexts } from "../i18n/audit-texts";
import { formatShare } from "../percent";
import type { AuditReport, Coverage, Tally } from "./report";

export interface ViewTable {
  title: string;
  note?: string;
  columns: string[];
  rows: string[][];
  /** Shown instead of an empty table. */
  empty: string;
}

export interface AuditView {
  title: string;
  intro: string;
  facts: string[];
  summary: string;
  tables: ViewTable[];
  privacy: string;
}

/** `ruleNames`: the CLI's names for the core's rule ids (texts.rules), so the DPO reads words. */
export function auditView(report: AuditReport, t: AuditTexts, language: CliLanguage, generated: string, ruleNames: Record<string, string> = {}): AuditView {
  const share = (part: number, whole: number) => formatShare(whole > 0 ? part / whole : null, language, "–");
  const total = report.total;
  const versions = Object.keys(report.policyVersions).sort();
  return {
    title: t.title,
    intro: t.intro,
    facts: [
      report.organization ? t.organization(report.organization) : t.noOrganization,
      report.period.from && report.period.to ? t.period(report.period.from, report.period.to) : t.noPeriod,
      versions.length > 0 ? t.policyVersions(versions.join(", ")) : t.noPolicyVersions,
      t.generated(generated),
      t.mails(total.mails),
      t.unreadable(report.unreadable),
      t.coverageLine(share(total.stamped, total.external), total.stamped, total.external),
      t.digitalPost(report.digitalPostMails),
      t.lookalikesCorrected(report.lookalikesCorrected),
    ],
    summary: total.external > 0 ? t.summary(share(total.stamped, total.external), total.stamped, total.external, total.bypass) : t.summaryNoExternal,
    tables: [
      coverageTable(t.byMonth, report.byMonth, t, share, t.unknownMonth),
      coverageTable(t.bySenderDomain, report.bySenderDomain, t, share, t.unknownDomain),
      {
        title: t.bypassHeading,
        note: t.bypassExplain,
        columns: [t.bypassColumns.date, t.bypassColumns.senderDomain, t.bypassColumns.recipients, t.bypassColumns.cprs, t.bypassColumns.client],
        rows: report.bypass.map((b) => [b.date?.slice(0, 10) ?? "–", b.senderDomain ?? "–", b.recipientDomains.join(", "), b.cprs.join(", "), b.client ?? t.noClient]),
        empty: t.noBypass,
      },
      tallyTable(t.clientsHeading, report.unstampedClients, t),
      tallyTable(t.decisionsHeading, { ...relabel(report.results, t.results), ...relabel(report.decisions, t.decisions) }, t, false),
      tallyTable(t.reasonsHeading, report.reasons, t),
      tallyTable(t.rulesHeading, relabel(report.rules, ruleNames), t),
      tallyTable(t.otherTextsHeading, report.otherTexts, t),
    ],
    privacy: t.privacy,
  };
}

function coverageTable(
  title: string,
  rows: Record<string, Coverage>,
  t: AuditTexts,
  share: (part: number, whole: number) => string,
  unknown: string,
): ViewTable {
  const c = t.columns;
  return {
    title,
    columns: [title, c.mails, c.external, c.stamped, c.coverage, c.bypass],
    rows: Object.keys(rows)
      .sort()
      .map((key) => {
        const row = rows[key] as Coverage;
        return [key === "?" ? unknown : key, String(row.mails), String(row.external), String(row.stamped), share(row.stamped, row.external), String(row.bypass)];
      }),
    empty: t.none,
  };
}

function relabel(tally: Tally, labels: Record<string, string>): Tally {
  const out: Tally = {};
  for (const [key, value] of Object.entries(tally)) out[labels[key] ?? key] = value;
  return out;
}

function tallyTable(title: string, tally: Tally, t: AuditTexts, sort = true): ViewTable {
  const entries = Object.entries(tally);
  if (sort) entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { title, columns: [title, t.columns.mails], rows: entries.map(([key, value]) => [key, String(value)]), empty: t.none };
}

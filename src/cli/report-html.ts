// The pilot report as one self-contained HTML page: inline CSS and SVG, no script, no external
// reference, so it opens offline and can be mailed to the DPO as it is. It is built from the
// PilotReport alone, which holds counts and lookalike domains only.
import { escapeHtml as esc, htmlPage } from "./html-page";
import type { CliLanguage, CliTexts, ReportTexts } from "./i18n";
import { formatShare } from "./percent";
import type { PilotReport } from "./report";
import { reportConclusion, reportFacts } from "./report-text";

export interface HtmlReportOptions {
  language: CliLanguage;
  policyFromFile: boolean;
  /** "YYYY-MM-DD". */
  generated: string;
}

interface Bar {
  label: string;
  value: number;
  color: string;
}

const COLORS = { block: "#a4262c", confirm: "#8a5a00", notice: "#0f6cbd", allow: "#107c10", neutral: "#3b3a39" };

/** What every section renderer gets: the report, the texts and the share formatter. */
interface SectionContext {
  report: PilotReport;
  texts: CliTexts;
  share: (value: number | null) => string;
}

interface SectionSpec {
  title: (t: ReportTexts) => string;
  body: (ctx: SectionContext) => string;
}

// The page's sections in order. A table appears only where it adds something its chart does not
// show (the findings column beside the mails, or the mails beside the findings).
const SECTIONS: readonly SectionSpec[] = [
  { title: (t) => t.outcomes, body: (ctx) => barChart(ctx.texts.report.outcomes, actionBars(ctx.report, ctx.texts), ctx.texts) },
  { title: (t) => t.byRule, body: ruleSection },
  { title: (t) => t.bySeverity, body: severitySection },
  { title: (t) => t.lookalikes, body: lookalikeSection },
  { title: (t) => t.cprHeading, body: cprSection },
  { title: (t) => t.digitalPostHeading, body: digitalPostSection },
];

export function renderReportHtml(report: PilotReport, texts: CliTexts, options: HtmlReportOptions): string {
  const t = texts.report;
  const ctx: SectionContext = { report, texts, share: (value) => formatShare(value, options.language, t.notApplicable) };
  const body = [
    headerHtml(report, texts, options),
    cardsHtml(ctx),
    ...SECTIONS.map((spec) => section(spec.title(t), spec.body(ctx))),
    `<footer><p>${esc(t.privacy)}</p></footer>`,
  ].join("\n");
  return htmlPage({ language: options.language, title: t.title, css: CSS, body, dataImages: true });
}

function headerHtml(report: PilotReport, texts: CliTexts, options: HtmlReportOptions): string {
  const t = texts.report;
  const facts = [...reportFacts(report, texts, options.policyFromFile), t.generated(options.generated)];
  return (
    `<header><h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p>` +
    `<p class="conclusion">${esc(reportConclusion(report, texts, options.language))}</p>` +
    `<p class="meta">${facts.map(esc).join(" · ")}</p></header>`
  );
}

function cardsHtml({ report, texts, share }: SectionContext): string {
  const t = texts.report;
  const ofMails = (count: number) => share(report.mails > 0 ? count / report.mails : null);
  return [
    `<div class="cards">`,
    card(t.mails, String(report.mails)),
    card(t.stopped, String(report.stopped), ofMails(report.stopped), COLORS.block),
    card(t.blocked, String(report.actions.block), ofMails(report.actions.block)),
    card(t.needsConfirmation, String(report.actions.confirm), ofMails(report.actions.confirm)),
    card(t.unreadable, String(report.unreadable)),
    `</div>`,
  ].join("");
}

function actionBars(report: PilotReport, texts: CliTexts): Bar[] {
  const t = texts.report;
  return [
    { label: t.blocked, value: report.actions.block, color: COLORS.block },
    { label: t.needsConfirmation, value: report.actions.confirm, color: COLORS.confirm },
    { label: t.allowed, value: report.actions.allow, color: COLORS.allow },
  ];
}

function ruleSection({ report, texts }: SectionContext): string {
  const t = texts.report;
  if (report.byRule.length === 0) return `<p>${esc(t.notApplicable)}</p>`;
  const bars = report.byRule.map((row) => ({ label: texts.rules[row.rule], value: row.mails, color: COLORS.neutral }));
  const rows = report.byRule.map((row) => [texts.rules[row.rule], String(row.mails), String(row.findings)]);
  return barChart(t.byRule, bars, texts) + table([t.ruleColumn, t.mailsColumn, t.findingsColumn], rows);
}

function severitySection({ report, texts }: SectionContext): string {
  const t = texts.report;
  const bars = report.bySeverity.map((row) => ({ label: texts.severities[row.severity], value: row.findings, color: COLORS[row.severity] }));
  const rows = report.bySeverity.map((row) => [texts.severities[row.severity], String(row.mails), String(row.findings)]);
  return barChart(t.bySeverity, bars, texts) + table([t.severityColumn, t.mailsColumn, t.findingsColumn], rows);
}

function lookalikeSection({ report, texts }: SectionContext): string {
  const t = texts.report;
  if (report.topLookalikes.length === 0) return `<p>${esc(t.noLookalikes)}</p>`;
  const bars = report.topLookalikes.map((row) => ({ label: `${row.domain} → ${row.imitates}`, value: row.mails, color: COLORS[row.severity] }));
  return barChart(t.lookalikes, bars, texts);
}

function cprSection({ report, texts, share }: SectionContext): string {
  const t = texts.report;
  return (
    `<dl>${pair(t.mailsWithCpr, String(report.cpr.mailsWithCpr))}${pair(t.cprFindings, String(report.cpr.findings))}` +
    `${pair(t.quotedOnly, share(report.cpr.quotedOnlyShare))}</dl>` +
    shareBar(t.quotedOnly, report.cpr.quotedOnlyShare, COLORS.notice, texts) +
    `<p class="note">${esc(t.quotedOnlyExplain)}</p>`
  );
}

function digitalPostSection({ report, texts, share }: SectionContext): string {
  const t = texts.report;
  if (!report.digitalPost.configured) return `<p>${esc(t.digitalPostNotConfigured)}</p>`;
  return (
    `<dl>${pair(t.digitalPostHandled, `${report.digitalPost.mails} (${share(report.digitalPost.shareOfStopped)})`)}</dl>` +
    shareBar(t.digitalPostHandled, report.digitalPost.shareOfStopped, COLORS.allow, texts) +
    `<p class="note">${esc(t.digitalPostExplain)}</p>`
  );
}

const CSS = [
  "body{font-family:'Segoe UI',system-ui,sans-serif;color:#242424;background:#fafafa;margin:0}",
  "main{max-width:960px;margin:0 auto;padding:24px}",
  "h1{font-size:1.6rem;margin:0 0 8px}h2{font-size:1.2rem;margin:0 0 12px}",
  ".meta,.note{color:#616161;font-size:.9rem}",
  ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}",
  ".card{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:12px 16px;min-width:150px}",
  ".card .value{font-size:1.8rem;font-weight:600}.card .label{font-size:.9rem;color:#424242}",
  "section{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:16px;margin:16px 0}",
  "svg{display:block;max-width:100%;height:auto}svg text{font-size:13px;fill:#242424}",
  "table{border-collapse:collapse;margin-top:12px;font-size:.9rem}th,td{text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid #eee}",
  "td:not(:first-child),th:not(:first-child){text-align:right}",
  "dl{display:grid;grid-template-columns:auto auto;gap:4px 16px;justify-content:start}dt{color:#424242}dd{margin:0;font-weight:600}",
  ".conclusion{font-size:1.1rem;font-weight:600;margin:8px 0}",
  // One printed A4 page for the DPO's file: no backgrounds, tighter boxes, charts kept whole.
  "@media print{@page{size:A4;margin:12mm}body{background:#fff;font-size:9.5pt}main{max-width:none;padding:0}",
  "h1{font-size:14pt}h2{font-size:11pt;margin-bottom:4px}.cards{gap:6px;margin:8px 0}.card{padding:4px 8px;min-width:0;border-color:#bbb}",
  ".card .value{font-size:13pt}section{border:none;border-top:1px solid #bbb;border-radius:0;padding:6px 0;margin:6px 0;break-inside:avoid}",
  "svg{max-height:120px;width:auto}table{margin-top:4px;font-size:8.5pt}}",
].join("");

const LABEL_WIDTH = 330;
const CHART_WIDTH = 860;
const ROW_HEIGHT = 28;
/** Characters of a label line at 13 px in LABEL_WIDTH. */
const LABEL_CHARS = 40;

/** Horizontal bars with the label on the left and the number at the bar's end: readable in print and for screen readers. */
function barChart(title: string, bars: Bar[], texts: CliTexts): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
  // Long labels (rule names, lookalike pairs) wrap onto a second line instead of being cut off.
  const labels = bars.map((bar) => wrapLabel(bar.label, LABEL_CHARS));
  const rowHeight = labels.some((lines) => lines.length > 1) ? ROW_HEIGHT + 14 : ROW_HEIGHT;
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 4;
    const lines = labels[index] ?? [bar.label];
    const textTop = y + rowHeight / 2 + 5 - (lines.length - 1) * 7;
    const width = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * barSpace)) : 0;
    const label = lines.map((line, i) => `<tspan x="${LABEL_WIDTH - 8}" y="${textTop + i * 15}">${esc(line)}</tspan>`).join("");
    return (
      `<text text-anchor="end">${label}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + (rowHeight - 20) / 2}" width="${width}" height="20" rx="3" fill="${bar.color}"></rect>` +
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + rowHeight / 2 + 5}">${bar.value}</text>`
    );
  });
  const label = `${texts.report.chartLabel(title)}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(", ")}`;
  return (
    `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}">` +
    `<title>${esc(label)}</title>${rows.join("")}</svg>`
  );
}

/** At most two lines of at most `max` characters, broken at a space; a longer rest is shortened. */
export function wrapLabel(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const cut = label.lastIndexOf(" ", max);
  const at = cut > max / 3 ? cut : max;
  const rest = label.slice(at).trim();
  return [label.slice(0, at).trim(), rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
}

function shareBar(title: string, share: number | null, color: string, texts: CliTexts): string {
  if (share === null) return "";
  const width = Math.round(share * (CHART_WIDTH - 2));
  const label = `${texts.report.chartLabel(title)}: ${Math.round(share * 100)} %`;
  return (
    `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${CHART_WIDTH} 24" width="${CHART_WIDTH}" height="24">` +
    `<title>${esc(label)}</title><rect x="1" y="2" width="${CHART_WIDTH - 2}" height="20" rx="4" fill="#edebe9"></rect>` +
    `<rect x="1" y="2" width="${width}" height="20" rx="4" fill="${color}"></rect></svg>`
  );
}

function card(label: string, value: string, sub?: string, color?: string): string {
  const style = color ? ` style="color:${color}"` : "";
  return `<div class="card"><div class="value"${style}>${esc(value)}</div><div class="label">${esc(label)}${sub ? ` · ${esc(sub)}` : ""}</div></div>`;
}

function section(title: string, content: string): string {
  return `<section><h2>${esc(title)}</h2>${content}</section>`;
}

function table(head: string[], rows: string[][]): string {
  const th = head.map((cell) => `<th scope="col">${esc(cell)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function pair(term: string, value: string): string {
  return `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`;
}


// The pilot report as one self-contained HTML page: inline CSS and SVG, no script, no external
// reference, so it opens offline and can be mailed to the DPO as it is. It is built from the
// PilotReport alone, which holds counts and lookalike domains only.
import { escapeControls } from "./safe-output";
import type { CliLanguage, CliTexts } from "./i18n";
import { formatShare } from "./percent";
import type { PilotReport } from "./report";

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

export function renderReportHtml(report: PilotReport, texts: CliTexts, options: HtmlReportOptions): string {
  const t = texts.report;
  const share = (value: number | null) => formatShare(value, options.language, t.notApplicable);
  const ofMails = (count: number) => share(report.mails > 0 ? count / report.mails : null);
  const actionBars: Bar[] = [
    { label: t.blocked, value: report.actions.block, color: COLORS.block },
    { label: t.needsConfirmation, value: report.actions.confirm, color: COLORS.confirm },
    { label: t.allowed, value: report.actions.allow, color: COLORS.allow },
  ];
  const ruleBars: Bar[] = report.byRule.map((row) => ({ label: texts.rules[row.rule], value: row.mails, color: COLORS.neutral }));
  const severityBars: Bar[] = report.bySeverity.map((row) => ({
    label: texts.severities[row.severity],
    value: row.findings,
    color: COLORS[row.severity],
  }));
  const lookalikeBars: Bar[] = report.topLookalikes.map((row) => ({
    label: `${row.domain} → ${row.imitates}`,
    value: row.mails,
    color: COLORS[row.severity],
  }));

  const body = [
    `<header><h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p>`,
    `<p class="meta">${esc(t.generated(options.generated))} · ${esc(options.policyFromFile ? t.policyFile : t.policyDefault)}</p></header>`,
    `<div class="cards">`,
    card(t.mails, String(report.mails)),
    card(t.stopped, String(report.stopped), ofMails(report.stopped), COLORS.block),
    card(t.blocked, String(report.actions.block), ofMails(report.actions.block)),
    card(t.needsConfirmation, String(report.actions.confirm), ofMails(report.actions.confirm)),
    card(t.unreadable, String(report.unreadable)),
    `</div>`,
    section(t.outcomes, barChart(t.outcomes, actionBars, texts) + table([t.outcomeColumn, t.mailsColumn], actionBars.map((b) => [b.label, String(b.value)]))),
    section(
      t.byRule,
      ruleBars.length > 0
        ? barChart(t.byRule, ruleBars, texts) +
            table(
              [t.ruleColumn, t.mailsColumn, t.findingsColumn],
              report.byRule.map((row) => [texts.rules[row.rule], String(row.mails), String(row.findings)]),
            )
        : `<p>${esc(t.notApplicable)}</p>`,
    ),
    section(
      t.bySeverity,
      barChart(t.bySeverity, severityBars, texts) +
        table(
          [t.severityColumn, t.mailsColumn, t.findingsColumn],
          report.bySeverity.map((row) => [texts.severities[row.severity], String(row.mails), String(row.findings)]),
        ),
    ),
    section(
      t.lookalikes,
      lookalikeBars.length > 0
        ? barChart(t.lookalikes, lookalikeBars, texts) +
            table(
              [t.lookalikeDomain, t.imitates, t.mailsColumn],
              report.topLookalikes.map((row) => [row.domain, row.imitates, String(row.mails)]),
            )
        : `<p>${esc(t.noLookalikes)}</p>`,
    ),
    section(
      t.cprHeading,
      `<dl>${pair(t.mailsWithCpr, String(report.cpr.mailsWithCpr))}${pair(t.cprFindings, String(report.cpr.findings))}` +
        `${pair(t.quotedOnly, share(report.cpr.quotedOnlyShare))}</dl>` +
        shareBar(t.quotedOnly, report.cpr.quotedOnlyShare, COLORS.notice, texts) +
        `<p class="note">${esc(t.quotedOnlyExplain)}</p>`,
    ),
    section(
      t.digitalPostHeading,
      report.digitalPost.configured
        ? `<dl>${pair(t.digitalPostHandled, `${report.digitalPost.mails} (${share(report.digitalPost.shareOfStopped)})`)}</dl>` +
            shareBar(t.digitalPostHandled, report.digitalPost.shareOfStopped, COLORS.allow, texts) +
            `<p class="note">${esc(t.digitalPostExplain)}</p>`
        : `<p>${esc(t.digitalPostNotConfigured)}</p>`,
    ),
    `<footer><p>${esc(t.privacy)}</p></footer>`,
  ].join("\n");

  return [
    "<!DOCTYPE html>",
    `<html lang="${options.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No network, not even by accident: the page may hold nothing that loads.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(t.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    `<body><main>${body}</main></body>`,
    "</html>",
    "",
  ].join("\n");
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
].join("");

const LABEL_WIDTH = 330;
const CHART_WIDTH = 860;
const ROW_HEIGHT = 28;

/** Horizontal bars with the label on the left and the number at the bar's end: readable in print and for screen readers. */
function barChart(title: string, bars: Bar[], texts: CliTexts): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
  const height = bars.length * ROW_HEIGHT + 8;
  const rows = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 4;
    const width = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * barSpace)) : 0;
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${esc(truncate(bar.label, 44))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW_HEIGHT - 8}" rx="3" fill="${bar.color}"></rect>` +
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 17}">${bar.value}</text>`
    );
  });
  const label = `${texts.report.chartLabel(title)}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(", ")}`;
  return (
    `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}">` +
    `<title>${esc(label)}</title>${rows.join("")}</svg>`
  );
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

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Markup characters become references; control and bidi characters become visible escapes, so
// a name cannot reorder or hide the text around it in the page.
function esc(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The audit view as terminal text and as one self-contained, printable HTML page.
import { escapeHtml as esc, htmlPage } from "../html-page";
import type { CliLanguage } from "../i18n";
import type { AuditView, ViewTable } from "./view";

export function renderAuditText(view: AuditView): string {
  const lines = [view.title, "", view.summary, "", ...view.facts, ""];
  for (const table of view.tables) lines.push(...textTable(table), "");
  lines.push(view.privacy);
  return lines.join("\n");
}

function textTable(table: ViewTable): string[] {
  const head = [`${table.title}:`, ...(table.note ? [`  ${table.note}`] : [])];
  if (table.rows.length === 0) return [...head, `  ${table.empty}`];
  const header = [table.columns[0] === table.title ? "" : (table.columns[0] ?? ""), ...table.columns.slice(1)];
  const all = [header, ...table.rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  // Numbers line up on the right, words on the left.
  const numeric = header.map((_, i) => i > 0 && table.rows.every((row) => /^[\d\s.,%–-]*$/.test(row[i] ?? "")));
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ")}`.trimEnd();
  return [...head, line(header), ...table.rows.map(line)];
}

export function renderAuditHtml(view: AuditView, language: CliLanguage): string {
  const tables = view.tables
    .map((table) => {
      const note = table.note ? `<p class="note">${esc(table.note)}</p>` : "";
      const body = table.rows.length === 0 ? `<p>${esc(table.empty)}</p>` : htmlTable(table);
      return `<section><h2>${esc(table.title)}</h2>${note}${body}</section>`;
    })
    .join("\n");
  const body = [
    `<header><h1>${esc(view.title)}</h1><p>${esc(view.intro)}</p>`,
    `<p class="summary">${esc(view.summary)}</p>`,
    `<ul class="facts">${view.facts.map((f) => `<li>${esc(f)}</li>`).join("")}</ul></header>`,
    tables,
    `<footer><p>${esc(view.privacy)}</p></footer>`,
  ].join("\n");
  return htmlPage({ language, title: view.title, css: CSS, body });
}

function htmlTable(table: ViewTable): string {
  const th = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("");
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td>${esc(cell)}</td>`)).join("")}</tr>`).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table>`;
}

const CSS = [
  "body{font-family:'Segoe UI',system-ui,sans-serif;color:#242424;background:#fff;margin:0}",
  "main{max-width:960px;margin:0 auto;padding:24px}",
  "h1{font-size:1.5rem;margin:0 0 8px}h2{font-size:1.1rem;margin:0 0 8px}",
  ".summary{font-weight:600;font-size:1.05rem}.facts{padding-left:18px;color:#424242}.note{color:#616161;font-size:.9rem}",
  "section{border-top:1px solid #e0e0e0;padding:12px 0;break-inside:avoid}",
  "table{border-collapse:collapse;font-size:.9rem}th,td{text-align:left;padding:3px 12px 3px 0;border-bottom:1px solid #eee}",
  "td{text-align:right}tbody th{font-weight:400}",
  "@media print{body{font-size:10pt}main{padding:0;max-width:none}section{padding:6px 0}@page{size:A4;margin:15mm}}",
].join("");


// The one HTML page shell and escaping of the CLI's printable pages (the pilot report, the DPO's
// audit): a self-contained file with its own CSS and a Content-Security-Policy that lets nothing load.
import { escapeControls } from "./safe-output";

// Markup characters become references; control and bidi characters become visible escapes, so
// a name cannot reorder or hide the text around it in the page.
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface HtmlPage {
  language: string;
  title: string;
  css: string;
  /** The inside of <main>, already escaped. */
  body: string;
  /** Inline data: images (the report's charts); nothing else may load either way. */
  dataImages?: boolean;
}

export function htmlPage(page: HtmlPage): string {
  // No network, not even by accident: the page may hold nothing that loads.
  const csp = `default-src 'none'; style-src 'unsafe-inline'${page.dataImages ? "; img-src data:" : ""}`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${page.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${page.css}</style>`,
    "</head>",
    `<body><main>${page.body}</main></body>`,
    "</html>",
    "",
  ].join("\n");
}

import { buildReport } from "../../src/cli/report";
import { renderReportHtml, wrapLabel } from "../../src/cli/report-html";
import { formatReportText } from "../../src/cli/report-text";
import { summarizeVerdict } from "../../src/cli/summary";
import { textsFor } from "../../src/cli/i18n";
import { defaultPolicy } from "../../src/policy";
import { cpr, cprExternal, lookalike, verdict } from "./helpers/verdicts";

const policy = defaultPolicy("jens@randers.dk");
const report = buildReport(
  [
    verdict([cprExternal([cpr("150372-XXXX", true)])]),
    verdict([lookalike("a@anders.dk", "randers.dk"), lookalike("b@xn--rnders-dua.dk", "randers.dk", "block", "ränders.dk")]),
    verdict([]),
  ].map((v) => summarizeVerdict(v, policy)),
  { digitalPostConfigured: false, unreadable: ["parse-failed"] },
);

describe("renderReportHtml: layout for the DPO (issue 18)", () => {
  const full = renderReportHtml(report, textsFor("da"), { language: "da", policyFromFile: false, generated: "2026-11-25" });
  const dated = buildReport([verdict([])].map((v) => summarizeVerdict(v, policy)), { digitalPostConfigured: false });
  const page = renderReportHtml(
    { ...dated, organization: "Randers Kommune", policyVersion: "2026-11-01", period: { from: "2026-10-01", to: "2026-11-30" } },
    textsFor("da"),
    { language: "da", policyFromFile: true, generated: "2026-12-01" },
  );

  it("names the organisation, policy version and period, and opens with a one-line conclusion", () => {
    expect(page).toContain("Organisation: Randers Kommune");
    expect(page).toContain("Policy-version: 2026-11-01");
    expect(page).toContain("Periode: 2026-10-01 – 2026-11-30");
    expect(page).toMatch(/<p class="conclusion">Konklusion: Sendevagt ville have stoppet 0 af 1 mails \(0 %\); 0 mails havde CPR-numre.<\/p>/);
  });

  it("prints on one A4 page: a print stylesheet that keeps sections whole", () => {
    expect(page).toMatch(/@media print\{@page\{size:A4/);
    expect(page).toMatch(/break-inside:avoid/);
  });

  it("has no table that only repeats its chart (outcomes, lookalikes)", () => {
    const sectionOf = (title: string) => full.split("<section>").find((s) => s.startsWith(`<h2>${title}`)) ?? "";
    expect(sectionOf("Udfald pr. mail")).toContain("<svg");
    expect(sectionOf("Udfald pr. mail")).not.toContain("<table");
    expect(sectionOf("Hyppigste forvekslingsdomæner")).not.toContain("<table");
    // The rule table adds the findings column the chart does not show.
    expect(sectionOf("Mails pr. regel")).toContain("<th scope=\"col\">Fund</th>");
  });

  it("wraps long chart labels onto two lines instead of cutting them", () => {
    const long = "CPR-nummer til modtager uden for organisationen";
    expect(wrapLabel(long, 40)).toEqual(["CPR-nummer til modtager uden for", "organisationen"]);
    expect(wrapLabel("kort", 40)).toEqual(["kort"]);
    expect(full).toContain("<tspan x=\"322\" y=\"65\">CPR-nummer til modtager uden for</tspan>");
  });
});

describe("renderReportHtml", () => {
  const html = renderReportHtml(report, textsFor("da"), { language: "da", policyFromFile: false, generated: "2026-11-25" });

  it("is a complete Danish page with its charts drawn inline", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="da">');
    expect(html.match(/<svg role="img"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain("Mails pr. regel");
    expect(html).toContain("anders.dk → randers.dk");
    expect(html).toContain("ränders.dk");
    expect(html).toContain("100 %"); // the one CPR finding stood only in quoted history
  });

  it("loads nothing from anywhere: no URLs, scripts, links or external images", () => {
    expect(html).not.toMatch(/https?:|<script|<link|<img|url\(|@import|src=/i);
  });

  it("carries no addresses or masks, only domains and counts", () => {
    // The print stylesheet's @media/@page rules are the only "@" allowed (issue 18: printable page).
    expect(html.replace(/<style>[^<]*<\/style>/, "")).not.toMatch(/@|XXXX|gmail/);
  });

  it("escapes what it prints", () => {
    const odd = buildReport([summarizeVerdict(verdict([lookalike("a@<b>.dk", "randers.dk")]), policy)], { digitalPostConfigured: false });
    const page = renderReportHtml(odd, textsFor("en"), { language: "en", policyFromFile: true, generated: "2026-11-25" });
    expect(page).not.toContain("<b>.dk");
    expect(page).toContain("&#60;b&#62;.dk");
    expect(page).toContain('<html lang="en">');
  });
});

describe("formatReportText", () => {
  it("states the counts and shares in Danish", () => {
    const text = formatReportText(report, textsFor("da"), "da", false);
    expect(text).toContain("Mails kontrolleret: 3");
    expect(text).toContain("Ville være stoppet: 2 (66,7 %)");
    expect(text).toContain("Filer der ikke kunne læses: 1");
    expect(text).toContain("anders.dk → randers.dk: 1");
    expect(text).toContain("Andel af CPR-fund kun i citeret historik: 100 %");
    expect(text).toContain("Policyen har ingen Digital Post-rute.");
    expect(text).not.toMatch(/@|XXXX/);
  });
});

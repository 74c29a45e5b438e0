import { buildReport } from "../../src/cli/report";
import { renderReportHtml } from "../../src/cli/report-html";
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
    expect(html).not.toMatch(/@|XXXX|gmail/);
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

// The HTML pilot report in a real browser: it loads nothing from the network, its charts are drawn
// with real sizes, and axe finds no accessibility violations (the DPO may read it with a screen reader).
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../dev/simulator/drive/chromium";
import { buildReport } from "../../src/cli/report";
import { renderReportHtml } from "../../src/cli/report-html";
import { summarizeVerdict } from "../../src/cli/summary";
import { textsFor } from "../../src/cli/i18n";
import { defaultPolicy } from "../../src/policy";
import { cpr, cprExternal, cprSubject, lookalike, verdict } from "./helpers/verdicts";

const policy = { ...defaultPolicy("jens@randers.dk"), digitalPost: { type: "portal" as const, name: "DP", url: "https://x.invalid", gatewayDomains: [] } };
const html = renderReportHtml(
  buildReport(
    [
      verdict([cprExternal([cpr("150372-XXXX", true)])]),
      verdict([cprExternal([cpr("150372-XXXX")]), cprSubject()]),
      verdict([lookalike("a@anders.dk", "randers.dk"), lookalike("b@rander.dk", "randers.dk", "confirm")]),
      verdict([lookalike("c@kl.dk", "kk.dk", "notice")]),
      verdict([]),
    ].map((v) => summarizeVerdict(v, policy)),
    { digitalPostConfigured: true, unreadable: ["parse-failed"] },
  ),
  textsFor("da"),
  { language: "da", policyFromFile: true, generated: "2026-11-25" },
);

describe("HTML pilot report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("makes no request, draws every chart, and has no axe violations", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: "load" });
    expect(requests).toEqual([]);

    const charts = await page.$$eval("svg[role=img]", (svgs) =>
      svgs.map((svg) => ({ label: svg.getAttribute("aria-label") ?? "", width: svg.getBoundingClientRect().width })),
    );
    expect(charts.length).toBe(6);
    expect(charts.every((chart) => chart.width > 300)).toBe(true);
    expect(charts[0]?.label).toBe("Søjlediagram: Udfald pr. mail: Stoppet (skal rettes) 2, Kræver bekræftelse 1, Sendt uden stop 2");

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  }, 60_000);
});

// Regenerates the README's screenshots from the real add-in in the simulator (the incident:
// a CPR number on its way to anders.dk instead of randers.dk).
//
//   npx tsx dev/simulator/readme-screenshots.ts
//
// Writes docs/screenshots/smart-alert.png, task-pane.png (the incident) and task-pane-mixed.png
// (a lookalike recipient, a CPR number in the subject and two people, in a 320 px pane).
import fs from "node:fs";
import path from "node:path";
import { launchChromium } from "./drive/chromium";
import { startTestSimulator } from "./drive/simulator";
import { fillDraft, pressSend, takeAction } from "./drive/compose";
import { MIXED_MAIL } from "./mixed-mail";
import { ROOT } from "./server/build";

const OUT = path.join(ROOT, "docs", "screenshots");

async function main(): Promise<void> {
  const [server, browser] = await Promise.all([startTestSimulator(), launchChromium()]);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, locale: "da-DK" });
    const page = await context.newPage();
    await page.goto(`${server.loopbackUrl}?policy=randers`);
    await page.waitForSelector("body[data-ready=true]");
    await fillDraft(page, {
      to: '"Ole Sagsbehandler" <sagsbehandler@anders.dk>',
      subject: "Sag 2026-114 – oplysninger til brug for afgørelse",
      body: "Hej Ole\n\nHer er oplysningerne om borgeren med CPR-nr. 070761-4285, som vi talte om.\n\nVenlig hilsen\nMette",
    });
    if ((await pressSend(page)) !== "alert") throw new Error("expected the Smart Alert");
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "smart-alert.png") });
    await takeAction(page);
    await page.waitForTimeout(300); // let Fluent's entrance transitions finish
    await page.screenshot({ path: path.join(OUT, "task-pane.png") });
    await context.close();
    await mixedMail(server.loopbackUrl, browser);
    console.log(`wrote ${path.relative(ROOT, OUT)}/smart-alert.png, task-pane.png and task-pane-mixed.png`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The mixed mail in Outlook's narrowest pane (320 px), the whole pane's height in one picture. */
async function mixedMail(baseUrl: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}?policy=randers`);
  await page.waitForSelector("body[data-ready=true]");
  await fillDraft(page, MIXED_MAIL);
  if ((await pressSend(page)) !== "alert") throw new Error("expected the Smart Alert");
  await takeAction(page);
  await page.locator(".owa-pane").evaluate((el: HTMLElement) => {
    el.style.flex = "0 0 320px";
    el.style.width = "320px";
  });
  await page.waitForTimeout(400);
  const frame = page.frameLocator("[data-testid=taskpane]");
  const height = await frame.locator("body").evaluate(() => document.documentElement.scrollHeight);
  await page.locator("[data-testid=taskpane]").evaluate((el: HTMLElement, h: number) => {
    el.style.height = `${h}px`;
    el.style.flex = "none";
    (el.closest(".owa-pane") as HTMLElement).style.minHeight = `${h + 60}px`;
  }, height);
  await page.waitForTimeout(300);
  await page.locator("[data-testid=taskpane]").screenshot({ path: path.join(OUT, "task-pane-mixed.png") });
  await context.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

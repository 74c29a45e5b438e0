// Measures the task pane for the "mixed mail" (lookalike recipient + CPR number in the subject +
// two people's numbers) at Outlook's narrowest pane width (320 px): the content height in pixels,
// whether it scrolls sideways, and a full-height screenshot. Used for the before/after note.
//
//   npx tsx dev/simulator/pane-height.ts [out.png]
import path from "node:path";
import { launchChromium } from "./drive/chromium";
import { startTestSimulator } from "./drive/simulator";
import { fillDraft, pane, pressSend, takeAction } from "./drive/compose";
import { ROOT } from "./server/build";
import { MIXED_MAIL } from "./mixed-mail";


async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(ROOT, "test-results", "pane-mixed.png");
  const [server, browser] = await Promise.all([startTestSimulator(), launchChromium()]);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
    const page = await context.newPage();
    await page.goto(`${server.loopbackUrl}?policy=randers`);
    await page.waitForSelector("body[data-ready=true]");
    await fillDraft(page, MIXED_MAIL);
    if ((await pressSend(page)) !== "alert") throw new Error("expected the Smart Alert");
    await takeAction(page);
    await page.waitForTimeout(500);
    // Outlook's narrowest task pane.
    await page.locator(".owa-pane").evaluate((el: HTMLElement) => {
      el.style.flex = "0 0 320px";
      el.style.width = "320px";
    });
    await page.waitForTimeout(300);
    const size = await pane(page).locator("body").evaluate(() => ({
      height: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    await page.locator("[data-testid=taskpane]").evaluate((el: HTMLElement, h: number) => {
      el.style.height = `${h}px`;
      el.style.flex = "none";
      (el.parentElement as HTMLElement).style.minHeight = `${h}px`;
      const owa = el.closest(".owa-pane") as HTMLElement;
      owa.style.minHeight = `${h + 60}px`;
    }, size.height);
    await page.waitForTimeout(300);
    await page.locator("[data-testid=taskpane]").screenshot({ path: out });
    console.log(JSON.stringify({ ...size, horizontalScroll: size.scrollWidth > size.clientWidth, screenshot: path.relative(ROOT, out) }));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Driving the simulator like a caseworker: fill the compose window, press Send, answer the Smart
// Alert, work in the task pane; plus screenshots for CI to keep.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import type { SentMail } from "../app/sent-mail";
import { ROOT } from "../server/build";

export const SCREENSHOT_DIR = path.join(ROOT, "test-results", "e2e");

export interface Draft {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
}

export interface OpenSimulator {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors from the page and the add-in frames. */
  errors: string[];
}

export async function openSimulator(browser: Browser, baseUrl: string, policy = "randers", lang = "da-DK"): Promise<OpenSimulator> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console (${m.location().url}): ${m.text()}`);
  });
  await page.goto(`${baseUrl}?policy=${encodeURIComponent(policy)}&lang=${encodeURIComponent(lang)}`);
  await page.waitForSelector("body[data-ready=true]");
  return { context, page, errors };
}

export async function fillDraft(page: Page, draft: Draft): Promise<void> {
  if (draft.from) await page.getByTestId("compose-from").selectOption(draft.from);
  for (const field of ["to", "cc", "bcc"] as const) {
    const value = draft[field];
    if (value) {
      await page.getByTestId(`compose-${field}`).fill(value);
      await page.getByTestId(`compose-${field}`).press("Enter");
    }
  }
  if (draft.subject !== undefined) await page.getByTestId("compose-subject").fill(draft.subject);
  if (draft.body !== undefined) await page.getByTestId("compose-body").fill(draft.body);
}

/** Presses Send and waits for Outlook's answer: the Smart Alert, or the mail in "Sendt post". */
export async function pressSend(page: Page): Promise<"alert" | "sent"> {
  const before = await page.getByTestId("sent-item").count();
  await page.getByTestId("compose-send").click();
  const handle = await page.waitForFunction(
    (n) => {
      if (document.querySelector("[data-testid=smart-alert]")) return "alert";
      if (document.querySelectorAll("[data-testid=sent-item]").length > n) return "sent";
      return false;
    },
    before,
    { timeout: 30000 },
  );
  return (await handle.jsonValue()) as "alert" | "sent";
}

export async function alertText(page: Page): Promise<string> {
  return (await page.getByTestId("smart-alert-message").innerText()).trim();
}

export function pane(page: Page): FrameLocator {
  return page.frameLocator("[data-testid=taskpane]");
}

/** Take Action on the Smart Alert, then wait until the pane has rendered its findings. */
export async function takeAction(page: Page): Promise<FrameLocator> {
  await page.getByTestId("smart-alert-action").click();
  const p = pane(page);
  await p.getByTestId("finding").first().waitFor({ timeout: 30000 });
  return p;
}

export async function sentMails(page: Page): Promise<SentMail[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__sendevagtSimulator?.sent ?? [])) as SentMail[]);
}

export async function chips(page: Page, field: "to" | "cc" | "bcc"): Promise<string[]> {
  return page.locator(`[data-testid=recipient-chip][data-field=${field}]`).evaluateAll((els) => els.map((e) => e.getAttribute("data-address") ?? ""));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Polls `read` until `ok` holds (the pane edits the item from its own frame, asynchronously). */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

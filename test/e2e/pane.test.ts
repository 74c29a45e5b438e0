/**
 * Browser tests of the task pane's second edition (issue 17) in the simulator: same-birthday
 * people told apart, Digital Post that cannot carry a second person's number unnoticed, the
 * recommended fix first on a mixed mail at 320 px, the one-click fixes, focus, the no-policy
 * mode, confirmed cards shown done — and axe in every state, light and dark.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { launchChromium } from "../../dev/simulator/drive/chromium";
import { startTestSimulator } from "../../dev/simulator/drive/simulator";
import { alertText, chips, eventually, fillDraft, pane, pressSend, screenshot, sentMails, takeAction } from "../../dev/simulator/drive/compose";
import type { RunningSimulator } from "../../dev/simulator/server/server";
import { MIXED_MAIL } from "../../dev/simulator/mixed-mail";

jest.setTimeout(180000);

// Synthetic twins: one birthday, two valid numbers (no real people behind them).
const TWIN_A = "070761-1006";
const TWIN_B = "070761-1014";
const SECURE_MAILBOX = "sikkerpost@randers.dk";
const TWINS_MAIL = {
  from: SECURE_MAILBOX,
  to: "jens.borger@gmail.com",
  subject: "Afgørelse om tilskud",
  body: `Kære Jens\n\nBarn: ${TWIN_A}\nÆgtefælle: ${TWIN_B}\n\nMed venlig hilsen\nRanders Kommune`,
};

let browser: Browser;
let server: RunningSimulator;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestSimulator(), launchChromium()]);
}, 300000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withSimulator(run: (page: Page) => Promise<void>, options: { policy?: string; theme?: "light" | "dark"; expect404?: boolean } = {}): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "da-DK" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    // Without a policy.json the browser itself logs the 404 of the fetch: that is the mode under test.
    if (m.type() === "error" && !(options.expect404 && m.text().includes("status of 404"))) errors.push(`console: ${m.text()}`);
  });
  const theme = options.theme ?? "light";
  await page.goto(`${server.loopbackUrl}?policy=${options.policy ?? "randers"}&lang=da-DK&theme=${theme}`);
  await page.waitForSelector("body[data-ready=true]");
  try {
    await run(page);
  } finally {
    await context.close();
  }
  expect(errors).toEqual([]);
}

async function expectNoSeriousAxe(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(250); // Fluent's transitions
  const results = await new AxeBuilder({ page }).include("[data-testid=taskpane]").analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${state}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

async function paneText(p: FrameLocator): Promise<string> {
  return p.locator("body").innerText();
}

async function openTwinsChooser(page: Page): Promise<FrameLocator> {
  await fillDraft(page, TWINS_MAIL);
  expect(await pressSend(page)).toBe("alert");
  const p = await takeAction(page);
  await p.getByTestId("route-digital-post").first().click();
  await p.locator("[data-testid=digital-post-panel][data-step=choose-person]").waitFor();
  return p;
}

test("twins: the alert and the Digital Post chooser tell the two people apart without their digits", async () => {
  for (const theme of ["light", "dark"] as const) {
    await withSimulator(
      async (page) => {
        await fillDraft(page, TWINS_MAIL);
        expect(await pressSend(page)).toBe("alert");
        const alert = await alertText(page);
        expect(alert).toContain("070761-XXXX (1., efter »Barn:«)");
        expect(alert).toContain("070761-XXXX (2., efter »Ægtefælle:«)");
        expect(alert).not.toMatch(/1006|1014/);
        const p = await takeAction(page);
        await p.getByTestId("route-digital-post").first().click();
        await p.locator("[data-testid=digital-post-panel][data-step=choose-person]").waitFor();
        const options = await p.getByTestId("dp-person-group").locator("label").allInnerTexts();
        expect(options).toHaveLength(2);
        expect(new Set(options).size).toBe(2);
        expect(options[0]).toContain("1. nummer i mailen, efter »Barn:«");
        expect(options[1]).toContain("2. nummer i mailen, efter »Ægtefælle:«");
        expect(options.join(" ")).not.toMatch(/1006|1014/);
        await screenshot(page, `pane-twins-chooser-${theme}`);
        await expectNoSeriousAxe(page, `chooser ${theme}`);

        // Submitting without a choice: an inline error, and focus on the group.
        await p.getByTestId("dp-choose-submit").click();
        expect(await paneText(p)).toContain("Vælg en borger.");
        const focusInGroup = await p
          .getByTestId("dp-person-group")
          .evaluate((group) => group.contains(document.activeElement));
        expect(focusInGroup).toBe(true);
        await expectNoSeriousAxe(page, `chooser error ${theme}`);
      },
      { theme },
    );
  }
});

test("Digital Post with a second person's number: keep it only with a reason that the stamp records", async () => {
  await withSimulator(async (page) => {
    const p = await openTwinsChooser(page);
    await p.getByTestId("dp-person").nth(1).click();
    await p.getByTestId("dp-choose-submit").click();
    const others = p.getByTestId("dp-other-people");
    await others.waitFor();
    expect(await others.getByTestId("dp-other-person").innerText()).toContain("efter »Barn:«");
    // Nothing rewritten yet.
    expect(await chips(page, "to")).toEqual(["jens.borger@gmail.com"]);
    await expectNoSeriousAxe(page, "other people");

    // A reason with a CPR number is refused.
    await p.getByTestId("dp-others-reason").fill(`barn ${TWIN_A}`);
    await p.getByTestId("dp-others-keep").click();
    expect(await paneText(p)).toContain("Begrundelsen må ikke indeholde CPR-numre");
    expect(await chips(page, "to")).toEqual(["jens.borger@gmail.com"]);

    await p.getByTestId("dp-others-reason").fill("barn i forældremyndighed");
    await p.getByTestId("dp-others-keep").click();
    const gateway = "0707611014@randers.mitdk.digital-post.dk";
    expect(await eventually(() => chips(page, "to"), (to) => to[0] === gateway)).toEqual([gateway]);
    await screenshot(page, "pane-dp-kept-with-reason");
    expect(await pressSend(page)).toBe("sent");
    const [mail] = await sentMails(page);
    const stamp = mail?.headers["x-sendevagt"] ?? "";
    expect(stamp).toContain("kept-other-people");
    expect(stamp).toContain("text=barn%20i%20for%C3%A6ldremyndighed");
    expect(stamp).not.toMatch(/\d{6}/);
  });
});

test("Digital Post with a second person's number: one click masks it, the rest of the mail stays", async () => {
  await withSimulator(async (page) => {
    const p = await openTwinsChooser(page);
    await p.getByTestId("dp-person").nth(1).click();
    await p.getByTestId("dp-choose-submit").click();
    await p.getByTestId("dp-mask-others").click();
    const gateway = "0707611014@randers.mitdk.digital-post.dk";
    expect(await eventually(() => chips(page, "to"), (to) => to[0] === gateway)).toEqual([gateway]);
    const body = await page.getByTestId("compose-body").innerText();
    expect(body).toContain("Barn: 070761-XXXX");
    expect(body).toContain(`Ægtefælle: ${TWIN_B}`);
    expect(body).toContain("Med venlig hilsen");
    expect(body).not.toContain(TWIN_A);
  });
});

test("mixed mail: the lookalike fix is the first and only primary action, each CPR and recipient once, 320 px without sideways scroll", async () => {
  for (const theme of ["light", "dark"] as const) {
    await withSimulator(
      async (page) => {
        await fillDraft(page, MIXED_MAIL);
        expect(await pressSend(page)).toBe("alert");
        const p = await takeAction(page);
        const first = p.getByTestId("finding").first();
        expect(await first.getAttribute("data-kind")).toBe("lookalike");
        expect(await first.getAttribute("data-lead")).toBe("true");
        const primary = p.locator("[data-primary=true]");
        expect(await primary.count()).toBe(1);
        expect(await primary.innerText()).toBe("Ret til sagsbehandler@randers.dk");
        expect(await primary.getAttribute("data-testid")).toBe("fix-domain");
        // One card for the CPR problem, each person once, the lookalike recipient listed once.
        expect(await p.locator("[data-testid=finding][data-kind^=cpr]").count()).toBe(1);
        expect(await p.getByTestId("cpr-person").count()).toBe(2);
        const text = await paneText(p);
        expect(text.split("sagsbehandler@anders.dk").length - 1).toBe(1);

        await page.locator(".owa-pane").evaluate((el: HTMLElement) => {
          el.style.flex = "0 0 320px";
          el.style.width = "320px";
        });
        await page.waitForTimeout(300);
        const size = await p.locator("body").evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(size.scroll).toBeLessThanOrEqual(size.client);
        await screenshot(page, `pane-mixed-320-${theme}`);
        await expectNoSeriousAxe(page, `mixed ${theme}`);

        // Focus on open went to the status.
        await primary.click();
        expect(await eventually(() => chips(page, "to"), (to) => to[0] === "sagsbehandler@randers.dk")).toEqual(["sagsbehandler@randers.dk"]);
        await expectNoSeriousAxe(page, `mixed after fix ${theme}`);
      },
      { theme },
    );
  }
});

test("focus: when the pane opens, focus is on its status", async () => {
  await withSimulator(async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `CPR-nr. ${TWIN_A}` });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    const focused = await eventually(
      () => p.locator("body").evaluate(() => document.activeElement?.closest("[data-testid=status]") !== null),
      (inStatus) => inStatus,
    );
    expect(focused).toBe(true);
  });
});

test("one-click fix: mask a CPR number in the text; the pane says exactly what changed", async () => {
  await withSimulator(async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `Hej\n\nVedr. CPR-nr. ${TWIN_A}\n\nHilsen Mette` });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    await p.getByTestId("mask-cpr").click();
    const body = await eventually(() => page.getByTestId("compose-body").innerText(), (b) => !b.includes(TWIN_A));
    expect(body).toContain("Vedr. CPR-nr. 070761-XXXX");
    expect(body).toContain("Hilsen Mette");
    expect(await p.getByTestId("status").innerText()).toContain("CPR-nummeret er erstattet med 070761-XXXX i mailen. Resten af mailen er uændret.");
    await expectNoSeriousAxe(page, "after mask");
    expect(await pressSend(page)).toBe("sent");
  });
});

test("one-click fix: remove the quoted earlier mail when the number is only there; the own text stays", async () => {
  await withSimulator(async (page) => {
    await fillDraft(page, {
      to: "borger@gmail.com",
      subject: "SV: Din ansøgning",
      body: `Tak, vi vender tilbage.\n\n-----Original Message-----\nFra: Borger <borger@gmail.com>\nMit CPR-nr. er ${TWIN_A}.`,
    });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    await p.getByTestId("remove-quoted").click();
    const body = await eventually(() => page.getByTestId("compose-body").innerText(), (b) => !b.includes("Original Message"));
    expect(body.trim()).toBe("Tak, vi vender tilbage.");
    expect(await p.getByTestId("status").innerText()).toContain("Den citerede tidligere mail er fjernet. Din egen tekst er uændret.");
    expect(await pressSend(page)).toBe("sent");
  });
});

test("one-click fix: remove an attachment with a CPR number; only that file goes", async () => {
  await withSimulator(async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Referat", body: "Hej, referatet er vedhæftet." });
    await page.getByTestId("attach-input").setInputFiles({
      name: "referat.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`Referat\n\nBorgerens CPR-nr.: ${TWIN_A}\n`, "utf8"),
    });
    await page.locator("[data-testid=attachment][data-name='referat.txt']").waitFor();
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    const remove = p.getByTestId("remove-attachment");
    expect(await remove.innerText()).toBe("Fjern vedhæftningen referat.txt");
    await remove.click();
    await page.locator("[data-testid=attachment][data-name='referat.txt']").waitFor({ state: "detached" });
    expect(await p.getByTestId("status").innerText()).toContain("Vedhæftningen referat.txt er fjernet. Resten af mailen er uændret.");
    expect(await pressSend(page)).toBe("sent");
    const [mail] = await sentMails(page);
    expect(mail?.attachments).toEqual([]);
    expect(mail?.subject).toBe("Referat");
  });
});

test("no policy.json: a supported mode — no IT message and no Digital Post in the pane", async () => {
  await withSimulator(
    async (page) => {
      await fillDraft(page, { from: "mette.sorensen@randers.dk", to: "borger@gmail.com", subject: "Svar", body: `CPR-nr. ${TWIN_A}` });
      expect(await pressSend(page)).toBe("alert");
      expect(await alertText(page)).not.toContain("policy.json");
      const p = await takeAction(page);
      expect(await p.getByTestId("policy-fallback").count()).toBe(0);
      const text = await paneText(p);
      expect(text).not.toMatch(/policy\.json|Sig det til IT|Digital Post/);
      await expectNoSeriousAxe(page, "no policy");
    },
    { policy: "none", expect404: true },
  );
});

test("a confirmed card looks done: green check, collapsed, no buttons", async () => {
  for (const theme of ["light", "dark"] as const) {
    await withSimulator(
      async (page) => {
        await fillDraft(page, { to: "borger@gmail.com", subject: "Svar på din henvendelse", body: `Som aftalt: dit CPR-nummer ${TWIN_A} står nu korrekt i sagen.` });
        expect(await pressSend(page)).toBe("alert");
        const p = await takeAction(page);
        await p.getByTestId("confirm-checkbox").check();
        await p.getByTestId("confirm-reason").selectOption("citizen-request");
        await p.getByTestId("confirm-submit").click();
        const card = p.locator("[data-testid=finding][data-done=true]");
        await card.first().waitFor();
        expect(await card.locator("button").count()).toBe(0);
        expect(await card.first().innerText()).toContain("Bekræftet");
        expect(await card.first().locator("svg").count()).toBe(1);
        await screenshot(page, `pane-confirmed-done-${theme}`);
        await expectNoSeriousAxe(page, `confirmed ${theme}`);
      },
      { theme },
    );
  }
});

/**
 * Browser tests: the real built add-in (send handler in commands.html, React task pane) running in
 * the local Outlook simulator, driven through Chromium like a caseworker would. Scenarios 1–6 of
 * the simulator issue; each saves screenshots under test-results/e2e/.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../dev/simulator/drive/chromium";
import { startTestSimulator } from "../../dev/simulator/drive/simulator";
import { alertText, chips, eventually, fillDraft, openSimulator, pane, pressSend, screenshot, sentMails, takeAction } from "../../dev/simulator/drive/compose";
import type { RunningSimulator } from "../../dev/simulator/server/server";

// Generous: under `npm test` the other suites share the two cores with Chromium.
jest.setTimeout(120000);

// Synthetic CPR numbers (valid modulus 11, no real person behind them).
const CPR = "070761-4285";
const CPR_DIGITS = "0707614285";
const CPR_MASKED = "070761-XXXX";
const CASEWORKER = "mette.sorensen@randers.dk";
const SECURE_MAILBOX = "sikkerpost@randers.dk";
const TEN_DIGITS = /\d{6}[-\s]?\d{4}/;

let browser: Browser;
let server: RunningSimulator;

beforeAll(async () => {
  // The production build of the add-in (reused when nothing changed) and Chromium, once per run.
  [server, browser] = await Promise.all([startTestSimulator(), launchChromium()]);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withSimulator(policy: string, run: (page: Page) => Promise<void>, lang = "da-DK"): Promise<void> {
  const { context, page, errors } = await openSimulator(browser, server.loopbackUrl, policy, lang);
  try {
    await run(page);
  } finally {
    await context.close();
  }
  // Neither the simulator nor the add-in may throw or log errors along the way.
  expect(errors).toEqual([]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include("[data-testid=taskpane]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("1. the incident: CPR number to anders.dk is stopped, fixed to randers.dk in one click, then sent", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, {
      to: '"Ole Sagsbehandler" <sagsbehandler@anders.dk>',
      subject: "Sag 2026-114 – oplysninger til brug for afgørelse",
      body: `Hej Ole\n\nHer er oplysningerne om borgeren med CPR-nr. ${CPR}, som vi talte om.\n\nVenlig hilsen\nMette`,
    });
    await screenshot(page, "1-incident-compose");

    expect(await pressSend(page)).toBe("alert");
    const message = await alertText(page);
    expect(message).toContain(CPR_MASKED);
    expect(message).toContain("randers.dk");
    expect(message).not.toContain(CPR_DIGITS.slice(6));
    await screenshot(page, "1-incident-alert");

    const p = await takeAction(page);
    const lookalike = p.locator("[data-testid=finding][data-kind=lookalike]");
    expect(await lookalike.getAttribute("data-severity")).toBe("block");
    const fix = lookalike.getByTestId("fix-domain");
    expect(await fix.innerText()).toContain("sagsbehandler@randers.dk");
    await screenshot(page, "1-incident-pane");

    await fix.click();
    expect(await eventually(() => chips(page, "to"), (to) => to[0] === "sagsbehandler@randers.dk")).toEqual(["sagsbehandler@randers.dk"]);
    await screenshot(page, "1-incident-fixed");

    expect(await pressSend(page)).toBe("sent");
    const [mail] = await sentMails(page);
    expect(mail?.to.map((r) => r.emailAddress)).toEqual(["sagsbehandler@randers.dk"]);
    expect(mail?.subject).toBe("Sag 2026-114 – oplysninger til brug for afgørelse");
    expect(await page.getByTestId("sent-item").count()).toBe(1);
    await screenshot(page, "1-incident-sent");
  });
});

test("2. a citizen at a private address: Digital Post through the gateway, from the secure mailbox only", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, {
      from: CASEWORKER,
      to: '"Jens Borger" <jens.borger@gmail.com>',
      cc: "kollega@randers.dk",
      bcc: "arkiv@randers.dk",
      subject: `Afgørelse om boligstøtte – ${CPR}`,
      body: `Kære Jens\n\nDit CPR-nummer ${CPR} er registreret i sagen.\n\nMed venlig hilsen\nRanders Kommune`,
    });
    await screenshot(page, "2-digital-post-compose");
    expect(await pressSend(page)).toBe("alert");
    expect(await alertText(page)).toContain(CPR_MASKED);
    await screenshot(page, "2-digital-post-alert");

    const p = await takeAction(page);
    await p.getByTestId("route-digital-post").first().click();
    // Wrong sender: instructions to switch to the secure mailbox, and nothing rewritten.
    const panel = p.getByTestId("digital-post-panel");
    await panel.waitFor();
    expect(await panel.getAttribute("data-step")).toBe("switch-sender");
    expect(await panel.innerText()).toContain(SECURE_MAILBOX);
    expect(await chips(page, "to")).toEqual(["jens.borger@gmail.com"]);
    await screenshot(page, "2-digital-post-pane-switch-sender");

    await page.getByTestId("compose-from").selectOption(SECURE_MAILBOX);
    await p.getByTestId("route-digital-post").first().click();
    const gateway = `${CPR_DIGITS}@randers.mitdk.digital-post.dk`;
    expect(await eventually(() => chips(page, "to"), (to) => to[0] === gateway)).toEqual([gateway]);
    expect(await eventually(() => chips(page, "cc"), (cc) => cc.length === 0)).toEqual([]);
    expect(await chips(page, "bcc")).toEqual([]);
    expect(await eventually(() => page.getByTestId("compose-subject").inputValue(), (s) => !TEN_DIGITS.test(s))).toBe(
      `Afgørelse om boligstøtte – ${CPR_MASKED}`,
    );
    await screenshot(page, "2-digital-post-pane-routed");

    expect(await pressSend(page)).toBe("sent");
    const [mail] = await sentMails(page);
    expect(mail?.from.emailAddress).toBe(SECURE_MAILBOX);
    expect(mail?.to.map((r) => r.emailAddress)).toEqual([gateway]);
    expect(mail?.cc).toEqual([]);
    expect(mail?.bcc).toEqual([]);
    expect(mail?.subject).not.toMatch(TEN_DIGITS);
    await screenshot(page, "2-digital-post-sent");
  });
});

test("3. a deliberate confirmation with a reason is sent with the x-sendevagt stamp; a changed recipient is stopped again", async () => {
  await withSimulator("randers", async (page) => {
    const content = {
      to: "borger@gmail.com",
      subject: "Svar på din henvendelse",
      body: `Kære borger\n\nSom aftalt i telefonen: dit CPR-nummer ${CPR} står nu korrekt i sagen.`,
    };
    await fillDraft(page, content);
    await screenshot(page, "3-confirm-compose");
    expect(await pressSend(page)).toBe("alert");
    await screenshot(page, "3-confirm-alert");

    const p = await takeAction(page);
    expect(await p.locator("[data-testid=finding][data-kind=cpr-external]").count()).toBe(1);
    await p.getByTestId("confirm-checkbox").check();
    await p.getByTestId("confirm-reason").selectOption("citizen-request");
    await screenshot(page, "3-confirm-pane");
    await p.getByTestId("confirm-submit").click();
    // "Tryk Send igen": the confirmation is stored (the status before it names "Sendevagt" too).
    await p.getByTestId("status").filter({ hasText: /Send igen/ }).first().waitFor({ timeout: 10000 });
    await screenshot(page, "3-confirm-pane-confirmed");

    expect(await pressSend(page)).toBe("sent");
    const [mail] = await sentMails(page);
    expect(mail?.to.map((r) => r.emailAddress)).toEqual(["borger@gmail.com"]);
    const stamp = mail?.headers["x-sendevagt"] ?? "";
    expect(stamp).toMatch(/result=confirmed/);
    expect(stamp).toMatch(/reason=citizen-request/);
    expect(stamp).toMatch(/rules=[^;]*cpr-external/);
    expect(stamp).not.toMatch(/\d{6}/);
    expect(stamp).not.toContain("borger@gmail.com");
    await screenshot(page, "3-confirm-sent");

    // A new draft with the same content to another recipient: the earlier confirmation does not carry over.
    await fillDraft(page, { ...content, to: "borger.jensen@hotmail.com" });
    expect(await pressSend(page)).toBe("alert");
    await screenshot(page, "3-confirm-new-draft-alert");
    await page.getByTestId("smart-alert-cancel").click();
    expect(await sentMails(page)).toHaveLength(1);
  });
});

test("3b. confirming, then adding a recipient to the same draft stops it again; Take Action updates the open pane", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `CPR-nummer ${CPR} er rettet.` });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    await p.getByTestId("confirm-checkbox").check();
    await p.getByTestId("confirm-reason").selectOption("citizen-request");
    await p.getByTestId("confirm-submit").click();
    await p.getByTestId("status").filter({ hasText: /Send igen/ }).first().waitFor({ timeout: 10000 });

    await fillDraft(page, { cc: "nabo@yahoo.dk" });
    expect(await pressSend(page)).toBe("alert");
    // The pane is still open: Outlook passes the new context with InitializationContextChanged.
    await page.getByTestId("smart-alert-action").click();
    const finding = p.locator("[data-testid=finding][data-kind=cpr-external]");
    expect(await eventually(() => finding.innerText(), (text) => text.includes("nabo@yahoo.dk"))).toContain("nabo@yahoo.dk");
    expect(await page.locator("[data-testid=taskpane]").count()).toBe(1);
    expect(await sentMails(page)).toHaveLength(0);
  });
});

test("4. internal mail without CPR numbers, and CPR numbers to a trusted partner authority, go with no alert", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, { to: "kollega@randers.dk", subject: "Frokost fredag", body: "Skal vi spise sammen fredag kl. 12?" });
    await page.getByTestId("attach-input").setInputFiles({ name: "menu.txt", mimeType: "text/plain", buffer: Buffer.from("Smørrebrød og kaffe") });
    await page.locator("[data-testid=attachment][data-name='menu.txt']").waitFor();
    await screenshot(page, "4-allowed-compose");
    expect(await pressSend(page)).toBe("sent");
    expect(await page.getByTestId("smart-alert").count()).toBe(0);

    await fillDraft(page, {
      to: '"Aarhus Kommune, Borgerservice" <borgerservice@aarhus.dk>',
      subject: "Flytning af sag",
      body: `Borgeren med CPR-nr. ${CPR} flytter til jeres kommune pr. 1. december.`,
    });
    expect(await pressSend(page)).toBe("sent");
    const mails = await sentMails(page);
    expect(mails.map((m) => m.to[0]?.emailAddress)).toEqual(["kollega@randers.dk", "borgerservice@aarhus.dk"]);
    expect(mails.map((m) => m.attachments)).toEqual([["menu.txt"], []]);
    expect(mails[1]?.headers["x-sendevagt"]).toMatch(/result=allow/);
    await screenshot(page, "4-allowed-sent");
  });
});

test.each([
  ["broken-json", /JSON/],
  ["broken-schema", /organization\.domains\[0\]/],
])("5. a broken policy.json (%s): the simulator shows the error and the mail is still checked with defaults", async (policy, detail) => {
  await withSimulator(policy, async (page) => {
    const banner = page.getByTestId("policy-error");
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(detail);
    await fillDraft(page, { to: "borger@gmail.com", subject: "Afgørelse", body: `CPR-nummer ${CPR}` });
    await screenshot(page, `5-${policy}-compose`);
    expect(await pressSend(page)).toBe("alert");
    expect(await alertText(page)).toContain(CPR_MASKED);
    await screenshot(page, `5-${policy}-alert`);
    const p = await takeAction(page);
    expect(await p.locator("[data-testid=finding][data-kind=cpr-external]").count()).toBe(1);
    // The pane says it fell back to the defaults (organisation = the sender's domain).
    await p.getByTestId("policy-fallback").waitFor();
    expect(await p.getByTestId("finding").first().innerText()).toContain("randers.dk");
    await screenshot(page, `5-${policy}-pane`);
    expect(await sentMails(page)).toHaveLength(0);
  });
});

async function axeStates(policy: string, visit: (page: Page, found: Record<string, string[]>) => Promise<void>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await withSimulator(policy, (page) => visit(page, found));
  return found;
}

test("6a. axe on the pane: opened from the ribbon, with findings, and after a fix — no serious or critical violations", async () => {
  const found = await axeStates("randers", async (page, found) => {
    // Opened from the ribbon on a clean mail: nothing to report.
    await fillDraft(page, { to: "kollega@randers.dk", subject: "Hej", body: "Intet følsomt her." });
    await page.getByTestId("ribbon-addin").click();
    await pane(page).getByTestId("status").first().waitFor({ timeout: 15000 });
    found["clean"] = await seriousViolations(page);
    await screenshot(page, "6-axe-clean");
    await page.getByTestId("ribbon-addin").click(); // closes the pane

    // Findings from the Smart Alert (lookalike + CPR), then the fixed state.
    await fillDraft(page, { to: "sagsbehandler@anders.dk", body: `CPR-nr. ${CPR}` });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    found["findings"] = await seriousViolations(page);
    await screenshot(page, "6-axe-findings");
    await p.getByTestId("fix-domain").first().click();
    await eventually(() => chips(page, "to"), (to) => to.includes("sagsbehandler@randers.dk"));
    await p.getByTestId("status").first().waitFor();
    found["fixed"] = await seriousViolations(page);
    await screenshot(page, "6-axe-fixed");
  });
  expect(found).toEqual({ clean: [], findings: [], fixed: [] });
});

test("6b. axe on the pane: confirmation with validation errors, and Digital Post instructions — no serious or critical violations", async () => {
  const found = await axeStates("randers", async (page, found) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `CPR-nr. ${CPR}` });
    expect(await pressSend(page)).toBe("alert");
    const p = await takeAction(page);
    await p.getByTestId("confirm-submit").click(); // nothing ticked: the form shows its errors
    found["confirm-errors"] = await seriousViolations(page);
    await screenshot(page, "6-axe-confirm-errors");
    await p.getByTestId("route-digital-post").first().click();
    await p.getByTestId("digital-post-panel").waitFor();
    found["digital-post-switch-sender"] = await seriousViolations(page);
    await screenshot(page, "6-axe-digital-post");
  });
  expect(found).toEqual({ "confirm-errors": [], "digital-post-switch-sender": [] });
});

test("6c. the simulator page itself (compose window and Smart Alert) has no serious or critical axe violations", async () => {
  await withSimulator("randers", async (page) => {
    const check = async () =>
      (await new AxeBuilder({ page }).exclude("[data-testid=taskpane]").analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `CPR-nr. ${CPR}` });
    expect(await check()).toEqual([]);
    expect(await pressSend(page)).toBe("alert");
    expect(await check()).toEqual([]);
    // The dialog takes focus, as Outlook's does, so a keyboard user lands on its first button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("smart-alert-action");
  });
});

test("7. Outlook in English: the alert, its buttons and the pane speak English", async () => {
  await withSimulator(
    "randers",
    async (page) => {
      await fillDraft(page, { to: "sagsbehandler@anders.dk", subject: "Case 2026-114", body: `CPR no. ${CPR}` });
      expect(await pressSend(page)).toBe("alert");
      const message = await alertText(page);
      expect(message).toContain(CPR_MASKED);
      expect(message).toMatch(/stopped|looks like|not sent/i);
      expect(await page.getByTestId("smart-alert-cancel").innerText()).toBe("Don't Send");
      await screenshot(page, "7-english-alert");
      const p = await takeAction(page);
      expect(await p.getByTestId("fix-domain").first().innerText()).toBe("Change to sagsbehandler@randers.dk");
      await screenshot(page, "7-english-pane");
    },
    "en-US",
  );
});

// Issue 12: what was not read was not checked — a failed read is a stop that says what could not
// be read, never Send Anyway (this test used to expect Send Anyway).
test("8. an Office error while checking: the handler still answers, stops the mail and says what it could not read", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Svar", body: `CPR-nr. ${CPR}` });
    await page.getByTestId("fault-select").selectOption("body.getAsync");
    expect(await pressSend(page)).toBe("alert");
    expect(await page.getByTestId("smart-alert-send-anyway").count()).toBe(0);
    expect(await alertText(page)).toContain("Sendevagt kunne ikke læse teksten i mailen");
    await screenshot(page, "8-office-error-alert");
    await page.getByTestId("smart-alert-cancel").click();
    // The next send reads the item normally again and stops the mail as usual.
    expect(await pressSend(page)).toBe("alert");
    expect(await page.getByTestId("smart-alert-send-anyway").count()).toBe(0);
    expect(await alertText(page)).toContain(CPR_MASKED);
    await page.getByTestId("smart-alert-cancel").click();
    expect(await sentMails(page)).toHaveLength(0);
  });
});

test("9. a CPR number in a file attached with the file picker is found, and the alert names the file", async () => {
  await withSimulator("randers", async (page) => {
    await fillDraft(page, { to: "borger@gmail.com", subject: "Referat", body: "Hej, referatet fra mødet er vedhæftet." });
    await page.getByTestId("attach-input").setInputFiles({
      name: "referat-moede.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`Referat\n\nBorgerens CPR-nr.: ${CPR}\nAftale om opfølgning.\n`, "utf8"),
    });
    await page.locator("[data-testid=attachment][data-name='referat-moede.txt']").waitFor();
    expect(await pressSend(page)).toBe("alert");
    const message = await alertText(page);
    expect(message).toContain("referat-moede.txt");
    expect(message).toContain(CPR_MASKED);
    await screenshot(page, "9-attachment-alert");
    const p = await takeAction(page);
    const finding = p.locator("[data-testid=finding][data-kind=cpr-external]");
    expect(await finding.innerText()).toContain("referat-moede.txt");
    await screenshot(page, "9-attachment-pane");
  });
});

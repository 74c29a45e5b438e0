/** @jest-environment jsdom */
// "Vis og ret" after a stop: the pane first shows the send handler's own verdict (kept in the
// draft's sessionData), with its buttons off, and then its own check of the mail — through the
// production adapter, the real handler and the real core.
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import { createFakeComposeItem, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { syntheticCpr } from "../../dev/testing/synthetic-cpr";
import { htmlToText, type Verdict } from "../detection";
import type { ComposeItem } from "../outlook";
import { SNAPSHOT_KEY } from "../outlook/pane-snapshot";
import { App } from "./components/App";
import { PaneController } from "./controller";
import type { PaneEvent } from "./model";
import { createOfficeServices } from "./office-services";
import type { PaneServices } from "./services";
import { pressSend, seriousViolations, testPolicy, TODAY } from "./test-support";

const CPRS = [syntheticCpr("010203"), syntheticCpr("150788")];

const mail = (): FakeComposeInit => ({
  from: { emailAddress: "anna.jensen@randers.dk" },
  to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
  subject: "Afgørelse",
  bodyHtml: `<p>Kære borger</p><p>Sagen om ${CPRS[0]} og ${CPRS[1]} er afgjort.</p>`,
});

function services(fake: ReturnType<typeof createFakeComposeItem>, over: Partial<PaneServices> = {}): PaneServices {
  const policy = testPolicy();
  const real = createOfficeServices({
    item: fake.item as unknown as ComposeItem,
    displayLanguage: "da-DK",
    policyLoader: { load: async () => ({ policy, problem: null, source: "network" }) },
    htmlToText,
    openUrl: () => undefined,
    now: () => TODAY,
  });
  return { ...real, ...over };
}

async function open(s: PaneServices): Promise<PaneEvent[]> {
  const events: PaneEvent[] = [];
  const controller = new PaneController(s, (e) => events.push(e));
  await controller.start();
  controller.stop();
  return events.filter((e) => e.type === "loaded" || e.type === "rechecked");
}

const verdictOf = (e: PaneEvent | undefined): Verdict => (e as { verdict: Verdict }).verdict;

/** What the caseworker sees of a verdict: each finding's rule and severity, counts and masks in order. */
const summary = (v: Verdict) =>
  [v.action, v.findings.map((f) => [f.rule, f.severity, "cprs" in f ? [f.occurrenceCount, f.cprCount, f.cprs.map((c) => [c.masked, c.location.part])] : []])];

describe("the pane's first view after a stop", () => {
  test("is the handler's verdict, then the pane's own check of the same mail agrees with it", async () => {
    const fake = createFakeComposeItem(mail());
    expect((await pressSend(fake, testPolicy()))?.allowEvent).toBe(false);
    const stored = fake.inspect().sessionData![SNAPSHOT_KEY]!;
    for (const n of CPRS) {
      expect(stored).not.toContain(n);
      expect(stored).not.toContain(n.slice(0, 6) + n.slice(7));
    }
    expect(stored).toContain("010203-XXXX");

    const [first, second] = await open(services(fake));
    expect(first).toMatchObject({ type: "loaded", verifying: true, origin: "ribbon" });
    expect(second).toMatchObject({ type: "rechecked" });
    // The same findings, people and order; the first view tells people apart by order, not hash.
    expect(summary(verdictOf(first))).toEqual(summary(verdictOf(second)));
    expect(Object.values(first!.people ?? {})).toEqual(Object.values(second!.people ?? {}));
    expect(Object.keys(first!.people ?? {})).toEqual(["p1", "p2"]);
  });

  test.each([
    ["a Cc added after the stop", (f: ReturnType<typeof createFakeComposeItem>) => f.user.addRecipient("cc", "kollega@randers.dk")],
    ["the body edited after the stop", (f: ReturnType<typeof createFakeComposeItem>) => f.user.setBody("<p>Kære borger</p>")],
  ])("is the pane's own check when the draft changed: %s", async (_what, change) => {
    const fake = createFakeComposeItem(mail());
    await pressSend(fake, testPolicy());
    change(fake);
    const events = await open(services(fake));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "loaded" });
    expect(events[0]).not.toHaveProperty("verifying");
  });

  test("is not written where the alert cannot open the pane (Mailbox 1.13), nor for a mail that went", async () => {
    const old = createFakeComposeItem(mail());
    expect((await pressSend(old, testPolicy(), "1.13"))?.allowEvent).toBe(false);
    expect(old.inspect().sessionData).not.toHaveProperty(SNAPSHOT_KEY);
    const clean = createFakeComposeItem({ ...mail(), to: ["kollega@randers.dk"] });
    expect(await pressSend(clean, testPolicy())).toEqual({ allowEvent: true });
    expect(clean.inspect().sessionData).not.toHaveProperty(SNAPSHOT_KEY);
  });

  test("a stop goes out even when the snapshot cannot be stored", async () => {
    const fake = createFakeComposeItem(mail());
    fake.failNext("sessionData.setAsync");
    expect((await pressSend(fake, testPolicy()))?.allowEvent).toBe(false);
    expect(fake.inspect().sessionData).not.toHaveProperty(SNAPSHOT_KEY);
  });

  test("shows the findings at once, says they are being checked, and keeps the buttons off until then", async () => {
    const fake = createFakeComposeItem(mail());
    await pressSend(fake, testPolicy());
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const real = services(fake);
    render(<App services={{ ...real, readMessage: async (p) => (await held, real.readMessage(p)) }} />);
    await waitFor(() => expect(screen.getAllByTestId("cpr-person")).toHaveLength(2));
    expect(screen.getByTestId("status")).toHaveTextContent("Det er fundene fra, da du trykkede Send.");
    expect(document.querySelector("main")).toHaveAttribute("aria-busy", "true");
    const buttons = screen.getAllByRole("button").filter((b) => b.closest("[data-testid=finding]"));
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(b).toHaveAttribute("aria-disabled", "true");
    // Still reachable by keyboard (disabledFocusable), and nothing serious for axe.
    buttons[0]!.focus();
    expect(buttons[0]).toHaveFocus();
    expect(await seriousViolations(document.body)).toEqual([]);
    release();
    await waitFor(() => expect(document.querySelector("main")).toHaveAttribute("aria-busy", "false"));
    expect(screen.getByTestId("status")).not.toHaveTextContent("Det er fundene fra");
    for (const b of screen.getAllByRole("button").filter((x) => x.closest("[data-testid=finding]"))) expect(b).not.toHaveAttribute("aria-disabled", "true");
  });
});

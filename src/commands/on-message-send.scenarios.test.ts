// The send scenarios against the real detection core and policy parser, through the fake
// compose item. Each asserts that `completed` was called exactly once, with the expected options.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeMessage, defaultPolicy, htmlToText, parsePolicy } from "../detection";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { officeHost } from "../outlook/office-host";
import { createPolicyLoader } from "../outlook/policy-loader";
import { readMessage } from "../outlook/read-message";
import { getOrCreateSalt, writeConfirmation } from "../outlook/session";
import { createSendHandler } from "./on-message-send";

const randersPolicy = readFileSync(join(__dirname, "../../examples/policy.randers.json"), "utf8");
// Synthetic CPR numbers with a valid modulus-11 check digit.
const CPR_A = "010203-1008";
const CPR_B = "150585-1001";

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
const serve = (status: number, body: string, delayMs = 0): Fetch => () =>
  new Promise((resolve) => setTimeout(() => resolve({ ok: status === 200, status, text: async () => body }), delayMs));

function setup(item: FakeComposeInit, options: { fetch?: Fetch; displayLanguage?: string; timeoutMs?: number } = {}) {
  const fake = createFakeComposeItem({ from: { emailAddress: "sagsbehandler@randers.dk", displayName: "Sagsbehandler" }, ...item });
  const office = createFakeOffice({ item: fake.item, displayLanguage: options.displayLanguage ?? "da-DK", requirementSets: { Mailbox: "1.15" } });
  const loader = createPolicyLoader({ url: "https://localhost:3000/policy.json", parse: parsePolicy, fetch: options.fetch ?? serve(200, randersPolicy), timeoutMs: options.timeoutMs });
  const handler = createSendHandler({ host: () => officeHost(office), loadPolicy: () => loader.load(), analyzeMessage, defaultPolicy, htmlToText });
  async function send() {
    const ev = createFakeSendEvent();
    await handler(ev.event);
    expect(ev.completions).toHaveLength(1);
    return ev.completions[0] as Record<string, unknown>;
  }
  /** What the task pane does on "Bekræft": same reading, same salt, store the fingerprint. */
  async function confirmAsPane() {
    const policy = parsePolicy(JSON.parse(randersPolicy));
    const salt = await getOrCreateSalt(fake.item);
    const verdict = analyzeMessage(await readMessage(fake.item, { htmlToText, limits: policy.attachments }), policy, { salt });
    expect(verdict.action).toBe("confirm");
    await writeConfirmation(fake.item, { fingerprint: verdict.fingerprint, salt, reason: "citizen-request", at: new Date().toISOString() });
  }
  return { fake, send, confirmAsPane };
}

describe("send scenarios with the real core", () => {
  it("lets internal mail with a CPR number go", async () => {
    const s = setup({ to: ["kollega@randers.dk"], subject: "Sag", bodyHtml: `<p>Borgerens CPR: ${CPR_A}</p>` });
    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=allow; policy=2026-11-01$/);
  });

  it("stops a CPR number to an external address with a masked Danish alert", async () => {
    const s = setup({ to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }], subject: "Din sag", bodyHtml: `<p>CPR-nr.: ${CPR_A}</p>` });
    const options = await s.send();
    expect(options).toMatchObject({ allowEvent: false, cancelLabel: "Vis og ret", commandId: "msgComposeOpenPaneButton" });
    expect(options.errorMessage).toBe(
      "Sendevagt har stoppet mailen:\n• CPR-nummer 010203-XXXX sendes uden for organisationen til borger@gmail.com.\nVælg »Vis og ret« for at rette eller bekræfte.",
    );
    expect(options.errorMessageMarkdown).toContain("**Sendevagt har stoppet mailen:**");
    expect(JSON.stringify(options)).not.toContain("1008");
    expect(options.contextData).not.toMatch(/[0-9]/);
    expect(s.fake.inspect().headers).toEqual({});
  });

  it("stops the anders.dk mistake, naming randers.dk", async () => {
    const s = setup({ to: ["jens.hansen@anders.dk"], subject: "Aftale", bodyHtml: "<p>Hej Jens, se vedhæftede.</p>" });
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/jens\.hansen@anders\.dk ligner randers\.dk/);
    expect(JSON.parse(options.contextData as string).rules).toContain("lookalike");
  });

  it("lets a confirmed, unchanged mail go and stamps it as confirmed", async () => {
    const s = setup({ to: ["borger@gmail.com"], subject: "Din sag", bodyHtml: `<p>CPR-nr.: ${CPR_A}</p>` });
    expect((await s.send()).allowEvent).toBe(false);
    await s.confirmAsPane();
    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=confirmed; policy=2026-11-01; rules=cpr-external; reason=citizen-request$/);
  });

  it("stops a confirmed mail again when a recipient is added afterwards", async () => {
    const s = setup({ to: ["borger@gmail.com"], subject: "Din sag", bodyHtml: `<p>CPR-nr.: ${CPR_A}</p>` });
    await s.confirmAsPane();
    s.fake.user.addRecipient("cc", "nabo@hotmail.com");
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("nabo@hotmail.com");
  });

  it("stops an external CPR mail when the draft has no sessionData", async () => {
    const s = setup({ sessionData: undefined, to: ["borger@gmail.com"], bodyHtml: `<p>CPR ${CPR_A}</p>` });
    expect(await s.send()).toMatchObject({ allowEvent: false, commandId: "msgComposeOpenPaneButton" });
  });

  it("speaks English to an English Outlook", async () => {
    const s = setup({ to: ["borger@gmail.com"], bodyHtml: `<p>CPR ${CPR_A}</p>` }, { displayLanguage: "en-US" });
    expect((await s.send()).errorMessage).toMatch(/^Sendevagt stopped this mail:\n• CPR number 010203-XXXX would leave the organisation to borger@gmail\.com\./);
  });
});

describe("people with the same birthday", () => {
  test("the alert tells the two numbers apart by their order and the words before them, never by digits", async () => {
    const s = setup({ to: ["borger@gmail.com"], bodyHtml: "<p>Barn: 070761-1006</p><p>Ægtefælle: 070761-1014</p>" });
    const options = await s.send();
    expect(options.errorMessage).toContain("070761-XXXX (1., efter »Barn:«)");
    expect(options.errorMessage).toContain("070761-XXXX (2., efter »Ægtefælle:«)");
    expect(options.errorMessage).not.toMatch(/1006|1014/);
  });
});

describe("policy.json problems: still checks with the sender's defaults", () => {
  it.each([
    ["missing (404)", serve(404, "Not Found")],
    ["invalid JSON", serve(200, "{ \"organization\": ")],
    ["invalid schema", serve(200, JSON.stringify({ organization: { name: "Randers", domains: [] }, bogus: 1 }))],
    ["slow", serve(200, randersPolicy, 400)],
  ])("%s", async (label, fetch) => {
    const s = setup({ to: ["borger@gmail.com"], bodyHtml: `<p>CPR ${CPR_A}</p>` }, { fetch, timeoutMs: 100 });
    const started = Date.now();
    const options = await s.send();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("010203-XXXX");
    // No policy.json at all is the supported zero-config mode: nothing for IT to fix, so no note.
    if (label.startsWith("missing")) expect(options.errorMessage).not.toContain("policy.json");
    else expect(options.errorMessage).toContain("policy.json kunne ikke bruges; standardregler er brugt.");
    // and internal mail still goes under the zero-config defaults (sender's domain = organisation)
    const internal = setup({ to: ["kollega@randers.dk"], bodyHtml: `<p>CPR ${CPR_A}</p>` }, { fetch, timeoutMs: 100 });
    expect(await internal.send()).toEqual({ allowEvent: true });
    expect(internal.fake.inspect().headers["x-sendevagt"]).toContain("policy=zero-config");
  });
});

describe("size", () => {
  it("checks a 20 MB body and completes once", async () => {
    const filler = "<p>Dette er en lang sagsfremstilling uden personnumre, afsnit for afsnit.</p>\n";
    const body = filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length)) + `<p>CPR ${CPR_B}</p>`;
    expect(body.length).toBeGreaterThan(20 * 1024 * 1024);
    const s = setup({ to: ["borger@gmail.com"], bodyHtml: body });
    const started = Date.now();
    const options = await s.send();
    const ms = Date.now() - started;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("150585-XXXX");
    expect(ms).toBeLessThan(15000);
  }, 30000);

  it("checks 500 recipients, stops on the one external, within 500 characters", async () => {
    const to = Array.from({ length: 499 }, (_, i) => `medarbejder${i}@randers.dk`).concat("borger@gmail.com");
    const s = setup({ to, bcc: Array.from({ length: 150 }, (_, i) => `b${i}@randers.dk`), bodyHtml: `<p>CPR ${CPR_A}</p>` });
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("borger@gmail.com");
    expect((options.errorMessage as string).length).toBeLessThanOrEqual(500);
    expect(s.fake.maxInFlight).toBeLessThanOrEqual(3);
  });
});

/** @jest-environment jsdom */
// The pane against the shared fake compose item, through the production adapter and the real
// core: each fix changes the item as intended, confirmation works with the send handler, focus
// and keyboard, language, and axe on each state.
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { CONFIRMATION_KEY, SALT_KEY } from "../outlook";
import { pressSend, renderPane, seriousViolations, testPolicy } from "./test-support";

// Synthetic CPR numbers; the "CPR" keyword before them is their evidence.
const CITIZEN = "010203-4127"; // born 2003-02-01
const OTHER = "150565-1234"; // born 1965-05-15

/** An edit made in Outlook (outside the pane): its RecipientsChanged re-check settles inside act. */
async function outlookEdit(edit: () => void): Promise<void> {
  await act(async () => {
    edit();
    await new Promise((r) => setTimeout(r, 50));
  });
}

const finding = (kind: string) =>
  screen.getAllByTestId("finding").find((el) => el.getAttribute("data-kind") === kind) ?? null;

describe("lookalike recipients", () => {
  const item = {
    from: { emailAddress: "anna.jensen@randers.dk", displayName: "Anna Jensen" },
    to: [{ emailAddress: "ole@randers.dk", displayName: "Ole Hansen" }],
    cc: [{ emailAddress: "sagsbehandler@anders.dk", displayName: "Sagsbehandler" }, "kollega@randers.dk"],
    subject: "Mødereferat",
    bodyHtml: "<p>Hej, referatet er vedhæftet.</p>",
  };

  test("shows what and where, and 'Ret til' rewrites the recipient in its own field, keeping the local part", async () => {
    const { fake, user } = await renderPane({ item });
    const card = finding("lookalike");
    expect(card).not.toBeNull();
    expect(card).toHaveAttribute("data-severity", "block");
    expect(within(card!).getByRole("heading", { level: 3 })).toHaveTextContent("anders.dk ligner randers.dk, men er et andet domæne");
    // The recipient and its field, named once.
    expect(within(card!).getByTestId("where")).toHaveTextContent("Modtager: Cc: Sagsbehandler <sagsbehandler@anders.dk>");
    const fix = within(card!).getByTestId("fix-domain");
    expect(fix).toHaveTextContent("Ret til sagsbehandler@randers.dk");

    await user.click(fix);

    await waitFor(() => expect(screen.queryAllByTestId("finding").filter((f) => f.dataset.kind === "lookalike")).toHaveLength(0));
    expect(fake.inspect()).toMatchObject({
      to: ["ole@randers.dk"],
      cc: ["sagsbehandler@randers.dk", "kollega@randers.dk"],
      bcc: [],
    });
    expect(fake.state.cc[0]?.displayName).toBe("Sagsbehandler");
    // The clear "press Send again" state, with focus on it.
    const status = screen.getByTestId("status");
    expect(status).toHaveTextContent("Tryk Send igen");
    expect(status).toHaveTextContent("sagsbehandler@anders.dk er rettet til sagsbehandler@randers.dk.");
    expect(document.activeElement).toBe(within(status).getByRole("heading", { level: 2 }));
    // Audit stamp: decision and rule, no address.
    const stamp = fake.state.headers["x-sendevagt"] ?? "";
    expect(stamp).toContain("decision=fixed-domain");
    expect(stamp).toContain("rules=lookalike");
    expect(stamp).not.toMatch(/@|anders/);
    // And the handler now lets it go.
    expect(await pressSend(fake, testPolicy())).toEqual({ allowEvent: true });
  });

  test("'Fjern modtager' removes only that recipient", async () => {
    const { fake, user } = await renderPane({ item });
    await user.click(within(finding("lookalike")!).getByTestId("remove-recipient"));
    await waitFor(() => expect(fake.inspect().cc).toEqual(["kollega@randers.dk"]));
    expect(fake.inspect().to).toEqual(["ole@randers.dk"]);
    expect(await screen.findByText("Fjernet: sagsbehandler@anders.dk.")).toBeInTheDocument();
    expect(fake.state.headers["x-sendevagt"]).toContain("decision=removed-recipient");
  });

  test("a failed write keeps the finding and says so", async () => {
    const { fake, user } = await renderPane({ item });
    fake.failNext("cc.setAsync");
    await user.click(within(finding("lookalike")!).getByTestId("fix-domain"));
    expect(await screen.findByText(/Ændringen kunne ikke gennemføres/)).toBeInTheDocument();
    expect(finding("lookalike")).not.toBeNull();
    expect(fake.inspect().cc).toEqual(["sagsbehandler@anders.dk", "kollega@randers.dk"]);
  });

  test("re-checks live when the caseworker changes the recipients in Outlook", async () => {
    const { fake } = await renderPane({ item });
    expect(finding("lookalike")).not.toBeNull();
    await outlookEdit(() => fake.user.removeRecipient("cc", "sagsbehandler@anders.dk"));
    await waitFor(() => expect(screen.queryAllByTestId("finding")).toHaveLength(0));
    expect(screen.getByTestId("status")).toHaveTextContent("Tryk Send igen");
  });
});

describe("CPR numbers to outside recipients", () => {
  const cprItem = (over: Record<string, unknown> = {}) => ({
    from: { emailAddress: "sikkerpost@randers.dk", displayName: "Sikker post" },
    to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
    cc: ["kollega@randers.dk"],
    bcc: ["advokat@firma.dk"],
    subject: `Afgørelse CPR ${CITIZEN}`,
    bodyHtml: `<p>Kære borger</p><p>Vedr. CPR-nr. ${CITIZEN}: Du får hermed afgørelsen.</p>`,
    ...over,
  });

  test("shows the number only masked, with birth date and age, and where it stands", async () => {
    await renderPane({ item: cprItem() });
    const card = finding("cpr-external")!;
    // One card for the CPR problem: the number in the subject makes it a must-fix.
    expect(card).toHaveAttribute("data-severity", "block");
    const people = within(card).getAllByTestId("cpr-person");
    expect(people).toHaveLength(1);
    expect(people[0]).toHaveTextContent("010203-XXXX – født 01.02.2003, 23 år");
    expect(document.body.textContent).not.toContain("4127");
    // The recipients and the places in the mail are named apart.
    expect(within(card).getByTestId("recipients")).toHaveTextContent(/Til: /);
    expect(within(card).getByTestId("recipients")).toHaveTextContent(/Bcc: /);
    expect(within(card).getByTestId("where")).toHaveTextContent(/selve mailen/);
  });

  test("'Send via Digital Post' (gateway): exact address, Cc/Bcc cleared, subject masked", async () => {
    const { fake, user } = await renderPane({ item: cprItem() });
    await user.click(within(finding("cpr-external")!).getByTestId("route-digital-post"));
    await waitFor(() => expect(fake.inspect().to).toEqual(["0102034127@randers.mitdk.digital-post.dk"]));
    expect(fake.inspect()).toMatchObject({ cc: [], bcc: [], subject: "Afgørelse CPR 010203-XXXX" });
    expect(await screen.findByText(/Mailen er gjort klar til Digital Post via Randers Kommunes gateway/)).toBeInTheDocument();
    expect(screen.getByTestId("status")).toHaveTextContent("Tryk Send igen");
    const stamp = fake.state.headers["x-sendevagt"] ?? "";
    expect(stamp).toContain("decision=digital-post");
    expect(stamp).not.toContain("0102034127");
    expect(stamp).not.toMatch(/@/);
    expect(await pressSend(fake, testPolicy())).toEqual({ allowEvent: true });
  });

  test("several people: asks which citizen, then routes to that one", async () => {
    const { fake, user } = await renderPane({
      item: cprItem({ subject: "Afgørelse", bodyHtml: `<p>CPR ${CITIZEN}</p><p>Tidligere sag: CPR ${OTHER}</p>` }),
    });
    await user.click(within(screen.getAllByTestId("finding").find((f) => f.dataset.kind?.startsWith("cpr"))!).getByTestId("route-digital-post"));
    const panel = await screen.findByTestId("digital-post-panel");
    expect(panel).toHaveAttribute("data-step", "choose-person");
    expect(document.activeElement).toBe(within(panel).getByRole("heading", { level: 2 }));
    const radios = within(panel).getAllByRole("radio");
    expect(radios.map((r) => r.closest("span, div")?.textContent)).toEqual([
      expect.stringContaining("010203-XXXX – født 01.02.2003"),
      expect.stringContaining("150565-XXXX – født 15.05.1965"),
    ]);
    // Nothing is rewritten before the choice.
    expect(fake.inspect().to).toEqual(["borger@gmail.com"]);
    await user.click(radios[1]!);
    await user.click(within(panel).getByTestId("dp-choose-submit"));
    // The other person's number must not ride along unnoticed: mask it (or keep it with a reason).
    const others = await screen.findByTestId("dp-other-people");
    expect(within(others).getByTestId("dp-other-person")).toHaveTextContent("010203-XXXX");
    expect(fake.inspect().to).toEqual(["borger@gmail.com"]);
    await user.click(within(others).getByTestId("dp-mask-others"));
    await waitFor(() => expect(fake.inspect().to).toEqual(["1505651234@randers.mitdk.digital-post.dk"]));
    expect(fake.inspect()).toMatchObject({ cc: [], bcc: [] });
    expect(fake.state.bodyHtml).toContain("010203-XXXX");
    expect(fake.state.bodyHtml).not.toContain(CITIZEN);
  });

  test("wrong sender: explains how to switch, changes nothing", async () => {
    const { fake, user } = await renderPane({ item: cprItem({ from: { emailAddress: "anna.jensen@randers.dk" } }) });
    const before = fake.inspect();
    await user.click(within(finding("cpr-external")!).getByTestId("route-digital-post"));
    const panel = await screen.findByTestId("digital-post-panel");
    expect(panel).toHaveAttribute("data-step", "switch-sender");
    expect(panel).toHaveTextContent("Skift afsender først");
    expect(panel).toHaveTextContent(
      "Digital Post via Randers Kommunes gateway modtager kun mail fra sikkerpost@randers.dk. Mailen sendes nu fra anna.jensen@randers.dk.",
    );
    expect(panel).toHaveTextContent("Vælg sikkerpost@randers.dk.");
    expect(within(panel).getByRole("link", { name: "Se IT's vejledning i at skifte afsender" })).toHaveAttribute(
      "href",
      "https://intra.randers.dk/it/sikker-post-fra-outlook",
    );
    expect(fake.inspect()).toEqual(before);
    expect(fake.calls.filter((c) => c.method.endsWith("setAsync") && !c.method.startsWith("sessionData"))).toEqual([]);
  });

  test("portal route: opens the configured page, keeps the draft", async () => {
    const policy = testPolicy({
      digitalPost: { type: "portal", name: "Digital Post-portalen", url: "https://post.randers.dk/send", gatewayDomains: [] },
    });
    const { fake, user, openUrl } = await renderPane({ item: cprItem(), policy });
    const before = fake.inspect();
    await user.click(within(finding("cpr-external")!).getByTestId("route-digital-post"));
    expect(await screen.findByTestId("dp-portal")).toHaveTextContent("Digital Post-portalen er åbnet i din browser.");
    expect(openUrl).toHaveBeenCalledWith("https://post.randers.dk/send");
    expect(fake.inspect()).toEqual(before);
  });

  test("instructions route: shows IT's guide link", async () => {
    const policy = testPolicy({
      digitalPost: { type: "instructions", name: "Sikker post", url: "https://intra.randers.dk/sikker-post", gatewayDomains: [] },
    });
    const { user, openUrl } = await renderPane({ item: cprItem(), policy });
    await user.click(within(finding("cpr-external")!).getByTestId("route-digital-post"));
    const guide = await screen.findByTestId("dp-guide");
    const link = within(guide).getByRole("link", { name: "Åbn vejledningen" });
    expect(link).toHaveAttribute("href", "https://intra.randers.dk/sikker-post");
    await screen.findByTestId("dp-guide");
    link.click();
    expect(openUrl).toHaveBeenCalledWith("https://intra.randers.dk/sikker-post");
  });

  test("a number only in the quoted earlier mail says so", async () => {
    await renderPane({
      item: cprItem({
        subject: "SV: Din ansøgning",
        bodyHtml: `<p>Tak, vi vender tilbage.</p><p>-----Original Message-----<br>Fra: Borger &lt;borger@gmail.com&gt;<br>Sendt: 20. november 2026<br>Emne: Ansøgning</p><p>Mit CPR-nr. er ${CITIZEN}.</p>`,
      }),
    });
    const card = finding("cpr-external")!;
    expect(within(card).getByTestId("where")).toHaveTextContent("kun i den citerede tidligere mail");
    expect(within(card).getByTestId("cpr-person")).toHaveTextContent("(kun i den citerede tidligere mail)");
  });

  test("Take Action on an already open pane re-reads the mail and says it was stopped", async () => {
    const { fake } = await renderPane({
      item: { initializationContext: null, from: { emailAddress: "anna@randers.dk" }, to: ["ole@randers.dk"], bodyHtml: "<p>Hej</p>" },
    });
    expect(screen.getByTestId("status")).toHaveTextContent("Ingen problemer fundet");
    fake.user.setBody(`<p>CPR-nr. ${CITIZEN}</p>`);
    await outlookEdit(() => fake.user.addRecipient("to", "borger@gmail.com"));
    await outlookEdit(() => fake.setInitializationContext(JSON.stringify({ source: "sendevagt", action: "confirm", rules: ["cpr-external"] })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Mailen er ikke sendt"));
    expect(finding("cpr-external")).not.toBeNull();
  });

  test("removing the outside recipients leaves the internal ones", async () => {
    const { fake, user } = await renderPane({ item: cprItem({ subject: "Afgørelse" }) });
    const remove = within(finding("cpr-external")!).getByTestId("remove-recipient");
    expect(remove).toHaveTextContent("Fjern eksterne modtagere (2)");
    await user.click(remove);
    await waitFor(() => expect(fake.inspect()).toMatchObject({ to: [], cc: ["kollega@randers.dk"], bcc: [] }));
  });
});

describe("confirmation", () => {
  const item = {
    from: { emailAddress: "anna.jensen@randers.dk" },
    to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
    subject: "Svar på din henvendelse",
    bodyHtml: `<p>Hej, som aftalt: CPR-nr. ${CITIZEN}.</p>`,
  };

  test("validates, stores the fingerprint and salt, and the handler allows the unchanged mail but not a changed one", async () => {
    const { fake, user, policy } = await renderPane({ item });
    const panel = screen.getByTestId("confirm-panel");
    const checkbox = within(panel).getByTestId("confirm-checkbox");
    expect(within(panel).getByText(/Jeg har kontrolleret modtagerne og bekræfter, at mailen med CPR-nummer på én person må sendes som almindelig mail til borger@gmail.com\./)).toBeInTheDocument();

    // Nothing ticked: an error, focus on the checkbox, nothing stored.
    await user.click(within(panel).getByTestId("confirm-submit"));
    expect(within(panel).getByText("Sæt flueben for at bekræfte.")).toBeInTheDocument();
    expect(document.activeElement).toBe(checkbox);
    expect(fake.state.sessionData?.[CONFIRMATION_KEY]).toBeUndefined();

    await user.click(checkbox);
    await user.click(within(panel).getByTestId("confirm-submit"));
    expect(within(panel).getByText("Vælg en begrundelse.")).toBeInTheDocument();
    expect(document.activeElement).toBe(within(panel).getByTestId("confirm-reason"));

    await user.selectOptions(within(panel).getByTestId("confirm-reason"), "other");
    await user.click(within(panel).getByTestId("confirm-submit"));
    expect(within(panel).getByText("Skriv en begrundelse.")).toBeInTheDocument();
    await user.type(within(panel).getByTestId("confirm-reason-text"), "Aftalt med borgeren i telefonen");
    await user.click(within(panel).getByTestId("confirm-submit"));

    await waitFor(() => expect(fake.state.sessionData?.[CONFIRMATION_KEY]).toBeDefined());
    const stored = JSON.parse(fake.state.sessionData![CONFIRMATION_KEY]!);
    expect(stored).toMatchObject({
      reason: "other",
      reasonText: "Aftalt med borgeren i telefonen",
      rules: ["cpr-external"],
      salt: fake.state.sessionData![SALT_KEY],
    });
    expect(stored.fingerprint).toMatch(/\S{8,}/);
    expect(JSON.stringify(stored)).not.toContain("4127");

    const status = screen.getByTestId("status");
    await waitFor(() => expect(status).toHaveTextContent("Tryk Send igen"));
    expect(status).toHaveTextContent("Din bekræftelse gælder kun mailen, som den er nu.");
    expect(screen.queryByTestId("confirm-panel")).toBeNull();
    const stamp = fake.state.headers["x-sendevagt"] ?? "";
    expect(stamp).toContain("decision=confirmed");
    expect(stamp).toContain("reason=other");
    // The "Andet" text is kept for the DPO, percent-encoded; no digits of the number, no address.
    expect(stamp).toContain("text=Aftalt%20med%20borgeren%20i%20telefonen");
    expect(stamp).not.toMatch(/4127|@/);

    expect(await pressSend(fake, policy)).toEqual({ allowEvent: true });

    // The caseworker adds another outside recipient: the confirmation no longer covers the mail.
    await outlookEdit(() => fake.user.addRecipient("cc", "nabo@hotmail.com"));
    expect(await pressSend(fake, policy)).toMatchObject({ allowEvent: false });
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Mailen er ikke sendt"));
    expect(screen.getByTestId("confirm-panel")).toBeInTheDocument();
  });

  test("a mail changed after it was shown is not confirmed blindly", async () => {
    const { fake, user } = await renderPane({ item });
    const panel = screen.getByTestId("confirm-panel");
    await user.click(within(panel).getByTestId("confirm-checkbox"));
    await user.selectOptions(within(panel).getByTestId("confirm-reason"), "citizen-request");
    // The body changes (no event for that in Outlook) before the click.
    fake.user.setBody(`<p>CPR ${CITIZEN} og CPR ${OTHER}</p>`);
    await user.click(within(panel).getByTestId("confirm-submit"));
    expect(await screen.findByText(/Mailen er ændret, siden den blev kontrolleret/)).toBeInTheDocument();
    expect(fake.state.sessionData?.[CONFIRMATION_KEY]).toBeUndefined();
  });
});

describe("language, states, keyboard and accessibility", () => {
  // Fluent's focus manager (Tabster) skips elements it believes are not laid out; jsdom does no
  // layout, so give every element a layout parent and the body a size, as a browser would.
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  const bodyRect = document.body.getBoundingClientRect.bind(document.body);
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    document.body.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 800, right: 350, width: 350, height: 800, toJSON: () => ({}) });
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    document.body.getBoundingClientRect = bodyRect;
  });

  test("English Office gets the English pane", async () => {
    await renderPane({
      displayLanguage: "en-US",
      item: { to: ["sagsbehandler@anders.dk"], from: { emailAddress: "anna@randers.dk" } },
    });
    expect(screen.getByTestId("status")).toHaveTextContent("The mail was not sent");
    expect(within(finding("lookalike")!).getByTestId("fix-domain")).toHaveTextContent("Change to sagsbehandler@randers.dk");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Sendevagt");
  });

  test("an item that cannot be read: a clear error, the draft untouched, and a way to try again", async () => {
    const { fake, user } = await renderPane({ prepare: (f) => f.failNext("body.getAsync", { times: 2 }), item: { to: ["borger@gmail.com"], bodyHtml: `<p>CPR ${CITIZEN}</p>` } });
    const status = screen.getByTestId("status");
    expect(status).toHaveTextContent("Sendevagt kunne ikke gennemføre handlingen");
    expect(status).toHaveTextContent("Mailen kunne ikke læses. Vælg \"Kontrollér igen\". Mailen er ikke sendt, og dit udkast er bevaret.");
    await user.click(screen.getByTestId("recheck"));
    await waitFor(() => expect(finding("cpr-external")).not.toBeNull());
    expect(fake.inspect().to).toEqual(["borger@gmail.com"]);
  });

  test("from the ribbon, a clean mail says so", async () => {
    await renderPane({
      item: { initializationContext: null, to: ["ole@randers.dk"], from: { emailAddress: "anna@randers.dk" }, subject: "Frokost", bodyHtml: "<p>Kl. 12?</p>" },
    });
    expect(screen.getByTestId("status")).toHaveTextContent("Ingen problemer fundet");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("a broken policy.json: the defaults are used and the pane says to tell IT", async () => {
    await renderPane({ policy: null, policyProblem: "invalid-policy", item: { to: ["borger@gmail.com"], from: { emailAddress: "anna@randers.dk" }, bodyHtml: `<p>CPR ${CITIZEN}</p>` } });
    expect(screen.getByTestId("policy-fallback")).toHaveTextContent("policy.json");
    expect(finding("cpr-external")).not.toBeNull();
  });

  test("after a lost confirmation the pane says it must be given again (issue 17)", async () => {
    await renderPane({
      item: {
        initializationContext: JSON.stringify({ source: "sendevagt", action: "confirm", rules: ["cpr-external"], confirmationLost: true }),
        to: ["borger@gmail.com"],
        from: { emailAddress: "anna@randers.dk" },
        bodyHtml: `<p>CPR ${CITIZEN}</p>`,
      },
    });
    expect(screen.getByTestId("confirmation-lost")).toHaveTextContent("Outlook kunne ikke læse din tidligere bekræftelse. Bekræft igen");
  });

  test("no policy.json at all is a supported mode: the defaults, and no IT message", async () => {
    await renderPane({ policy: null, item: { to: ["borger@gmail.com"], from: { emailAddress: "anna@randers.dk" }, bodyHtml: `<p>CPR ${CITIZEN}</p>` } });
    expect(screen.queryByTestId("policy-fallback")).toBeNull();
    expect(document.body.textContent).not.toMatch(/policy\.json|IT/);
    expect(finding("cpr-external")).not.toBeNull();
    // Without a route, Digital Post is not mentioned at all.
    expect(document.body.textContent).not.toContain("Digital Post");
  });

  test("keyboard only: Tab reaches every action, Enter applies a fix, focus lands on the status", async () => {
    const { fake, user } = await renderPane({
      item: {
        from: { emailAddress: "anna@randers.dk" },
        to: ["sagsbehandler@anders.dk", "borger@gmail.com"],
        bodyHtml: `<p>CPR-nr. ${CITIZEN}</p>`,
      },
    });
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await user.tab();
      const id = (document.activeElement as HTMLElement | null)?.dataset.testid;
      if (id) reached.add(id);
    }
    expect([...reached]).toEqual(expect.arrayContaining(["fix-domain", "remove-recipient", "route-digital-post", "recheck"]));
    // Focus the fix with the keyboard and press Enter.
    const fix = within(finding("lookalike")!).getByTestId("fix-domain");
    fix.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(fake.inspect().to).toEqual(["sagsbehandler@randers.dk", "borger@gmail.com"]));
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByTestId("status")).getByRole("heading", { level: 2 })));
  });

  test("a fix that finishes after the caseworker went back to the mail leaves focus there; back in the pane, it lands on the status", async () => {
    const { fake, user } = await renderPane({
      item: { from: { emailAddress: "anna@randers.dk" }, to: ["sagsbehandler@anders.dk", "borger@gmail.com"], bodyHtml: `<p>CPR-nr. ${CITIZEN}</p>` },
    });
    const heading = () => within(screen.getByTestId("status")).getByRole("heading", { level: 2 });
    const fix = within(finding("lookalike")!).getByTestId("fix-domain");
    fix.focus();
    // Outlook takes its time writing the recipient; the caseworker clicks into the mail (the pane's
    // window loses focus) and types on meanwhile.
    fake.delay("to.setAsync", 200);
    const elsewhere = document.createElement("input");
    document.body.appendChild(elsewhere);
    await user.keyboard("{Enter}");
    elsewhere.focus();
    window.dispatchEvent(new Event("blur"));
    await waitFor(() => expect(fake.inspect().to).toEqual(["sagsbehandler@randers.dk", "borger@gmail.com"]));
    await new Promise((r) => setTimeout(r, 300));
    expect(document.activeElement).toBe(elsewhere);
    fake.delay("to.setAsync", 0);
    // Back in the pane: the next action's outcome takes focus again.
    window.dispatchEvent(new Event("focus"));
    within(finding("cpr-external")!).getByTestId("remove-recipient").focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    elsewhere.remove();
  });

  test("keyboard only: the confirmation can be filled in and sent with Tab, Space, the select and Enter", async () => {
    const { fake, user } = await renderPane({
      item: { from: { emailAddress: "anna@randers.dk" }, to: ["borger@gmail.com"], bodyHtml: `<p>CPR-nr. ${CITIZEN}</p>` },
    });
    const reached: string[] = [];
    for (let i = 0; i < 30 && !reached.includes("confirm-submit"); i++) {
      await user.tab();
      const id = (document.activeElement as HTMLElement | null)?.dataset.testid;
      if (id) reached.push(id);
      if (id === "confirm-checkbox") await user.keyboard(" ");
      if (id === "confirm-reason") await user.selectOptions(document.activeElement as HTMLSelectElement, "citizen-request");
    }
    expect(reached).toEqual(expect.arrayContaining(["confirm-checkbox", "confirm-reason", "confirm-submit"]));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(fake.state.sessionData?.[CONFIRMATION_KEY]).toBeDefined());
  });

  test("the axe check itself catches a serious violation", async () => {
    const bad = document.createElement("div");
    bad.innerHTML = '<button></button><img src="x.png">';
    document.body.appendChild(bad);
    expect((await seriousViolations(bad)).map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["button-name", "image-alt"]));
    bad.remove();
  });

  test("no serious or critical axe violations in any state", async () => {
    const cpr = `<p>CPR-nr. ${CITIZEN}</p><p>CPR ${OTHER}</p>`;
    // Findings of every kind + confirmation not yet offered (lookalike blocks).
    const a = await renderPane({
      item: { from: { emailAddress: "anna@randers.dk" }, to: ["sagsbehandler@anders.dk", "borger@gmail.com"], subject: `Sag CPR ${CITIZEN}`, bodyHtml: cpr },
    });
    expect(await seriousViolations(document.body)).toEqual([]);
    // Digital Post: switch sender.
    await a.user.click(within(screen.getAllByTestId("finding").find((f) => f.dataset.kind?.startsWith("cpr-") && within(f).queryByTestId("route-digital-post"))!).getByTestId("route-digital-post"));
    await screen.findByTestId("digital-post-panel");
    expect(await seriousViolations(document.body)).toEqual([]);
    a.view.unmount();

    // Digital Post: choose the citizen.
    const b = await renderPane({ item: { from: { emailAddress: "sikkerpost@randers.dk" }, to: ["borger@gmail.com"], bodyHtml: cpr } });
    await b.user.click(within(screen.getAllByTestId("finding").find((f) => within(f).queryByTestId("route-digital-post"))!).getByTestId("route-digital-post"));
    await screen.findAllByTestId("dp-person");
    await b.user.click(screen.getByTestId("dp-choose-submit")); // nothing chosen: validation message
    expect(await seriousViolations(document.body)).toEqual([]);
    b.view.unmount();

    // Confirmation with validation errors, then the confirmed "press Send again" state.
    const c = await renderPane({ item: { from: { emailAddress: "anna@randers.dk" }, to: ["borger@gmail.com"], bodyHtml: `<p>CPR-nr. ${CITIZEN}</p>` } });
    await c.user.click(screen.getByTestId("confirm-submit"));
    expect(await seriousViolations(document.body)).toEqual([]);
    await c.user.click(screen.getByTestId("confirm-checkbox"));
    await c.user.selectOptions(screen.getByTestId("confirm-reason"), "not-confidential");
    await c.user.click(screen.getByTestId("confirm-submit"));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Tryk Send igen"));
    expect(await seriousViolations(document.body)).toEqual([]);
    c.view.unmount();

    // Clean, from the ribbon; and the error state.
    const d = await renderPane({ item: { initializationContext: null, to: ["ole@randers.dk"] } });
    expect(await seriousViolations(document.body)).toEqual([]);
    d.view.unmount();
    const e = await renderPane({ prepare: (fake) => fake.failAlways("body.getAsync") });
    expect(screen.getByTestId("status")).toHaveAttribute("data-intent", "error");
    expect(await seriousViolations(document.body)).toEqual([]);
    e.view.unmount();
  });
});

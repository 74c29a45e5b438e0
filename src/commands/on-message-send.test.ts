import { CONFIRMATION_KEY } from "../outlook/session";
import type { FakeMethod } from "../../dev/fake-office/compose-item";
import { createFakeSendEvent } from "../../dev/fake-office/compose-item";
import { cprFinding, harness, lookalikeFinding, verdict } from "./test-support";
import { defaultPolicy } from "../policy";
import type { PolicyLoad } from "../outlook/policy-loader";

const confirmed = (fingerprint: string, salt = "salt-1") =>
  JSON.stringify({ fingerprint, salt, reason: "citizen-request", at: "2026-11-25T10:00:00Z" });

describe("onMessageSendHandler: decisions", () => {
  it("allows a clean mail once and stamps the audit header", async () => {
    const h = harness({ item: { to: ["kollega@randers.dk"] } });
    const ev = await h.send();
    expect(ev.completions).toEqual([{ allowEvent: true }]);
    expect(h.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=allow; policy=zero-config$/);
  });

  it("blocks a confirm verdict with every Mailbox 1.15 option", async () => {
    const h = harness({ analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["borger@gmail.com"])]) });
    const ev = await h.send();
    expect(ev.completions).toHaveLength(1);
    const options = ev.completions[0]!;
    expect(options).toEqual({
      allowEvent: false,
      errorMessage:
        "Sendevagt har stoppet mailen:\n• CPR-nummer 010203-XXXX sendes uden for organisationen til borger@gmail.com.\nVælg »Vis og ret« for at rette eller bekræfte.",
      errorMessageMarkdown:
        "**Sendevagt har stoppet mailen:**\n\n- CPR-nummer 010203-XXXX sendes uden for organisationen til borger@gmail.com.\r\n\nVælg »Vis og ret« for at rette eller bekræfte.",
      cancelLabel: "Vis og ret",
      commandId: "msgComposeOpenPaneButton",
      contextData: '{"source":"sendevagt","action":"confirm","rules":["cpr-external"]}',
    });
    expect(h.fake.inspect().headers).toEqual({});
  });

  it("leaves out 1.15 markdown on Mailbox 1.14 and everything but the message on 1.12", async () => {
    const analyze = () => verdict("block", [lookalikeFinding("jens@anders.dk", "randers.dk", "jens@randers.dk")]);
    const on114 = (await harness({ mailbox: "1.14", analyze }).send()).completions;
    expect(on114).toHaveLength(1);
    expect(Object.keys(on114[0]!).sort()).toEqual(["allowEvent", "cancelLabel", "commandId", "contextData", "errorMessage"]);
    expect(on114[0]!.errorMessage).toContain("Vælg »Vis og ret« for at rette mailen.");
    const on112 = (await harness({ mailbox: "1.12", analyze }).send()).completions;
    expect(on112).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "Sendevagt har stoppet mailen:\n• jens@anders.dk ligner randers.dk, men er et andet domæne. Mente du jens@randers.dk?\nRet mailen, eller åbn \"Kontrollér mail\" på båndet.",
      },
    ]);
  });

  it("speaks English to an English Outlook", async () => {
    const h = harness({ displayLanguage: "en-GB", analyze: () => verdict("block", [lookalikeFinding("jens@anders.dk", "randers.dk")]) });
    const [options] = (await h.send()).completions;
    expect(options!.errorMessage).toBe(
      "Sendevagt stopped this mail:\n• jens@anders.dk looks like randers.dk but is a different domain.\nChoose \"Review and fix\" to correct the mail.",
    );
    expect(options!.cancelLabel).toBe("Review and fix");
  });

  it("allows a confirm verdict whose fingerprint matches the stored confirmation, using its salt", async () => {
    const h = harness({
      item: { sessionData: { [CONFIRMATION_KEY]: confirmed("fp-1", "salt-xyz") } },
      analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["borger@gmail.com"])], "fp-1"),
    });
    const ev = await h.send();
    expect(ev.completions).toEqual([{ allowEvent: true }]);
    expect(h.analyzed[0]!.salt).toBe("salt-xyz");
    expect(h.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=confirmed; policy=zero-config; rules=cpr-external; reason=citizen-request$/);
  });

  it("blocks again when the verdict changed since the confirmation", async () => {
    const h = harness({
      item: { sessionData: { [CONFIRMATION_KEY]: confirmed("fp-old") } },
      analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["borger@gmail.com", "ny@gmail.com"])], "fp-new"),
    });
    const ev = await h.send();
    expect(ev.completions).toHaveLength(1);
    expect(ev.completions[0]!.allowEvent).toBe(false);
    expect(ev.completions[0]!.errorMessage).toContain("borger@gmail.com, ny@gmail.com");
  });

  it("never lets a confirmation override a block verdict", async () => {
    const h = harness({
      item: { sessionData: { [CONFIRMATION_KEY]: confirmed("fp-1") } },
      analyze: () => verdict("block", [lookalikeFinding("a@anders.dk", "randers.dk")], "fp-1"),
    });
    expect((await h.send()).completions).toMatchObject([{ allowEvent: false }]);
  });

  it("treats undefined sessionData as not confirmed and uses a fresh random salt", async () => {
    const h = harness({ item: { sessionData: undefined }, analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["b@gmail.com"])]) });
    const ev = await h.send();
    expect(ev.completions).toMatchObject([{ allowEvent: false, commandId: "msgComposeOpenPaneButton" }]);
    expect(h.analyzed[0]!.salt).toMatch(/^[0-9a-f]{32}$/);
    await h.send();
    expect(h.analyzed[1]!.salt).not.toBe(h.analyzed[0]!.salt);
  });

  it("keeps the message within 500 characters and contextData free of digits with many findings", async () => {
    const findings = Array.from({ length: 40 }, (_, i) => lookalikeFinding(`person${i}@anders${i}.dk`, "randers.dk", `person${i}@randers.dk`));
    const ev = await harness({ analyze: () => verdict("block", [cprFinding(["010203-XXXX", "111111-XXXX", "020202-XXXX"], ["a@b.dk"]), ...findings]) }).send();
    const options = ev.completions[0]!;
    expect((options.errorMessage as string).length).toBeLessThanOrEqual(500);
    expect((options.errorMessageMarkdown as string).length).toBeLessThanOrEqual(500);
    expect(options.errorMessage).toMatch(/… og \d+ mere\./);
    expect(options.errorMessage).toContain("CPR-numre 010203-XXXX, 111111-XXXX +1 sendes");
    expect(options.errorMessage).toMatch(/Vælg »Vis og ret« for at rette mailen\.$/);
    expect(options.contextData).not.toMatch(/[0-9]/);
    expect(JSON.parse(options.contextData as string)).toEqual({ source: "sendevagt", action: "block", rules: ["cpr-external", "lookalike"] });
  });

  it("masks a CPR number that sits in a recipient address", async () => {
    const f = lookalikeFinding("0102031234@anders.dk", "randers.dk");
    const [options] = (await harness({ analyze: () => verdict("block", [f]) }).send()).completions;
    expect(options!.errorMessage).toContain("010203-XXXX@anders.dk");
    expect(options!.errorMessage).not.toContain("0102031234");
  });
});

it("says several people's numbers once, not again as plain external numbers", async () => {
  const several = cprFinding(["010203-XXXX", "150585-XXXX"], ["b@gmail.com"], { rule: "cpr-several-people", severity: "block", confirmable: false });
  const plain = cprFinding(["010203-XXXX", "150585-XXXX"], ["b@gmail.com"]);
  const [options] = (await harness({ analyze: () => verdict("block", [several, plain]) }).send()).completions;
  expect(options!.errorMessage).toBe(
    "Sendevagt har stoppet mailen:\n• CPR-numre for flere personer (010203-XXXX, 150585-XXXX) sendes til b@gmail.com.\nVælg »Vis og ret« for at rette mailen.",
  );
});

describe("onMessageSendHandler: failures always complete once", () => {
  const prompt = {
    allowEvent: false,
    errorMessage:
      "Sendevagt kunne ikke kontrollere denne mail. Vælg kun Send alligevel, hvis du er sikker på, at modtagerne er rigtige, og at der ikke står CPR-numre i mailen.",
    sendModeOverride: "promptUser",
  };

  // Issue 12: what was not read was not checked, so a failed read is a stop naming the part —
  // no longer Send Anyway (the earlier behaviour these tests pinned).
  const readFailed = (parts: string) => ({
    allowEvent: false,
    errorMessage: `Sendevagt kunne ikke læse ${parts} i mailen, så den er ikke kontrolleret og ikke sendt. Prøv at sende igen om lidt. Bliver det ved, så luk kladden, åbn den igen og send. Kontakt IT, hvis det ikke hjælper.`,
  });

  it.each<[FakeMethod, string]>([
    ["to.getAsync", "modtagerne i Til"],
    ["cc.getAsync", "modtagerne i Cc"],
    ["bcc.getAsync", "modtagerne i Bcc"],
    ["from.getAsync", "afsenderen"],
    ["subject.getAsync", "emnet"],
    ["getAttachmentsAsync", "listen over vedhæftninger"],
  ])("stops and says what could not be read when %s fails", async (method, part) => {
    const h = harness();
    h.fake.failNext(method, { code: 9002 });
    expect((await h.send()).completions).toEqual([readFailed(part)]);
    expect(h.analyzed).toHaveLength(0);
    expect(h.fake.inspect().headers["x-sendevagt"]).toBeUndefined();
  });

  it.each<[FakeMethod, string]>([
    ["to.getAsync", "modtagerne i Til"],
    ["subject.getAsync", "emnet"],
  ])("stops when %s throws synchronously, and checks normally on the next send", async (method, part) => {
    const h = harness();
    h.fake.failNext(method, { mode: "throw" });
    expect((await h.send()).completions).toEqual([readFailed(part)]);
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
  });

  it("names every part that failed, in the field order", async () => {
    const h = harness();
    h.fake.failNext("bcc.getAsync", { mode: "null" });
    h.fake.failNext("to.getAsync", { mode: "no-arg" });
    h.fake.failNext("subject.getAsync", { mode: "malformed", value: { text: "x" } });
    expect((await h.send()).completions).toEqual([readFailed("modtagerne i Til, modtagerne i Bcc og emnet")]);
  });

  it("still checks from the text body when the HTML body fails, and stops when both fail", async () => {
    const h = harness({ item: { bodyHtml: "<p>html</p>", bodyText: "text body" } });
    h.fake.failNext("body.getAsync");
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
    expect(h.analyzed[0]!.body).toBe("text body");
    h.fake.failNext("body.getAsync", { times: 2 });
    expect((await h.send()).completions).toEqual([readFailed("teksten")]);
  });

  it("reads a failing sessionData as not confirmed", async () => {
    const h = harness({
      item: { sessionData: { [CONFIRMATION_KEY]: confirmed("fp-1") } },
      analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["b@gmail.com"])], "fp-1"),
    });
    h.fake.failNext("sessionData.getAsync");
    expect((await h.send()).completions).toMatchObject([{ allowEvent: false, commandId: "msgComposeOpenPaneButton" }]);
  });

  it("keeps the pane's record in the header and adds its own result", async () => {
    const pane = "v=1; decision=removed-recipient; rules=cpr-external,lookalike; findings=2; cpr=1; people=1; external=1; policy=zero-config";
    const h = harness({ item: { headers: { "x-sendevagt": pane } } });
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
    expect(h.fake.inspect().headers["x-sendevagt"]).toMatch(
      /^sendevagt \S+; result=allow; policy=zero-config; decision=removed-recipient; rules=cpr-external,lookalike; findings=2; cpr=1; people=1; external=1$/,
    );
  });

  it("writes its own stamp when the header cannot be read back", async () => {
    const h = harness({ item: { headers: { "x-sendevagt": "v=1; decision=confirmed; policy=zero-config" } } });
    h.fake.failNext("internetHeaders.getAsync");
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
    expect(h.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=allow; policy=zero-config$/);
  });

  it("still allows when the audit header cannot be written", async () => {
    const h = harness();
    h.fake.failNext("internetHeaders.setAsync");
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
  });

  it("blocks with the retry text on clients without Mailbox 1.14", async () => {
    const h = harness({ mailbox: "1.12", analyze: () => { throw new Error("bug"); } });
    expect((await h.send()).completions).toEqual([
      { allowEvent: false, errorMessage: "Sendevagt kunne ikke kontrollere denne mail. Prøv at sende igen om lidt, eller åbn \"Kontrollér mail\". Kontakt IT, hvis det bliver ved." },
    ]);
  });

  it("prompts in English for an English Outlook when the analyzer throws", async () => {
    const h = harness({ displayLanguage: "en-US", analyze: () => { throw new Error("bug"); } });
    const [options] = (await h.send()).completions;
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(options!.errorMessage).toMatch(/^Sendevagt could not check this mail\./);
  });

  // The watchdog's answer is a stop (issue 12): it used to offer Send Anyway.
  const timedOut = {
    allowEvent: false,
    errorMessage:
      "Sendevagt nåede ikke at kontrollere mailen i tide, så den er ikke sendt. Prøv at sende igen. Er mailen meget stor, fx en lang liste med CPR-numre, så del den op eller send den via Digital Post.",
  };

  it("completes through the watchdog when an Office call never answers, and only once", async () => {
    const h = harness({ watchdogMs: 30 });
    h.fake.failNext("body.getAsync", { mode: "hang" });
    const ev = createFakeSendEvent();
    const started = Date.now();
    void h.handler(ev.event);
    expect(await ev.done).toEqual(timedOut);
    // Far below the 20 s default watchdog, so the configured 30 ms one fired; generous so a loaded
    // machine cannot fail it (issue 13).
    expect(Date.now() - started).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 50));
    expect(ev.completions).toHaveLength(1);
  });

  it("completes through the watchdog when the policy never loads", async () => {
    const h = harness({ watchdogMs: 30, loadPolicy: () => new Promise(() => undefined) });
    const ev = createFakeSendEvent();
    void h.handler(ev.event);
    expect(await ev.done).toEqual(timedOut);
  });

  it("retries with only allowEvent and errorMessage when Outlook refuses the rich options", async () => {
    const h = harness({ mailbox: "1.15", analyze: () => verdict("block", [lookalikeFinding("a@anders.dk", "randers.dk")]) });
    const seen: Record<string, unknown>[] = [];
    await h.handler({
      completed(options?: object) {
        seen.push(options as Record<string, unknown>);
        if (seen.length === 1) throw new Error("Sys.ArgumentException: contextData");
      },
    });
    expect(seen).toHaveLength(2);
    expect(Object.keys(seen[1]!).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(seen[1]!.allowEvent).toBe(false);
  });

  it("prompts when there is no compose item at all", async () => {
    const h = harness();
    (h.office.context.mailbox as { item: unknown }).item = undefined;
    expect((await h.send()).completions).toEqual([prompt]);
  });
});

describe("onMessageSendHandler: size", () => {
  it("reads 500 recipients and completes once", async () => {
    const to = Array.from({ length: 500 }, (_, i) => `p${i}@randers.dk`);
    let seen = 0;
    const h = harness({ item: { to }, analyze: (m) => { seen = m.to.length; return verdict("allow"); } });
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
    expect(seen).toBe(500);
  });
});

describe("onMessageSendHandler: policy problems", () => {
  it("checks with the sender's zero-config defaults and says so when policy.json is broken", async () => {
    const h = harness({
      item: { from: { emailAddress: "sb@randers.dk" } },
      policy: { policy: null, problem: { kind: "invalid-json" }, source: "none" },
      analyze: (_m, policy) => verdict("confirm", [cprFinding(["010203-XXXX"], [`x@gmail.com`])], policy.organization.domains.join()),
    });
    const [options] = (await h.send()).completions;
    expect(h.analyzed[0]!.policyVersion).toBe("zero-config");
    expect(options!.errorMessage).toContain("policy.json kunne ikke bruges; standardregler er brugt.");
    expect(JSON.parse(options!.contextData as string)).toMatchObject({ policyProblem: "invalid-json" });
  });
});

describe("onMessageSendHandler: failClosed (issue 12, item 11)", () => {
  const strict = { ...defaultPolicy("sb@randers.dk"), version: "strict-1", failClosed: true };
  const failClosedStop = {
    allowEvent: false,
    errorMessage:
      "Sendevagt kunne ikke kontrollere denne mail, og jeres regler tillader ikke at sende ukontrolleret. Mailen er ikke sendt. Prøv at sende igen om lidt. Kontakt IT, hvis det bliver ved.",
  };

  it("stops with the retry message instead of Send Anyway when the check cannot run", async () => {
    const h = harness({ policy: { policy: strict, problem: null, source: "network" }, analyze: () => { throw new Error("bug"); } });
    expect((await h.send()).completions).toEqual([failClosedStop]);
  });

  it("without failClosed, the same failure offers Send Anyway", async () => {
    const h = harness({ policy: { policy: { ...strict, failClosed: undefined }, problem: null, source: "network" }, analyze: () => { throw new Error("bug"); } });
    expect((await h.send()).completions).toMatchObject([{ allowEvent: false, sendModeOverride: "promptUser" }]);
  });

  it("remembers failClosed while the runtime lives: no policy and no item later still stop", async () => {
    let load: PolicyLoad = { policy: strict, problem: null, source: "network" };
    const h = harness({ loadPolicy: async () => load });
    expect((await h.send()).completions).toEqual([{ allowEvent: true }]);
    load = { policy: null, problem: { kind: "timeout" }, source: "none" };
    expect((await h.send()).completions).toEqual([failClosedStop]);
    (h.office.context.mailbox as { item: unknown }).item = undefined;
    expect((await h.send()).completions).toEqual([failClosedStop]);
  });
});

describe("onMessageSendHandler: a lost confirmation (issue 17)", () => {
  it("says the confirmation was lost and must be given again, and tells the pane", async () => {
    const h = harness({
      item: { sessionData: { [CONFIRMATION_KEY]: confirmed("fp-1") } },
      analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["b@gmail.com"])], "fp-1"),
    });
    h.fake.failNext("sessionData.getAsync", { mode: "null" });
    const [options] = (await h.send()).completions;
    expect(options).toMatchObject({ allowEvent: false, commandId: "msgComposeOpenPaneButton" });
    expect(options!.errorMessage).toContain("Din bekræftelse kunne ikke læses og skal gives igen.");
    expect(options!.errorMessageMarkdown).toContain("Din bekræftelse kunne ikke læses og skal gives igen.");
    expect(JSON.parse(options!.contextData as string)).toMatchObject({ confirmationLost: true });
  });

  it("says nothing of a confirmation when none was stored, or when only a fix would help", async () => {
    const h = harness({ analyze: () => verdict("confirm", [cprFinding(["010203-XXXX"], ["b@gmail.com"])], "fp-1") });
    const [options] = (await h.send()).completions;
    expect(options!.errorMessage).not.toContain("bekræftelse");
    expect(JSON.parse(options!.contextData as string).confirmationLost).toBeUndefined();
    const blocked = harness({ analyze: () => verdict("block", [lookalikeFinding("a@anders.dk", "randers.dk")]) });
    blocked.fake.failNext("sessionData.getAsync", { mode: "no-arg" });
    const [stop] = (await blocked.send()).completions;
    expect(stop!.errorMessage).not.toContain("bekræftelse");
  });
});

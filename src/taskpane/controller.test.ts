// The controller's ordering and failure rules with a hand-made PaneServices double (the component
// tests cover the happy paths through the real Office adapter).
import type { Message, Recipient, RecipientField } from "../detection";
import { defaultPolicy } from "../policy";
import { PaneController, verdictFromContext } from "./controller";
import type { PaneEvent } from "./model";
import type { ConfirmationInput, PaneServices } from "./services";

const CITIZEN = "010203-4127";

function double(message: Message, over: Partial<PaneServices> = {}) {
  const state = { message: structuredClone(message) };
  const writes: string[] = [];
  const confirmations: ConfirmationInput[] = [];
  let onRecipients: () => void = () => undefined;
  let onContext: (c: unknown) => void = () => undefined;
  const services: PaneServices = {
    displayLanguage: () => "da-DK",
    loadPolicy: async () => ({ policy: { ...defaultPolicy("anna@randers.dk"), version: "7" }, fallback: false }),
    getSalt: async () => "salt-1",
    readMessage: async () => structuredClone(state.message),
    getInitContext: async () => ({ source: "sendevagt" }),
    readConfirmedFingerprint: async () => undefined,
    replaceRecipient: async (field: RecipientField, address: string, next: string) => {
      writes.push(`replace ${field} ${address} → ${next}`);
      const found = state.message[field].some((r) => r.address === address);
      state.message[field] = state.message[field].map((r) => (r.address === address ? { ...r, address: next } : r));
      return found;
    },
    removeRecipients: async (addresses: string[]) => {
      writes.push(`remove ${addresses.join(",")}`);
      let removed = 0;
      for (const f of ["to", "cc", "bcc"] as const) {
        const before = state.message[f].length;
        state.message[f] = state.message[f].filter((r) => !addresses.includes(r.address));
        removed += before - state.message[f].length;
      }
      return removed;
    },
    setRecipients: async (field: RecipientField, recipients: Recipient[]) => {
      writes.push(`set ${field} ${recipients.map((r) => r.address).join(",")}`);
      state.message[field] = recipients;
    },
    setSubject: async (subject: string) => {
      writes.push(`subject ${subject}`);
      state.message.subject = subject;
    },
    saveConfirmation: async (c: ConfirmationInput) => {
      confirmations.push(c);
    },
    editBody: async (edit) => {
      const next = edit(state.message.body, "text");
      writes.push("body");
      const changed = next !== state.message.body;
      state.message.body = next;
      return changed;
    },
    removeAttachment: async (name: string) => {
      writes.push(`remove-attachment ${name}`);
      const before = state.message.attachments?.length ?? 0;
      state.message.attachments = (state.message.attachments ?? []).filter((a) => a.name !== name);
      return state.message.attachments.length < before;
    },
    writeAuditHeader: async (value: string) => {
      writes.push(`stamp ${value}`);
    },
    openUrl: () => undefined,
    subscribeRecipientsChanged: (cb) => {
      onRecipients = cb;
      return () => undefined;
    },
    subscribeInitContextChanged: (cb) => {
      onContext = cb;
      return () => undefined;
    },
    today: () => new Date("2026-11-25T10:00:00Z"),
    ...over,
  };
  const events: PaneEvent[] = [];
  const controller = new PaneController(services, (e) => events.push(e));
  return { controller, state, writes, confirmations, events, fireRecipients: () => onRecipients(), fireContext: (c: unknown) => onContext(c) };
}

const mail = (over: Partial<Message> = {}): Message => ({
  from: { address: "anna@randers.dk" },
  to: [{ address: "borger@gmail.com" }],
  cc: [],
  bcc: [],
  subject: "Svar",
  body: `CPR-nr. ${CITIZEN}`,
  ...over,
});

describe("PaneController", () => {
  test("start: the findings come from the item, under the display language", async () => {
    const d = double(mail());
    await d.controller.start();
    expect(d.events.map((e) => e.type)).toEqual(["policy", "loaded"]);
    const loaded = d.events[1] as Extract<PaneEvent, { type: "loaded" }>;
    expect(loaded.origin).toBe("smart-alert");
    expect(loaded.verdict.findings.map((f) => f.rule)).toEqual(["cpr-external"]);
    expect(d.controller.language()).toBe("da");
  });

  test("a lost confirmation reported by the Smart Alert reaches the pane's state until a new one is given", async () => {
    const { paneReducer, initialState } = await import("./model");
    const d = double(mail(), { getInitContext: async () => ({ source: "sendevagt", action: "confirm", confirmationLost: true }) });
    await d.controller.start();
    const loaded = d.events.find((e) => e.type === "loaded") as Extract<PaneEvent, { type: "loaded" }>;
    expect(loaded.confirmationLost).toBe(true);
    let state = paneReducer(initialState(), loaded);
    expect(state.confirmationLost).toBe(true);
    state = paneReducer(state, { type: "rechecked", verdict: loaded.verdict });
    expect(state.confirmationLost).toBe(true);
    const plain = double(mail());
    await plain.controller.start();
    expect(paneReducer(initialState(), plain.events.find((e) => e.type === "loaded")!).confirmationLost).toBeUndefined();
  });

  test("a verdict passed in the Smart Alert context is shown first, then replaced by the fresh one", async () => {
    const fromAlert = { action: "block", findings: [], fingerprint: "old" };
    const d = double(mail(), { getInitContext: async () => ({ verdict: fromAlert }) });
    await d.controller.start();
    expect(d.events.map((e) => e.type)).toEqual(["policy", "loaded", "rechecked"]);
    expect((d.events[1] as Extract<PaneEvent, { type: "loaded" }>).verdict.fingerprint).toBe("old");
    expect((d.events[2] as Extract<PaneEvent, { type: "rechecked" }>).verdict.fingerprint).not.toBe("old");
  });

  test("an older, slower re-check never overwrites a newer one", async () => {
    let release: () => void = () => undefined;
    let slow = false;
    const base = mail();
    const d = double(base);
    await d.controller.start();
    const original = d.controller["services"].readMessage;
    d.controller["services"].readMessage = async (policy) => {
      if (slow) {
        slow = false;
        const snapshot = await original(policy);
        await new Promise<void>((r) => (release = r));
        return snapshot; // still has the outside recipient
      }
      return original(policy);
    };
    slow = true;
    const first = d.controller.recheck();
    d.state.message.to = [{ address: "ole@randers.dk" }];
    await d.controller.recheck();
    release();
    await first;
    const last = d.events[d.events.length - 1] as Extract<PaneEvent, { type: "rechecked" }>;
    expect(last.type).toBe("rechecked");
    expect(last.verdict.action).toBe("allow");
  });

  test("a failed audit stamp does not undo or hide the fix", async () => {
    const d = double(mail(), { writeAuditHeader: async () => Promise.reject(new Error("headers")) });
    await d.controller.start();
    expect(await d.controller.apply({ kind: "remove-recipient", targets: [{ field: "to", address: "borger@gmail.com" }] })).toBe(true);
    expect(d.state.message.to).toEqual([]);
    expect(d.events[d.events.length - 1]).toMatchObject({ type: "done", outcome: { kind: "removed" } });
  });

  test("the stamp accumulates decisions and carries the reason code and the encoded free text", async () => {
    const d = double(mail({ to: [{ address: "borger@gmail.com" }] }));
    await d.controller.start();
    expect(await d.controller.confirm({ reasonCode: "other", reasonText: "  Aftalt med borgeren  " })).toBe(true);
    expect(d.confirmations).toEqual([
      { fingerprint: expect.any(String), salt: "salt-1", rules: ["cpr-external"], reasonCode: "other", reasonText: "Aftalt med borgeren" },
    ]);
    const stamps = d.writes.filter((w) => w.startsWith("stamp "));
    // The caseworker's own words are kept for the DPO, percent-encoded; never a digit of the number.
    expect(stamps[stamps.length - 1]).toContain(
      "decision=confirmed; rules=cpr-external; reason=other; text=Aftalt%20med%20borgeren; findings=1; cpr=1; occurrences=1; people=1; external=1; policy=7",
    );
    expect(stamps.join(" ")).not.toMatch(/4127|@/);
  });

  const gatewayPolicy = () => ({
    ...defaultPolicy("sikkerpost@randers.dk"),
    digitalPost: {
      type: "gateway" as const,
      name: "GW",
      addressTemplate: "{cpr}@gw.example.dk",
      gatewayDomains: ["gw.example.dk"],
      allowedSenders: ["sikkerpost@randers.dk"],
    },
  });
  const TWIN_A = "070761-1006";
  const TWIN_B = "070761-1014";

  test("gateway with a second person's number: nothing is rewritten until it is masked or kept with a reason", async () => {
    const d = double(mail({ from: { address: "sikkerpost@randers.dk" }, body: `Barn: ${TWIN_A}\nÆgtefælle: ${TWIN_B}` }), {
      loadPolicy: async () => ({ policy: gatewayPolicy(), fallback: false }),
    });
    await d.controller.start();
    const choose = await d.controller.routeDigitalPost();
    expect(choose).toMatchObject({ kind: "choose-person" });
    const people = (choose as Extract<typeof choose, { kind: "choose-person" }>).people;
    // Same mask, told apart by order and the words before.
    expect(people.map((p) => [p.masked, p.order, p.before])).toEqual([
      ["070761-XXXX", 1, "Barn:"],
      ["070761-XXXX", 2, "Ægtefælle:"],
    ]);
    const spouse = people[1]!.hash;
    const step = await d.controller.routeDigitalPost({ personHash: spouse });
    expect(step).toMatchObject({ kind: "other-people", maskable: true, others: [{ before: "Barn:" }] });
    expect(d.writes.filter((w) => !w.startsWith("stamp"))).toEqual([]);

    expect(await d.controller.routeDigitalPost({ personHash: spouse, keepOthersReason: "barn i forældremyndighed" })).toEqual({ kind: "routed", routeName: "GW" });
    expect(d.state.message.to).toEqual([{ address: "0707611014@gw.example.dk", displayName: "GW" }]);
    const stamp = d.writes.filter((w) => w.startsWith("stamp ")).pop() ?? "";
    expect(stamp).toContain("decision=kept-other-people,digital-post");
    expect(stamp).toContain("text=barn%20i%20for%C3%A6ldremyndighed");
  });

  test("mask the other person's number, then route: the body keeps everything but that number", async () => {
    const d = double(mail({ from: { address: "sikkerpost@randers.dk" }, body: `Barn: ${TWIN_A}\nÆgtefælle: ${TWIN_B}\nHilsen` }), {
      loadPolicy: async () => ({ policy: gatewayPolicy(), fallback: false }),
    });
    await d.controller.start();
    const choose = (await d.controller.routeDigitalPost()) as { people: { hash: string }[] };
    const [child, spouse] = choose.people.map((p) => p.hash) as [string, string];
    expect(await d.controller.maskOthersAndRoute(spouse, [child])).toEqual({ kind: "routed", routeName: "GW" });
    expect(d.state.message.body).toBe(`Barn: 070761-XXXX\nÆgtefælle: ${TWIN_B}\nHilsen`);
    expect(d.state.message.to).toEqual([{ address: "0707611014@gw.example.dk", displayName: "GW" }]);
  });

  test("remove the quoted history when the number is only there: the own text stays, the stamp says so", async () => {
    const d = double(mail({ body: `Tak, vi vender tilbage.\n\n-----Original Message-----\nFra: Borger <borger@gmail.com>\nMit CPR-nr. er ${CITIZEN}.\n` }));
    await d.controller.start();
    expect(await d.controller.apply({ kind: "remove-quoted", hashes: [] })).toBe(false);
    expect(d.events[d.events.length - 1]).toMatchObject({ type: "failed", error: "quoted-not-removed" });
    const loaded = d.events.find((e) => e.type === "loaded") as Extract<PaneEvent, { type: "loaded" }>;
    const hash = (loaded.verdict.findings[0] as { cprs: { hash: string }[] }).cprs[0]!.hash;
    expect(await d.controller.apply({ kind: "remove-quoted", hashes: [hash] })).toBe(true);
    expect(d.state.message.body).toBe("Tak, vi vender tilbage.\n");
    expect(d.writes.filter((w) => w.startsWith("stamp ")).pop()).toContain("decision=removed-quoted");
  });

  test("remove an attachment: exactly that file goes, and the pane says so", async () => {
    const d = double(mail({ body: "Se bilag", attachments: [{ name: "liste.txt", text: `CPR ${CITIZEN}` }, { name: "brev.txt", text: "Hej" }] }));
    await d.controller.start();
    expect(await d.controller.apply({ kind: "remove-attachment", name: "liste.txt" })).toBe(true);
    expect(d.state.message.attachments?.map((a) => a.name)).toEqual(["brev.txt"]);
    expect(d.events[d.events.length - 1]).toMatchObject({ type: "done", outcome: { kind: "removed-attachment", name: "liste.txt" } });
    expect(await d.controller.apply({ kind: "remove-attachment", name: "liste.txt" })).toBe(false);
    expect(d.events[d.events.length - 1]).toMatchObject({ type: "failed", error: "attachment-gone" });
  });

  test("gateway: the outside recipients are cleared before the gateway address is set", async () => {
    const policy = {
      ...defaultPolicy("sikkerpost@randers.dk"),
      digitalPost: {
        type: "gateway" as const,
        name: "GW",
        addressTemplate: "{cpr}@gw.example.dk",
        gatewayDomains: ["gw.example.dk"],
        allowedSenders: ["sikkerpost@randers.dk"],
      },
    };
    const d = double(mail({ from: { address: "sikkerpost@randers.dk" }, cc: [{ address: "x@gmail.com" }], subject: `CPR ${CITIZEN}` }), {
      loadPolicy: async () => ({ policy, fallback: false }),
    });
    await d.controller.start();
    expect(await d.controller.routeDigitalPost()).toEqual({ kind: "routed", routeName: "GW" });
    expect(d.writes.filter((w) => !w.startsWith("stamp"))).toEqual([
      "set cc ",
      "set bcc ",
      "set to 0102034127@gw.example.dk",
      "subject CPR 010203-XXXX",
    ]);
  });

  test("a write failure is reported, and nothing after it is attempted", async () => {
    const d = double(mail(), { removeRecipients: async () => Promise.reject(new Error("9002")) });
    await d.controller.start();
    expect(await d.controller.apply({ kind: "remove-recipient", targets: [{ field: "to", address: "borger@gmail.com" }] })).toBe(false);
    expect(d.events[d.events.length - 1]).toEqual({ type: "failed", error: "write-failed" });
    expect(d.writes.filter((w) => w.startsWith("stamp"))).toEqual([]);
  });

  test("a recipient already gone (changed in Outlook meanwhile) is not reported as fixed", async () => {
    const d = double(mail());
    await d.controller.start();
    d.state.message.to = [];
    expect(await d.controller.apply({ kind: "remove-recipient", targets: [{ field: "to", address: "borger@gmail.com" }] })).toBe(false);
    expect(d.events[d.events.length - 1]).toMatchObject({ type: "failed", error: "recipient-gone", verdict: { action: "allow" } });
    expect(d.events.some((e) => e.type === "done")).toBe(false);
    expect(await d.controller.apply({ kind: "fix-domain", field: "to", address: "a@anders.dk", suggestion: "a@randers.dk" })).toBe(false);
    expect(d.writes.filter((w) => w.startsWith("stamp"))).toEqual([]);
  });

  test("nothing is emitted after stop", async () => {
    const d = double(mail());
    await d.controller.start();
    d.controller.stop();
    const before = d.events.length;
    d.fireRecipients();
    await d.controller.recheck();
    expect(d.events.length).toBe(before);
  });
});

describe("verdictFromContext", () => {
  test("accepts a verdict-shaped object, alone or under `verdict`", () => {
    const v = { action: "confirm", findings: [], fingerprint: "f" };
    expect(verdictFromContext(v)).toBe(v);
    expect(verdictFromContext({ verdict: v })).toBe(v);
  });
  test("ignores the handler's summary and anything else", () => {
    expect(verdictFromContext({ source: "sendevagt", action: "block", rules: ["lookalike"] })).toBeUndefined();
    expect(verdictFromContext(null)).toBeUndefined();
    expect(verdictFromContext("text")).toBeUndefined();
  });
});

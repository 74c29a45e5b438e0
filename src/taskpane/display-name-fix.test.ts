// Issue 12 item 4: a CPR number in a recipient's display name is a finding of its own place with
// a one-click fix that takes the number out of the name (same address, same field).
import { analyzeMessage, defaultPolicy, type CprFinding, type Message, type Recipient, type RecipientField } from "../detection";
import { PaneController } from "./controller";
import { buildSections, type FixAction, type PaneEvent } from "./model";
import { actionLabel, whereText } from "./text";
import type { PaneServices } from "./services";

const TODAY = new Date("2026-11-25T10:00:00Z");
const POLICY = { ...defaultPolicy("anna@randers.dk"), version: "7" };

const mail = (to: Recipient[], over: Partial<Message> = {}): Message => ({
  from: { address: "anna@randers.dk" },
  to,
  cc: [],
  bcc: [],
  subject: "Mødet",
  body: "Hej Jens, vi ses tirsdag.",
  ...over,
});

function services(message: Message, writes: string[]): PaneServices {
  const state = { message: structuredClone(message) };
  return {
    displayLanguage: () => "da-DK",
    loadPolicy: async () => ({ policy: POLICY, fallback: false }),
    getSalt: async () => "salt-1",
    readMessage: async () => structuredClone(state.message),
    getInitContext: async () => null,
    readConfirmedFingerprint: async () => undefined,
    replaceRecipient: async () => false,
    removeRecipients: async () => 0,
    setRecipients: async (field: RecipientField, recipients: Recipient[]) => {
      writes.push(`set ${field} ${JSON.stringify(recipients)}`);
      state.message[field] = recipients;
    },
    setSubject: async () => undefined,
    editBody: async () => false,
    removeAttachment: async () => false,
    saveConfirmation: async () => undefined,
    writeAuditHeader: async (value: string) => {
      writes.push(`stamp ${value}`);
    },
    openUrl: () => undefined,
    subscribeRecipientsChanged: () => () => undefined,
    subscribeInitContextChanged: () => () => undefined,
    today: () => TODAY,
  };
}

describe("a CPR number in a recipient's display name", () => {
  it("stops a mail to an outside recipient like a body CPR, at its own place, masked", () => {
    const verdict = analyzeMessage(mail([{ address: "jens@gmail.com", displayName: "Jens Hansen (070761-1006)" }]), POLICY, { today: TODAY });
    expect(verdict.action).not.toBe("allow");
    const finding = verdict.findings.find((f) => f.rule === "cpr-external") as CprFinding;
    expect(finding.cprs.map((c) => [c.location, c.masked])).toEqual([
      [{ part: "display-name", field: "to", address: "jens@gmail.com" }, "070761-XXXX"],
    ]);
    expect(JSON.stringify(verdict)).not.toMatch(/1006/);
  });

  it("stops it when the name is on an internal recipient but the mail also goes outside (the header reaches everyone)", () => {
    const verdict = analyzeMessage(
      mail([{ address: "ole@randers.dk", displayName: "Ole 0707611006" }, { address: "jens@gmail.com" }]),
      POLICY,
      { today: TODAY },
    );
    expect(verdict.findings.map((f) => f.rule)).toContain("cpr-external");
  });

  it("raises nothing when every recipient is inside the organisation", () => {
    const verdict = analyzeMessage(mail([{ address: "ole@randers.dk", displayName: "Ole (070761-1006)" }]), POLICY, { today: TODAY });
    expect(verdict.findings.filter((f) => f.rule === "cpr-external")).toEqual([]);
  });

  it("offers 'take the number out of the name' on the card, and says where the number is", () => {
    const verdict = analyzeMessage(mail([{ address: "jens@gmail.com", displayName: "Jens Hansen (070761-1006)" }]), POLICY, { today: TODAY });
    const item = buildSections(verdict, POLICY, TODAY)[0]!.items[0]!;
    const fix = item.actions.find((a) => a.kind === "clean-display-name") as FixAction;
    expect(fix).toEqual({ kind: "clean-display-name", field: "to", address: "jens@gmail.com" });
    expect(actionLabel("da", fix)).toBe("Fjern CPR-nummeret fra navnet på jens@gmail.com");
    expect(whereText("da", item)).toBe("Til-feltet og modtagerens navn (jens@gmail.com)");
  });

  it("one click rewrites only that recipient's name, keeps the address and the others, and the mail is then allowed", async () => {
    const writes: string[] = [];
    const message = mail([
      { address: "jens@gmail.com", displayName: "Jens Hansen (070761\u00a01006)" },
      { address: "ole@randers.dk", displayName: "Ole" },
    ]);
    const events: PaneEvent[] = [];
    const controller = new PaneController(services(message, writes), (e) => events.push(e));
    await controller.start();
    const done = await controller.apply({ kind: "clean-display-name", field: "to", address: "jens@gmail.com" });
    expect(done).toBe(true);
    expect(writes[0]).toBe(
      `set to ${JSON.stringify([{ address: "jens@gmail.com", displayName: "Jens Hansen" }, { address: "ole@randers.dk", displayName: "Ole" }])}`,
    );
    expect(writes.some((w) => w.startsWith("stamp") && w.includes("cleaned-display-name"))).toBe(true);
    expect(events[events.length - 1]).toMatchObject({ type: "done", outcome: { kind: "cleaned-display-name", address: "jens@gmail.com" } });
    const after = analyzeMessage(
      { ...message, to: [{ address: "jens@gmail.com", displayName: "Jens Hansen" }, message.to[1]!] },
      POLICY,
      { today: TODAY },
    );
    expect(after.findings.filter((f) => f.rule === "cpr-external")).toEqual([]);
  });

  it("reports nothing done when the name changed meanwhile", async () => {
    const writes: string[] = [];
    const controller = new PaneController(services(mail([{ address: "jens@gmail.com", displayName: "Jens" }]), writes), () => undefined);
    await controller.start();
    expect(await controller.apply({ kind: "clean-display-name", field: "to", address: "jens@gmail.com" })).toBe(false);
    expect(writes.filter((w) => w.startsWith("set"))).toEqual([]);
  });
});

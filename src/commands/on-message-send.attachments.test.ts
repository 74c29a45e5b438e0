// Send scenarios with attachments, against the real core, extractor and policy parser through the
// fake compose item: numbers in files are caught and the file is named, a file Outlook cannot hand
// over is reported without stopping the check, and a confirmation made on the pane's reading of
// the mail lets the unchanged mail (attachments and all) go.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeMessage, defaultPolicy, htmlToText, parsePolicy } from "../detection";
import type { Verdict } from "../detection";
import { docx, xlsx } from "../extract/__tests__/fixtures";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { officeHost } from "../outlook/office-host";
import { readMessage } from "../outlook/read-message";
import { getOrCreateSalt, writeConfirmation } from "../outlook/session";
import { failContentOf, toBase64 } from "./attachment-test-support";
import { createSendHandler } from "./on-message-send";

const policy = parsePolicy(JSON.parse(readFileSync(join(__dirname, "../../examples/policy.randers.json"), "utf8")));
// Synthetic CPR numbers with a valid modulus-11 check digit.
const CPR_A = "010203-1008";
const CPR_B = "150585-1001";

const letter = (cpr: string) => toBase64(docx({ paragraphs: ["Kære borger", `Afgørelse vedr. CPR-nr. ${cpr}`], header: "Randers Kommune" }));

function setup(item: FakeComposeInit) {
  const fake = createFakeComposeItem({ from: { emailAddress: "sagsbehandler@randers.dk" }, subject: "Afgørelse", bodyHtml: "<p>Se vedhæftede.</p>", ...item });
  const office = createFakeOffice({ item: fake.item, displayLanguage: "da-DK", requirementSets: { Mailbox: "1.15" } });
  const verdicts: Verdict[] = [];
  const handler = createSendHandler({
    host: () => officeHost(office),
    loadPolicy: async () => ({ policy, problem: null, source: "network" }),
    analyzeMessage: (m, p, o) => {
      const v = analyzeMessage(m, p, o);
      verdicts.push(v);
      return v;
    },
    defaultPolicy,
    htmlToText,
  });
  async function send() {
    const ev = createFakeSendEvent();
    await handler(ev.event);
    expect(ev.completions).toHaveLength(1);
    return ev.completions[0] as Record<string, unknown>;
  }
  return { fake, send, verdicts, last: () => verdicts[verdicts.length - 1]! };
}

describe("send with attachments", () => {
  it("stops a CPR number in an attached Word letter to an outside recipient and names the file", async () => {
    const s = setup({ to: ["borger@gmail.com"], attachments: [{ name: "afgørelse.docx", content: letter(CPR_A) }] });
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toBe(
      "Sendevagt har stoppet mailen:\n• CPR-nummer 010203-XXXX sendes uden for organisationen til borger@gmail.com. Se vedhæftningen afgørelse.docx.\nVælg »Vis og ret« for at rette eller bekræfte.",
    );
    expect(JSON.stringify(options)).not.toContain("1008");
    const finding = s.last().findings.find((f) => f.rule === "cpr-external");
    expect(finding && "cprs" in finding ? finding.cprs.map((c) => c.location) : []).toEqual([{ part: "attachment", name: "afgørelse.docx", where: "body" }]);
  });

  it("names the sheet of a spreadsheet", async () => {
    const sheet = toBase64(xlsx([{ name: "Borgere", rows: [["Navn", "CPR"], ["Anna", CPR_A], ["Bo", CPR_B]] }]));
    const s = setup({ to: ["sagsbehandler@aarhus.dk", "borger@gmail.com"], attachments: [{ name: "borgere.xlsx", content: sheet }] });
    expect((await s.send()).allowEvent).toBe(false);
    const locations = s.last().findings.flatMap((f) => ("cprs" in f ? f.cprs.map((c) => c.location) : []));
    expect(locations).toContainEqual({ part: "attachment", name: "borgere.xlsx", where: "sheet:Borgere" });
  });

  it("lets the same attachment go to colleagues", async () => {
    const s = setup({ to: ["kollega@randers.dk"], attachments: [{ name: "afgørelse.docx", content: letter(CPR_A) }] });
    expect(await s.send()).toEqual({ allowEvent: true });
  });

  it("a file Outlook cannot hand over is 'ikke kontrolleret' (read-failed), and the other files are still checked", async () => {
    const s = setup({
      to: ["borger@gmail.com"],
      attachments: [
        { name: "bilag.pdf", content: toBase64("%PDF-1.4") },
        { name: "journal.txt", content: toBase64(`Journalnotat\nCPR ${CPR_B}`) },
      ],
    });
    failContentOf(s.fake, "bilag.pdf");
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("150585-XXXX");
    expect(options.errorMessage).toContain("Se vedhæftningen journal.txt.");
    expect(s.last().findings).toContainEqual({ rule: "attachment-unchecked", severity: "confirm", confirmable: true, attachment: "bilag.pdf", reason: "read-failed" });
  });

  it("a failed read alone, going outside, stops the mail until the caseworker confirms: they are told, never misled", async () => {
    const s = setup({ to: ["borger@gmail.com"], attachments: [{ name: "bilag.pdf", content: toBase64("%PDF-1.4") }] });
    failContentOf(s.fake, "bilag.pdf");
    const options = await s.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("bilag.pdf");
    expect(s.last()).toMatchObject({ action: "confirm", findings: [{ rule: "attachment-unchecked", severity: "confirm", attachment: "bilag.pdf", reason: "read-failed" }] });
  });

  it("a failed read alone, inside the organisation, is a notice: the mail is checked and goes", async () => {
    const s = setup({ to: ["kollega@randers.dk"], attachments: [{ name: "bilag.pdf", content: toBase64("%PDF-1.4") }] });
    failContentOf(s.fake, "bilag.pdf");
    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.last()).toMatchObject({ action: "allow", findings: [{ rule: "attachment-unchecked", severity: "notice", attachment: "bilag.pdf", reason: "read-failed" }] });
  });

  it("a cloud link and an oversized file are reported without fetching them", async () => {
    const s = setup({
      to: ["kollega@randers.dk"],
      attachments: [
        { name: "Referat.docx", attachmentType: "cloud", content: "https://randers.sharepoint.com/x" },
        { name: "scanning.pdf", size: policy.attachments.maxFileBytes + 1, content: toBase64("%PDF") },
      ],
    });
    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.fake.callsTo("getAttachmentContentAsync")).toHaveLength(0);
    expect(s.last().findings.map((f) => (f.rule === "attachment-unchecked" ? `${f.attachment}:${f.reason}` : f.rule))).toEqual([
      "Referat.docx:cloud-link",
      "scanning.pdf:too-large",
    ]);
  });

  it("after a confirmation on the pane's reading, the unchanged mail with its attachments goes; a changed file stops it again", async () => {
    const s = setup({
      to: ["borger@gmail.com"],
      attachments: [
        { name: "afgørelse.docx", content: letter(CPR_A) },
        { name: "bilag.pdf", content: toBase64("%PDF-1.4") },
      ],
    });
    failContentOf(s.fake, "bilag.pdf");
    expect((await s.send()).allowEvent).toBe(false);

    // What the task pane does on "Bekræft": its own reading of the item, the draft's salt.
    const salt = await getOrCreateSalt(s.fake.item);
    const paneVerdict = analyzeMessage(await readMessage(s.fake.item, { htmlToText, limits: policy.attachments }), policy, { salt });
    expect(paneVerdict.action).toBe("confirm");
    await writeConfirmation(s.fake.item, { fingerprint: paneVerdict.fingerprint, salt, reason: "citizen-request", rules: ["cpr-external"], at: "2026-11-25T10:00:00Z" });

    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.last().fingerprint).toBe(paneVerdict.fingerprint);
    expect(s.fake.inspect().headers["x-sendevagt"]).toMatch(/^sendevagt \S+; result=confirmed; policy=2026-11-01; rules=cpr-external,attachment-unchecked; reason=citizen-request$/);

    // Another person's number put into the letter: the confirmation no longer covers the mail.
    s.fake.state.attachments[0]!.content = letter(CPR_B);
    expect((await s.send()).allowEvent).toBe(false);
  });

  it("keeps at most three Outlook calls in flight while fetching many files", async () => {
    const s = setup({
      to: ["kollega@randers.dk"],
      attachments: Array.from({ length: 7 }, (_, i) => ({ name: `bilag${i}.txt`, content: toBase64(`bilag ${i}`) })),
    });
    s.fake.delay("getAttachmentContentAsync", 3);
    expect(await s.send()).toEqual({ allowEvent: true });
    expect(s.fake.callsTo("getAttachmentContentAsync")).toHaveLength(7);
    expect(s.fake.maxInFlight).toBeLessThanOrEqual(3);
  });
});

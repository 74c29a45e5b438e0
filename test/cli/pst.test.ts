// .pst input: the folder-by-folder reader (against pst-extractor's own object shapes), the
// worker pool (same report as one thread), and a real public PST when one is at hand.
import { existsSync } from "node:fs";
import { run } from "../../src/cli/main";
import type { AuditReport } from "../../src/cli/audit/report";
import { folderMails } from "../../src/cli/pst/read-pst";
import { nameOnly } from "../../src/cli/attachments";
import { captureIo } from "./helpers/io";
import { POLICY, seeded, sentMail, type SentClass } from "./helpers/sent-items";
import { tempTree } from "./helpers/tmp";

/** pst-extractor's message as the reader sees it: getters and a protected property reader. */
function fakeItem(spec: { cls?: string; to?: string[]; cc?: string[]; body?: string; stamp?: string; attachments?: string[] }) {
  const recipients = [...(spec.to ?? []).map((a) => ({ a, t: 1 })), ...(spec.cc ?? []).map((a) => ({ a, t: 2 }))];
  return {
    messageClass: spec.cls ?? "IPM.Note",
    subject: "Sag",
    body: spec.body ?? "hej",
    bodyHTML: "",
    senderName: "SB",
    senderEmailAddress: "/O=EXCHANGE/CN=SB",
    numberOfRecipients: recipients.length,
    getRecipient: (i: number) => ({ smtpAddress: recipients[i]?.a, emailAddress: "", displayName: "", recipientType: recipients[i]?.t }),
    numberOfAttachments: (spec.attachments ?? []).length,
    getAttachment: (i: number) => ({ longFilename: spec.attachments?.[i], filename: "", size: 3, fileInputStream: { length: { toNumber: () => 3 }, readCompletely: (b: Buffer) => b.write("abc") } }),
    transportMessageHeaders: spec.stamp ? `X-Mailer: Test\r\nx-sendevagt: ${spec.stamp}\r\n` : "",
    clientSubmitTime: new Date("2026-11-02T10:00:00Z"),
    messageDeliveryTime: null,
    getStringItem: (id: number) => (id === 0x5d01 ? "sb@randers.dk" : ""),
  };
}

function fakeFolder(items: ReturnType<typeof fakeItem>[]) {
  let i = 0;
  return { getNextChild: () => items[i++] ?? null } as never;
}

describe("PST reader", () => {
  test("streams mails one by one: SMTP sender, recipients by type, attachments, stamp; skips non-mail items", () => {
    const folder = fakeFolder([
      fakeItem({ to: ["a@gmail.com"], cc: ["b@randers.dk"], stamp: "sendevagt 1.0.0; result=allow; policy=p", attachments: ["x.txt"] }),
      fakeItem({ cls: "IPM.Contact" }),
      fakeItem({ to: ["c@hotmail.com"] }),
    ]);
    const mails = [...folderMails(folder, nameOnly, 1024)];
    expect(mails).toHaveLength(2);
    const first = mails[0];
    expect(first?.message.from?.address).toBe("sb@randers.dk");
    expect(first?.message.to.map((r) => r.address)).toEqual(["a@gmail.com"]);
    expect(first?.message.cc.map((r) => r.address)).toEqual(["b@randers.dk"]);
    expect(first?.message.attachments?.map((a) => a.name)).toEqual(["x.txt"]);
    expect(first?.envelope).toEqual({ stamp: "sendevagt 1.0.0; result=allow; policy=p", client: "Test", date: "2026-11-02T10:00:00.000Z" });
    expect(mails[1]?.envelope.stamp).toBeUndefined();
  });

  const publicPst = process.env.SENDEVAGT_TEST_PST;
  (publicPst && existsSync(publicPst) ? test : test.skip)("reads a public test PST (pstsdk sample1.pst; SENDEVAGT_TEST_PST)", async () => {
    const io = captureIo();
    expect(await run(["audit", publicPst as string, "--json"], io)).toBe(0);
    const report = JSON.parse(io.out()) as AuditReport;
    expect(report.total.mails).toBeGreaterThanOrEqual(1);
    expect(report.period.from).toMatch(/^20\d\d-\d\d-\d\d$/);
    const r = captureIo();
    expect(await run(["report", publicPst as string], r)).toBe(0);
    expect(r.out()).toMatch(/Mails kontrolleret: [1-9]/);
  });

  test("a file that is not a PST is reported unreadable, not a crash", async () => {
    const tree = tempTree({ "broken.pst": "!BDN this is not a pst" });
    const io = captureIo();
    expect(await run(["audit", tree.path("broken.pst"), "--json"], io)).toBe(0);
    expect((JSON.parse(io.out()) as AuditReport).unreadable).toBe(1);
    expect(io.err()).toMatch(/broken\.pst: kunne ikke læses/);
    tree.cleanup();
  });
});

describe("worker threads", () => {
  test("--workers 2 gives the same report as one thread", async () => {
    const random = seeded(21);
    const classes: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
    const files: Record<string, string> = { "policy.json": JSON.stringify(POLICY) };
    for (let i = 0; i < 40; i++) files[`sent/${String(i).padStart(3, "0")}.eml`] = sentMail(classes[i % classes.length] as SentClass, i, random).eml;
    const tree = tempTree(files);
    const one = captureIo();
    const two = captureIo();
    await run(["audit", tree.path("sent"), "--policy", tree.path("policy.json"), "--json"], one);
    await run(["audit", tree.path("sent"), "--policy", tree.path("policy.json"), "--json", "--workers", "2"], two);
    tree.cleanup();
    expect(JSON.parse(two.out())).toEqual(JSON.parse(one.out()));
    expect((JSON.parse(one.out()) as AuditReport).total.mails).toBe(40);
  }, 60_000);

  test("--workers must be a whole number from 1 to 64", async () => {
    const io = captureIo();
    expect(await run(["audit", ".", "--workers", "0"], io)).toBe(2);
    expect(await run(["audit", ".", "--workers", "1.5"], io)).toBe(2);
  });
});

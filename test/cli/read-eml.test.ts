import { readEml } from "../../src/cli/read-eml";
import { UnreadableError } from "../../src/cli/unreadable";
import type { RawAttachment } from "../../src/cli/attachments";
import { buildEml } from "./helpers/eml";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("readEml", () => {
  it("takes addresses (groups unwrapped), an encoded subject, and the HTML part as text", async () => {
    const eml = buildEml({
      from: '"Hansen, Jens" <jens@randers.dk>',
      to: ["Borgere: anna@gmail.com, ole@gmail.com;", "kollega@randers.dk"],
      cc: ["leder@randers.dk"],
      bcc: ["arkiv@randers.dk"],
      subject: "Afgørelse på din sag",
      text: "tekstdelen",
      html: "<p>Kære Anna</p><p>HTML-delen &amp; mere</p>",
    });
    const message = await readEml(utf8(eml));
    expect(message.from).toEqual({ address: "jens@randers.dk", displayName: "Hansen, Jens" });
    expect(message.to.map((r) => r.address)).toEqual(["anna@gmail.com", "ole@gmail.com", "kollega@randers.dk"]);
    expect(message.cc).toEqual([{ address: "leder@randers.dk" }]);
    expect(message.bcc).toEqual([{ address: "arkiv@randers.dk" }]);
    expect(message.subject).toBe("Afgørelse på din sag");
    expect(message.body).toContain("HTML-delen & mere");
    expect(message.body).not.toContain("tekstdelen");
    expect(message.body).not.toContain("<p>");
  });

  it("passes the HTML part's unseen text (a link with a CPR number) into the message", async () => {
    const eml = buildEml({
      from: "a@randers.dk",
      to: ["b@gmail.com"],
      subject: "x",
      html: '<p>Se <a href="https://sag.dk/vis?cpr=070761-1006">sagen</a></p><!-- 1502821234 -->',
    });
    const message = await readEml(utf8(eml));
    expect(message.body).toBe("Se sagen");
    expect(message.bodyHidden?.map((h) => h.kind)).toEqual(["link", "comment"]);
  });

  it("falls back to the text part", async () => {
    const message = await readEml(utf8(buildEml({ from: "a@randers.dk", to: ["b@gmail.com"], subject: "x", text: "kun tekst" })));
    expect(message.body).toBe("kun tekst");
  });

  it("hands decoded base64 attachments to the reader, leaving out inline images of the HTML", async () => {
    const eml = buildEml({
      from: "a@randers.dk",
      to: ["b@gmail.com"],
      subject: "Bilag",
      text: "se bilag",
      html: '<p>se bilag</p><img src="cid:logo@x">',
      attachments: [{ name: "brev.txt", mimeType: "text/plain", content: "Kære Ole" }],
    }).replace(
      /--(mixed-\d+)--/,
      (_m, boundary) =>
        `--${boundary}\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\nContent-Disposition: inline; filename="logo.png"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--${boundary}--`,
    );
    const seen: RawAttachment[] = [];
    const message = await readEml(utf8(eml), (raws) => {
      seen.push(...raws);
      return raws.map((raw) => ({ name: raw.name, text: Buffer.from(raw.bytes).toString("utf8") }));
    });
    expect(seen.map((raw) => raw.name)).toEqual(["brev.txt"]);
    expect(message.attachments).toContainEqual({ name: "brev.txt", text: "Kære Ole" });
  });

  it.each([
    ["binary bytes", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3])],
    ["text that is no mail", utf8("Dette er bare noter\nuden nogen mail-headere\n")],
  ])("rejects %s as not a mail", async (_label, bytes) => {
    await expect(readEml(bytes)).rejects.toEqual(new UnreadableError("not-a-mail"));
  });
});

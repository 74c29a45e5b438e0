import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import { OfficeError } from "./office-error";
import { DEFAULT_ATTACHMENT_LIMITS } from "../policy/defaults";
import { readMessage } from "./read-message";
import { htmlBodyText } from "../detection";

const htmlToText = (html: string) => html.replace(/<[^>]+>/g, "").trim();
const limits = { ...DEFAULT_ATTACHMENT_LIMITS };

describe("readMessage", () => {
  it("reads from, recipients, subject, HTML body via the converter, and the non-inline attachments' text", async () => {
    const fake = createFakeComposeItem({
      from: { emailAddress: "sb@randers.dk", displayName: "Sagsbehandler" },
      to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
      cc: ["kollega@randers.dk"],
      bcc: [],
      subject: "Afgørelse",
      bodyHtml: "<p>Hej <b>Borger</b></p>",
      bodyText: "should not be used",
      attachments: [{ name: "notat.txt", content: Buffer.from("Sagsnotat").toString("base64") }, { name: "logo.png", isInline: true }],
    });
    expect(await readMessage(fake.item, { htmlToText, limits })).toEqual({
      from: { address: "sb@randers.dk", displayName: "Sagsbehandler" },
      to: [{ address: "borger@gmail.com", displayName: "Borger" }],
      cc: [{ address: "kollega@randers.dk" }],
      bcc: [],
      subject: "Afgørelse",
      body: "Hej Borger",
      attachments: [{ name: "notat.txt", text: "Sagsnotat" }],
    });
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("passes what the HTML carries unseen into the message when the converter gives it (htmlBodyText)", async () => {
    const fake = createFakeComposeItem({ bodyHtml: '<p>Se <a href="https://sag.dk/?cpr=0707611006">sagen</a></p>' });
    const message = await readMessage(fake.item, { htmlToText: htmlBodyText, limits });
    expect(message.body).toBe("Se sagen");
    expect(message.bodyHidden).toEqual([{ kind: "link", text: ' href="https://sag.dk/?cpr=0707611006"', at: 2 }]);
  });

  it("falls back to the text body when the HTML coercion fails", async () => {
    const fake = createFakeComposeItem({ bodyHtml: "<p>x</p>", bodyText: "plain text" });
    fake.failNext("body.getAsync");
    expect((await readMessage(fake.item, { htmlToText, limits })).body).toBe("plain text");
  });

  it.each(["to.getAsync", "from.getAsync", "subject.getAsync", "getAttachmentsAsync"] as const)(
    "rejects with an OfficeError when %s fails",
    async (method) => {
      const fake = createFakeComposeItem();
      fake.failNext(method, { code: 5001 });
      const err = await readMessage(fake.item, { htmlToText, limits }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OfficeError);
      expect(err).toMatchObject({ api: method, code: 5001 });
    },
  );

  it("rejects when both body forms fail", async () => {
    const fake = createFakeComposeItem();
    fake.failNext("body.getAsync", { times: 2, code: 9002 });
    await expect(readMessage(fake.item, { htmlToText, limits })).rejects.toMatchObject({ api: "body.getAsync" });
  });
});

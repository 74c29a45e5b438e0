import { readMsg } from "../../src/cli/read-msg";
import { UnreadableError } from "../../src/cli/unreadable";
import type { RawAttachment } from "../../src/cli/attachments";
import { buildMsg } from "../../dev/testing/msg-builder";

describe("readMsg", () => {
  const bytes = buildMsg({
    subject: "Sag 2026-117",
    body: "Hej Anna\r\nSe vedhæftede.",
    sender: { name: "Jens Hansen", address: "jens@randers.dk" },
    recipients: [
      { name: "Anna", address: "anna@gmail.com", type: "to" },
      { address: "leder@randers.dk", type: "cc", exchangeDn: "/O=EXCHANGELABS/OU=EXCHANGE/CN=RECIPIENTS/CN=LEDER" },
      { address: "arkiv@randers.dk", type: "bcc" },
    ],
    attachments: [{ name: "brev.txt", content: new Uint8Array(Buffer.from("indhold")) }],
  });

  it("takes sender, recipients by type (SMTP form of Exchange addresses), subject and body", () => {
    const message = readMsg(bytes);
    expect(message.from).toEqual({ address: "jens@randers.dk", displayName: "Jens Hansen" });
    expect(message.to).toEqual([{ address: "anna@gmail.com", displayName: "Anna" }]);
    expect(message.cc).toEqual([{ address: "leder@randers.dk" }]);
    expect(message.bcc).toEqual([{ address: "arkiv@randers.dk" }]);
    expect(message.subject).toBe("Sag 2026-117");
    expect(message.body).toBe("Hej Anna\r\nSe vedhæftede.");
  });

  it("hands each attachment's name and bytes to the attachment reader", () => {
    const seen: RawAttachment[] = [];
    const message = readMsg(bytes, (raws) => {
      seen.push(...raws);
      return raws.map((raw) => ({ name: raw.name, text: Buffer.from(raw.bytes).toString("utf8") }));
    });
    expect(seen.map((raw) => raw.name)).toEqual(["brev.txt"]);
    expect(message.attachments).toEqual([{ name: "brev.txt", text: "indhold" }]);
  });

  it("lists attachments as not checked when asked not to read them", () => {
    expect(readMsg(bytes).attachments).toEqual([{ name: "brev.txt", unreadable: "not-extracted" }]);
  });

  it("reads the HTML body when there is one", () => {
    const message = readMsg(buildMsg({ subject: "s", body: "plain", html: "<p>Kære <b>Ole</b></p><p>CPR &amp; mere</p>" }));
    expect(message.body).toContain("Kære Ole");
    expect(message.body).toContain("CPR & mere");
    expect(message.body).not.toContain("plain");
  });

  it("decodes a non-Unicode .msg as windows-1252 (æøå and the en dash)", () => {
    expect(readMsg(buildMsg({ ansiSubject: "Køge – sag 150372\u20131234" })).subject).toBe("Køge – sag 150372\u20131234");
  });

  it("reads a body stored only as compressed RTF", () => {
    const message = readMsg(buildMsg({ subject: "s", rtf: "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 K\\'e6re Ole\\par CPR-nr. 150372\\par}" }));
    expect(message.body).toContain("Kære Ole");
    expect(message.body).toContain("CPR-nr. 150372");
    expect(message.body).not.toContain("Arial");
  });

  it("rejects a file that is not a compound file", () => {
    expect(() => readMsg(new Uint8Array(Buffer.from("From: x@y.dk\r\n\r\nnot a msg")))).toThrow(UnreadableError);
  });

  it("rejects a truncated .msg without crashing the caller", () => {
    let error: unknown;
    try {
      readMsg(bytes.slice(0, 700));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnreadableError);
    expect((error as UnreadableError).code).toBe("parse-failed");
  });
});

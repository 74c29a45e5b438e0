import { readTxt, parseAddressList } from "../../src/cli/read-txt";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("readTxt", () => {
  it("reads an Outlook text export with Danish headers", () => {
    const message = readTxt(
      bytes("Fra: Jens Hansen <jens@randers.dk>\r\nSendt: 10. november 2026 09:00\r\nTil: borger@gmail.com; Anna <anna@aarhus.dk>\r\nCc: leder@randers.dk\r\nEmne: Din sag\r\n\r\nHej\r\nCPR 010203\r\n"),
    );
    expect(message.from).toEqual({ address: "jens@randers.dk", displayName: "Jens Hansen" });
    expect(message.to).toEqual([{ address: "borger@gmail.com" }, { address: "anna@aarhus.dk", displayName: "Anna" }]);
    expect(message.cc).toEqual([{ address: "leder@randers.dk" }]);
    expect(message.subject).toBe("Din sag");
    expect(message.body).toBe("Hej\nCPR 010203\n");
  });

  it("reads English headers", () => {
    const message = readTxt(bytes("From: a@randers.dk\nTo: b@gmail.com\nBcc: c@gmail.com\nSubject: Hi\n\nBody"));
    expect(message.bcc).toEqual([{ address: "c@gmail.com" }]);
    expect(message.body).toBe("Body");
  });

  it("treats a file without a header block as a body to no one", () => {
    const text = "Kære borger\nFra: i morgen er kontoret lukket\n\nHilsen";
    const message = readTxt(bytes(text));
    expect(message.to).toEqual([]);
    expect(message.from).toBeUndefined();
    expect(message.body).toBe(text);
  });

  it("does not take a first line that only looks like a header", () => {
    const message = readTxt(bytes("Fra: jens@randers.dk\nHej med dig\n\nmere"));
    expect(message.from).toBeUndefined();
    expect(message.body).toBe("Fra: jens@randers.dk\nHej med dig\n\nmere");
  });

  it("falls back to windows-1252 and strips a BOM", () => {
    expect(readTxt(new Uint8Array([0x4b, 0xf8, 0x67, 0x65])).body).toBe("Køge");
    expect(readTxt(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).body).toBe("A");
  });

  it("splits address lists on ; and ,", () => {
    expect(parseAddressList(' "Hansen, Jens" <j@x.dk> ; k@y.dk ')).toEqual([
      { address: "j@x.dk", displayName: "Hansen, Jens" },
      { address: "k@y.dk" },
    ]);
  });
});

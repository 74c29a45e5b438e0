import { strToU8 } from "fflate";
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";
import { buildMsg } from "../../dev/testing/msg-builder";
import { docx, eml } from "./__tests__/fixtures";
import { CPR_A, CPR_B, CPR_C, cprsIn, whereAt } from "./__tests__/helpers";
import { extractAttachmentText, extractAttachments } from "./index";

describe("Outlook .msg files attached as files", () => {
  test("subject, body and attachments are read; attachments are files of their own", () => {
    const msg = buildMsg({
      subject: `Sag om Søren ${CPR_C}`,
      body: `Kære Søren\r\nDit CPR-nr. ${CPR_A}`,
      sender: { name: "Sagsbehandler", address: "s@randers.dk" },
      recipients: [{ address: "borger@gmail.com", type: "to" }],
      attachments: [
        { name: "brev.docx", content: docx({ paragraphs: [CPR_B] }) },
        { name: "logo.png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
      ],
    });
    const r = extractAttachmentText("Sag om Søren.msg", msg);
    expect(r.unreadable).toBeUndefined();
    expect(whereAt(r.parts, r.text!.indexOf(CPR_C))).toBe("subject");
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("body");
    expect(r.text).toContain("Kære Søren");
    expect(r.embedded!.map((e) => [e.name, e.unreadable])).toEqual([
      ["brev.docx", undefined],
      ["logo.png", "image"],
    ]);
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_B]);
  });

  test("an HTML-only body and an 8-bit subject", () => {
    const msg = buildMsg({ ansiSubject: "Afgørelse – bolig", html: `<html><body><p>Borger ${CPR_A}</p></body></html>` });
    const r = extractAttachmentText("x.msg", msg);
    expect(r.text).toContain("Afgørelse – bolig");
    expect(r.text).not.toContain("<p>");
    expect(cprsIn(r.text)).toEqual([CPR_A]);
  });

  test("a large attachment goes through the compound file's regular sectors, not the mini stream", () => {
    const big = strToU8(`${"x".repeat(70000)} ${CPR_B} ${"y".repeat(10000)}`);
    const r = extractAttachmentText("x.msg", buildMsg({ subject: "stor", attachments: [{ name: "stor.txt", content: big }] }));
    expect(r.embedded![0]!.text!.length).toBe(big.length);
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_B]);
  });

  test("a .msg inside an attached mail, flattened by path", () => {
    const msg = buildMsg({ subject: "Indre", body: `nr ${CPR_A}` });
    const mail = eml({ subject: "Fwd", parts: [{ type: "text/plain", body: "se vedhæftede" }, { type: "application/vnd.ms-outlook", filename: "Indre.msg", body: msg }] });
    const out = extractAttachments([{ name: "Fwd", content: { format: "eml", data: mail } }]);
    expect(out.map((a) => a.name)).toEqual(["Fwd", "Fwd/Indre.msg"]);
    expect(cprsIn(out[1]!.text)).toEqual([CPR_A]);
  });

  test("an Outlook item attached inside a .msg (an embedded message storage) is read, one level down", () => {
    const entries: Entry[] = [{ name: "Root Entry", type: TypeEnum.ROOT, children: [], length: 0 }];
    const add = (parent: number, e: Entry) => (entries.push(e), entries[parent]!.children!.push(entries.length - 1), entries.length - 1);
    const str = (parent: number, tag: string, v: string) => {
      const data = new Uint8Array(Buffer.from(v, "utf16le"));
      add(parent, { name: `__substg1.0_${tag}001F`, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
    };
    add(0, { name: "__properties_version1.0", type: TypeEnum.DOCUMENT, length: 32, binaryProvider: () => new Uint8Array(32) });
    str(0, "0037", "Ydre");
    const att = add(0, { name: "__attach_version1.0_#00000000", type: TypeEnum.DIRECTORY, children: [], length: 0 });
    const inner = add(att, { name: "__substg1.0_3701000D", type: TypeEnum.DIRECTORY, children: [], length: 0 });
    add(inner, { name: "__properties_version1.0", type: TypeEnum.DOCUMENT, length: 24, binaryProvider: () => new Uint8Array(24) });
    str(inner, "0037", "Indre sag");
    str(inner, "1000", `Borger ${CPR_A}`);
    const r = extractAttachmentText("Ydre.msg", burn(entries));
    expect(r.embedded!.map((e) => e.name)).toEqual(["Indre sag.msg"]);
    expect(cprsIn(r.embedded![0]!.text)).toEqual([CPR_A]);
  });

  test("a truncated .msg never throws and is reported", () => {
    const msg = buildMsg({ subject: "x", body: `nr ${CPR_A}`, attachments: [{ name: "a.txt", content: strToU8("hej") }] });
    for (let n = 0; n < msg.length; n += 97) {
      const r = extractAttachmentText("x.msg", msg.subarray(0, n));
      expect(r.text !== undefined || r.unreadable !== undefined).toBe(true);
    }
  });
});

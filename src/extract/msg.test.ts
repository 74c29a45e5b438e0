import { strToU8 } from "fflate";
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";
import { Reader, TypeEnum } from "@kenjiuno/msgreader/lib/Reader";
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

  test("the sender's and recipients' names and addresses are read: a display name can carry a number", () => {
    const msg = buildMsg({
      subject: "Henvendelse",
      body: "Se vedhæftede.",
      sender: { name: `Borger ${CPR_A}`, address: "borger@gmail.com" },
      recipients: [{ name: `Sag ${CPR_B}`, address: "post@randers.dk", type: "to" }],
    });
    const r = extractAttachmentText("Henvendelse.msg", msg);
    expect(cprsIn(r.text)).toEqual([CPR_A, CPR_B]);
    expect(whereAt(r.parts, r.text!.indexOf(CPR_A))).toBe("people");
    expect(r.text).toContain("borger@gmail.com");
  });

  test("an HTML body that holds a number the plain one lacks is read too, and its link targets always", () => {
    const msg = buildMsg({ subject: "x", body: "Hej Jens, se linket.", html: `<p>Hej Jens ${CPR_A}, se <a href="https://sag.randers.dk/?cpr=${CPR_B}">linket</a>.</p>` });
    expect(cprsIn(extractAttachmentText("x.msg", msg).text)).toEqual([CPR_A, CPR_B]);
    // The same text in both forms is read once.
    const same = extractAttachmentText("y.msg", buildMsg({ subject: "x", body: `Borger ${CPR_A}`, html: `<p>Borger ${CPR_A}</p>` }));
    expect(cprsIn(same.text)).toEqual([CPR_A]);
  });

  test("a body kept only as compressed RTF (MS-OXRTFCP) is read", () => {
    const msg = buildMsg({ subject: "x", rtf: `{\\rtf1\\ansi Borger ${CPR_A}\\par}` });
    const compressed = (rtf: string) => {
      // LZFu with literal runs only: a control byte 0 before each eight bytes.
      const raw = strToU8(rtf);
      const body: number[] = [];
      for (let i = 0; i < raw.length; i += 8) body.push(0, ...raw.subarray(i, i + 8));
      const out = new Uint8Array(16 + body.length);
      const view = new DataView(out.buffer);
      view.setUint32(0, body.length + 12, true);
      view.setUint32(4, raw.length, true);
      view.setUint32(8, 0x75465a4c, true);
      out.set(body, 16);
      return out;
    };
    const replaced = replaceStream(msg, "__substg1.0_10090102", compressed(`{\\rtf1\\ansi Borger ${CPR_B}\\par}`));
    expect(cprsIn(extractAttachmentText("x.msg", msg).text)).toEqual([CPR_A]);
    const r = extractAttachmentText("z.msg", replaced);
    expect(r.unreadable).toBeUndefined();
    expect(cprsIn(r.text)).toEqual([CPR_B]);
  });

  test("a body kept only in a form that cannot be read is reported, not passed as empty", () => {
    const lying = new Uint8Array(32);
    new DataView(lying.buffer).setUint32(0, 1_000_000, true); // a compressed size past the stream's end
    const r = extractAttachmentText("x.msg", replaceStream(buildMsg({ subject: "Sag", rtf: "{\\rtf1 x}" }), "__substg1.0_10090102", lying));
    expect(r.unreadable).toBe("corrupt");
    expect(r.text).toContain("Sag");
  });

  test("a truncated .msg never throws and is reported", () => {
    const msg = buildMsg({ subject: "x", body: `nr ${CPR_A}`, attachments: [{ name: "a.txt", content: strToU8("hej") }] });
    for (let n = 0; n < msg.length; n += 97) {
      const r = extractAttachmentText("x.msg", msg.subarray(0, n));
      expect(r.text !== undefined || r.unreadable !== undefined).toBe(true);
    }
  });
});

/** The .msg with one top-level stream's bytes replaced (the Burner rebuilds the compound file). */
function replaceStream(msg: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const reader = new Reader(new DataView(msg.buffer, msg.byteOffset, msg.byteLength));
  reader.parse();
  const entries: Entry[] = [];
  const copy = (folder: ReturnType<Reader["rootFolder"]>, parent: number) => {
    for (const f of folder.subFolders()) {
      const i = entries.push({ name: f.name, type: TypeEnum.DIRECTORY, children: [], length: 0 }) - 1;
      entries[parent]!.children!.push(i);
      copy(f, i);
    }
    for (const file of folder.fileNames()) {
      const bytes = parent === 0 && file === name ? data : folder.readFile(file)!;
      const i = entries.push({ name: file, type: TypeEnum.DOCUMENT, length: bytes.length, binaryProvider: () => bytes }) - 1;
      entries[parent]!.children!.push(i);
    }
  };
  entries.push({ name: "Root Entry", type: TypeEnum.ROOT, children: [], length: 0 });
  copy(reader.rootFolder(), 0);
  return burn(entries);
}

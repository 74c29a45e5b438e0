// The pure MIME reader against postal-mime (which the handler cannot use: it needs TextDecoder):
// random subjects, bodies, charsets, transfer encodings and attachment names, parsed by both.
import fc from "fast-check";
import PostalMime from "postal-mime";
import { readEml } from "./eml";
import { newBudget } from "./extract";

const CHARSETS = ["utf-8", "iso-8859-1", "windows-1252"] as const;

function encodeCharset(s: string, charset: (typeof CHARSETS)[number]): Buffer {
  return charset === "utf-8" ? Buffer.from(s, "utf8") : Buffer.from(s, "latin1");
}

function qp(bytes: Buffer): string {
  let out = "";
  let line = 0;
  for (const b of bytes) {
    const piece = b === 0x0a ? "\r\n" : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
    if (piece === "\r\n") {
      out += piece;
      line = 0;
      continue;
    }
    if (line + piece.length > 73) {
      out += "=\r\n";
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

function encodedWord(s: string, b: boolean): string {
  const bytes = Buffer.from(s, "utf8");
  return b ? `=?UTF-8?B?${bytes.toString("base64")}?=` : `=?utf-8?Q?${[...bytes].map((x) => ((x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) ? String.fromCharCode(x) : "=" + x.toString(16).toUpperCase().padStart(2, "0"))).join("")}?=`;
}

// Danish text, digits and punctuation; Latin-1 representable so every charset can carry it
const textArb = fc.string({ unit: fc.constantFrom(..."abcæøåÆØÅ 0123456789-.,:;!?é\n".split("")), minLength: 1, maxLength: 200 });

test("subject, text body and attachment names agree with postal-mime", async () => {
  await fc.assert(
    fc.asyncProperty(
      textArb,
      textArb.filter((s) => !s.includes("\n")),
      fc.constantFrom(...CHARSETS),
      fc.constantFrom("base64", "quoted-printable", "8bit"),
      fc.boolean(),
      fc.constantFrom("bilag.pdf", "æble ø.txt", "Søren 010203.docx"),
      async (body, subject, charset, cte, bSubject, filename) => {
        const bodyBytes = encodeCharset(body.replace(/\n/g, "\r\n"), charset);
        const encodedBody = cte === "base64" ? bodyBytes.toString("base64").replace(/.{76}/g, "$&\r\n") : cte === "quoted-printable" ? qp(encodeCharset(body, charset)) : bodyBytes.toString("latin1");
        const mail =
          `Subject: ${encodedWord(subject, bSubject)}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="=_b"\r\n\r\n` +
          `--=_b\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${encodedBody}\r\n` +
          `--=_b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''${encodeURIComponent(filename)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from("x").toString("base64")}\r\n--=_b--\r\n`;
        const bytes = Buffer.from(mail, "latin1");
        const oracle = await PostalMime.parse(bytes);
        const mine = readEml(Uint8Array.from(bytes), 0, newBudget());
        const parts = mine.parts!;
        const subjectPart = parts.find((p) => p.where === "subject");
        const subjectText = subjectPart ? mine.text!.slice(subjectPart.start, subjectPart.end) : "";
        const bodyPart = parts.find((p) => p.where === "body");
        const norm = (s: string | undefined) => (s ?? "").replace(/\r\n/g, "\n").replace(/\s+$/, "");
        expect(subjectText.trim()).toBe((oracle.subject ?? "").trim());
        if (norm(oracle.text).trim() !== "") expect(norm(bodyPart && mine.text!.slice(bodyPart.start, bodyPart.end))).toBe(norm(oracle.text));
        expect(mine.embedded!.map((e) => e.name)).toEqual(oracle.attachments.map((a) => a.filename));
      },
    ),
    { numRuns: 200 },
  );
});

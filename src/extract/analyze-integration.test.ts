// The extractor's output as analyzeMessage reads it: findings name the attachment and the sheet,
// page or slide; files that were not (fully) read become "attachment-unchecked" findings.
import { analyzeMessage, defaultPolicy, type CprFinding, type Finding } from "../detection";
import { docx, pdf, xlsx } from "./__tests__/fixtures";
import { CPR_A, CPR_B } from "./__tests__/helpers";
import { extractAttachments } from "./index";

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

test("a mail to a citizen with a spreadsheet, a letter and a scan", () => {
  const attachments = extractAttachments([
    { name: "borgere.xlsx", content: { format: "base64", data: b64(xlsx([{ name: "Forside", rows: [["Liste"]] }, { name: "Borgere", rows: [["Åse", CPR_A]] }])) } },
    { name: "brev.docx", content: { format: "base64", data: b64(docx({ paragraphs: ["Brev"], footer: `CPR ${CPR_B}` })) } },
    { name: "scan.pdf", content: { format: "base64", data: b64(pdf(["q Q"])) } },
  ]);
  const verdict = analyzeMessage(
    { from: { address: "sagsbehandler@randers.dk" }, to: [{ address: "borger@gmail.com" }], cc: [], bcc: [], subject: "Afgørelse", body: "Hej", attachments },
    defaultPolicy("randers.dk"),
    { salt: "test", today: new Date(2026, 5, 1) },
  );
  const cpr = verdict.findings.find((f): f is CprFinding => f.rule === "cpr-external" || f.rule === "cpr-several-people")!;
  expect(cpr.cprs.map((c) => [c.masked, c.location])).toEqual([
    [`${CPR_A.slice(0, 6)}-XXXX`, { part: "attachment", name: "borgere.xlsx", where: "sheet:Borgere" }],
    [`${CPR_B.slice(0, 6)}-XXXX`, { part: "attachment", name: "brev.docx", where: "footer" }],
  ]);
  const unchecked = verdict.findings.filter((f: Finding) => f.rule === "attachment-unchecked");
  expect(unchecked.map((f) => f.rule === "attachment-unchecked" && [f.attachment, f.reason])).toEqual([["scan.pdf", "pdf-no-text"]]);
});

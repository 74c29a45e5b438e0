// A citizen list's finding lists only some of its numbers (analyzeMessage's object cap); every
// place that reports how many must still say the exact count: the Smart Alert, the pane's
// confirmation, the audit header and the CLI.
import { analyzeMessage, defaultPolicy } from "../detection";
import type { CprFinding, Message } from "../detection";
import { formatFinding } from "../cli/format";
import { textsFor } from "../cli/i18n";
import { paneAuditStamp, parsePaneRecord } from "../outlook/audit-stamp";
import { confirmOffer } from "../taskpane/model";
import { findingLine } from "./alert";

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** `count` distinct synthetic numbers on 1 March 1961 and the days after (modulus 11 holds). */
function numbers(count: number): string[] {
  const out: string[] = [];
  for (let day = 1; out.length < count; day++) {
    const date = `${String(day).padStart(2, "0")}0361`;
    for (let serial = 0; serial < 4000 && out.length < count; serial++) {
      const digits = date + String(serial).padStart(4, "0");
      let sum = 0;
      for (let i = 0; i < 10; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
      if (sum % 11 === 0) out.push(`${digits.slice(0, 6)}-${digits.slice(6)}`);
    }
  }
  return out;
}

const list = numbers(1500);
const message: Message = {
  to: [{ address: "borger@gmail.com" }],
  cc: [],
  bcc: [],
  subject: "Liste",
  body: "Se listen.",
  attachments: [{ name: "borgere.csv", text: list.concat(list).join("\n") }],
};
const policy = defaultPolicy("sagsbehandler@randers.dk");
const verdict = analyzeMessage(message, policy, { today: new Date(2026, 0, 1), salt: "s" });
const several = verdict.findings.find((f) => f.rule === "cpr-several-people") as CprFinding;

test("the finding is cut short but counts exactly", () => {
  expect([several.truncated, several.occurrenceCount, several.cprCount]).toEqual([true, 3000, 1500]);
  expect(several.cprs.length).toBeLessThan(1500);
});

test("the Smart Alert counts the numbers it does not name", () => {
  const line = findingLine(several, "da");
  const shown = new Set(several.cprs.slice(0, 2).map((c) => c.masked)).size;
  expect(line).toContain(`+${1500 - shown}`);
});

test("the audit header and the pane's confirmation carry the exact counts", () => {
  const stamp = paneAuditStamp({ caught: verdict, decisions: ["confirmed"], policyVersion: "1" });
  // cpr= counts distinct numbers, occurrences= the places they stand (issue 17).
  expect(parsePaneRecord(stamp)).toMatchObject({ cpr: "1500", occurrences: "3000", people: "1500" });
  const confirmable = { ...policy, confirmation: { ...policy.confirmation, allowed: [...policy.confirmation.allowed, "cpr-several-people" as const] } };
  const confirmVerdict = analyzeMessage(message, confirmable, { today: new Date(2026, 0, 1), salt: "s" });
  expect(confirmOffer(confirmVerdict, confirmable)?.people).toBe(1500);
});

test("the CLI lists five occurrences and counts the rest", () => {
  expect(formatFinding(several, textsFor("da"))).toContain("og 2995 mere");
});

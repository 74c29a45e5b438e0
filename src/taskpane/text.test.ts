import type { Finding, RuleId } from "../detection";
import { UNREADABLE_REASONS } from "../extract";
import { da } from "../i18n/da";
import { en } from "../i18n/en";
import type { Lang } from "../i18n";
import { defaultPolicy } from "../policy";
import { buildItem, type PaneErrorCode, type Status } from "./model";
import {
  actionLabel,
  attachmentReason,
  confirmStatement,
  findingBody,
  findingTitle,
  formatBirthDate,
  joinList,
  outcomeText,
  partText,
  personText,
  placeText,
  statusText,
  whereText,
} from "./text";

const today = new Date("2026-11-25T12:00:00Z");
const policy = defaultPolicy("anna@randers.dk");
const LANGS: Lang[] = ["da", "en"];

const findings: Record<RuleId, Finding> = {
  "cpr-external": {
    rule: "cpr-external",
    severity: "confirm",
    confirmable: true,
    quotedOnly: true,
    recipients: [{ field: "to", address: "borger@gmail.com", kind: "external" }],
    cprs: [{ location: { part: "body" }, start: 0, end: 11, masked: "010203-XXXX", birthDate: "2003-02-01", evidence: "keyword", quoted: true, hash: "h1" }],
  },
  "cpr-several-people": {
    rule: "cpr-several-people",
    severity: "block",
    confirmable: false,
    quotedOnly: false,
    recipients: [{ field: "cc", address: "advokat@firma.dk", kind: "external" }],
    cprs: [
      { location: { part: "attachment", name: "liste.xlsx" }, start: 0, end: 11, masked: "010203-XXXX", birthDate: "2003-02-01", evidence: "checksum", quoted: false, hash: "h1" },
      { location: { part: "body" }, start: 20, end: 31, masked: "050607-XXXX", birthDate: "2007-06-05", evidence: "checksum", quoted: false, hash: "h2" },
    ],
  },
  "cpr-subject": {
    rule: "cpr-subject",
    severity: "block",
    confirmable: false,
    quotedOnly: false,
    recipients: [],
    cprs: [{ location: { part: "subject" }, start: 4, end: 15, masked: "010203-XXXX", birthDate: "2003-02-01", evidence: "keyword", quoted: false, hash: "h1" }],
  },
  lookalike: {
    rule: "lookalike",
    severity: "block",
    confirmable: false,
    recipient: { field: "to", address: "a@anders.dk", kind: "external" },
    assessment: { address: "a@anders.dk", domain: "anders.dk", kind: "external", lookalike: { severity: "block", imitates: "randers.dk", imitatesName: "Randers Kommune", reason: "typo", suggestion: "a@randers.dk" } },
  },
  "display-name-spoof": {
    rule: "display-name-spoof",
    severity: "block",
    confirmable: false,
    recipient: { field: "cc", address: "x@gmail.com", displayName: "Randers Kommune", kind: "external" },
    assessment: { address: "x@gmail.com", domain: "gmail.com", kind: "external", lookalike: { severity: "block", imitates: "randers.dk", reason: "display-name" } },
  },
  "invalid-recipient": {
    rule: "invalid-recipient",
    severity: "block",
    confirmable: false,
    recipient: { field: "bcc", address: "x@@y", kind: "invalid" },
    assessment: { address: "x@@y", domain: "", kind: "invalid" },
  },
  "external-recipient": {
    rule: "external-recipient",
    severity: "confirm",
    confirmable: true,
    recipient: { field: "to", address: "x@firma.dk", kind: "external" },
    assessment: { address: "x@firma.dk", domain: "firma.dk", kind: "external" },
  },
  "attachment-unchecked": { rule: "attachment-unchecked", severity: "confirm", confirmable: true, attachment: "scan.pdf", reason: "encrypted" },
  "recipient-name-mismatch": {
    rule: "recipient-name-mismatch",
    severity: "notice",
    confirmable: false,
    greeting: "Kære Jens Hansen",
    names: ["Jens Hansen"],
    recipient: { field: "to", address: "anne.jensen@gmail.com", displayName: "Anne Jensen", kind: "external" },
    recipients: [{ field: "to", address: "anne.jensen@gmail.com", displayName: "Anne Jensen", kind: "external" }],
    matchingCopies: [{ field: "cc", address: "jens.hansen@gmail.com", displayName: "Jens Hansen", kind: "external" }],
  },
};

/** Every text the pane can show, in one language, for every rule, status, error and action. */
function everyText(lang: Lang): string[] {
  const out: string[] = [];
  for (const f of Object.values(findings)) {
    const item = buildItem(f, 0, policy, today);
    out.push(findingTitle(lang, item, "Randers Kommune"), ...findingBody(lang, item), whereText(lang, item));
    for (const a of item.actions) out.push(actionLabel(lang, a));
  }
  const errors: PaneErrorCode[] = ["read-failed", "write-failed", "policy-failed", "digits-missing", "confirm-failed", "changed-meanwhile", "recipient-gone"];
  const statuses: Status[] = [
    { kind: "loading" },
    ...errors.map((error): Status => ({ kind: "error", error })),
    { kind: "clean", notices: 0 },
    { kind: "clean", notices: 1 },
    { kind: "needs-action", origin: "smart-alert", count: 2, mustFix: 2, action: "block" },
    { kind: "needs-action", origin: "smart-alert", count: 4, mustFix: 3, action: "block" },
    { kind: "needs-action", origin: "ribbon", count: 1, mustFix: 0, action: "confirm", outcome: { kind: "removed", addresses: ["a@b.dk", "c@d.dk"] } },
    { kind: "send-again", origin: "smart-alert", confirmed: true, notices: 0, outcome: { kind: "confirmed" } },
    { kind: "send-again", origin: "ribbon", confirmed: false, notices: 0, outcome: { kind: "digital-post", routeName: "Gateway" } },
  ];
  for (const s of statuses) {
    const st = statusText(lang, s, "write-failed");
    out.push(st.title, ...st.lines);
  }
  for (const reason of ["encrypted", "too-large", "unsupported-type", "cloud-link", "something-new"]) out.push(attachmentReason(lang, reason));
  out.push(outcomeText(lang, { kind: "masked-subject" }), outcomeText(lang, { kind: "fixed-domain", from: "a@anders.dk", to: "a@randers.dk" }));
  out.push(outcomeText(lang, { kind: "moved-to-to", address: "jens.hansen@gmail.com" }));
  return out;
}

describe("pane texts", () => {
  test("every pane key exists in both catalogs, non-empty, with the same parameters", () => {
    const paneKeys = (o: object) => Object.keys(o).filter((k) => k.startsWith("pane.")).sort();
    expect(paneKeys(en)).toEqual(paneKeys(da));
    expect(paneKeys(da).length).toBeGreaterThan(90);
  });

  test.each(LANGS)("every text the pane composes in %s is filled in (no raw keys, no {placeholders})", (lang) => {
    for (const text of everyText(lang)) {
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(text).not.toMatch(/^pane\./);
      expect(text.trim()).not.toBe("");
    }
  });

  test("English differs from Danish (the English catalog is not a copy)", () => {
    const daTexts = everyText("da");
    const enTexts = everyText("en");
    const same = daTexts.filter((t, i) => t === enTexts[i]);
    expect(same.length).toBeLessThan(daTexts.length / 10);
  });

  test("titles say what and where in plain words", () => {
    const item = (rule: RuleId) => buildItem(findings[rule], 0, policy, today);
    expect(findingTitle("da", item("lookalike"), "Randers Kommune")).toBe("anders.dk ligner randers.dk, men er et andet domæne");
    expect(findingBody("da", item("lookalike"))).toEqual(["Mail til anders.dk går til en anden ejer end Randers Kommune. Ret adressen, hvis du mente randers.dk."]);
    expect(actionLabel("da", item("lookalike").actions[0]!)).toBe("Ret til a@randers.dk");
    expect(findingTitle("da", item("cpr-external"), "Randers Kommune")).toBe("Der går et CPR-nummer til en modtager uden for Randers Kommune");
    expect(whereText("da", item("cpr-external"))).toBe(
      "Til-feltet og selve mailen – kun i den citerede tidligere mail",
    );
    expect(whereText("da", item("cpr-several-people"))).toBe("Cc-feltet, vedhæftningen liste.xlsx og selve mailen");
    expect(whereText("en", item("cpr-subject"))).toBe("The subject");
    expect(findingTitle("en", item("display-name-spoof"), "")).toBe('The name "Randers Kommune" does not match the address x@gmail.com');
  });

  test("a CPR number is shown masked with birth date and age", () => {
    const person = { hash: "h", masked: "010203-XXXX", birthDate: "2003-02-01", age: 23, places: [], quotedOnly: false };
    expect(personText("da", person)).toBe("010203-XXXX – født 01.02.2003, 23 år");
    expect(personText("en", person)).toBe("010203-XXXX – born 2003-02-01, age 23");
  });

  test("the status counts what must be fixed apart from what may be confirmed", () => {
    expect(statusText("da", { kind: "needs-action", origin: "smart-alert", count: 4, mustFix: 3, action: "block" }).lines).toEqual([
      "3 skal rettes, 1 kan rettes eller bekræftes.",
    ]);
    expect(statusText("da", { kind: "needs-action", origin: "ribbon", count: 2, mustFix: 2, action: "block" })).toEqual({
      intent: "warning",
      title: "Ret mailen, før du sender den.",
      lines: ["Der er 2 ting, der skal rettes."],
    });
    expect(statusText("en", { kind: "needs-action", origin: "smart-alert", count: 1, mustFix: 0, action: "confirm" }).lines).toEqual([
      "To fix or confirm: 1.",
    ]);
  });

  test("statements and lists", () => {
    expect(joinList("da", ["a", "b", "c"])).toBe("a, b og c");
    expect(joinList("en", ["a"])).toBe("a");
    expect(formatBirthDate("da", "1958-11-25")).toBe("25.11.1958");
    const recipients = [{ field: "to" as const, address: "borger@gmail.com", kind: "external" as const }];
    const base = { rules: ["cpr-external" as const], recipients, requireReason: true, reasons: [] };
    expect(confirmStatement("da", { ...base, people: 1, statement: "cpr" })).toBe(
      "Jeg har kontrolleret modtagerne og bekræfter, at mailen med CPR-nummer på én person må sendes som almindelig mail til borger@gmail.com.",
    );
    expect(confirmStatement("en", { ...base, people: 2, statement: "cpr" })).toBe(
      "I have checked the recipients and confirm that the mail with the CPR numbers of 2 people may be sent as ordinary mail to borger@gmail.com.",
    );
  });
});

describe("attachments: reasons and places", () => {
  test("every reason the extractor and the adapter report has its own sentence in both languages", () => {
    for (const lang of LANGS) {
      const other = attachmentReason(lang, "something-new");
      const texts = [...UNREADABLE_REASONS, "read-failed"].map((r) => attachmentReason(lang, r));
      for (const text of texts) expect(text).not.toBe(other);
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(attachmentReason("da", "read-failed")).toBe("Outlook kunne ikke hente filen.");
  });

  test("the sheet, page or slide is named where the extractor knows it", () => {
    expect(placeText("da", { part: "attachment", name: "borgere.xlsx", quoted: false, where: "sheet:Borgere" })).toBe("vedhæftningen borgere.xlsx (ark Borgere)");
    expect(placeText("en", { part: "attachment", name: "bilag.pdf", quoted: false, where: "page:3" })).toBe("the attachment bilag.pdf (page 3)");
    expect(partText("da", "slide:2/comments")).toBe("dias 2, kommentarer");
    // The body of a file says nothing more than the file's name.
    expect(placeText("da", { part: "attachment", name: "brev.docx", quoted: false, where: "body" })).toBe("vedhæftningen brev.docx");
    expect(placeText("da", { part: "attachment", name: "brev.docx", quoted: false })).toBe("vedhæftningen brev.docx");
  });
});

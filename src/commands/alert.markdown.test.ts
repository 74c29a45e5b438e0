// Issue 12, item 8: nothing a mail supplies — display names, attachment names, address local
// parts — may shape the Smart Alert: no forged heading or paragraph, no link, no HTML, no bidi
// reordering. Property-tested with generated hostile names; the checks below read the Markdown the
// way a renderer would (a backslash escapes the next character).
import fc from "fast-check";
import type { Finding, RecipientFinding, Verdict } from "../detection";
import { blockCompletion, escapeMarkdown } from "./alert";
import { cprFinding } from "./test-support";

const HOSTILE = [
  "<https://evil.example/login>", "<b>fed</b>", "<img src=x onerror=alert(1)>", "[klik](https://evil.example)", "![x](https://e.example/p.png)",
  "https://evil.example", "http://x.dk/a?b=c", "www.evil.dk", "javascript:alert(1)", "mailto:x@evil.dk", "ftp://x",
  "\n", "\r", "\r\n", "\n\n# Sendevagt: mailen er godkendt", "\u2028", "\u2029", "\u0085", "\u0000", "\u001b[31m", "\u001b]52;c;SGVq\u0007", "\t",
  "\u202e", "\u2066", "\u200f", "#", "##", "`", "```", "|", "| a | b |", ">", "> citat", "*", "**", "_", "__", "~~", "&amp;", "&#x3C;", "\\", "\\*",
  "- ", "1. ", "===", "---", "Jens", "Hansen", " ", "æøå", "😀",
];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

function recipientFinding(rule: RecipientFinding["rule"], address: string, displayName?: string): RecipientFinding {
  return {
    rule,
    severity: "confirm",
    confirmable: true,
    recipient: { field: "to", address, kind: "external", ...(displayName !== undefined ? { displayName } : {}) },
    assessment: { address, domain: "gmail.com", kind: "external" },
  } as RecipientFinding;
}

function findingsFrom(name: string, local: string, file: string): Finding[] {
  const address = `${local}@gmail.com`;
  const cpr = cprFinding(["010203-XXXX"], [address]);
  cpr.cprs[0]!.location = { part: "attachment", name: file } as never;
  return [
    recipientFinding("display-name-spoof", address, name),
    { rule: "attachment-unchecked", severity: "confirm", confirmable: true, attachment: file, reason: "read-failed" },
    cpr,
    recipientFinding("invalid-recipient", local),
  ];
}

/** Positions of unescaped Markdown-active characters outside the alert's own structure. */
function unescapedActive(markdown: string): string[] {
  const found: string[] = [];
  const structural = new Set<number>();
  // The intro's "**…**" and each bullet's "- " are the alert's own.
  structural.add(0).add(1);
  const introEnd = markdown.indexOf("**\n\n");
  structural.add(introEnd).add(introEnd + 1);
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (!structural.has(i) && /[*_[\]<>#|~&`]/.test(c)) found.push(`${c}@${i}: …${markdown.slice(Math.max(0, i - 12), i + 12)}…`);
  }
  return found;
}

function checkAlert(verdict: Verdict) {
  const completion = blockCompletion(verdict, { lang: "da", mailbox114: true, mailbox115: true, policyProblem: null });
  const md = completion.errorMessageMarkdown!;
  const plain = completion.errorMessage!;
  expect(md.length).toBeLessThanOrEqual(500);
  expect(plain.length).toBeLessThanOrEqual(500);
  // Structure: intro, the bullets (each ends in Outlook's "\r"), what to do — nothing else breaks a line.
  const blocks = md.split("\n\n");
  expect(blocks).toHaveLength(3);
  expect(blocks.join("")).not.toMatch(/\n/);
  const bullets = blocks[1]!.split("\r").filter((b) => b !== "");
  for (const b of bullets) expect(b.startsWith("- ")).toBe(true);
  expect(blocks[1]!.endsWith("\r")).toBe(true);
  // No control, separator or bidi character from the mail in either form.
  // eslint-disable-next-line no-control-regex
  expect(md.replace(/\n\n|\r/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  // eslint-disable-next-line no-control-regex
  expect(plain.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  expect(plain.split("\n")).toHaveLength(2 + plain.split("\n").filter((l) => l.startsWith("• ")).length);
  // Nothing active unescaped, and no bare URL a renderer would link.
  expect(unescapedActive(md)).toEqual([]);
  expect(md).not.toMatch(/:\/\//);
  expect(md).not.toMatch(/www\./i);
  expect(md).not.toMatch(/(javascript|mailto|data|vbscript):/i);
  return { md, plain };
}

describe("the Smart Alert's Markdown from hostile names", () => {
  it("forges no heading from an attachment name (the reported case)", () => {
    const file = "x\n\n# Sendevagt: mailen er godkendt";
    const { md, plain } = checkAlert({ action: "confirm", fingerprint: "f", findings: findingsFrom("Jens", "jens", file) });
    expect(md).toContain("x \\# Sendevagt: mailen er godkendt");
    expect(md).not.toMatch(/\n#/);
    expect(plain).toContain("x # Sendevagt: mailen er godkendt");
  });

  it("links nothing from a display name with an autolink, raw HTML or a bare URL", () => {
    const { md } = checkAlert({ action: "confirm", fingerprint: "f", findings: findingsFrom("<https://evil.example> <b>x</b> www.evil.dk", "a", "f.pdf") });
    expect(md).toContain("\\<https[:]//evil.example\\>".replace("[:]", "\\[:\\]"));
    expect(md).toContain("\\<b\\>x\\</b\\>");
    expect(md).toContain("www\\[.\\]evil.dk");
  });

  it("holds for generated hostile display names, local parts and attachment names", () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (name, local, file) => {
        checkAlert({ action: "confirm", fingerprint: "f", findings: findingsFrom(name, local, file) });
      }),
      { numRuns: 250 },
    );
  });

  it("escapes each active character once, so the text reads the same when rendered", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const unescaped = escapeMarkdown(s).replace(/\\(.)/g, "$1");
        // Only controls (→ space) and defanged link schemes differ from the input.
        // eslint-disable-next-line no-control-regex
        const expected = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g, " ");
        if (!/:\/\/|www\.|(mailto|xmpp|tel|data|javascript|vbscript|file):/i.test(expected)) expect(unescaped).toBe(expected);
      }),
    );
  });
});

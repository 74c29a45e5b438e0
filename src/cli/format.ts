// Human output of `check`: one line per mail, one indented line per finding. CPR numbers appear
// only as the core's masks; file names are masked too (they may be a subject).
import type { CprOccurrence, Finding, RecipientRef } from "../detection";
import type { Verdict } from "./core";
import type { CliTexts } from "./i18n";
import { maskDigits } from "./mask";

const MARK = { block: "✗", confirm: "!", notice: "i" } as const;
const MAX_LISTED = 5;

export function formatVerdict(path: string, verdict: Verdict, texts: CliTexts): string {
  const head = `${maskDigits(path)}: ${texts.actions[verdict.action]}`;
  return [head, ...verdict.findings.map((finding) => `  ${formatFinding(finding, texts)}`)].join("\n");
}

export function formatFinding(finding: Finding, texts: CliTexts): string {
  const label = `${MARK[finding.severity]} ${texts.rules[finding.rule]} [${texts.severities[finding.severity]}]`;
  return `${label}: ${details(finding, texts).join("; ")}`;
}

function details(finding: Finding, texts: CliTexts): string[] {
  switch (finding.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject": {
      const parts = [texts.finding.cprs(listed(finding.cprs.map((cpr) => occurrence(cpr, texts)), texts, finding.occurrenceCount))];
      if (finding.recipients.length > 0) parts.push(texts.finding.to(listed(finding.recipients.map(recipient), texts)));
      return parts;
    }
    case "lookalike":
    case "display-name-spoof":
    case "invalid-recipient":
    case "external-recipient": {
      const parts = [recipient(finding.recipient)];
      const lookalike = finding.assessment.lookalike;
      if (lookalike) {
        parts.push(texts.finding.imitates(lookalike.imitates));
        if (lookalike.suggestion) parts.push(texts.finding.suggestion(lookalike.suggestion));
      }
      return parts;
    }
    case "attachment-unchecked":
      return [texts.finding.attachment(maskDigits(finding.attachment), attachmentReason(finding.reason, texts))];
    case "recipient-name-mismatch": {
      const parts = [texts.finding.greeting(maskDigits(finding.greeting)), texts.finding.to(listed(finding.recipients.map(recipient), texts))];
      if (finding.matchingCopies.length > 0) parts.push(texts.finding.inCopy(listed(finding.matchingCopies.map(recipient), texts)));
      return parts;
    }
  }
}

function occurrence(cpr: CprOccurrence, texts: CliTexts): string {
  const where = [locationText(cpr, texts)];
  if (cpr.quoted) where.push(texts.where.quoted);
  return `${cpr.masked} (${where.join(", ")})`;
}

function locationText(cpr: CprOccurrence, texts: CliTexts): string {
  const location = cpr.location;
  if (location.part === "subject") return texts.where.subject;
  if (location.part === "body") return texts.where.body;
  if (location.part === "body-hidden") return texts.where.hidden(texts.hiddenKinds[location.kind] ?? location.kind);
  if (location.part === "display-name") return texts.where.displayName(maskDigits(location.address));
  const name = maskDigits(location.name) + (location.where ? `, ${maskDigits(partText(location.where, texts))}` : "");
  return texts.where.attachment(name);
}

function recipient(ref: RecipientRef): string {
  return ref.address;
}

function attachmentReason(reason: string, texts: CliTexts): string {
  return texts.attachmentReasons[reason] ?? reason;
}

/** "sheet:Ark1/header" → "ark Ark1 › sidehoved"; unknown codes are shown as they are. */
export function partText(where: string, texts: CliTexts): string {
  return where
    .split("/")
    .map((segment) => {
      const colon = segment.indexOf(":");
      const kind = colon < 0 ? segment : segment.slice(0, colon);
      const value = colon < 0 ? "" : segment.slice(colon + 1);
      if (kind === "sheet") return texts.parts.sheet(value);
      if (kind === "slide") return texts.parts.slide(value);
      if (kind === "notes") return texts.parts.notes(value);
      if (kind === "page") return texts.parts.page(value);
      if (kind === "file") return value;
      return texts.parts.named[kind] ?? segment;
    })
    .join(" › ");
}

/** `total`: how many there are when `items` lists only some (a finding cut short keeps exact counts). */
function listed(items: string[], texts: CliTexts, total = items.length): string {
  const shown = items.slice(0, MAX_LISTED);
  const more = Math.max(items.length, total) - shown.length;
  return more > 0 ? `${shown.join(", ")} ${texts.finding.more(more)}` : shown.join(", ");
}

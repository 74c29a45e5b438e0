// Turns the view model into the caseworker's words, through the i18n catalogs only. Pure, so the
// wording of every state is tested without rendering.
import type { RecipientFinding, RecipientRef } from "../detection";
import { CPR_RULES_BY_WEIGHT } from "../detection";
import { t, type Lang } from "../i18n";
import type { ConfirmOffer, FindingItem, FixAction, Outcome, PaneErrorCode, PersonView, PlaceView, Status } from "./model";

/** "01.02.2003" in Danish, "2003-02-01" in English: unambiguous without Intl. */
export function formatBirthDate(lang: Lang, iso: string): string {
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

export function joinList(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return t(lang, "pane.list.and", { first: items.slice(0, -1).join(", "), last: items[items.length - 1] ?? "" });
}

export function placeText(lang: Lang, place: PlaceView): string {
  if (place.part === "recipient") return t(lang, `pane.where.${place.field}`);
  const base =
    place.part === "attachment"
      ? attachmentPlace(lang, place.name, place.where)
      : place.part === "body-hidden"
        ? t(lang, "pane.where.body-hidden", { kind: t(lang, `pane.hidden.${place.kind}`) })
        : place.part === "display-name"
          ? t(lang, "pane.where.display-name", { address: place.address })
          : t(lang, `pane.where.${place.part}`);
  return place.quoted ? t(lang, "pane.where.quoted", { place: base }) : base;
}

const PART_KINDS = ["sheet", "slide", "notes", "page", "header", "footer", "footnotes", "endnotes", "comments", "properties", "pivot-cache", "form", "subject", "diagram", "name", "people"] as const;

/** "sheet:Borgere/header" → "ark Borgere, sidehoved"; the body and unknown codes add nothing. */
export function partText(lang: Lang, where: string): string {
  const words: string[] = [];
  for (const segment of where.split("/")) {
    const colon = segment.indexOf(":");
    const kind = colon < 0 ? segment : segment.slice(0, colon);
    const value = colon < 0 ? "" : segment.slice(colon + 1);
    if ((PART_KINDS as readonly string[]).includes(kind)) words.push(t(lang, `pane.part.${kind as (typeof PART_KINDS)[number]}`, { value }));
  }
  return words.join(", ");
}

function attachmentPlace(lang: Lang, name: string, where: string | undefined): string {
  const part = where ? partText(lang, where) : "";
  return part ? t(lang, "pane.where.attachmentPart", { name, part }) : t(lang, "pane.where.attachment", { name });
}

/** Where in the mail (not which recipient): "Emnefeltet og selve mailen"; "" when only recipients. */
export function placesText(lang: Lang, item: FindingItem): string {
  const inMail = item.places.filter((p) => p.part !== "recipient");
  if (inMail.length === 0) return "";
  return whereText(lang, { ...item, places: inMail });
}

/** "Til-feltet, selve mailen og vedhæftningen x.pdf", or the quoted-only wording. */
export function whereText(lang: Lang, item: FindingItem): string {
  // When everything is quoted, one remark says so instead of one per place.
  const places = item.quotedOnly ? item.places.map((p) => (p.part === "recipient" ? p : { ...p, quoted: false })) : item.places;
  const text = joinList(lang, places.map((p) => placeText(lang, p)));
  return capitalise(item.quotedOnly ? `${text} – ${t(lang, "pane.where.quotedOnly")}` : text);
}

export function personText(lang: Lang, person: PersonView): string {
  return t(lang, "pane.cpr.person", {
    masked: person.masked,
    birthDate: formatBirthDate(lang, person.birthDate),
    age: person.age,
  });
}

/** "1. nummer i mailen, efter »Barn:«": what tells people with one birthday apart. */
export function personWhere(lang: Lang, person: PersonView): string {
  const parts: string[] = [];
  if (person.order !== undefined) parts.push(t(lang, "pane.cpr.order", { order: person.order }));
  if (person.before) parts.push(t(lang, "pane.cpr.before", { words: person.before }));
  return parts.join(", ");
}

export function recipientText(lang: Lang, r: RecipientRef): string {
  const who = r.displayName ? `${r.displayName} <${r.address}>` : r.address;
  return `${t(lang, `pane.field.${r.field}`)}: ${who}`;
}

/** The merged CPR card is titled by its weightiest rule: outside recipients, then several people, then the subject. */
function cprTitleRule(item: FindingItem): FindingItem["rule"] {
  for (const rule of CPR_RULES_BY_WEIGHT) if (item.rules.includes(rule)) return rule;
  return item.rule;
}

export function findingTitle(lang: Lang, item: FindingItem, orgName: string): string {
  const f = item.finding;
  if (item.rules.length > 1) return findingTitle(lang, { ...item, rules: [cprTitleRule(item)], rule: cprTitleRule(item), finding: { ...f, rule: cprTitleRule(item) } as FindingItem["finding"] }, orgName);
  switch (f.rule) {
    case "cpr-external":
      return t(lang, item.people.length === 1 && item.recipients.length <= 1 ? "pane.rule.cpr-external.title.one" : "pane.rule.cpr-external.title", { org: orgName });
    case "cpr-several-people":
    case "cpr-subject":
      return t(lang, `pane.rule.${f.rule}.title`);
    case "lookalike": {
      const p = lookalikeParams(f);
      return t(lang, f.severity === "notice" ? "pane.rule.lookalike.notice.title" : "pane.rule.lookalike.title", p);
    }
    case "display-name-spoof":
      return t(lang, "pane.rule.display-name-spoof.title", {
        name: f.recipient.displayName ?? f.assessment.lookalike?.imitatesName ?? "",
        address: f.recipient.address,
      });
    case "invalid-recipient":
      return t(lang, "pane.rule.invalid-recipient.title", { address: f.recipient.address });
    case "external-recipient":
      return t(lang, "pane.rule.external-recipient.title", { org: orgName, address: f.recipient.address });
    case "attachment-unchecked":
      return t(lang, "pane.rule.attachment-unchecked.title", { name: f.attachment });
    case "recipient-name-mismatch":
      return t(lang, "pane.rule.recipient-name-mismatch.title", {
        names: joinList(lang, f.names),
        recipient: joinList(lang, f.recipients.map((r) => r.displayName ?? r.address)),
      });
  }
}

export function findingBody(lang: Lang, item: FindingItem): string[] {
  if (item.rules.length > 1) return item.rules.flatMap((rule) => findingBody(lang, { ...item, rules: [rule], finding: { ...item.finding, rule } as FindingItem["finding"] }));
  const f = item.finding;
  // Digital Post is named only when IT has set up a route.
  if (f.rule === "cpr-external" && !item.actions.some((a) => a.kind === "route-digital-post")) return [t(lang, "pane.rule.cpr-external.bodyNoRoute")];
  switch (f.rule) {
    case "lookalike": {
      const p = lookalikeParams(f);
      if (f.severity === "notice" && f.assessment.lookalike?.actualName) return [t(lang, "pane.rule.lookalike.notice.body", p)];
      return [t(lang, "pane.rule.lookalike.body", p)];
    }
    case "display-name-spoof":
      return [t(lang, "pane.rule.display-name-spoof.body", { name: f.recipient.displayName ?? f.assessment.lookalike?.imitatesName ?? "" })];
    case "attachment-unchecked":
      return [attachmentReason(lang, f.reason), t(lang, "pane.rule.attachment-unchecked.body")];
    case "recipient-name-mismatch": {
      const copy = f.matchingCopies.find((r) => r.field !== "to");
      if (!copy) return [t(lang, "pane.rule.recipient-name-mismatch.body")];
      const name = copy.displayName ?? copy.address;
      return [t(lang, "pane.rule.recipient-name-mismatch.copy", { name, field: t(lang, `pane.where.${copy.field}`) })];
    }
    default:
      return [t(lang, `pane.rule.${f.rule}.body`)];
  }
}

const ATTACHMENT_REASONS = [
  "encrypted", "too-large", "total-too-large", "zip-bomb", "too-deep", "time-budget", "corrupt", "unsupported-type",
  "legacy-format", "image", "pdf-no-text", "cloud-link", "unsupported-charset", "read-failed",
] as const;

export function attachmentReason(lang: Lang, reason: string): string {
  const known = (ATTACHMENT_REASONS as readonly string[]).includes(reason) ? (reason as (typeof ATTACHMENT_REASONS)[number]) : "other";
  return t(lang, `pane.attachment.${known}`);
}

function lookalikeParams(f: RecipientFinding): Record<string, string> {
  const l = f.assessment.lookalike;
  const domain = f.assessment.unicodeDomain ?? f.assessment.domain;
  return {
    domain,
    imitates: l?.imitates ?? "",
    imitatesName: l?.imitatesName ?? l?.imitates ?? "",
    actualName: l?.actualName ?? domain,
  };
}

export function actionLabel(lang: Lang, action: FixAction): string {
  switch (action.kind) {
    case "fix-domain":
      return t(lang, "pane.action.fix-domain", { address: action.suggestion });
    case "remove-recipient":
      return action.targets.length === 1
        ? t(lang, "pane.action.remove-recipient")
        : t(lang, "pane.action.remove-recipients", { count: action.targets.length });
    case "mask-subject":
      return t(lang, "pane.action.mask-subject");
    case "clean-display-name":
      return t(lang, "pane.action.clean-display-name", { address: action.address });
    case "mask-cpr":
      return action.hashes.length === 1 ? t(lang, "pane.action.mask-cpr.one", { masked: action.masked }) : t(lang, "pane.action.mask-cpr.other");
    case "remove-attachment":
      return t(lang, "pane.action.remove-attachment", { name: action.name });
    case "remove-quoted":
      return t(lang, "pane.action.remove-quoted");
    case "route-digital-post":
      return t(lang, "pane.action.route-digital-post");
    case "move-to-to":
      return t(lang, "pane.action.move-to-to", { name: action.name });
  }
}

export function outcomeText(lang: Lang, outcome: Outcome): string {
  switch (outcome.kind) {
    case "fixed-domain":
      return t(lang, "pane.outcome.fixed-domain", { from: outcome.from, to: outcome.to });
    case "removed":
      return t(lang, "pane.outcome.removed", { addresses: joinList(lang, outcome.addresses) });
    case "masked-subject":
      return t(lang, "pane.outcome.masked-subject");
    case "cleaned-display-name":
      return t(lang, "pane.outcome.cleaned-display-name", { address: outcome.address });
    case "moved-to-to":
      return t(lang, "pane.outcome.moved-to-to", { address: outcome.address });
    case "masked-cpr":
      return outcome.count === 1
        ? t(lang, "pane.outcome.masked-cpr.one", { masks: joinList(lang, outcome.masked) })
        : t(lang, "pane.outcome.masked-cpr.other", { count: outcome.count, masks: joinList(lang, outcome.masked) });
    case "removed-attachment":
      return t(lang, "pane.outcome.removed-attachment", { name: outcome.name });
    case "removed-quoted":
      return t(lang, "pane.outcome.removed-quoted");
    case "digital-post": {
      const base = t(lang, "pane.outcome.digital-post", { route: outcome.routeName });
      if (!outcome.otherPeople) return base;
      const kept = outcome.otherPeople === 1 ? t(lang, "pane.outcome.digital-post.others.one") : t(lang, "pane.outcome.digital-post.others.other", { count: outcome.otherPeople });
      return `${base} ${kept}`;
    }
    case "confirmed":
      return t(lang, "pane.outcome.confirmed");
  }
}

export type Intent = "info" | "success" | "warning" | "error";

export interface StatusText {
  intent: Intent;
  title: string;
  lines: string[];
}

export function statusText(lang: Lang, status: Status, error?: PaneErrorCode): StatusText {
  switch (status.kind) {
    case "loading":
      return { intent: "info", title: t(lang, "pane.status.loading"), lines: [] };
    case "error":
      return { intent: "error", title: t(lang, "pane.status.error.title"), lines: [errorText(lang, status.error)] };
    case "clean":
      return {
        intent: "success",
        title: t(lang, "pane.status.clean.title"),
        lines: [t(lang, status.notices > 0 ? "pane.status.clean.notices" : "pane.status.clean.body")],
      };
    case "needs-action": {
      const lines = status.outcome ? [outcomeText(lang, status.outcome)] : [];
      const rest = status.count - status.mustFix;
      if (status.mustFix > 0 && rest > 0) lines.push(t(lang, "pane.status.mixed.body", { block: status.mustFix, confirm: rest }));
      else lines.push(t(lang, status.mustFix > 0 ? "pane.status.block.body" : "pane.status.confirm.body", { count: status.count }));
      if (status.verifying) lines.push(t(lang, "pane.status.verifying"));
      if (error) lines.push(errorText(lang, error));
      return { intent: error ? "error" : "warning", title: t(lang, `pane.status.block.${status.origin}`), lines };
    }
    case "send-again": {
      const lines = status.outcome ? [outcomeText(lang, status.outcome)] : [];
      lines.push(t(lang, status.confirmed ? "pane.status.confirmed.body" : "pane.status.sendAgain.body"));
      if (error) lines.push(errorText(lang, error));
      return { intent: error ? "error" : "success", title: t(lang, `pane.status.sendAgain.${status.origin}`), lines };
    }
  }
}

export function errorText(lang: Lang, error: PaneErrorCode): string {
  return t(lang, `pane.error.${error}`);
}

export function confirmStatement(lang: Lang, offer: ConfirmOffer): string {
  const recipients = joinList(lang, offer.recipients.map((r) => r.address));
  if (offer.statement === "cpr") {
    return offer.people === 1
      ? t(lang, "pane.confirm.statement.cpr.one", { recipients })
      : t(lang, "pane.confirm.statement.cpr.other", { people: offer.people, recipients });
  }
  return offer.statement === "recipient"
    ? t(lang, "pane.confirm.statement.recipient", { recipients })
    : t(lang, "pane.confirm.statement.attachment");
}

export const severityLabel = (lang: Lang, severity: FindingItem["severity"]): string => t(lang, `pane.severity.${severity}`);

const capitalise = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

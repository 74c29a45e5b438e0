// Turns a verdict into the Smart Alert Outlook shows (SmartAlertsEventCompletedOptions), within
// Outlook's limits: errorMessage ≤ 500 characters (always set — classic Outlook won't offer the
// pane without it), errorMessageMarkdown (Mailbox 1.15), cancelLabel ≤ 20, commandId and
// contextData (1.14). Wording comes from the i18n catalogs; CPR numbers appear only masked.
import { maskCprNumbers } from "../detection";
import type { CprFinding, Finding, Verdict } from "../detection";
import type { Lang } from "../i18n/format";
import { tSend as t, type SendKey as MessageKey } from "../i18n/send";
import type { PolicyProblem } from "../outlook/policy-loader";
import type { ReadPart } from "../outlook/read-message";

export const PANE_COMMAND_ID = "msgComposeOpenPaneButton";
export const MAX_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;

export interface AlertContext {
  lang: Lang;
  /** sessionData could not be read: a confirmation the caseworker gave may have been lost. */
  confirmationLost?: boolean;
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  mailbox114: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  mailbox115: boolean;
  policyProblem: PolicyProblem | null;
  /** Order and context words per person (by hash): two people with one birthday share a mask. */
  people?: Record<string, { order: number; before?: string }>;
}

export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/**
 * Any CPR-shaped number that slipped into a text (an address like 0102031234@…, a display name)
 * is shown masked by the core's one masking function, with every separator the finder accepts.
 */
export function maskStrayCprs(text: string): string {
  return maskCprNumbers(text);
}

// A Set, not indexOf: a spreadsheet of citizens gives a finding hundreds of thousands of numbers.
function uniqueOf(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of items) {
    if (!seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  }
  return out;
}

/** `total`: how many there are in all, when `items` holds only some of them (a cut-short finding). */
function shortList(items: string[], lang: Lang, max = 2, total?: number): string {
  const unique = uniqueOf(items);
  const shown = unique.slice(0, max);
  const more = Math.max(unique.length, total ?? 0) - shown.length;
  return more > 0 ? `${shown.join(", ")} ${t(lang, "send.list.more", { count: more })}` : shown.join(", ");
}

/** A mask shared by two people gets each one's order and the words before it; others stay plain. */
function personLabels(f: CprFinding, lang: Lang, people: AlertContext["people"]): string[] {
  const byHash = new Map<string, string>();
  for (const c of f.cprs) if (!byHash.has(c.hash)) byHash.set(c.hash, c.masked);
  const counts = new Map<string, number>();
  byHash.forEach((m) => counts.set(m, (counts.get(m) ?? 0) + 1));
  const labels: string[] = [];
  byHash.forEach((masked, hash) => {
    const ctx = people && Object.prototype.hasOwnProperty.call(people, hash) ? people[hash] : undefined;
    if ((counts.get(masked) ?? 0) < 2 || !ctx) labels.push(masked);
    else labels.push(t(lang, ctx.before ? "send.person.orderBefore" : "send.person.order", { masked, order: ctx.order, words: ctx.before ?? "" }));
  });
  return labels;
}

function cprLine(f: CprFinding, lang: Lang, people?: AlertContext["people"]): string {
  const masks = personLabels(f, lang, people);
  const many = masks.some((m) => m !== masks[0]) || (f.truncated === true && (f.cprCount ?? 0) > 1);
  // A finding cut short (a citizen list) counts the numbers it does not list: "og 199.998 flere".
  const cprs = shortList(masks, lang, 2, f.truncated ? f.cprCount : undefined);
  const recipients = shortList(f.recipients.map((r) => r.address), lang);
  const key = f.rule === "cpr-several-people" ? f.rule : many ? `${f.rule}.many` : f.rule;
  const line = t(lang, `send.finding.${key}` as MessageKey, { cprs, recipients });
  // The body is where the caseworker looks first; a number in a file needs the file named.
  const files = f.cprs.map((c) => (c.location.part === "attachment" ? c.location.name : "")).filter((n) => n !== "");
  const withFiles = files.length > 0 ? `${line} ${t(lang, "send.finding.inAttachment", { names: shortList(files, lang) })}` : line;
  return withFiles + unseenPlaces(f, lang);
}

/** Where the caseworker cannot see the number: hidden in the HTML, or in a recipient's name. */
function unseenPlaces(f: CprFinding, lang: Lang): string {
  const kinds: string[] = [];
  const names: string[] = [];
  for (const c of f.cprs) {
    if (c.location.part === "body-hidden") kinds.push(t(lang, `send.hidden.${c.location.kind}` as MessageKey));
    else if (c.location.part === "display-name") names.push(c.location.address);
  }
  let out = "";
  if (kinds.length > 0) out += ` ${t(lang, "send.finding.inHidden", { kinds: shortList(kinds, lang) })}`;
  if (names.length > 0) out += ` ${t(lang, "send.finding.inDisplayName", { addresses: shortList(names, lang) })}`;
  return out;
}

/**
 * "Several people's numbers to X" already says everything "numbers to X" would: one line per
 * problem keeps the alert within its 500 characters.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const covered = new Set<string>();
  for (const f of findings) if (f.rule === "cpr-several-people") for (const r of f.recipients) covered.add(r.address.toLowerCase());
  return findings.filter((f) => f.rule !== "cpr-external" || f.recipients.some((r) => !covered.has(r.address.toLowerCase())));
}

/**
 * Control characters (newlines, carriage returns — Outlook's list-item end — tabs, C1 codes), line
 * and paragraph separators and bidi embeddings/overrides/isolates, from anything the mail supplies
 * (addresses, display names, attachment names): they could start a new paragraph or heading in the
 * alert, or reorder what the caseworker reads. Each becomes a space, so words stay apart.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]+/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, " ");
}

export function findingLine(f: Finding, lang: Lang, people?: AlertContext["people"]): string {
  return stripControls(rawFindingLine(f, lang, people));
}

function rawFindingLine(f: Finding, lang: Lang, people?: AlertContext["people"]): string {
  switch (f.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject":
      return cprLine(f, lang, people);
    case "lookalike": {
      const look = f.assessment.lookalike;
      const params = { address: f.recipient.address, imitates: look?.imitates ?? "", suggestion: look?.suggestion ?? "" };
      return t(lang, look?.suggestion ? "send.finding.lookalike.suggestion" : "send.finding.lookalike", params);
    }
    case "display-name-spoof":
      return t(lang, "send.finding.display-name-spoof", { name: f.recipient.displayName ?? "", address: f.recipient.address });
    case "invalid-recipient":
    case "external-recipient":
      return t(lang, `send.finding.${f.rule}`, { address: f.recipient.address });
    case "attachment-unchecked":
      return t(lang, "send.finding.attachment-unchecked", { name: f.attachment });
    case "recipient-name-mismatch":
      return t(lang, "send.finding.recipient-name-mismatch", { greeting: f.greeting, recipient: f.recipient.address });
    default:
      return t(lang, "send.finding.other");
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Everything Markdown (CommonMark, GFM, Outlook's dialect) gives meaning to inside a line, escaped
 * with a backslash: emphasis, code, links and images, autolinks and raw HTML (<…>), entities (&),
 * tables (|), headings (#), quotes (>), strike-through (~). Block markers (-, +, 1., =) only count
 * at a line's start, and no line holds a mail-supplied newline (stripControls), so they stay as
 * they are and the alert stays readable. Bare URLs — which GFM turns
 * into links without any markup — are defanged ("https[:]//", "www[.]") so no text from the mail
 * becomes a link in an alert that carries Sendevagt's authority.
 */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/:(?=\/\/)|(mailto|xmpp|tel|data|javascript|vbscript|file):/gi, (_m, scheme?: string) => `${scheme ?? ""}[:]`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}[.]`)
    .replace(/[\\`*_[\]<>#|~&]/g, "\\$&");
}

/**
 * intro, one line per finding (as many as fit, then "… and N more"), optional policy note, and
 * what to do next — never more than `max` characters. Outlook's Markdown dialect ends each list
 * item with "\r" and starts a new paragraph with "\n\n".
 */
function compose(parts: { intro: string; lines: string[]; note?: string; next: string; more: (n: number) => string }, markdown: boolean, max: number): string {
  const intro = markdown ? `**${escapeMarkdown(parts.intro)}**` : parts.intro;
  const bullet = (line: string) => (markdown ? `- ${escapeMarkdown(line)}\r` : `• ${line}`);
  const sep = markdown ? "\n\n" : "\n";
  const lineSep = markdown ? "" : "\n";
  const tail = (parts.note ? [parts.note, parts.next] : [parts.next]).map((x) => (markdown ? escapeMarkdown(x) : x)).join(sep);
  const moreRoom = bullet(parts.more(parts.lines.length)).length + lineSep.length;
  let budget = max - intro.length - sep.length - tail.length - sep.length;
  const body: string[] = [];
  for (let i = 0; i < parts.lines.length; i++) {
    const remaining = parts.lines.length - i - 1;
    const room = budget - (remaining > 0 ? moreRoom : 0);
    let line = bullet(parts.lines[i]!);
    if (line.length + lineSep.length > room) {
      if (body.length === 0 && room > 20) line = bullet(clip(parts.lines[i]!, room - 8)); // always show the first problem
      else {
        body.push(bullet(parts.more(parts.lines.length - i)));
        break;
      }
    }
    body.push(line);
    budget -= line.length + lineSep.length;
  }
  return clip([intro, body.join(lineSep), tail].join(sep), max);
}

function contextData(verdict: Verdict, policyProblem: PolicyProblem | null, confirmationLost: boolean): string {
  const rules = verdict.findings.filter((f) => f.severity !== "notice").map((f) => f.rule);
  const data: Record<string, unknown> = {
    source: "sendevagt",
    action: verdict.action,
    rules: uniqueOf(rules),
  };
  if (policyProblem) data.policyProblem = policyProblem.kind;
  if (confirmationLost) data.confirmationLost = true;
  // Old classic builds take strings only, and nothing that could be a CPR digit may pass here.
  return JSON.stringify(data).replace(/[0-9]/g, "");
}

export function blockCompletion(verdict: Verdict, ctx: AlertContext): SendCompletion {
  const { lang } = ctx;
  const stopping = verdict.findings.filter((f) => f.severity !== "notice");
  const lines = withoutRepeats(stopping.length > 0 ? stopping : verdict.findings).map((f) => findingLine(f, lang, ctx.people));
  if (lines.length === 0) lines.push(t(lang, "send.finding.other"));
  const onlyConfirmable = stopping.length > 0 && stopping.every((f) => f.confirmable) && verdict.action === "confirm";
  const next = ctx.mailbox114 ? t(lang, onlyConfirmable ? "send.next.confirm" : "send.next.fix") : t(lang, "send.next.noPane");
  // Only a verdict a confirmation could have passed is affected by losing one.
  const lost = ctx.confirmationLost === true && verdict.action === "confirm";
  // No policy.json at all is a supported mode; only a broken one is worth a line.
  const brokenPolicy = ctx.policyProblem !== undefined && ctx.policyProblem !== null && ctx.policyProblem.kind !== "not-found";
  const notes = [lost ? t(lang, "send.confirmationLost") : "", brokenPolicy ? t(lang, "send.policyFallback") : ""].filter((n) => n !== "");
  const parts = {
    intro: t(lang, "send.blocked.intro"),
    lines: lines.map(maskStrayCprs),
    note: notes.length > 0 ? notes.join(" ") : undefined,
    next,
    more: (n: number) => t(lang, "send.more", { count: n }),
  };
  const completion: SendCompletion = { allowEvent: false, errorMessage: compose(parts, false, MAX_MESSAGE) };
  if (ctx.mailbox115) completion.errorMessageMarkdown = compose(parts, true, MAX_MESSAGE);
  if (ctx.mailbox114) {
    completion.cancelLabel = clip(t(lang, "send.cancelLabel"), MAX_CANCEL_LABEL);
    completion.commandId = PANE_COMMAND_ID;
    completion.contextData = contextData(verdict, ctx.policyProblem, lost);
  }
  return completion;
}

/**
 * The handler could not check the mail (an unexpected error). Where Outlook supports it (1.14) the
 * caseworker gets Send Anyway / Don't Send; older clients block, and SoftBlock lets them retry. A
 * policy with `failClosed: true` never offers Send Anyway: it stops with the retry message.
 */
export function failureCompletion(lang: Lang, mailbox114: boolean, promptUser: string, failClosed = false): SendCompletion {
  if (failClosed) return { allowEvent: false, errorMessage: t(lang, "send.failClosed") };
  if (mailbox114) return { allowEvent: false, errorMessage: t(lang, "send.failed.prompt"), sendModeOverride: promptUser };
  return { allowEvent: false, errorMessage: t(lang, "send.failed.block") };
}

/** The parts in the catalog's words: "modtagerne i Til, emnet og teksten". */
function partsList(parts: readonly ReadPart[], lang: Lang): string {
  const words = parts.map((p) => t(lang, `send.part.${p}` as MessageKey));
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${t(lang, "send.part.and")} ${words[words.length - 1]}`;
}

/**
 * Outlook would not give part of the mail (an error, no answer, a null or malformed value). What
 * was not read was not checked: a stop that says what could not be read, never Send Anyway.
 */
export function readFailureCompletion(lang: Lang, parts: readonly ReadPart[]): SendCompletion {
  return { allowEvent: false, errorMessage: clip(t(lang, "send.readFailed", { parts: partsList(parts, lang) }), MAX_MESSAGE) };
}

/** The watchdog fired: the check did not finish in time. A stop, whatever the mail holds. */
export function timeoutCompletion(lang: Lang): SendCompletion {
  return { allowEvent: false, errorMessage: t(lang, "send.timedOut") };
}

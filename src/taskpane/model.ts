// The pane's view model: from a Verdict (plus what the pane did so far) to what the caseworker
// sees — a status, findings grouped by severity with their places and one-click actions, and the
// confirmation offer. Pure and free of React, so every decision here is unit-tested; the
// components only render it.
import type {
  CprFinding,
  CprOccurrence,
  Finding,
  HiddenKind,
  Location,
  RecipientField,
  RecipientFinding,
  RecipientRef,
  RuleId,
  SalutationFinding,
  Severity,
  Verdict,
} from "../detection";
import { CPR_RULES_BY_WEIGHT, isCprFinding, isCprRule } from "../detection";
import type { DigitalPostRoute, Policy, ReasonCode } from "../policy/types";
import type { PersonContext } from "../digital-post/person-context";
import type { DigitalPostStep } from "./controller";

/** A Digital Post step the caseworker still has to answer (everything but "routed"). */
export type OpenDigitalPostStep = Exclude<DigitalPostStep, { kind: "routed" }>;

// ---------------------------------------------------------------------------------------------
// Actions the pane offers

export interface RecipientTarget {
  field: RecipientField;
  address: string;
}

export type FixAction =
  /** Rewrite a lookalike recipient to the protected domain, in the field it was in. */
  | { kind: "fix-domain"; field: RecipientField; address: string; suggestion: string }
  /** Remove one or more recipients (a lookalike, or every outside recipient of a CPR finding). */
  | { kind: "remove-recipient"; targets: RecipientTarget[] }
  /** Replace CPR numbers in the subject with their masked form. */
  | { kind: "mask-subject" }
  /** Take the CPR number out of a recipient's display name (`address` as the finding shows it). */
  | { kind: "clean-display-name"; field: RecipientField; address: string }
  /** Replace these people's numbers in the subject and body with their masks (070761-XXXX). */
  | { kind: "mask-cpr"; hashes: string[]; masked: string }
  /** Cut the quoted earlier mail (reply/forward history) when numbers stand only there. */
  | { kind: "remove-quoted"; hashes: string[] }
  /** Remove an attachment whose CPR numbers must not go out. */
  | { kind: "remove-attachment"; name: string }
  /** Open the Digital Post panel for the policy's route. */
  | { kind: "route-digital-post" }
  /** "Ret modtager": move the Cc/Bcc recipient the greeting fits to To (recipient-name-mismatch). */
  | { kind: "move-to-to"; field: RecipientField; address: string; name: string };

// ---------------------------------------------------------------------------------------------
// What a finding card shows

/** One person's number: the same salted hash is the same number, wherever it stands. */
export interface PersonView {
  hash: string;
  masked: string;
  birthDate: string;
  age: number;
  places: PlaceView[];
  /** Every occurrence of this number is in quoted earlier mail. */
  quotedOnly: boolean;
  /** 1st, 2nd … number in the mail: tells two people with the same birthday apart. */
  order?: number;
  /** The words just before the number ("Barn:"), CPR numbers in them masked. */
  before?: string;
}

export type PlaceView =
  | { part: "recipient"; field: RecipientField }
  | { part: "subject"; quoted: boolean }
  | { part: "body"; quoted: boolean }
  /** `where`: the extractor's part code ("sheet:Borgere", "page:3"), when known. */
  | { part: "attachment"; name: string; quoted: boolean; where?: string }
  /** Sent with the HTML body but not shown (a link target, a comment …). */
  | { part: "body-hidden"; kind: HiddenKind; quoted: boolean }
  /** A recipient's display name, which goes out in the header. */
  | { part: "display-name"; field: RecipientField; address: string; quoted: boolean };

export interface FindingItem {
  /** Stable across re-checks of the same finding, for React keys and focus. */
  key: string;
  rule: RuleId;
  severity: Severity;
  confirmable: boolean;
  finding: Finding;
  /** Distinct places the finding is about (recipient fields, subject, body, attachments). */
  places: PlaceView[];
  /** CPR findings: one entry per person. */
  people: PersonView[];
  /** The recipients concerned (outside recipients for CPR findings, the one recipient otherwise). */
  recipients: RecipientRef[];
  quotedOnly: boolean;
  actions: FixAction[];
  /** The rules this card stands for: the CPR findings of one mail share one card. */
  rules: RuleId[];
  /** Recipients to list on this card: those no recipient card of its own shows already. */
  showRecipients: RecipientRef[];
  /** This card holds the recommended first action (its actions[0]). */
  lead?: boolean;
}

export interface Section {
  severity: Severity;
  items: FindingItem[];
}

// ---------------------------------------------------------------------------------------------
// Pane state

/** What the pane just did; drives the status banner after an action. */
export type Outcome =
  | { kind: "fixed-domain"; from: string; to: string }
  | { kind: "removed"; addresses: string[] }
  | { kind: "masked-subject" }
  | { kind: "cleaned-display-name"; address: string }
  | { kind: "moved-to-to"; address: string }
  | { kind: "masked-cpr"; masked: string[]; count: number }
  | { kind: "removed-attachment"; name: string }
  | { kind: "removed-quoted" }
  | { kind: "digital-post"; routeName: string; otherPeople?: number }
  | { kind: "confirmed" };

export type PaneOrigin = "smart-alert" | "ribbon";

export type PaneErrorCode =
  | "read-failed"
  | "write-failed"
  | "policy-failed"
  | "digits-missing"
  | "confirm-failed"
  /** The mail changed between showing the findings and confirming them. */
  | "changed-meanwhile"
  /** The recipient to fix or remove was no longer there (changed in Outlook meanwhile). */
  | "recipient-gone"
  /** Some numbers could not be masked automatically (e.g. split by formatting): the caseworker must. */
  | "mask-incomplete"
  /** The quoted history could not be cut off safely: nothing was changed. */
  | "quoted-not-removed"
  /** The attachment to remove was no longer there. */
  | "attachment-gone";

export interface PaneState {
  phase: "loading" | "ready" | "error";
  origin: PaneOrigin;
  /** policy.json exists but could not be used; the zero-config defaults are in force. */
  policyFallback?: boolean;
  /** The Smart Alert said the stored confirmation could not be read: it must be given again. */
  confirmationLost?: boolean;
  /** Order and context words per person (by hash), for telling same-birthday people apart. */
  people?: Record<string, PersonContext>;
  /** What the pane has fixed so far in this draft, oldest first: shown as done. */
  done?: Outcome[];
  /** The policy in force (IT's, or the zero-config defaults). */
  policy?: Policy;
  /** The open Digital Post panel, when there is one. */
  digitalPost?: OpenDigitalPostStep;
  verdict?: Verdict;
  /** The fingerprint a confirmation was stored for in this draft (from sessionData). */
  confirmedFingerprint?: string;
  lastOutcome?: Outcome;
  /** An action is being applied: buttons are disabled so one click stays one change. */
  busy: boolean;
  /** The findings shown are the send handler's; the pane is still reading the mail itself (busy meanwhile). */
  verifying?: boolean;
  error?: PaneErrorCode;
}

export type PaneEvent = (
  /** `verifying`: the send handler's verdict, shown while the pane reads the mail itself (buttons wait). */
  | { type: "loaded"; verdict: Verdict; origin: PaneOrigin; policyFallback?: boolean; confirmationLost?: boolean; confirmedFingerprint?: string; verifying?: boolean }
  | { type: "rechecked"; verdict: Verdict; confirmedFingerprint?: string }
  | { type: "busy" }
  | { type: "policy"; policy: Policy }
  /** The Digital Post panel shows this step; undefined closes it. */
  | { type: "digital-post"; step?: OpenDigitalPostStep }
  /** Take Action was clicked on an already open pane: the mail has just been stopped. */
  | { type: "stopped-by-alert" }
  | { type: "done"; outcome: Outcome; verdict: Verdict; confirmedFingerprint?: string }
  /** `verdict`: the mail as it is now, when the failure was that it had changed. */
  | { type: "failed"; error: PaneErrorCode; verdict?: Verdict }
) & { people?: Record<string, PersonContext> };

export const initialState = (origin: PaneOrigin = "ribbon"): PaneState => ({ phase: "loading", origin, busy: false });

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  const next = reduce(state, event);
  return event.people ? { ...next, people: event.people } : next;
}

function reduce(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "loaded":
      return withConfirmation(
        {
          ...carry(state),
          phase: "ready",
          origin: event.origin,
          verdict: event.verdict,
          busy: event.verifying === true,
          ...(event.verifying ? { verifying: true } : {}),
          ...(event.policyFallback ? { policyFallback: true } : {}),
          ...(event.confirmationLost ? { confirmationLost: true } : {}),
        },
        event.confirmedFingerprint,
      );
    case "rechecked": {
      // A recipient change by the user makes an earlier outcome stale when new problems appear.
      const keep = state.lastOutcome && event.verdict.action !== "block" ? state.lastOutcome : undefined;
      const next: PaneState = { ...carry(state), phase: "ready", verdict: event.verdict, busy: false };
      if (keep) next.lastOutcome = keep;
      return withConfirmation(next, event.confirmedFingerprint ?? state.confirmedFingerprint);
    }
    case "busy":
      return { ...state, busy: true };
    case "policy":
      return { ...state, policy: event.policy };
    case "digital-post": {
      const { digitalPost: _closed, ...rest } = state;
      return event.step ? { ...rest, digitalPost: event.step } : rest;
    }
    case "stopped-by-alert": {
      // An earlier "press Send again" no longer describes the mail: Outlook has just stopped it.
      const { lastOutcome: _stale, ...rest } = state;
      return { ...rest, origin: "smart-alert" };
    }
    case "done":
      return withConfirmation(
        { ...carry(state), phase: "ready", verdict: event.verdict, busy: false, lastOutcome: event.outcome, done: [...(state.done ?? []), event.outcome] },
        event.confirmedFingerprint ?? state.confirmedFingerprint,
      );
    case "failed":
      // A failed write keeps the findings on screen: the caseworker can try again.
      if (event.verdict) return { ...carry(state), phase: "ready", verdict: event.verdict, busy: false, error: event.error, ...keepConfirmation(state) };
      return state.verdict
        ? { ...withoutVerifying(state), busy: false, error: event.error }
        : { ...carry(state), phase: "error", busy: false, error: event.error };
  }
}

/** What survives every event: where the pane was opened from, whether the policy is the fallback, a lost confirmation, and the pane's own progress. */
type Carried = Pick<PaneState, "origin" | "policyFallback" | "confirmationLost" | "people" | "done" | "policy" | "digitalPost">;

function carry(state: PaneState): Carried {
  const kept: Carried = { origin: state.origin };
  if (state.policy) kept.policy = state.policy;
  if (state.digitalPost) kept.digitalPost = state.digitalPost;
  if (state.policyFallback) kept.policyFallback = true;
  if (state.confirmationLost) kept.confirmationLost = true;
  if (state.people) kept.people = state.people;
  if (state.done) kept.done = state.done;
  return kept;
}

function withoutVerifying(state: PaneState): PaneState {
  const { verifying: _done, ...rest } = state;
  return rest;
}

function keepConfirmation(state: PaneState): Pick<PaneState, "confirmedFingerprint"> {
  return state.confirmedFingerprint === undefined ? {} : { confirmedFingerprint: state.confirmedFingerprint };
}

function withConfirmation(state: PaneState, fingerprint: string | undefined): PaneState {
  return fingerprint === undefined ? state : { ...state, confirmedFingerprint: fingerprint };
}

// ---------------------------------------------------------------------------------------------
// Status banner

export type Status =
  | { kind: "loading" }
  | { kind: "error"; error: PaneErrorCode }
  /** Nothing to do and nothing was done: the ribbon check of a clean mail. */
  | { kind: "clean"; notices: number }
  /** Something must still be fixed or confirmed. */
  | { kind: "needs-action"; origin: PaneOrigin; count: number; mustFix: number; action: "block" | "confirm"; outcome?: Outcome; verifying?: boolean }
  /** After a fix or confirmation with nothing left: press Send (again). */
  | { kind: "send-again"; origin: PaneOrigin; outcome?: Outcome; confirmed: boolean; notices: number };

export function paneStatus(state: PaneState): Status {
  if (state.phase === "loading") return { kind: "loading" };
  if (state.phase === "error" || !state.verdict) return { kind: "error", error: state.error ?? "read-failed" };
  const verdict = state.verdict;
  const notices = verdict.findings.filter((f) => f.severity === "notice").length;
  const confirmed = isConfirmed(state);
  if (verdict.action === "allow" || confirmed) {
    if (!state.lastOutcome && !confirmed && state.origin === "ribbon") return { kind: "clean", notices };
    const status: Status = { kind: "send-again", origin: state.origin, confirmed, notices };
    if (state.lastOutcome) status.outcome = state.lastOutcome;
    return status;
  }
  // Counted as the cards show them: the CPR findings of a mail are one problem, at its worst severity.
  const open = problems(verdict.findings.filter((f) => f.severity !== "notice"));
  const count = open.length;
  const mustFix = open.filter((severity) => severity === "block").length;
  const status: Status = { kind: "needs-action", origin: state.origin, count, mustFix, action: verdict.action };
  if (state.lastOutcome) status.outcome = state.lastOutcome;
  if (state.verifying) status.verifying = true;
  return status;
}

/** One severity per problem (card): every CPR finding together is one. */
function problems(findings: readonly Finding[]): Severity[] {
  const cpr = findings.filter(isCprFinding);
  const rest = findings.filter((f) => !isCprFinding(f)).map((f) => f.severity);
  if (cpr.length === 0) return rest;
  return [cpr.some((f) => f.severity === "block") ? "block" : "confirm", ...rest];
}

/** The stored confirmation holds only while the mail is exactly what was confirmed. */
export function isConfirmed(state: PaneState): boolean {
  return (
    state.verdict !== undefined &&
    state.verdict.action === "confirm" &&
    state.confirmedFingerprint !== undefined &&
    state.confirmedFingerprint === state.verdict.fingerprint
  );
}

// ---------------------------------------------------------------------------------------------
// Findings → sections

const SEVERITY_ORDER: Severity[] = ["block", "confirm", "notice"];

/** Per-person order and context words, by salted hash (see digital-post/person-context.ts). */
export type PeopleContext = Record<string, PersonContext>;

/**
 * One card per problem: the CPR findings of a mail (to outside recipients, several people, in the
 * subject) share one card listing each person once; the card with the recommended action comes
 * first, then the rest by severity.
 */
export function buildSections(verdict: Verdict, policy: Policy, today: Date, people: PeopleContext = {}): Section[] {
  const items = mergeCprItems(verdict.findings.map((f, i) => buildItem(f, i, policy, today, people)));
  const ordered = withLead(items);
  return SEVERITY_ORDER.map((severity) => ({ severity, items: ordered.filter((it) => it.severity === severity) })).filter(
    (s) => s.items.length > 0,
  );
}

/** The recommended first action: the one that resolves most (a wrong domain is the incident). */
const ACTION_RANK: Record<FixAction["kind"], number> = {
  "fix-domain": 0,
  "remove-recipient": 1,
  "mask-subject": 2,
  "clean-display-name": 2.5,
  "remove-quoted": 3,
  "mask-cpr": 3.5,
  "route-digital-post": 4,
  "remove-attachment": 5,
  // Moving the greeted person to To does not take the wrong recipient off: never the lead.
  "move-to-to": 6,
};

const SEVERITY_RANK: Record<Severity, number> = { block: 0, confirm: 1, notice: 2 };

/** Marks the card whose action ranks best as the lead (its action first), and puts that card first. */
export function withLead(items: FindingItem[]): FindingItem[] {
  let best: { item: FindingItem; action: FixAction } | undefined;
  for (const item of items) {
    if (item.severity === "notice") continue;
    for (const action of item.actions) {
      if (!best || ACTION_RANK[action.kind] < ACTION_RANK[best.action.kind]) best = { item, action };
    }
  }
  if (!best) return items;
  const { item: leadItem, action } = best;
  const lead: FindingItem = { ...leadItem, lead: true, actions: [action, ...leadItem.actions.filter((a) => a !== action)] };
  // The lead card leads its severity group; the groups keep their order (block before confirm).
  const rest = items.filter((it) => it !== leadItem);
  return [lead, ...rest].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || Number(y.lead === true) - Number(x.lead === true));
}


/** The CPR findings as one card; recipients a recipient card already shows are not listed again. */
export function mergeCprItems(items: FindingItem[]): FindingItem[] {
  const cpr = items.filter((it) => isCprRule(it.rule));
  const shownByOwnCard = new Set(
    items.filter((it) => !isCprRule(it.rule)).flatMap((it) => it.recipients.map((r) => r.address.toLowerCase())),
  );
  const showRecipients = (list: RecipientRef[]) => list.filter((r) => !shownByOwnCard.has(r.address.toLowerCase()));
  if (cpr.length === 0) return items;
  const first = cpr[0] as FindingItem;
  const people = new Map<string, PersonView>();
  for (const p of cpr.flatMap((it) => it.people)) {
    const seen = people.get(p.hash);
    people.set(p.hash, seen ? { ...seen, places: uniquePlaces([...seen.places, ...p.places]), quotedOnly: seen.quotedOnly && p.quotedOnly } : p);
  }
  const recipients = uniqueRecipients(cpr.flatMap((it) => it.recipients));
  const actions: FixAction[] = [];
  for (const a of cpr.flatMap((it) => it.actions)) {
    // A recipient with a card of its own is removed there; the CPR card offers only the others.
    const action = a.kind === "remove-recipient" ? withoutShown(a, shownByOwnCard) : a;
    if (action && !actions.some((b) => b.kind === action.kind)) actions.push(action);
  }
  // The card is named by its weightiest rule: outside recipients, then several people, then the subject.
  const rule = CPR_RULES_BY_WEIGHT.find((r) => cpr.some((it) => it.rule === r)) ?? first.rule;
  const merged: FindingItem = {
    ...first,
    rule,
    finding: (cpr.find((it) => it.rule === rule) ?? first).finding,
    key: `cpr:${[...people.keys()].join(",")}`,
    severity: cpr.some((it) => it.severity === "block") ? "block" : cpr.some((it) => it.severity === "confirm") ? "confirm" : "notice",
    confirmable: cpr.every((it) => it.confirmable),
    rules: cpr.map((it) => it.rule),
    places: uniquePlaces(cpr.flatMap((it) => it.places)),
    people: sortPeople([...people.values()]),
    recipients,
    showRecipients: showRecipients(recipients),
    quotedOnly: cpr.every((it) => it.quotedOnly),
    actions,
  };
  const out: FindingItem[] = [];
  for (const it of items) {
    if (it === first) out.push(merged);
    else if (!isCprRule(it.rule)) out.push(it);
  }
  return out;
}

function withoutShown(action: Extract<FixAction, { kind: "remove-recipient" }>, shown: Set<string>): FixAction | undefined {
  const targets = action.targets.filter((t) => !shown.has(t.address.toLowerCase()));
  return targets.length > 0 ? { kind: "remove-recipient", targets } : undefined;
}

export function buildItem(finding: Finding, index: number, policy: Policy, today: Date, context: PeopleContext = {}): FindingItem {
  const base = { rule: finding.rule, rules: [finding.rule], severity: finding.severity, confirmable: finding.confirmable, finding };
  switch (finding.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject": {
      const f = finding as CprFinding;
      const people = groupPeople(f.cprs, today, context);
      const places = uniquePlaces([
        ...f.recipients.map((r): PlaceView => ({ part: "recipient", field: r.field })),
        ...f.cprs.map((c) => placeOf(c.location, c.quoted)),
      ]);
      return {
        ...base,
        key: `${f.rule}:${people.map((p) => p.hash).join(",")}`,
        places,
        people,
        recipients: f.recipients,
        showRecipients: f.recipients,
        quotedOnly: f.quotedOnly,
        actions: cprActions(f, people, policy.digitalPost),
      };
    }
    case "lookalike":
    case "display-name-spoof":
    case "invalid-recipient":
    case "external-recipient": {
      const f = finding as RecipientFinding;
      return {
        ...base,
        key: `${f.rule}:${f.recipient.field}:${f.recipient.address.toLowerCase()}`,
        places: [{ part: "recipient", field: f.recipient.field }],
        people: [],
        recipients: [f.recipient],
        showRecipients: [f.recipient],
        quotedOnly: false,
        actions: recipientActions(f),
      };
    }
    case "recipient-name-mismatch":
      return {
        ...base,
        key: `${finding.rule}:${finding.recipient.address.toLowerCase()}:${finding.names.join(",")}`,
        places: uniquePlaces(finding.recipients.map((r): PlaceView => ({ part: "recipient", field: r.field }))),
        people: [],
        recipients: finding.recipients,
        showRecipients: finding.recipients,
        quotedOnly: false,
        actions: salutationActions(finding),
      };
    case "attachment-unchecked":
      return {
        ...base,
        key: `${finding.rule}:${index}:${finding.attachment}`,
        places: [{ part: "attachment", name: finding.attachment, quoted: false }],
        people: [],
        recipients: [],
        showRecipients: [],
        quotedOnly: false,
        actions: [],
      };
  }
}

/**
 * "Ret modtager" when the greeted person is in Cc/Bcc: one click moves them to To. Otherwise the
 * card says to correct the To field by hand (Office.js cannot put the cursor there).
 */
function salutationActions(f: SalutationFinding): FixAction[] {
  const copy = f.matchingCopies.find((r) => r.field !== "to");
  return copy ? [{ kind: "move-to-to", field: copy.field, address: copy.address, name: copy.displayName ?? copy.address }] : [];
}

function recipientActions(f: RecipientFinding): FixAction[] {
  const actions: FixAction[] = [];
  const suggestion = f.assessment.lookalike?.suggestion;
  if ((f.rule === "lookalike" || f.rule === "display-name-spoof") && suggestion && suggestion !== f.recipient.address) {
    actions.push({ kind: "fix-domain", field: f.recipient.field, address: f.recipient.address, suggestion });
  }
  // A notice about a known, legitimate organisation needs no fix; everything else can be removed.
  if (f.severity !== "notice") actions.push({ kind: "remove-recipient", targets: [target(f.recipient)] });
  return actions;
}

function cprActions(f: CprFinding, people: PersonView[], route: DigitalPostRoute | undefined): FixAction[] {
  const actions: FixAction[] = [];
  if (f.rule === "cpr-subject") {
    actions.push({ kind: "mask-subject" });
    return actions;
  }
  actions.push(...displayNameFixes(f));
  if (f.recipients.length > 0) actions.push({ kind: "remove-recipient", targets: f.recipients.map(target) });
  if (route) actions.push({ kind: "route-digital-post" });
  // A number only in the quoted history goes with the history: the caseworker's own text stays.
  const quoted = people.filter((p) => p.quotedOnly && p.places.every((pl) => pl.part === "body"));
  if (quoted.length > 0) actions.push({ kind: "remove-quoted", hashes: quoted.map((p) => p.hash) });
  // Masking in the text helps when the number is not needed: only where the pane can write (not in files).
  const inText = people.filter((p) => p.places.some((pl) => pl.part === "subject" || pl.part === "body"));
  if (inText.length > 0) actions.push({ kind: "mask-cpr", hashes: inText.map((p) => p.hash), masked: inText[0]?.masked ?? "" });
  for (const name of attachmentsWithNumbers(f)) actions.push({ kind: "remove-attachment", name });
  return actions;
}

/** One "take the number out of the name" per recipient whose display name carries one. */
function displayNameFixes(f: CprFinding): FixAction[] {
  const fixes: FixAction[] = [];
  const seen = new Set<string>();
  for (const c of f.cprs) {
    if (c.location.part !== "display-name") continue;
    const key = `${c.location.field}:${c.location.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push({ kind: "clean-display-name", field: c.location.field, address: c.location.address });
  }
  return fixes;
}

/** Files whose numbers are the only reason for the finding are worth offering to remove. */
function attachmentsWithNumbers(f: CprFinding): string[] {
  const names: string[] = [];
  for (const c of f.cprs) {
    if (c.location.part === "attachment" && c.location.where !== "name" && !names.includes(c.location.name)) names.push(c.location.name);
  }
  return names;
}

const target = (r: RecipientRef): RecipientTarget => ({ field: r.field, address: r.address });

function placeOf(location: Location, quoted: boolean): PlaceView {
  switch (location.part) {
    case "subject":
      return { part: "subject", quoted };
    case "body":
      return { part: "body", quoted };
    case "attachment":
      return location.where ? { part: "attachment", name: location.name, quoted, where: location.where } : { part: "attachment", name: location.name, quoted };
    case "body-hidden":
      return { part: "body-hidden", kind: location.kind, quoted };
    case "display-name":
      return { part: "display-name", field: location.field, address: location.address, quoted: false };
  }
}

const placeKey = (p: PlaceView): string =>
  p.part === "recipient"
    ? `r:${p.field}`
    : p.part === "attachment"
      ? `a:${p.name}:${p.where ?? ""}`
      : p.part === "body-hidden"
        ? `h:${p.kind}`
        : p.part === "display-name"
          ? `n:${p.field}:${p.address}`
          : p.part;

/** One entry per place; a place is "quoted" only when every number there is in quoted mail. */
function uniquePlaces(places: PlaceView[]): PlaceView[] {
  const out = new Map<string, PlaceView>();
  for (const p of places) {
    const seen = out.get(placeKey(p));
    if (!seen) out.set(placeKey(p), p);
    else if (seen.part !== "recipient" && p.part !== "recipient" && seen.quoted && !p.quoted) out.set(placeKey(p), p);
  }
  return [...out.values()];
}

export function groupPeople(cprs: readonly CprOccurrence[], today: Date, context: PeopleContext = {}): PersonView[] {
  const people = new Map<string, PersonView>();
  for (const c of cprs) {
    const place = placeOf(c.location, c.quoted);
    const person = people.get(c.hash);
    if (!person) {
      const ctx = Object.prototype.hasOwnProperty.call(context, c.hash) ? context[c.hash] : undefined;
      const view: PersonView = {
        hash: c.hash,
        masked: c.masked,
        birthDate: c.birthDate,
        age: ageOn(c.birthDate, today),
        places: [place],
        quotedOnly: c.quoted,
      };
      if (ctx) view.order = ctx.order;
      if (ctx?.before) view.before = ctx.before;
      people.set(c.hash, view);
    } else {
      person.places = uniquePlaces([...person.places, place]);
      person.quotedOnly = person.quotedOnly && c.quoted;
    }
  }
  return sortPeople([...people.values()]);
}

/** In the order the numbers appear in the mail, when known. */
function sortPeople(people: PersonView[]): PersonView[] {
  return [...people].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));
}

/** Completed years on `today` (UTC calendar), for "født 1. februar 2003, 23 år". */
export function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const ty = today.getUTCFullYear();
  const tm = today.getUTCMonth() + 1;
  const td = today.getUTCDate();
  let age = ty - y;
  if (tm < m || (tm === m && td < d)) age -= 1;
  return Math.max(0, age);
}

// ---------------------------------------------------------------------------------------------
// Confirmation offer

export interface ConfirmOffer {
  /** The rules being confirmed, for the statement and the audit stamp. */
  rules: RuleId[];
  /** Distinct people whose numbers go out. */
  people: number;
  /** Outside recipients the confirmation covers (addresses are shown, never stored in the stamp). */
  recipients: RecipientRef[];
  /** "cpr": the statement is about sending CPR numbers; "recipient": about a recipient. */
  statement: "cpr" | "recipient" | "attachment";
  requireReason: boolean;
  reasons: ReasonCode[];
}

/**
 * Offered only when the verdict says the mail may go after a confirmation, i.e. every finding that
 * is not a notice is one the policy lets the caseworker confirm. Blocks must be fixed first.
 */
export function confirmOffer(verdict: Verdict, policy: Policy): ConfirmOffer | undefined {
  if (verdict.action !== "confirm") return undefined;
  const open = verdict.findings.filter((f) => f.severity !== "notice");
  if (open.length === 0 || !open.every((f) => f.confirmable)) return undefined;
  const cprFindings = open.filter(isCprFinding);
  // cprCount is exact where a citizen list's finding holds only some of its numbers.
  const people = Math.max(new Set(cprFindings.flatMap((f) => f.cprs.map((c) => c.hash))).size, ...cprFindings.map((f) => f.cprCount ?? 0));
  const recipients = uniqueRecipients(
    open.flatMap((f) => (isCprFinding(f) ? f.recipients : f.rule === "attachment-unchecked" ? [] : [f.recipient])),
  );
  const statement = cprFindings.length > 0 ? "cpr" : recipients.length > 0 ? "recipient" : "attachment";
  return {
    rules: [...new Set(open.map((f) => f.rule))],
    people,
    recipients,
    statement,
    requireReason: policy.confirmation.requireReason,
    reasons: policy.confirmation.reasons,
  };
}

function uniqueRecipients(list: RecipientRef[]): RecipientRef[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = `${r.field}:${r.address.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The people a Digital Post message could go to; the caseworker must pick one when there are several. */
export function digitalPostCandidates(verdict: Verdict, today: Date, context: PeopleContext = {}): PersonView[] {
  const cprs = verdict.findings.filter(isCprFinding).flatMap((f) => f.cprs);
  return groupPeople(cprs, today, context);
}

/** Two or more people share a mask (same birthday): only order and context tell them apart. */
export function sameMask(people: readonly PersonView[]): boolean {
  const masks = people.map((p) => p.masked);
  return new Set(masks).size < masks.length;
}

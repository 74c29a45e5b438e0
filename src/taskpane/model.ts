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
import { isCprFinding } from "../detection";
import type { DigitalPostRoute, Policy, ReasonCode } from "../policy/types";

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
  | { kind: "digital-post"; routeName: string }
  | { kind: "moved-to-to"; address: string }
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
  | "recipient-gone";

export interface PaneState {
  phase: "loading" | "ready" | "error";
  origin: PaneOrigin;
  /** policy.json could not be used; the zero-config defaults are in force. */
  policyFallback?: boolean;
  /** The Smart Alert said the stored confirmation could not be read: it must be given again. */
  confirmationLost?: boolean;
  verdict?: Verdict;
  /** The fingerprint a confirmation was stored for in this draft (from sessionData). */
  confirmedFingerprint?: string;
  lastOutcome?: Outcome;
  /** An action is being applied: buttons are disabled so one click stays one change. */
  busy: boolean;
  error?: PaneErrorCode;
}

export type PaneEvent =
  | { type: "loaded"; verdict: Verdict; origin: PaneOrigin; policyFallback?: boolean; confirmationLost?: boolean; confirmedFingerprint?: string }
  | { type: "rechecked"; verdict: Verdict; confirmedFingerprint?: string }
  | { type: "busy" }
  /** Take Action was clicked on an already open pane: the mail has just been stopped. */
  | { type: "stopped-by-alert" }
  | { type: "done"; outcome: Outcome; verdict: Verdict; confirmedFingerprint?: string }
  /** `verdict`: the mail as it is now, when the failure was that it had changed. */
  | { type: "failed"; error: PaneErrorCode; verdict?: Verdict };

export const initialState = (origin: PaneOrigin = "ribbon"): PaneState => ({ phase: "loading", origin, busy: false });

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "loaded":
      return withConfirmation(
        {
          phase: "ready",
          origin: event.origin,
          verdict: event.verdict,
          busy: false,
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
    case "stopped-by-alert": {
      // An earlier "press Send again" no longer describes the mail: Outlook has just stopped it.
      const { lastOutcome: _stale, ...rest } = state;
      return { ...rest, origin: "smart-alert" };
    }
    case "done":
      return withConfirmation(
        { ...carry(state), phase: "ready", verdict: event.verdict, busy: false, lastOutcome: event.outcome },
        event.confirmedFingerprint ?? state.confirmedFingerprint,
      );
    case "failed":
      // A failed write keeps the findings on screen: the caseworker can try again.
      if (event.verdict) return { ...carry(state), phase: "ready", verdict: event.verdict, busy: false, error: event.error, ...keepConfirmation(state) };
      return state.verdict
        ? { ...state, busy: false, error: event.error }
        : { ...carry(state), phase: "error", busy: false, error: event.error };
  }
}

/** What survives every event: where the pane was opened from, whether the policy is the fallback, and a lost confirmation. */
function carry(state: PaneState): Pick<PaneState, "origin" | "policyFallback" | "confirmationLost"> {
  return {
    origin: state.origin,
    ...(state.policyFallback ? { policyFallback: true } : {}),
    ...(state.confirmationLost ? { confirmationLost: true } : {}),
  };
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
  | { kind: "needs-action"; origin: PaneOrigin; count: number; mustFix: number; action: "block" | "confirm"; outcome?: Outcome }
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
  const count = verdict.findings.filter((f) => f.severity !== "notice").length;
  const mustFix = verdict.findings.filter((f) => f.severity === "block").length;
  const status: Status = { kind: "needs-action", origin: state.origin, count, mustFix, action: verdict.action };
  if (state.lastOutcome) status.outcome = state.lastOutcome;
  return status;
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

export function buildSections(verdict: Verdict, policy: Policy, today: Date): Section[] {
  const items = verdict.findings.map((f, i) => buildItem(f, i, policy, today));
  return SEVERITY_ORDER.map((severity) => ({ severity, items: items.filter((it) => it.severity === severity) })).filter(
    (s) => s.items.length > 0,
  );
}

export function buildItem(finding: Finding, index: number, policy: Policy, today: Date): FindingItem {
  const base = { rule: finding.rule, severity: finding.severity, confirmable: finding.confirmable, finding };
  switch (finding.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject": {
      const f = finding as CprFinding;
      const people = groupPeople(f.cprs, today);
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
        quotedOnly: f.quotedOnly,
        actions: cprActions(f, policy.digitalPost),
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

function cprActions(f: CprFinding, route: DigitalPostRoute | undefined): FixAction[] {
  const actions: FixAction[] = [];
  if (f.rule === "cpr-subject") {
    actions.push({ kind: "mask-subject" });
    return actions;
  }
  actions.push(...displayNameFixes(f));
  if (f.recipients.length > 0) actions.push({ kind: "remove-recipient", targets: f.recipients.map(target) });
  if (route) actions.push({ kind: "route-digital-post" });
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

export function groupPeople(cprs: readonly CprOccurrence[], today: Date): PersonView[] {
  const people = new Map<string, PersonView>();
  for (const c of cprs) {
    const place = placeOf(c.location, c.quoted);
    const person = people.get(c.hash);
    if (!person) {
      people.set(c.hash, {
        hash: c.hash,
        masked: c.masked,
        birthDate: c.birthDate,
        age: ageOn(c.birthDate, today),
        places: [place],
        quotedOnly: c.quoted,
      });
    } else {
      person.places = uniquePlaces([...person.places, place]);
      person.quotedOnly = person.quotedOnly && c.quoted;
    }
  }
  return [...people.values()];
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
  const people = new Set(cprFindings.flatMap((f) => f.cprs.map((c) => c.hash))).size;
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
export function digitalPostCandidates(verdict: Verdict, today: Date): PersonView[] {
  const cprs = verdict.findings.filter(isCprFinding).flatMap((f) => f.cprs);
  return groupPeople(cprs, today);
}

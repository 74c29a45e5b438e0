// The pane's behaviour, without React: load, re-check, apply one fix, route to Digital Post,
// confirm. Each step reads the item afresh and runs the same analyzeMessage as the send handler,
// so what the pane shows is what the handler will decide. State changes go out as PaneEvents.
import { analyzeMessage, isCprFinding, maskCpr, maskCprNumbers, withoutCprNumbers } from "../detection";
import type { CprFinding, CprOccurrence, Finding, Message, Recipient, RecipientField, Verdict } from "../detection";
import {
  cprDigits,
  maskCprInSubject,
  maskSpans,
  maskWrittenNumbers,
  personContexts,
  planGatewayMessage,
  planRoute,
  senderStep,
  type DigitalPostPlan,
  type PersonContext,
} from "../digital-post";
import type { DigitalPostRoute, Policy } from "../policy/types";
import { paneAuditStamp, type Decision } from "../outlook/audit-stamp";
import {
  digitalPostCandidates,
  type FixAction,
  type Outcome,
  type PaneErrorCode,
  type PaneEvent,
  type PersonView,
} from "./model";
import { cutHistory, historyAt } from "./quoted-history";
import type { PaneServices } from "./services";
import { languageFor, type Lang } from "../i18n";

/** What the Digital Post button led to; the panel renders it. */
export type DigitalPostStep =
  | { kind: "choose-person"; routeName: string; people: PersonView[] }
  /**
   * The chosen citizen's mail still holds other people's numbers: they must be masked (one click,
   * when they are all in the subject or body) or kept with a reason the audit stamp records.
   */
  | { kind: "other-people"; routeName: string; chosen: PersonView; others: PersonView[]; maskable: boolean }
  | Exclude<DigitalPostPlan, { kind: "gateway" }>
  | { kind: "routed"; routeName: string };

export interface ConfirmChoice {
  reasonCode?: string;
  reasonText?: string;
}

/** The caseworker's answers so far in the Digital Post panel. */
export interface DigitalPostRequest {
  personHash?: string;
  /** Other people's numbers stay in the mail, for this reason (checked free of CPR numbers). */
  keepOthersReason?: string;
}

type GatewayRoute = Extract<DigitalPostRoute, { type: "gateway" }>;

interface Fresh {
  message: Message;
  verdict: Verdict;
}

export class PaneController {
  private policy: Policy | undefined;
  private salt = "";
  private verdict: Verdict | undefined;
  /** The verdict the pane opened with: what the audit stamp reports as caught. */
  private caught: Verdict | undefined;
  private decisions: Decision[] = [];
  private reasonCode: string | undefined;
  private reasonText: string | undefined;
  /** Order and context words of the people in the mail last read; sent along with each verdict. */
  private people: Record<string, PersonContext> = {};
  private busy = false;
  private latestCheck = 0;
  private unsubscribe: (() => void)[] = [];
  private stopped = false;
  private readonly emit: (event: PaneEvent) => void;

  constructor(
    private readonly services: PaneServices,
    emit: (event: PaneEvent) => void,
  ) {
    // After the pane closes, late answers from Outlook must not touch a gone UI.
    this.emit = (event) => {
      if (this.stopped) return;
      emit("verdict" in event && event.verdict ? { ...event, people: this.people } : event);
    };
  }

  get currentPolicy(): Policy | undefined {
    return this.policy;
  }

  language(): Lang {
    return languageFor(this.services.displayLanguage(), this.policy?.language ?? "da");
  }

  async start(): Promise<void> {
    let policyFallback = false;
    try {
      const loaded = await this.services.loadPolicy();
      this.policy = loaded.policy;
      policyFallback = loaded.fallback;
      this.emit({ type: "policy", policy: loaded.policy });
    } catch {
      this.emit({ type: "failed", error: "policy-failed" });
      return;
    }
    // Stopped already (React StrictMode's first mount, or the pane closed): read nothing more.
    if (this.stopped) return;
    let context: unknown = null;
    try {
      context = await this.services.getInitContext();
    } catch {
      // No context is the ribbon case: the pane simply computes the findings itself.
    }
    const origin = context ? "smart-alert" : "ribbon";
    const confirmationLost = (context as { confirmationLost?: unknown } | null)?.confirmationLost === true;
    const fromContext = verdictFromContext(context);
    if (fromContext) {
      this.verdict = fromContext;
      this.caught = fromContext;
      this.emit({ type: "loaded", verdict: fromContext, origin, policyFallback, confirmationLost });
    }
    // The handler's own verdict, shown at once while the pane reads the mail itself (a second or
    // more with big attachments); the buttons wait for that reading.
    const snapshot = fromContext ? null : await this.readSnapshot();
    if (snapshot) {
      this.people = snapshot.people;
      this.verdict = snapshot.verdict;
      this.emit({ type: "loaded", verdict: snapshot.verdict, origin, policyFallback, confirmationLost, verifying: true });
    }
    if (this.stopped) return;
    try {
      this.salt = await this.services.getSalt();
      const verdict = await this.analyze();
      const confirmedFingerprint = await this.readConfirmation();
      this.verdict = verdict;
      this.caught = this.caught ?? verdict;
      this.emit(
        fromContext || snapshot
          ? { type: "rechecked", verdict, ...opt("confirmedFingerprint", confirmedFingerprint) }
          : { type: "loaded", verdict, origin, policyFallback, confirmationLost, ...opt("confirmedFingerprint", confirmedFingerprint) },
      );
    } catch {
      this.emit({ type: "failed", error: "read-failed" });
    }
    if (this.stopped) return;
    this.unsubscribe.push(
      this.services.subscribeRecipientsChanged(() => void this.recheck()),
      // Take Action clicked again on the open pane: the mail was stopped again, so re-read it.
      this.services.subscribeInitContextChanged(() => {
        this.emit({ type: "stopped-by-alert" });
        void this.recheck();
      }),
    );
  }

  /** The send handler's snapshot of this draft, or null (none, stale, unreadable). */
  private async readSnapshot(): Promise<{ verdict: Verdict; people: Record<string, PersonContext> } | null> {
    try {
      return (await this.services.readSnapshot?.(this.requirePolicy())) ?? null;
    } catch {
      return null;
    }
  }

  stop(): void {
    this.stopped = true;
    for (const u of this.unsubscribe.splice(0)) u();
  }

  /** Live re-check (RecipientsChanged, or the user asked). Ignored while a fix is being applied: the fix re-checks itself. */
  async recheck(): Promise<void> {
    if (this.busy || !this.policy) return;
    const ticket = ++this.latestCheck;
    try {
      const verdict = await this.analyze();
      const confirmedFingerprint = await this.readConfirmation();
      // A slower, older check must not overwrite a newer one.
      if (ticket !== this.latestCheck || this.busy) return;
      this.verdict = verdict;
      this.emit({ type: "rechecked", verdict, ...opt("confirmedFingerprint", confirmedFingerprint) });
    } catch {
      if (ticket === this.latestCheck) this.emit({ type: "failed", error: "read-failed" });
    }
  }

  /** One click, one change to the item; then the stamp and a fresh check. */
  async apply(action: Exclude<FixAction, { kind: "route-digital-post" }>): Promise<boolean> {
    return this.run("write-failed", async () => {
      switch (action.kind) {
        case "fix-domain":
          // The recipient may have been changed in Outlook meanwhile: never report a fix that did not happen.
          if (!(await this.services.replaceRecipient(action.field, action.address, action.suggestion))) throw new NothingChanged();
          return { decision: "fixed-domain", outcome: { kind: "fixed-domain", from: action.address, to: action.suggestion } };
        case "remove-recipient":
          if ((await this.services.removeRecipients(action.targets.map((t) => t.address))) === 0) throw new NothingChanged();
          return { decision: "removed-recipient", outcome: { kind: "removed", addresses: action.targets.map((t) => t.address) } };
        case "mask-subject": {
          const message = await this.services.readMessage(this.requirePolicy());
          await this.services.setSubject(maskCprInSubject(message.subject, this.services.today()));
          return { decision: "masked-subject", outcome: { kind: "masked-subject" } };
        }
        case "clean-display-name": {
          const message = await this.services.readMessage(this.requirePolicy());
          const cleaned = withoutNumberInName(message[action.field], action.address);
          // The recipient may have been changed in Outlook meanwhile: never report a fix that did not happen.
          if (!cleaned) throw new NothingChanged();
          await this.services.setRecipients(action.field, cleaned);
          return { decision: "cleaned-display-name", outcome: { kind: "cleaned-display-name", address: action.address } };
        }
        case "move-to-to":
          await this.moveToTo(action.field, action.address);
          return { decision: "moved-recipient", outcome: { kind: "moved-to-to", address: action.address } };
        case "mask-cpr": {
          const masked = await this.maskPeople(action.hashes);
          return { decision: "masked-cpr", outcome: { kind: "masked-cpr", masked: masked.masks, count: masked.count } };
        }
        case "remove-quoted":
          await this.removeQuotedHistory(action.hashes);
          return { decision: "removed-quoted", outcome: { kind: "removed-quoted" } };
        case "remove-attachment":
          if (!(await this.services.removeAttachment(action.name))) throw new AttachmentGone();
          return { decision: "removed-attachment", outcome: { kind: "removed-attachment", name: action.name } };
      }
    });
  }

  /**
   * Replaces these people's numbers in the subject and body with their masks. The written forms
   * are read from the item now and used once. Throws MaskIncomplete when a number is still there
   * afterwards (formatting split it): the caseworker is told to correct it by hand.
   */
  private async maskPeople(hashes: readonly string[]): Promise<{ masks: string[]; count: number }> {
    const { message, verdict } = await this.readFresh();
    const targets = cprOccurrences(verdict.findings).filter((c) => hashes.includes(c.hash) && c.location.part !== "attachment");
    const inSubject = targets.filter((c) => c.location.part === "subject");
    if (inSubject.length > 0) await this.services.setSubject(maskSpans(message.subject, inSubject, maskCpr));
    const written = [...new Set(targets.filter((c) => c.location.part === "body").map((c) => message.body.slice(c.start, c.end)))];
    if (written.length > 0) await this.services.editBody((data, type) => maskWrittenNumbers(data, written, type));
    const after = await this.readFresh();
    const left = cprOccurrences(after.verdict.findings).some((c) => hashes.includes(c.hash) && c.location.part !== "attachment");
    if (left) throw new MaskIncomplete();
    return { masks: [...new Set(targets.map((c) => c.masked))], count: targets.length };
  }

  /**
   * Cuts the reply/forward history that holds these people's numbers. Checked afterwards: the
   * caseworker's own text must be unchanged and the numbers gone; otherwise the body is put back
   * as it was and QuotedNotRemoved says so.
   */
  private async removeQuotedHistory(hashes: readonly string[]): Promise<void> {
    const { message, verdict } = await this.readFresh();
    const first = cprOccurrences(verdict.findings).find((c) => hashes.includes(c.hash) && c.location.part === "body" && c.quoted);
    const range = first ? historyAt(message.body, first.start) : undefined;
    if (!range) throw new QuotedNotRemoved();
    const own = message.body.slice(0, range.start).trim();
    const firstLine = message.body.slice(range.start).trimStart().split(/\r?\n/)[0] ?? "";
    let original: { data: string; type: "html" | "text" } | undefined;
    const changed = await this.services.editBody((data, type) => {
      original = { data, type };
      return cutHistory(data, type, firstLine) ?? data;
    });
    if (!changed) throw new QuotedNotRemoved();
    const after = await this.readFresh();
    const left = cprOccurrences(after.verdict.findings).some((c) => hashes.includes(c.hash) && c.location.part === "body");
    if (left || after.message.body.trim() !== own) {
      const back = original;
      if (back) await this.services.editBody(() => back.data);
      throw new QuotedNotRemoved();
    }
  }

  /**
   * "Send via Digital Post", in steps: the route (portal and guide need no message), then for the
   * gateway the sender, the citizen, the other people's numbers, and finally the rewrite.
   */
  async routeDigitalPost(request: DigitalPostRequest = {}): Promise<DigitalPostStep | undefined> {
    const plan = planRoute(this.policy?.digitalPost);
    if (plan.kind !== "needs-message") {
      if (plan.kind === "open-portal") this.services.openUrl(plan.url);
      return plan;
    }
    if (this.busy) return undefined;
    let fresh: Fresh;
    try {
      fresh = await this.readFresh();
    } catch {
      this.emit({ type: "failed", error: "read-failed" });
      return undefined;
    }
    const before = this.gatewayPrerequisite(plan.route, fresh, request);
    if (before.step) return before.step;
    return (await this.rewriteForGateway(plan.route, fresh, before.chosen, request.keepOthersReason))
      ? { kind: "routed", routeName: plan.route.name }
      : undefined;
  }

  /** Masks the other people's numbers, then routes the mail to the chosen citizen. */
  async maskOthersAndRoute(personHash: string, others: readonly string[]): Promise<DigitalPostStep | undefined> {
    const masked = await this.apply({ kind: "mask-cpr", hashes: [...others], masked: "" });
    return masked ? this.routeDigitalPost({ personHash }) : undefined;
  }

  /** What must be settled before the gateway rewrite: the sender, one citizen, nobody else's number. */
  private gatewayPrerequisite(route: GatewayRoute, fresh: Fresh, request: DigitalPostRequest): { step?: DigitalPostStep; chosen: string } {
    // The sender is checked before anything else: with the wrong mailbox nothing is rewritten.
    const wrongSender = senderStep(route, fresh.message.from);
    if (wrongSender) return { step: wrongSender, chosen: "" };
    const people = digitalPostCandidates(fresh.verdict, this.services.today(), this.people);
    const chosen = request.personHash ?? (people.length === 1 ? people[0]?.hash : undefined);
    const person = people.find((p) => p.hash === chosen);
    // One citizen per message: with several numbers (or a choice that no longer exists) ask.
    if (!chosen || !person) return { step: { kind: "choose-person", routeName: route.name, people }, chosen: "" };
    const others = people.filter((p) => p.hash !== chosen);
    if (others.length > 0 && !request.keepOthersReason) {
      const maskable = others.every((p) => p.places.every((pl) => pl.part === "subject" || pl.part === "body"));
      return { step: { kind: "other-people", routeName: route.name, chosen: person, others, maskable }, chosen };
    }
    return { chosen };
  }

  private async rewriteForGateway(route: GatewayRoute, fresh: Fresh, chosen: string, keepOthersReason: string | undefined): Promise<boolean> {
    const { message } = fresh;
    const others = digitalPostCandidates(fresh.verdict, this.services.today()).length - 1;
    return this.run("write-failed", async () => {
      const plan = planGatewayMessage(route, {
        ...opt("from", message.from),
        maskedSubject: maskCprInSubject(message.subject, this.services.today()),
        readDigits: () => digitsOf(message, fresh.verdict, chosen),
      });
      if (plan.kind !== "gateway") throw new Error("gateway plan expected");
      // The outside recipients go first, so an interruption never leaves them with the gateway.
      await this.services.setRecipients("cc", []);
      await this.services.setRecipients("bcc", []);
      await this.services.setRecipients("to", [{ address: plan.to, displayName: plan.routeName }]);
      if (plan.subject !== message.subject) await this.services.setSubject(plan.subject);
      if (keepOthersReason) {
        this.decisions.push("kept-other-people");
        this.reasonText = keepOthersReason;
      }
      const outcome: Outcome = keepOthersReason && others > 0
        ? { kind: "digital-post", routeName: plan.routeName, otherPeople: others }
        : { kind: "digital-post", routeName: plan.routeName };
      return { decision: "digital-post", outcome };
    });
  }

  /** Stores the confirmation for exactly the mail as it is now; refuses when it changed meanwhile. */
  async confirm(choice: ConfirmChoice): Promise<boolean> {
    const shown = this.verdict;
    if (!shown) return false;
    return this.run("confirm-failed", async () => {
      const fresh = await this.analyze();
      if (fresh.fingerprint !== shown.fingerprint) {
        this.verdict = fresh;
        this.emit({ type: "rechecked", verdict: fresh });
        throw new ChangedMeanwhile();
      }
      await this.services.saveConfirmation({
        fingerprint: fresh.fingerprint,
        salt: this.salt,
        rules: [...new Set(fresh.findings.filter((f) => f.severity !== "notice").map((f) => f.rule))],
        ...opt("reasonCode", choice.reasonCode),
        ...opt("reasonText", choice.reasonText?.trim() || undefined),
      });
      this.reasonCode = choice.reasonCode;
      this.reasonText = choice.reasonText?.trim() || undefined;
      return { decision: "confirmed", outcome: { kind: "confirmed" }, confirmedFingerprint: fresh.fingerprint };
    });
  }

  openUrl(url: string): void {
    this.services.openUrl(url);
  }

  // -------------------------------------------------------------------------------------------

  private async analyze(): Promise<Verdict> {
    return (await this.readFresh()).verdict;
  }

  /** Reads the item and checks it; remembers who is where, for telling people apart. */
  private async readFresh(): Promise<Fresh> {
    const policy = this.requirePolicy();
    const message = await this.services.readMessage(policy);
    const verdict = analyzeMessage(message, policy, { salt: this.salt, today: this.services.today() });
    this.people = personContexts(message, verdict.findings);
    return { message, verdict };
  }

  /**
   * The greeted person from Cc/Bcc to To. To is written first: an interruption between the two
   * writes leaves the person in both fields, never in neither.
   */
  private async moveToTo(field: RecipientField, address: string): Promise<void> {
    if (field === "to") throw new NothingChanged();
    const message = await this.services.readMessage(this.requirePolicy());
    const same = (r: Recipient) => r.address.trim().toLowerCase() === address.trim().toLowerCase();
    const from = message[field] ?? [];
    const person = from.find(same);
    if (!person) throw new NothingChanged();
    if (!message.to.some(same)) await this.services.setRecipients("to", [...message.to, person]);
    await this.services.setRecipients(field, from.filter((r) => !same(r)));
  }

  private requirePolicy(): Policy {
    if (!this.policy) throw new Error("policy not loaded");
    return this.policy;
  }

  private async readConfirmation(): Promise<string | undefined> {
    try {
      return await this.services.readConfirmedFingerprint();
    } catch {
      return undefined; // missing sessionData means "not confirmed"
    }
  }

  /** Applies one change, stamps it, re-checks. Returns false (after emitting the error) when it failed. */
  private async run(
    error: PaneErrorCode,
    step: () => Promise<{ decision: Decision; outcome: Outcome; confirmedFingerprint?: string }>,
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.latestCheck++;
    this.emit({ type: "busy" });
    try {
      const done = await step();
      this.decisions.push(done.decision);
      await this.stamp();
      const verdict = await this.analyze();
      this.verdict = verdict;
      this.busy = false;
      this.emit({ type: "done", outcome: done.outcome, verdict, ...opt("confirmedFingerprint", done.confirmedFingerprint) });
      return true;
    } catch (e) {
      const code = errorCodeOf(e) ?? error;
      // When the mail changed under us, show it as it is now, so the next click acts on what is there.
      const fresh = e instanceof NothingChanged ? await this.analyze().catch(() => undefined) : undefined;
      if (fresh) this.verdict = fresh;
      this.busy = false;
      this.emit({ type: "failed", error: code, ...opt("verdict", fresh) });
      return false;
    }
  }

  private async stamp(): Promise<void> {
    const caught = this.caught ?? this.verdict;
    if (!caught || !this.policy) return;
    try {
      await this.services.writeAuditHeader(
        paneAuditStamp({
          caught,
          decisions: this.decisions,
          ...opt("reasonCode", this.reasonCode),
          ...opt("reasonText", this.reasonText),
          policyVersion: this.policy.version,
        }),
      );
    } catch {
      // The change the caseworker asked for has been made; a missing stamp must not undo that.
    }
  }
}

class DigitsMissing extends Error {}
class NothingChanged extends Error {}
class ChangedMeanwhile extends Error {}
class MaskIncomplete extends Error {}
class AttachmentGone extends Error {}
class QuotedNotRemoved extends Error {}

/** The failures the caseworker gets a specific message for; anything else is the step's own error. */
const ERROR_CODES: [new () => Error, PaneErrorCode][] = [
  [ChangedMeanwhile, "changed-meanwhile"],
  [NothingChanged, "recipient-gone"],
  [DigitsMissing, "digits-missing"],
  [MaskIncomplete, "mask-incomplete"],
  [AttachmentGone, "attachment-gone"],
  [QuotedNotRemoved, "quoted-not-removed"],
];

function errorCodeOf(e: unknown): PaneErrorCode | undefined {
  return ERROR_CODES.find(([type]) => e instanceof type)?.[1];
}

function cprOccurrences(findings: readonly Finding[]): CprOccurrence[] {
  return findings
    .filter(isCprFinding)
    .flatMap((f) => f.cprs);
}

/** The chosen citizen's digits, read from the item at this moment and used once; never kept. */
function digitsOf(message: Message, verdict: Verdict, hash: string): string {
  const occurrence = findOccurrence(verdict.findings, hash);
  const digits = occurrence ? cprDigits(textAt(message, occurrence).slice(occurrence.start, occurrence.end)) : "";
  if (digits.length !== 10) throw new DigitsMissing();
  return digits;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function findOccurrence(findings: readonly Finding[], hash: string): CprOccurrence | undefined {
  for (const f of findings) {
    if (!isCprFinding(f)) continue;
    // Prefer an occurrence in the body or subject: attachment text may not map back to the item.
    const cprs = f.cprs.filter((c) => c.hash === hash);
    const direct = cprs.find((c) => c.location.part !== "attachment");
    if (direct ?? cprs[0]) return direct ?? cprs[0];
  }
  return undefined;
}

/**
 * The field's recipients with the CPR number taken out of the display name of `address` (as the
 * finding shows it, masked), every other entry as it was; undefined when no such name is there.
 */
function withoutNumberInName(list: readonly Recipient[], address: string): Recipient[] | undefined {
  let changed = false;
  const next = list.map((r) => {
    if (maskCprNumbers(r.address) !== address || typeof r.displayName !== "string") return { ...r };
    const name = withoutCprNumbers(r.displayName);
    if (name === r.displayName) return { ...r };
    changed = true;
    return name === "" ? { address: r.address } : { address: r.address, displayName: name };
  });
  return changed ? next : undefined;
}

function textAt(message: Message, occurrence: CprOccurrence): string {
  const location = occurrence.location;
  if (location.part === "subject") return message.subject;
  if (location.part === "body") return message.body;
  if (location.part !== "attachment") return "";
  return message.attachments?.find((a) => a.name === location.name)?.text ?? "";
}

/** The handler may pass its verdict (masked numbers and hashes only) as the Smart Alert's contextData. */
export function verdictFromContext(context: unknown): Verdict | undefined {
  if (!context || typeof context !== "object") return undefined;
  const candidate = (context as { verdict?: unknown }).verdict ?? context;
  if (!candidate || typeof candidate !== "object") return undefined;
  const v = candidate as Partial<Verdict>;
  if (
    (v.action === "allow" || v.action === "confirm" || v.action === "block") &&
    Array.isArray(v.findings) &&
    typeof v.fingerprint === "string"
  ) {
    return v as Verdict;
  }
  return undefined;
}

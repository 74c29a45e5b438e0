// The pane's behaviour, without React: load, re-check, apply one fix, route to Digital Post,
// confirm. Each step reads the item afresh and runs the same analyzeMessage as the send handler,
// so what the pane shows is what the handler will decide. State changes go out as PaneEvents.
import { analyzeMessage, isCprFinding, maskCprNumbers, withoutCprNumbers } from "../detection";
import type { CprFinding, CprOccurrence, Finding, Message, Recipient, RecipientField, Verdict } from "../detection";
import { checkSender, cprDigits, maskCprInSubject, planDigitalPost, type DigitalPostPlan } from "../digital-post";
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
import type { PaneServices } from "./services";
import { languageFor, type Lang } from "../i18n";

/** What the Digital Post button led to; the panel renders it. */
export type DigitalPostStep =
  | { kind: "choose-person"; routeName: string; people: PersonView[] }
  | Exclude<DigitalPostPlan, { kind: "gateway" }>
  | { kind: "routed"; routeName: string };

export interface ConfirmChoice {
  reasonCode?: string;
  reasonText?: string;
}

export class PaneController {
  private policy: Policy | undefined;
  private salt = "";
  private verdict: Verdict | undefined;
  /** The verdict the pane opened with: what the audit stamp reports as caught. */
  private caught: Verdict | undefined;
  private decisions: Decision[] = [];
  private reasonCode: string | undefined;
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
      if (!this.stopped) emit(event);
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
    } catch {
      this.emit({ type: "failed", error: "policy-failed" });
      return;
    }
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
    try {
      this.salt = await this.services.getSalt();
      const verdict = await this.analyze();
      const confirmedFingerprint = await this.readConfirmation();
      this.verdict = verdict;
      this.caught = this.caught ?? verdict;
      this.emit(
        fromContext
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
      }
    });
  }

  /**
   * "Send via Digital Post". For the gateway route with one citizen (or `personHash` chosen) and an
   * allowed sender, rewrites the item; otherwise returns what the caseworker must see first.
   */
  async routeDigitalPost(personHash?: string): Promise<DigitalPostStep | undefined> {
    const policy = this.policy;
    const route: DigitalPostRoute | undefined = policy?.digitalPost;
    if (!policy || !route) return { kind: "no-route" };
    if (route.type === "portal" || route.type === "instructions") {
      const plan = planDigitalPost(route, { maskedSubject: "", readDigits: () => "" }) as DigitalPostStep;
      if (plan.kind === "open-portal") this.services.openUrl(plan.url);
      return plan;
    }
    if (this.busy) return undefined;
    let message: Message;
    let fresh: Verdict;
    try {
      message = await this.services.readMessage(policy);
      fresh = analyzeMessage(message, policy, { salt: this.salt, today: this.services.today() });
    } catch {
      this.emit({ type: "failed", error: "read-failed" });
      return undefined;
    }
    // The sender is checked before anything else: with the wrong mailbox nothing is rewritten.
    const sender = checkSender(message.from, route.allowedSenders);
    if (!sender.ok) {
      return {
        kind: "switch-sender",
        routeName: route.name,
        allowed: sender.allowed,
        ...opt("current", sender.current),
        ...opt("guideUrl", route.guideUrl),
      };
    }
    const people = digitalPostCandidates(fresh, this.services.today());
    const chosen = personHash ?? (people.length === 1 ? people[0]?.hash : undefined);
    if (!chosen || !people.some((p) => p.hash === chosen)) {
      // One citizen per message: with several numbers (or a choice that no longer exists) ask.
      return { kind: "choose-person", routeName: route.name, people };
    }
    let routed = false;
    await this.run("write-failed", async () => {
      const plan = planDigitalPost(route, {
        ...opt("from", message.from),
        maskedSubject: maskCprInSubject(message.subject, this.services.today()),
        readDigits: () => {
          const occurrence = findOccurrence(fresh.findings, chosen);
          // The number is read from the item at this moment and used once; it is never kept.
          const digits = occurrence ? cprDigits(textAt(message, occurrence).slice(occurrence.start, occurrence.end)) : "";
          if (digits.length !== 10) throw new DigitsMissing();
          return digits;
        },
      });
      if (plan.kind !== "gateway") throw new Error("gateway plan expected");
      // The outside recipients go first, so an interruption never leaves them with the gateway.
      await this.services.setRecipients("cc", []);
      await this.services.setRecipients("bcc", []);
      await this.services.setRecipients("to", [{ address: plan.to, displayName: plan.routeName }]);
      if (plan.subject !== message.subject) await this.services.setSubject(plan.subject);
      routed = true;
      return { decision: "digital-post", outcome: { kind: "digital-post", routeName: plan.routeName } };
    });
    return routed ? { kind: "routed", routeName: route.name } : undefined;
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
      return { decision: "confirmed", outcome: { kind: "confirmed" }, confirmedFingerprint: fresh.fingerprint };
    });
  }

  openUrl(url: string): void {
    this.services.openUrl(url);
  }

  // -------------------------------------------------------------------------------------------

  private async analyze(): Promise<Verdict> {
    const policy = this.requirePolicy();
    const message = await this.services.readMessage(policy);
    return analyzeMessage(message, policy, { salt: this.salt, today: this.services.today() });
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
      const code: PaneErrorCode =
        e instanceof ChangedMeanwhile
          ? "changed-meanwhile"
          : e instanceof NothingChanged
            ? "recipient-gone"
            : e instanceof DigitsMissing
            ? "digits-missing"
            : error;
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

// The OnMessageSend handler as a short sequence of awaited steps: read the item, get the policy,
// analyse, compare with the caseworker's confirmation, complete. Every path ends in exactly one
// event.completed — the normal result, a stop naming what could not be read, the failure result
// when anything throws, or the watchdog's stop when an Office call never answers or the work takes
// too long. The phases yield to the event loop between them, so the watchdog can act.
import type { Message, Verdict } from "../detection";
import { languageFor, type Lang } from "../i18n/format";
import type { Policy } from "../policy/types";
import { ADDIN_VERSION } from "../outlook/build-info";
import { completeOnce, type CompletableEvent, type OutlookHost } from "../outlook/office-host";
import type { PolicyLoad } from "../outlook/policy-loader";
import { completeMessage, readDraft, type HtmlConverter } from "../outlook/read-message";
import { randomSalt } from "../outlook/random-salt";
import { readConfirmationState, writeSnapshot, type Confirmation, type ConfirmationRead } from "../outlook/session";
import { draftState, snapshotJson, type PaneSnapshot } from "../outlook/pane-snapshot";
import { within } from "../outlook/call";
import type { ComposeItem } from "../outlook/compose-item";
import { updateAuditHeader } from "../outlook/item-edits";
import { sendAuditStamp } from "../outlook/audit-stamp";
import { personContexts } from "../digital-post/person-context";
import { blockCompletion, failureCompletion, readFailureCompletion, timeoutCompletion, type SendCompletion } from "./alert";

export interface SendHandlerDeps {
  /** Resolved on each send: the Office global may be replaced between sends (tests, reloads). */
  host: () => OutlookHost;
  loadPolicy: () => Promise<PolicyLoad>;
  analyzeMessage: (message: Message, policy: Policy, options: { salt?: string }) => Verdict;
  defaultPolicy: (senderAddress: string) => Policy;
  /** htmlBodyText in production, so what the HTML carries unseen is checked too. */
  htmlToText: HtmlConverter;
  /**
   * Completes with the failure result if the check has not finished by then. Outlook itself waits
   * about five minutes; this is far shorter so a stuck host call never leaves the user waiting.
   */
  watchdogMs?: number;
  /**
   * How long each step of the audit stamp (read the header back, write it) and the sessionData
   * read may take before the handler goes on without them. Capped at a quarter of the watchdog.
   */
  stampTimeoutMs?: number;
}

export const DEFAULT_WATCHDOG_MS = 20000;
export const DEFAULT_STAMP_TIMEOUT_MS = 1500;

/**
 * The audit stamp on mail that passed: the pane's record (already in the header, when the
 * caseworker fixed or confirmed something there) with what the handler decided, under which policy.
 */
export function auditStamp(
  existing: string | undefined,
  result: "allow" | "confirmed",
  policy: Policy,
  verdict: Verdict,
  confirmation: Confirmation | null,
): string {
  const rules = result === "confirmed" ? verdict.findings.filter((f) => f.severity !== "notice").map((f) => f.rule) : [];
  return sendAuditStamp(existing, {
    result,
    addinVersion: ADDIN_VERSION,
    policyVersion: policy.version,
    rules,
    ...(result === "confirmed" && confirmation?.reason ? { reasonCode: confirmation.reason } : {}),
  });
}

/** Lets timers run — above all the watchdog — between the handler's synchronous phases. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const LOST: ConfirmationRead = { confirmation: null, lost: true };

/** Thrown to leave a check the watchdog has already answered; never reaches Outlook. */
class Abandoned extends Error {}

/** What one send knows so far, for its failure paths. */
interface SendState {
  lang: Lang | null;
  host: OutlookHost | null;
  /** Set once event.completed has been called (by the check, its error path or the watchdog). */
  done: boolean;
}

/** What one handler keeps while the event runtime lives (it may stay alive between sends). */
interface HandlerRuntime {
  deps: SendHandlerDeps;
  watchdogMs: number;
  stampMs: number;
  // The last policy's failClosed: a check that cannot run (a bug, no item, the policy gone and
  // nothing better) then stops instead of offering Send Anyway.
  failClosed: boolean;
}

export function createSendHandler(deps: SendHandlerDeps): (event: CompletableEvent) => Promise<void> {
  const watchdogMs = deps.watchdogMs ?? DEFAULT_WATCHDOG_MS;
  const stampMs = Math.min(deps.stampTimeoutMs ?? DEFAULT_STAMP_TIMEOUT_MS, Math.floor(watchdogMs / 4));
  const runtime: HandlerRuntime = { deps, watchdogMs, stampMs, failClosed: false };
  return function onMessageSendHandler(event: CompletableEvent): Promise<void> {
    return handleSend(runtime, event);
  };
}

/** One Send: completes the event exactly once — with the check's answer, a failure, or the watchdog's stop. */
async function handleSend(rt: HandlerRuntime, event: CompletableEvent): Promise<void> {
  const completeEvent = completeOnce(event);
  const state: SendState = { lang: null, host: null, done: false };
  const complete = (options: SendCompletion) => {
    state.done = true;
    completeEvent(options);
  };
  // Whatever is still running, a check that did not finish in time stops the mail.
  const watchdog = setTimeout(() => complete(timeoutCompletion(fallbackLang(state))), rt.watchdogMs);
  try {
    state.host = rt.deps.host();
    complete(await check(rt, state.host, state));
  } catch {
    // Deliberately silent: an error here can carry mail content, and nothing may be logged.
    if (!state.done) complete(failure(rt, state));
  } finally {
    clearTimeout(watchdog);
  }
}

/** The check could not finish: stop with the failure alert, Send Anyway only where the client and policy allow. */
function failure(rt: HandlerRuntime, state: SendState): SendCompletion {
  let supports114 = false;
  let promptUser = "promptUser";
  try {
    if (state.host) {
      supports114 = state.host.supportsMailbox("1.14");
      promptUser = state.host.promptUser;
    }
  } catch {
    // Fall through with the safe defaults.
  }
  return failureCompletion(fallbackLang(state), supports114, promptUser, rt.failClosed);
}

async function phase(state: SendState): Promise<void> {
  await nextTurn();
  if (state.done) throw new Abandoned();
}

/** The audit stamp is evidence, not a gate: a stamp that fails or never answers allows the mail. */
async function stamp(rt: HandlerRuntime, item: ComposeItem, next: (existing: string | undefined) => string): Promise<void> {
  try {
    await updateAuditHeader(item, next, { timeoutMs: rt.stampMs });
  } catch {
    // The stamp is for the server-side backstop; failing to set it must not stop the mail.
  }
}

async function check(rt: HandlerRuntime, host: OutlookHost, state: SendState): Promise<SendCompletion> {
  const { deps } = rt;
  // The attachments' time budget counts from Send, so the whole check stays inside Outlook's window.
  const startedAt = Date.now();
  const item = host.item();
  const draft = await readDraft(item, { htmlToText: deps.htmlToText });
  await phase(state);
  // A sessionData read that never answers must not hold a mail that needs no confirmation.
  const [load, session] = await Promise.all([deps.loadPolicy(), within(readConfirmationState(item), rt.stampMs, LOST)]);
  if (load.policy) rt.failClosed = load.policy.failClosed === true;
  const policy = load.policy ?? deps.defaultPolicy(draft.message.from?.address ?? "");
  const lang = languageFor(host.displayLanguage(), policy.language);
  state.lang = lang;
  // What was not read was not checked: stop and say what, whatever the policy.
  if (draft.unread.length > 0) return readFailureCompletion(lang, draft.unread);
  if (!load.policy && rt.failClosed) return failureCompletion(lang, false, host.promptUser, true);
  // Attachment contents need the policy's limits; the pane reads them the same way (readMessage).
  const message = await completeMessage(item, draft, { limits: policy.attachments, startedAt, beforeExtract: () => phase(state) });
  await phase(state);

  // The confirmation's own salt, so an unchanged mail yields the fingerprint the pane stored.
  const confirmation = session.confirmation;
  const salt = confirmation?.salt ?? randomSalt();
  const verdict = deps.analyzeMessage(message, policy, { salt });
  await phase(state);

  const confirmed = verdict.action === "confirm" && confirmation !== null && confirmation.fingerprint === verdict.fingerprint;
  if (verdict.action === "allow" || confirmed) {
    const result = confirmed ? "confirmed" : "allow";
    await stamp(rt, item, (existing) => {
      // The watchdog stopped this mail while the header was being read: stamp nothing.
      if (state.done) throw new Abandoned();
      return auditStamp(existing, result, policy, verdict, confirmation);
    });
    return { allowEvent: true };
  }
  const people = personContexts(message, verdict.findings);
  const mailbox114 = host.supportsMailbox("1.14");
  // Only where the alert's button opens the pane.
  if (mailbox114) await keepForPane(rt, item, { state: draftState(draft.message, draft.attachments, policy), verdict, people });
  return blockCompletion(verdict, {
    lang,
    mailbox114,
    mailbox115: host.supportsMailbox("1.15"),
    policyProblem: load.problem,
    confirmationLost: session.lost,
    people,
  });
}

/** Leaves the verdict for the pane's first view (../outlook/pane-snapshot); the stop never waits long or fails for it. */
async function keepForPane(rt: HandlerRuntime, item: ComposeItem, snapshot: PaneSnapshot): Promise<void> {
  try {
    const json = snapshotJson(snapshot);
    if (json) await within(writeSnapshot(item, json), rt.stampMs, undefined);
  } catch {
    // The pane then reads the mail itself, as it always can.
  }
}

function fallbackLang(state: SendState): Lang {
  try {
    return state.lang ?? (state.host ? languageFor(state.host.displayLanguage(), "da") : "da");
  } catch {
    return "da";
  }
}

// The OnMessageSend handler as a short sequence of awaited steps: read the item, get the policy,
// analyse, compare with the caseworker's confirmation, complete. Every path ends in exactly one
// event.completed — the normal result, the failure result when anything throws, or the failure
// result from the watchdog when an Office call or the network never answers.
import type { Message, Verdict } from "../detection/types";
import { languageFor, type Lang } from "../i18n/format";
import type { Policy } from "../policy/types";
import { ADDIN_VERSION } from "../outlook/build-info";
import { completeOnce, type CompletableEvent, type OutlookHost } from "../outlook/office-host";
import type { PolicyLoad } from "../outlook/policy-loader";
import { completeMessage, readDraft } from "../outlook/read-message";
import { randomSalt } from "../outlook/random-salt";
import { readConfirmation, type Confirmation } from "../outlook/session";
import { updateAuditHeader } from "../outlook/item-edits";
import { sendAuditStamp } from "../outlook/audit-stamp";
import { personContexts } from "../digital-post/person-context";
import { blockCompletion, failureCompletion, type SendCompletion } from "./alert";

export interface SendHandlerDeps {
  /** Resolved on each send: the Office global may be replaced between sends (tests, reloads). */
  host: () => OutlookHost;
  loadPolicy: () => Promise<PolicyLoad>;
  analyzeMessage: (message: Message, policy: Policy, options: { salt?: string }) => Verdict;
  defaultPolicy: (senderAddress: string) => Policy;
  htmlToText: (html: string) => string;
  /**
   * Completes with the failure result if the check has not finished by then. Outlook itself waits
   * about five minutes; this is far shorter so a stuck host call never leaves the user waiting.
   */
  watchdogMs?: number;
}

export const DEFAULT_WATCHDOG_MS = 20000;

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

export function createSendHandler(deps: SendHandlerDeps): (event: CompletableEvent) => Promise<void> {
  const watchdogMs = deps.watchdogMs ?? DEFAULT_WATCHDOG_MS;

  async function check(host: OutlookHost, setLang: (l: Lang) => void): Promise<SendCompletion> {
    // The attachments' time budget counts from Send, so the whole check stays inside Outlook's window.
    const startedAt = Date.now();
    const item = host.item();
    const draft = await readDraft(item, { htmlToText: deps.htmlToText });
    const [load, confirmation] = await Promise.all([deps.loadPolicy(), readConfirmation(item)]);
    const policy = load.policy ?? deps.defaultPolicy(draft.message.from?.address ?? "");
    // Attachment contents need the policy's limits; the pane reads them the same way (readMessage).
    const message = await completeMessage(item, draft, { limits: policy.attachments, startedAt });
    const lang = languageFor(host.displayLanguage(), policy.language);
    setLang(lang);

    // The confirmation's own salt, so an unchanged mail yields the fingerprint the pane stored.
    const salt = confirmation?.salt ?? randomSalt();
    const verdict = deps.analyzeMessage(message, policy, { salt });

    const confirmed = verdict.action === "confirm" && confirmation !== null && confirmation.fingerprint === verdict.fingerprint;
    if (verdict.action === "allow" || confirmed) {
      try {
        const result = confirmed ? "confirmed" : "allow";
        await updateAuditHeader(item, (existing) => auditStamp(existing, result, policy, verdict, confirmation));
      } catch {
        // The stamp is for the server-side backstop; failing to set it must not stop the mail.
      }
      return { allowEvent: true };
    }
    return blockCompletion(verdict, {
      lang,
      mailbox114: host.supportsMailbox("1.14"),
      mailbox115: host.supportsMailbox("1.15"),
      policyProblem: load.problem,
      people: personContexts(message, verdict.findings),
    });
  }

  return async function onMessageSendHandler(event: CompletableEvent): Promise<void> {
    const complete = completeOnce(event);
    let lang: Lang | null = null;
    let host: OutlookHost | null = null;
    const fail = () => {
      let supports114 = false;
      let promptUser = "promptUser";
      let failLang: Lang = lang ?? "da";
      try {
        if (host) {
          supports114 = host.supportsMailbox("1.14");
          promptUser = host.promptUser;
          failLang = lang ?? languageFor(host.displayLanguage(), "da");
        }
      } catch {
        // Fall through with the safe defaults.
      }
      complete(failureCompletion(failLang, supports114, promptUser));
    };
    const watchdog = setTimeout(fail, watchdogMs);
    try {
      host = deps.host();
      const completion = await check(host, (l) => {
        lang = l;
      });
      complete(completion);
    } catch {
      // Deliberately silent: an error here can carry mail content, and nothing may be logged.
      fail();
    } finally {
      clearTimeout(watchdog);
    }
  };
}

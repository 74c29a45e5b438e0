// Builders shared by the handler tests: verdicts and findings as the core returns them, and a
// harness wiring the fake Office into the handler. Test-only (imported from *.test.ts).
import type { CprFinding, Finding, RecipientFinding, Verdict } from "../detection";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { officeHost } from "../outlook/office-host";
import type { PolicyLoad } from "../outlook/policy-loader";
import { defaultPolicy } from "../policy";
import { createSendHandler, type SendHandlerDeps } from "./on-message-send";

export function cprFinding(masked: string[], recipients: string[], over: Partial<CprFinding> = {}): CprFinding {
  return {
    rule: "cpr-external",
    severity: "confirm",
    confirmable: true,
    quotedOnly: false,
    cprs: masked.map((m, i) => ({ location: { part: "body" }, start: i * 20, end: i * 20 + 11, masked: m, birthDate: "2003-02-01", evidence: "checksum", quoted: false, hash: `h${i}` })),
    recipients: recipients.map((address) => ({ field: "to", address, kind: "external" })),
    ...over,
  };
}

export function lookalikeFinding(address: string, imitates: string, suggestion?: string): RecipientFinding {
  return {
    rule: "lookalike",
    severity: "block",
    confirmable: false,
    recipient: { field: "to", address, kind: "external" },
    assessment: { address, domain: address.split("@")[1] ?? "", kind: "external", lookalike: { severity: "block", imitates, reason: "typo", ...(suggestion ? { suggestion } : {}) } },
  };
}

export function verdict(action: Verdict["action"], findings: Finding[] = [], fingerprint = "fp-1"): Verdict {
  return { action, findings, fingerprint };
}

export interface HarnessOptions {
  item?: FakeComposeInit;
  displayLanguage?: string;
  mailbox?: string;
  analyze?: SendHandlerDeps["analyzeMessage"];
  policy?: PolicyLoad;
  loadPolicy?: SendHandlerDeps["loadPolicy"];
  watchdogMs?: number;
  htmlToText?: (html: string) => string;
}

export function harness(options: HarnessOptions = {}) {
  const fake = createFakeComposeItem(options.item ?? {});
  const office = createFakeOffice({ item: fake.item, displayLanguage: options.displayLanguage ?? "da-DK", requirementSets: { Mailbox: options.mailbox ?? "1.15" } });
  const analyzed: { salt?: string; policyVersion: string; body: string }[] = [];
  const analyze = options.analyze ?? (() => verdict("allow"));
  const handler = createSendHandler({
    host: () => officeHost(office),
    loadPolicy: options.loadPolicy ?? (async () => options.policy ?? { policy: null, problem: null, source: "none" }),
    analyzeMessage: (message, policy, opts) => {
      analyzed.push({ salt: opts.salt, policyVersion: policy.version, body: message.body });
      return analyze(message, policy, opts);
    },
    defaultPolicy,
    htmlToText: options.htmlToText ?? ((html) => html.replace(/<[^>]+>/g, " ").trim()),
    watchdogMs: options.watchdogMs,
  });
  async function send() {
    const ev = createFakeSendEvent();
    await handler(ev.event);
    return ev;
  }
  return { fake, office, handler, send, analyzed };
}

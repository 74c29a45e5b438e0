// The fault matrix for the send handler: every Office call it makes × every way the fake Office can
// go wrong (FAULT_KINDS), each on a mail where the risk sits exactly in the part that call reads —
// so reading the faulted part as "empty" would be a silent pass. Shared by the handler's unit test
// and the test of the built classic handler in a bare runtime; test-only.
import { analyzeMessage, htmlToText } from "../../src/detection";
import type { Message } from "../../src/detection";
import { defaultPolicy } from "../../src/policy";
import { CONFIRMATION_KEY } from "../../src/outlook/session";
import { FAULT_KINDS, type FakeComposeInit, type FakeFailureMode, type FakeMethod } from "../fake-office/compose-item";

/** What the handler must answer. */
export type Outcome =
  | "stop-read" // a stop naming what could not be read
  | "stop-timeout" // the watchdog's stop
  | "stop-unchecked" // the attachment that could not be read is a finding
  | "stop-lost" // the stored confirmation could not be read: asked again, and told why
  | "allow"; // the audit stamp is evidence, not a gate

const B64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const FROM = { emailAddress: "sb@randers.dk" };
const CPR_TEXT = "Vedr. CPR-nr. 010203-1008";
const CLEAN: FakeComposeInit = { from: FROM, to: ["kollega@randers.dk"], subject: "Møde", bodyHtml: "<p>Vi ses kl. 10.</p>" };

/** The mail for each call: the only risk is in what that call reads. */
const SCENARIOS: Record<string, FakeComposeInit> = {
  "to.getAsync": { from: FROM, to: ["borger@gmail.com"], cc: ["kollega@randers.dk"], subject: "Sag", bodyHtml: `<p>${CPR_TEXT}</p>` },
  "cc.getAsync": { from: FROM, to: ["kollega@randers.dk"], cc: ["borger@gmail.com"], subject: "Sag", bodyHtml: `<p>${CPR_TEXT}</p>` },
  "bcc.getAsync": { from: FROM, to: ["kollega@randers.dk"], bcc: ["borger@gmail.com"], subject: "Sag", bodyHtml: `<p>${CPR_TEXT}</p>` },
  "from.getAsync": { from: FROM, to: ["borger@gmail.com"], subject: "Sag", bodyHtml: `<p>${CPR_TEXT}</p>` },
  "subject.getAsync": { from: FROM, to: ["borger@gmail.com"], subject: `Sag 010203-1008`, bodyHtml: "<p>Hej</p>" },
  "body.getAsync": { from: FROM, to: ["borger@gmail.com"], subject: "Sag", bodyHtml: `<p>${CPR_TEXT}</p>` },
  getAttachmentsAsync: { from: FROM, to: ["borger@gmail.com"], subject: "Sag", bodyHtml: "<p>Se bilag</p>", attachments: [{ name: "liste.txt", content: B64(CPR_TEXT) }] },
  getAttachmentContentAsync: { from: FROM, to: ["borger@gmail.com"], subject: "Sag", bodyHtml: "<p>Se bilag</p>", attachments: [{ name: "liste.txt", content: B64(CPR_TEXT) }] },
  "internetHeaders.getAsync": CLEAN,
  "internetHeaders.setAsync": CLEAN,
};

export const READ_CALLS = ["to.getAsync", "cc.getAsync", "bcc.getAsync", "from.getAsync", "subject.getAsync", "body.getAsync", "getAttachmentsAsync"] as const;
export const MATRIX_CALLS: readonly FakeMethod[] = [...READ_CALLS, "getAttachmentContentAsync", "sessionData.getAsync", "internetHeaders.getAsync", "internetHeaders.setAsync"];

/**
 * The sessionData scenario: a CPR number to gmail.com the caseworker has confirmed (a valid stored
 * confirmation for exactly this mail). Unfaulted it passes as "confirmed"; a faulted read must not.
 */
export function confirmedScenario(): FakeComposeInit {
  const bodyHtml = `<p>${CPR_TEXT}</p>`;
  const message: Message = { from: { address: FROM.emailAddress }, to: [{ address: "borger@gmail.com" }], cc: [], bcc: [], subject: "Sag", body: htmlToText(bodyHtml) };
  const salt = "fault-matrix-salt";
  const { fingerprint, action } = analyzeMessage(message, defaultPolicy(FROM.emailAddress), { salt });
  if (action !== "confirm") throw new Error(`the confirmed scenario must need a confirmation, got ${action}`);
  const confirmation = JSON.stringify({ fingerprint, salt, reason: "citizen-request", at: "2026-12-01T10:00:00Z" });
  return { from: FROM, to: ["borger@gmail.com"], subject: "Sag", bodyHtml, sessionData: { [CONFIRMATION_KEY]: confirmation } };
}

export function scenarioFor(method: FakeMethod): FakeComposeInit {
  return method === "sessionData.getAsync" ? confirmedScenario() : (SCENARIOS[method] as FakeComposeInit);
}

export function expectedOutcome(method: FakeMethod, kind: FakeFailureMode): Outcome {
  if (method.startsWith("internetHeaders.")) return "allow";
  if (method === "sessionData.getAsync") return "stop-lost";
  if (kind === "hang") return "stop-timeout";
  if (method === "getAttachmentContentAsync") return "stop-unchecked";
  return "stop-read";
}

export interface MatrixCase {
  method: FakeMethod;
  kind: FakeFailureMode;
  value?: unknown;
  expected: Outcome;
}

export function matrixCases(): MatrixCase[] {
  return MATRIX_CALLS.flatMap((method) => FAULT_KINDS.map((kind) => ({ method, kind, expected: expectedOutcome(method, kind) })));
}

/**
 * Whether `value` is a well-formed answer for `method`: the test's own statement of Office.js's
 * shapes, used to keep generated "malformed" values really malformed.
 */
export function isWellFormed(method: FakeMethod, value: unknown): boolean {
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const person = (v: unknown) => obj(v) && typeof v.emailAddress === "string" && (v.displayName == null || typeof v.displayName === "string");
  switch (method) {
    case "to.getAsync":
    case "cc.getAsync":
    case "bcc.getAsync":
      return Array.isArray(value) && value.every(person);
    case "from.getAsync":
      return person(value);
    case "subject.getAsync":
    case "body.getAsync":
    case "sessionData.getAsync":
      return typeof value === "string";
    case "getAttachmentsAsync":
      return Array.isArray(value) && value.every((a) => obj(a) && typeof a.id === "string" && typeof a.name === "string" && typeof a.size === "number" && a.size >= 0);
    case "getAttachmentContentAsync":
      return obj(value) && typeof value.content === "string" && typeof value.format === "string";
    default:
      return true;
  }
}

/** Names the outcome class of one completion (and the header it left), or explains what is wrong. */
export function classify(options: Record<string, unknown> | undefined, header: string | undefined): Outcome | string {
  if (!options) return "completed without options";
  const message = typeof options.errorMessage === "string" ? options.errorMessage : "";
  // A failed stamp write leaves no header: that mail was still checked, and allowed.
  if (options.allowEvent === true) return "allow";
  if (options.allowEvent !== false) return `allowEvent ${String(options.allowEvent)}`;
  if (options.sendModeOverride !== undefined) return "offered Send Anyway";
  if (header && /result=allow/.test(header)) return "stopped but stamped result=allow";
  if (message.startsWith("Sendevagt kunne ikke læse")) return "stop-read";
  if (message.startsWith("Sendevagt nåede ikke at kontrollere mailen i tide")) return "stop-timeout";
  if (message.includes("Din bekræftelse kunne ikke læses og skal gives igen.") && /"confirmationLost":true/.test(String(options.contextData))) return "stop-lost";
  if (/Vedhæftningen liste\.txt kunne ikke kontrolleres/.test(message)) return "stop-unchecked";
  return `unexpected stop: ${message.slice(0, 80)}`;
}

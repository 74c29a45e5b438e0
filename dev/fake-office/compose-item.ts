/**
 * A typed fake of Outlook's compose item (`Office.context.mailbox.item` while writing a mail) and of
 * the `Office` global, shared by the unit tests and the local browser simulator. Pure TypeScript:
 * no Node or Jest API, so it bundles for the browser as it is.
 *
 * Usage
 *
 *   const fake = createFakeComposeItem({
 *     from: { emailAddress: "sagsbehandler@randers.dk" },
 *     to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
 *     subject: "Afgørelse", bodyHtml: "<p>CPR 010203-1234</p>",
 *   });
 *   const office = createFakeOffice({ item: fake.item, displayLanguage: "da-DK" });
 *   const send = createFakeSendEvent();
 *   office.actions.invoke("onMessageSendHandler", send.event);   // or office.associations.get(...)
 *   await send.done;                                              // resolves on the first completed()
 *
 * The item is callback-style like office.js: every `…Async(…, callback)` answers later (a timer,
 * `latencyMs`, default 0) with `{ status, value, error, asyncContext }`; `error` is
 * `{ name, message, code }` on failure. Argument errors office.js throws synchronously (more than
 * 100 recipients per call, a subject over 255 characters) are thrown here too.
 *
 * Controls on the returned `FakeComposeItem`:
 *   - `failNext(method, failure?)`: the next call of `method` (e.g. "body.getAsync", "to.setAsync",
 *     "sessionData.getAsync") fails with `failure` ({ code, name, message }; default code 9002,
 *     "InternalServerError"). `failure.mode = "throw"` throws synchronously instead, `"hang"` never
 *     calls back; "null", "undefined", "no-arg", "no-status" and "malformed" (with `value`) answer
 *     "succeeded" without a usable value, as real Outlook has (FAULT_KINDS lists every mode).
 *     `failure.times` repeats it; `failAlways(method, failure)` until `clearFailures()`.
 *   - `delay(method, ms)`: answer that method after `ms` milliseconds (all later calls).
 *   - `calls`: every call in order `{ method, args }` (callbacks left out); `maxInFlight`: the most
 *     calls that were waiting for an answer at once (web Outlook allows three).
 *   - `state`: the live mailbox state (recipients, subject, body, attachments, headers,
 *     sessionData — `undefined` means the item has no `sessionData` at all, as in some builds).
 *   - `inspect()`: a plain snapshot (addresses per field, subject, headers, sessionData).
 *   - `user.*`: edits as the caseworker would make them (add/remove a recipient, set the subject or
 *     body); recipient edits fire RecipientsChanged to registered handlers.
 *   - `fire(eventType, args)`: call the handlers registered with `item.addHandlerAsync`.
 *   - `setInitializationContext(json)`: what `getInitializationContextAsync` returns next; fires
 *     InitializationContextChanged like Outlook does when Take Action is clicked on an open pane.
 *
 * `createFakeOffice({ item, displayLanguage, requirementSets })` gives the `Office` global:
 * `context.mailbox.item`, `context.displayLanguage`, `context.requirements.isSetSupported`,
 * `actions.associate` (recorded in `associations`), `onReady`, and the enums (AsyncResultStatus,
 * MailboxEnums, CoercionType, EventType). `createFakeSendEvent()` is the OnMessageSend event object
 * whose `completed(options)` calls are recorded.
 */
import {
  AsyncResultStatus,
  CoercionType,
  EventType,
  MailboxEnums,
  type AsyncResultStatusValue,
  type AttachmentContentFormatValue,
  type AttachmentTypeValue,
  type RecipientTypeValue,
} from "./office-enums";

export { AsyncResultStatus, CoercionType, EventType, MailboxEnums } from "./office-enums";

// ---------------------------------------------------------------------------------------------
// Shapes, as office.js delivers them

export interface FakeOfficeError {
  name: string;
  message: string;
  code: number;
}

export interface FakeAsyncResult<T> {
  status: AsyncResultStatusValue;
  value: T;
  error: FakeOfficeError | undefined;
  asyncContext: unknown;
  diagnostics?: unknown;
}

export type FakeCallback<T> = (result: FakeAsyncResult<T>) => void;

export interface EmailAddressDetails {
  emailAddress: string;
  displayName: string;
  recipientType: RecipientTypeValue;
}

/** What the caller may pass to setAsync/addAsync: a bare address or `{ emailAddress, displayName? }`. */
export type RecipientInput = string | { emailAddress: string; displayName?: string; recipientType?: string };

export interface AttachmentDetails {
  id: string;
  name: string;
  size: number;
  attachmentType: AttachmentTypeValue;
  isInline: boolean;
  contentType?: string;
}

export interface AttachmentContent {
  format: AttachmentContentFormatValue;
  content: string;
}

export interface AsyncOptions {
  asyncContext?: unknown;
  [key: string]: unknown;
}

export interface FakeRecipients {
  getAsync(options: AsyncOptions | FakeCallback<EmailAddressDetails[]>, callback?: FakeCallback<EmailAddressDetails[]>): void;
  setAsync(recipients: RecipientInput[], options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  addAsync(recipients: RecipientInput[], options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
}

export interface FakeSessionData {
  getAsync(name: string, options: AsyncOptions | FakeCallback<string>, callback?: FakeCallback<string>): void;
  setAsync(name: string, value: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  getAllAsync(options: AsyncOptions | FakeCallback<Record<string, string>>, callback?: FakeCallback<Record<string, string>>): void;
  removeAsync(name: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  clearAsync(options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
}

export interface FakeInternetHeaders {
  getAsync(names: string[], options: AsyncOptions | FakeCallback<Record<string, string>>, callback?: FakeCallback<Record<string, string>>): void;
  setAsync(headers: Record<string, string>, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  removeAsync(names: string[], options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
}

/** The compose item surface the fake implements (a subset of Office.MessageCompose). */
export interface FakeItem {
  itemType: "message";
  to: FakeRecipients;
  cc: FakeRecipients;
  bcc: FakeRecipients;
  from: { getAsync(options: AsyncOptions | FakeCallback<EmailAddressDetails>, callback?: FakeCallback<EmailAddressDetails>): void };
  subject: {
    getAsync(options: AsyncOptions | FakeCallback<string>, callback?: FakeCallback<string>): void;
    setAsync(subject: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  };
  body: {
    getAsync(coercionType: string, options: AsyncOptions | FakeCallback<string>, callback?: FakeCallback<string>): void;
    setAsync(data: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  };
  getAttachmentsAsync(options: AsyncOptions | FakeCallback<AttachmentDetails[]>, callback?: FakeCallback<AttachmentDetails[]>): void;
  getAttachmentContentAsync(id: string, options: AsyncOptions | FakeCallback<AttachmentContent>, callback?: FakeCallback<AttachmentContent>): void;
  removeAttachmentAsync(id: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  sessionData: FakeSessionData | undefined;
  internetHeaders: FakeInternetHeaders;
  getInitializationContextAsync(options: AsyncOptions | FakeCallback<string | null>, callback?: FakeCallback<string | null>): void;
  addHandlerAsync(eventType: string, handler: (args: unknown) => void, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
  removeHandlerAsync(eventType: string, options?: AsyncOptions | FakeCallback<void>, callback?: FakeCallback<void>): void;
}

// ---------------------------------------------------------------------------------------------
// State and controls

export interface FakeRecipientInit {
  emailAddress: string;
  displayName?: string;
  recipientType?: RecipientTypeValue;
}

export interface FakeAttachmentInit {
  name: string;
  id?: string;
  attachmentType?: AttachmentTypeValue;
  isInline?: boolean;
  contentType?: string;
  size?: number;
  /** The content `getAttachmentContentAsync` returns; base64 for files unless `format` says otherwise. */
  content?: string;
  format?: AttachmentContentFormatValue;
}

export interface FakeComposeInit {
  from?: FakeRecipientInit;
  to?: (FakeRecipientInit | string)[];
  cc?: (FakeRecipientInit | string)[];
  bcc?: (FakeRecipientInit | string)[];
  subject?: string;
  bodyHtml?: string;
  /** The text form of the body; derived from bodyHtml by dropping tags when absent. */
  bodyText?: string;
  attachments?: FakeAttachmentInit[];
  /** `undefined` (the default is `{}`) makes `item.sessionData` undefined, as in builds without it. */
  sessionData?: Record<string, string> | undefined;
  headers?: Record<string, string>;
  initializationContext?: string | null;
  /** Milliseconds before each callback (default 0: the next timer tick). */
  latencyMs?: number;
  /** Fail any call that would exceed this many unanswered calls (web Outlook: 3). Default: no limit. */
  concurrencyLimit?: number;
}

export interface FakeAttachmentState {
  id: string;
  name: string;
  attachmentType: AttachmentTypeValue;
  isInline: boolean;
  contentType: string | undefined;
  size: number;
  content: string;
  format: AttachmentContentFormatValue;
}

export interface FakeComposeState {
  from: EmailAddressDetails;
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  bcc: EmailAddressDetails[];
  subject: string;
  bodyHtml: string;
  bodyText: string | undefined;
  attachments: FakeAttachmentState[];
  sessionData: Record<string, string> | undefined;
  headers: Record<string, string>;
  initializationContext: string | null;
}

export type FakeMethod =
  | "to.getAsync" | "to.setAsync" | "to.addAsync"
  | "cc.getAsync" | "cc.setAsync" | "cc.addAsync"
  | "bcc.getAsync" | "bcc.setAsync" | "bcc.addAsync"
  | "from.getAsync"
  | "subject.getAsync" | "subject.setAsync"
  | "body.getAsync" | "body.setAsync"
  | "getAttachmentsAsync" | "getAttachmentContentAsync" | "removeAttachmentAsync"
  | "sessionData.getAsync" | "sessionData.setAsync" | "sessionData.getAllAsync"
  | "sessionData.removeAsync" | "sessionData.clearAsync"
  | "internetHeaders.getAsync" | "internetHeaders.setAsync" | "internetHeaders.removeAsync"
  | "getInitializationContextAsync" | "addHandlerAsync" | "removeHandlerAsync";

/**
 * How a call goes wrong. "fail" (default): an AsyncResult with status failed; "throw": throws
 * synchronously; "hang": never answers. The silent kinds real Outlook has shown: "null" answers
 * "succeeded" with value null, "undefined" with no value, "no-arg" calls back with no argument at
 * all, "no-status" with an AsyncResult lacking a status, and "malformed" succeeds with `value`
 * (default 42: the wrong type for every call).
 */
export type FakeFailureMode = "fail" | "throw" | "hang" | "null" | "undefined" | "no-arg" | "no-status" | "malformed";

export const FAULT_KINDS: readonly FakeFailureMode[] = ["fail", "throw", "hang", "null", "undefined", "no-arg", "no-status", "malformed"];

export interface FakeFailure {
  code?: number;
  name?: string;
  message?: string;
  mode?: FakeFailureMode;
  /** The value a "malformed" answer carries. */
  value?: unknown;
  /** How many calls fail (default 1). */
  times?: number;
}

export interface FakeCall {
  method: FakeMethod;
  args: unknown[];
}

export interface FakeSnapshot {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  headers: Record<string, string>;
  sessionData: Record<string, string> | undefined;
}

export type RecipientFieldName = "to" | "cc" | "bcc";

export interface FakeComposeItem {
  item: FakeItem;
  state: FakeComposeState;
  calls: FakeCall[];
  readonly maxInFlight: number;
  readonly inFlight: number;
  failNext(method: FakeMethod, failure?: FakeFailure): void;
  failAlways(method: FakeMethod, failure?: FakeFailure): void;
  clearFailures(): void;
  delay(method: FakeMethod, ms: number): void;
  callsTo(method: FakeMethod): FakeCall[];
  inspect(): FakeSnapshot;
  fire(eventType: string, args?: Record<string, unknown>): void;
  setInitializationContext(json: string | null): void;
  user: {
    addRecipient(field: RecipientFieldName, recipient: FakeRecipientInit | string): void;
    removeRecipient(field: RecipientFieldName, address: string): void;
    setSubject(subject: string): void;
    setBody(html: string, text?: string): void;
  };
}

const DEFAULT_FAILURE: Required<Omit<FakeFailure, "times" | "mode" | "value">> = {
  code: 9002,
  name: "InternalServerError",
  message: "An internal error has occurred.",
};

function toDetails(input: FakeRecipientInit | RecipientInput): EmailAddressDetails {
  if (typeof input === "string") {
    return { emailAddress: input, displayName: input, recipientType: MailboxEnums.RecipientType.Other };
  }
  return {
    emailAddress: input.emailAddress,
    displayName: input.displayName ?? input.emailAddress,
    recipientType: (input.recipientType as RecipientTypeValue | undefined) ?? MailboxEnums.RecipientType.Other,
  };
}

/** office.js accepts `(options, callback)` or `(callback)`; normalise both. */
function splitArgs<T>(
  a: AsyncOptions | FakeCallback<T> | undefined,
  b: FakeCallback<T> | undefined,
): { options: AsyncOptions; callback: FakeCallback<T> | undefined } {
  if (typeof a === "function") return { options: {}, callback: a };
  return { options: a ?? {}, callback: b };
}

/** The answers of a call that "succeeds" without a usable value; undefined for the other modes. */
function silentAnswer<T>(failure: FakeFailure, options: AsyncOptions): { kind: "no-arg" } | { kind: "result"; result: FakeAsyncResult<T> } | undefined {
  const succeeded = (value: unknown): { kind: "result"; result: FakeAsyncResult<T> } => ({
    kind: "result",
    result: { status: AsyncResultStatus.Succeeded, value: value as T, error: undefined, asyncContext: options.asyncContext },
  });
  switch (failure.mode) {
    case "no-arg":
      return { kind: "no-arg" };
    case "null":
      return succeeded(null);
    case "undefined":
      return succeeded(undefined);
    case "malformed":
      return succeeded("value" in failure ? failure.value : 42);
    case "no-status":
      return { kind: "result", result: { value: undefined, error: undefined, asyncContext: options.asyncContext } as unknown as FakeAsyncResult<T> };
    default:
      return undefined;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** What every part of one fake item shares: its state, the calls made, injected faults and delays. */
interface FakeHost {
  init: FakeComposeInit;
  state: FakeComposeState;
  calls: FakeCall[];
  failures: Map<FakeMethod, { failure: FakeFailure; remaining: number }>;
  delays: Map<FakeMethod, number>;
  handlers: Map<string, (args: unknown) => void>;
  latency: number;
  inFlight: number;
  maxInFlight: number;
}

function initialAttachments(init: FakeComposeInit): FakeComposeState["attachments"] {
  return (init.attachments ?? []).map((a, i) => ({
    name: a.name,
    id: a.id ?? `AAMkAttachment${i + 1}`,
    attachmentType: a.attachmentType ?? MailboxEnums.AttachmentType.File,
    isInline: a.isInline ?? false,
    contentType: a.contentType,
    size: a.size ?? (a.content ? Math.floor((a.content.length * 3) / 4) : 0),
    content: a.content ?? "",
    format:
      a.format ??
      (a.attachmentType === "item"
        ? MailboxEnums.AttachmentContentFormat.Eml
        : a.attachmentType === "cloud"
          ? MailboxEnums.AttachmentContentFormat.Url
          : MailboxEnums.AttachmentContentFormat.Base64),
  }));
}

function initialState(init: FakeComposeInit): FakeComposeState {
  return {
    from: toDetails(init.from ?? { emailAddress: "sagsbehandler@randers.dk", displayName: "Sagsbehandler" }),
    to: (init.to ?? []).map(toDetails),
    cc: (init.cc ?? []).map(toDetails),
    bcc: (init.bcc ?? []).map(toDetails),
    subject: init.subject ?? "",
    bodyHtml: init.bodyHtml ?? "",
    bodyText: init.bodyText,
    attachments: initialAttachments(init),
    sessionData: "sessionData" in init ? (init.sessionData === undefined ? undefined : { ...init.sessionData }) : {},
    headers: { ...(init.headers ?? {}) },
    initializationContext: init.initializationContext ?? null,
  };
}

function takeFailure(host: FakeHost, method: FakeMethod): FakeFailure | undefined {
  const entry = host.failures.get(method);
  if (!entry) return undefined;
  if (entry.remaining !== Infinity) {
    entry.remaining -= 1;
    if (entry.remaining <= 0) host.failures.delete(method);
  }
  return entry.failure;
}

/** The answer an async call gets: an injected silence or failure, else `run`'s value or its Office error. */
function answer<T>(failure: FakeFailure | undefined, options: AsyncOptions, callback: FakeCallback<T> | undefined, run: () => T): void {
  const silent = failure ? silentAnswer<T>(failure, options) : undefined;
  if (silent) {
    if (silent.kind === "no-arg") (callback as unknown as (() => void) | undefined)?.();
    else callback?.(silent.result);
    return;
  }
  let result: FakeAsyncResult<T>;
  if (failure) {
    const error: FakeOfficeError = {
      code: failure.code ?? DEFAULT_FAILURE.code,
      name: failure.name ?? DEFAULT_FAILURE.name,
      message: failure.message ?? DEFAULT_FAILURE.message,
    };
    result = { status: AsyncResultStatus.Failed, value: undefined as T, error, asyncContext: options.asyncContext };
  } else {
    try {
      result = { status: AsyncResultStatus.Succeeded, value: run(), error: undefined, asyncContext: options.asyncContext };
    } catch (e) {
      const error = e as FakeOfficeError;
      result = { status: AsyncResultStatus.Failed, value: undefined as T, error, asyncContext: options.asyncContext };
    }
  }
  callback?.(result);
}

/**
 * One async call: record it, apply an injected failure or the concurrency limit, then answer
 * on a timer. `run` performs the operation and returns its value (or throws an Office error).
 */
function invoke<T>(host: FakeHost, method: FakeMethod, args: unknown[], options: AsyncOptions, callback: FakeCallback<T> | undefined, run: () => T): void {
  host.calls.push({ method, args });
  const failure = takeFailure(host, method);
  if (failure?.mode === "throw") {
    throw new Error(failure.message ?? `${method} failed`);
  }
  if (host.init.concurrencyLimit !== undefined && host.inFlight >= host.init.concurrencyLimit) {
    const error = { code: 9041, name: "TooManyRequests", message: "Too many concurrent requests." };
    setTimeout(() => callback?.({ status: AsyncResultStatus.Failed, value: undefined as T, error, asyncContext: options.asyncContext }), host.latency);
    return;
  }
  host.inFlight += 1;
  host.maxInFlight = Math.max(host.maxInFlight, host.inFlight);
  if (failure?.mode === "hang") return; // stays in flight forever, as a stuck host call would
  setTimeout(() => {
    host.inFlight -= 1;
    answer(failure, options, callback, run);
  }, host.delays.get(method) ?? host.latency);
}

/** An Office call in the (options, callback) or (callback) form, answered by `run`. */
function call<T>(host: FakeHost, method: FakeMethod, args: unknown[], a: AsyncOptions | FakeCallback<T> | undefined, b: FakeCallback<T> | undefined, run: () => T): void {
  const { options, callback } = splitArgs(a, b);
  invoke(host, method, args, options, callback, run);
}

function fire(host: FakeHost, eventType: string, args: Record<string, unknown> = {}): void {
  const handler = host.handlers.get(eventType);
  if (handler) handler({ type: eventType, ...args });
}

function recipientsChanged(host: FakeHost, field: RecipientFieldName): void {
  fire(host, EventType.RecipientsChanged, {
    changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc", requiredAttendees: false, optionalAttendees: false, resources: false },
  });
}

function checkRecipientInput(method: string, recipients: RecipientInput[]): void {
  if (!Array.isArray(recipients)) throw new Error(`${method}: recipients must be an array`);
  // office.js validates the count synchronously (0..100 per call) and throws.
  if (recipients.length > 100) throw new Error(`${method}: Sys.ArgumentOutOfRangeException: recipients.length`);
}

function fakeRecipients(host: FakeHost, field: RecipientFieldName): FakeRecipients {
  const { state } = host;
  return {
    getAsync(a, b) {
      call(host, `${field}.getAsync`, [], a, b, () => state[field].map((r) => ({ ...r })));
    },
    setAsync(list, a, b) {
      checkRecipientInput(`${field}.setAsync`, list);
      call(host, `${field}.setAsync`, [list], a, b, () => {
        state[field] = list.map(toDetails);
        recipientsChanged(host, field);
      });
    },
    addAsync(list, a, b) {
      checkRecipientInput(`${field}.addAsync`, list);
      call(host, `${field}.addAsync`, [list], a, b, () => {
        state[field] = state[field].concat(list.map(toDetails));
        recipientsChanged(host, field);
      });
    },
  };
}

function fakeSessionData(host: FakeHost): FakeSessionData {
  const { state } = host;
  return {
    getAsync(name, a, b) {
      call(host, "sessionData.getAsync", [name], a, b, () => {
        const value = state.sessionData?.[name];
        if (value === undefined) throw { code: 9061, name: "InvalidSessionDataKey", message: "The key does not exist." } satisfies FakeOfficeError;
        return value;
      });
    },
    setAsync(name, value, a, b) {
      call(host, "sessionData.setAsync", [name, value], a, b, () => {
        const next = { ...(state.sessionData ?? {}), [name]: value };
        // Outlook caps the whole store at 50,000 characters (Mailbox ≤ 1.15).
        const size = Object.keys(next).reduce((n, k) => n + k.length + (next[k] ?? "").length, 0);
        if (size > 50000) throw { code: 9057, name: "SessionObjectMaxLengthExceeded", message: "The session data is too large." } satisfies FakeOfficeError;
        state.sessionData = next;
      });
    },
    getAllAsync(a, b) {
      call(host, "sessionData.getAllAsync", [], a, b, () => ({ ...(state.sessionData ?? {}) }));
    },
    removeAsync(name, a, b) {
      call(host, "sessionData.removeAsync", [name], a, b, () => {
        if (state.sessionData) delete state.sessionData[name];
      });
    },
    clearAsync(a, b) {
      call(host, "sessionData.clearAsync", [], a, b, () => {
        state.sessionData = {};
      });
    },
  };
}

function fakeSubject(host: FakeHost): FakeItem["subject"] {
  const { state } = host;
  return {
    getAsync(a, b) {
      call(host, "subject.getAsync", [], a, b, () => state.subject);
    },
    setAsync(subject, a, b) {
      if (typeof subject !== "string" || subject.length > 255) throw new Error("subject.setAsync: Sys.ArgumentOutOfRangeException: subject");
      call(host, "subject.setAsync", [subject], a, b, () => {
        state.subject = subject;
      });
    },
  };
}

function fakeBody(host: FakeHost): FakeItem["body"] {
  const { state } = host;
  return {
    getAsync(coercionType, a, b) {
      call(host, "body.getAsync", [coercionType], a, b, () => {
        if (coercionType === CoercionType.Html) return state.bodyHtml;
        if (coercionType === CoercionType.Text) return state.bodyText ?? stripTags(state.bodyHtml);
        throw { code: 1000, name: "InvalidCoercionType", message: "The coercion type is not supported." } satisfies FakeOfficeError;
      });
    },
    setAsync(data, a, b) {
      const { options } = splitArgs(a, b);
      call(host, "body.setAsync", [data], a, b, () => {
        // Like Outlook: text written into an HTML body keeps its line breaks and shows literally.
        if (options.coercionType === CoercionType.Text) {
          state.bodyHtml = escapeHtml(data).replace(/\r?\n/g, "<br>");
          state.bodyText = data;
          return;
        }
        state.bodyHtml = data;
        state.bodyText = undefined;
      });
    },
  };
}

const NO_ATTACHMENT: FakeOfficeError = { code: 9002, name: "InvalidAttachmentId", message: "The attachment identifier does not exist." };

function fakeAttachments(host: FakeHost): Pick<FakeItem, "getAttachmentsAsync" | "removeAttachmentAsync" | "getAttachmentContentAsync"> {
  const { state } = host;
  return {
    getAttachmentsAsync(a, b) {
      call(host, "getAttachmentsAsync", [], a, b, () =>
        state.attachments.map((att) => {
          const details: AttachmentDetails = { id: att.id, name: att.name, size: att.size, attachmentType: att.attachmentType, isInline: att.isInline };
          if (att.contentType) details.contentType = att.contentType;
          return details;
        }),
      );
    },
    removeAttachmentAsync(id, a, b) {
      call(host, "removeAttachmentAsync", [id], a, b, () => {
        const before = state.attachments.length;
        state.attachments = state.attachments.filter((x) => x.id !== id);
        if (state.attachments.length === before) throw NO_ATTACHMENT;
      });
    },
    getAttachmentContentAsync(id, a, b) {
      call(host, "getAttachmentContentAsync", [id], a, b, () => {
        const att = state.attachments.find((x) => x.id === id);
        if (!att) throw NO_ATTACHMENT;
        return { format: att.format, content: att.content };
      });
    },
  };
}

function fakeHeaders(host: FakeHost): FakeItem["internetHeaders"] {
  const { state } = host;
  return {
    getAsync(names, a, b) {
      call(host, "internetHeaders.getAsync", [names], a, b, () => {
        const out: Record<string, string> = {};
        for (const name of names) {
          const key = Object.keys(state.headers).find((k) => k.toLowerCase() === name.toLowerCase());
          if (key !== undefined) out[name] = state.headers[key] ?? "";
        }
        return out;
      });
    },
    setAsync(headers, a, b) {
      call(host, "internetHeaders.setAsync", [headers], a, b, () => {
        for (const [k, v] of Object.entries(headers)) state.headers[k] = v;
      });
    },
    removeAsync(names, a, b) {
      call(host, "internetHeaders.removeAsync", [names], a, b, () => {
        for (const n of names) delete state.headers[n];
      });
    },
  };
}

function fakeEvents(host: FakeHost): Pick<FakeItem, "getInitializationContextAsync" | "addHandlerAsync" | "removeHandlerAsync"> {
  return {
    getInitializationContextAsync(a, b) {
      call(host, "getInitializationContextAsync", [], a, b, () => host.state.initializationContext);
    },
    addHandlerAsync(eventType, handler, a, b) {
      call(host, "addHandlerAsync", [eventType], a, b, () => {
        host.handlers.set(eventType, handler);
      });
    },
    removeHandlerAsync(eventType, a, b) {
      call(host, "removeHandlerAsync", [eventType], a, b, () => {
        host.handlers.delete(eventType);
      });
    },
  };
}

function fakeItem(host: FakeHost): FakeItem {
  const { state } = host;
  const sessionData = fakeSessionData(host);
  return {
    itemType: "message",
    to: fakeRecipients(host, "to"),
    cc: fakeRecipients(host, "cc"),
    bcc: fakeRecipients(host, "bcc"),
    from: {
      getAsync(a, b) {
        call(host, "from.getAsync", [], a, b, () => ({ ...state.from }));
      },
    },
    subject: fakeSubject(host),
    body: fakeBody(host),
    ...fakeAttachments(host),
    // Some Outlook builds have no sessionData at all (init.sessionData: undefined).
    get sessionData() {
      return state.sessionData === undefined ? undefined : sessionData;
    },
    internetHeaders: fakeHeaders(host),
    ...fakeEvents(host),
  };
}

/** What a person does in Outlook's own compose window while the add-in runs. */
function userActions(host: FakeHost): FakeComposeItem["user"] {
  const { state } = host;
  return {
    addRecipient(field, recipient) {
      state[field] = state[field].concat(toDetails(recipient));
      recipientsChanged(host, field);
    },
    removeRecipient(field, address) {
      state[field] = state[field].filter((r) => r.emailAddress.toLowerCase() !== address.toLowerCase());
      recipientsChanged(host, field);
    },
    setSubject(subject) {
      state.subject = subject;
    },
    setBody(html, text) {
      state.bodyHtml = html;
      state.bodyText = text;
    },
  };
}

function snapshot(state: FakeComposeState): FakeSnapshot {
  return {
    from: state.from.emailAddress,
    to: state.to.map((r) => r.emailAddress),
    cc: state.cc.map((r) => r.emailAddress),
    bcc: state.bcc.map((r) => r.emailAddress),
    subject: state.subject,
    headers: { ...state.headers },
    sessionData: state.sessionData === undefined ? undefined : { ...state.sessionData },
  };
}

export function createFakeComposeItem(init: FakeComposeInit = {}): FakeComposeItem {
  const host: FakeHost = {
    init,
    state: initialState(init),
    calls: [],
    failures: new Map(),
    delays: new Map(),
    handlers: new Map(),
    latency: init.latencyMs ?? 0,
    inFlight: 0,
    maxInFlight: 0,
  };
  const { state, calls, failures } = host;
  return {
    item: fakeItem(host),
    state,
    calls,
    get maxInFlight() {
      return host.maxInFlight;
    },
    get inFlight() {
      return host.inFlight;
    },
    failNext(method, failure = {}) {
      failures.set(method, { failure, remaining: failure.times ?? 1 });
    },
    failAlways(method, failure = {}) {
      failures.set(method, { failure, remaining: Infinity });
    },
    clearFailures() {
      failures.clear();
    },
    delay(method, ms) {
      host.delays.set(method, ms);
    },
    callsTo(method) {
      return calls.filter((c) => c.method === method);
    },
    inspect: () => snapshot(state),
    fire: (eventType, args) => fire(host, eventType, args),
    setInitializationContext(json) {
      state.initializationContext = json;
      fire(host, EventType.InitializationContextChanged, { initializationContext: json });
    },
    user: userActions(host),
  };
}

// ---------------------------------------------------------------------------------------------
// The Office global and the send event

export interface FakeOfficeInit {
  item: FakeItem;
  /** e.g. "da-DK", "en-US". Default "da-DK". */
  displayLanguage?: string;
  /** Highest supported version per requirement set, e.g. { Mailbox: "1.14" }. Default Mailbox 1.15. */
  requirementSets?: Record<string, string>;
  /** Office.context.officeTheme; default Office's light ("Colorful") theme. */
  officeTheme?: FakeOfficeTheme;
}

export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

/** Office's own values for its light, dark and (Windows) high-contrast themes. */
export const OFFICE_THEMES: Record<"light" | "dark" | "high-contrast", FakeOfficeTheme> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626", isDarkTheme: false },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
  "high-contrast": { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#000000", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
};

export interface FakeOffice {
  context: {
    mailbox: { item: FakeItem };
    displayLanguage: string;
    officeTheme: FakeOfficeTheme;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  actions: {
    associate(name: string, fn: (event: unknown) => unknown): void;
    /** Test helper: call the function registered under `name` as Outlook would. */
    invoke(name: string, event: unknown): unknown;
  };
  associations: Map<string, (event: unknown) => unknown>;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  AsyncResultStatus: typeof AsyncResultStatus;
  CoercionType: typeof CoercionType;
  EventType: typeof EventType;
  MailboxEnums: typeof MailboxEnums;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createFakeOffice(init: FakeOfficeInit): FakeOffice {
  const sets = init.requirementSets ?? { Mailbox: "1.15" };
  const associations = new Map<string, (event: unknown) => unknown>();
  const info = { host: "Outlook", platform: "OfficeOnline" };
  return {
    context: {
      mailbox: { item: init.item },
      displayLanguage: init.displayLanguage ?? "da-DK",
      officeTheme: init.officeTheme ?? OFFICE_THEMES.light,
      requirements: {
        isSetSupported(name, minVersion) {
          const have = sets[name];
          if (have === undefined) return false;
          return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
        },
      },
    },
    actions: {
      associate(name, fn) {
        associations.set(name, fn);
      },
      invoke(name, event) {
        const fn = associations.get(name);
        if (!fn) throw new Error(`No function associated with "${name}"`);
        return fn(event);
      },
    },
    associations,
    onReady(callback) {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    AsyncResultStatus,
    CoercionType,
    EventType,
    MailboxEnums,
  };
}

export interface FakeSendEvent {
  event: { completed(options?: Record<string, unknown>): void };
  /** Every `completed` call, in order (a correct handler makes exactly one). */
  completions: (Record<string, unknown> | undefined)[];
  /** Resolves with the options of the first `completed` call. */
  done: Promise<Record<string, unknown> | undefined>;
}

export function createFakeSendEvent(): FakeSendEvent {
  const completions: (Record<string, unknown> | undefined)[] = [];
  let resolve: (options: Record<string, unknown> | undefined) => void = () => undefined;
  const done = new Promise<Record<string, unknown> | undefined>((r) => {
    resolve = r;
  });
  return {
    event: {
      completed(options) {
        completions.push(options);
        if (completions.length === 1) resolve(options);
      },
    },
    completions,
    done,
  };
}

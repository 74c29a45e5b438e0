// The simulator page: a compose window on a shared fake compose item, the add-in's real send
// handler and task pane in frames, the Smart Alert, and the "Sendt post" folder.
import "./bridge";
import { byId } from "./dom";
import { createComposeView, type ComposeView } from "./compose-view";
import { MAILBOXES } from "./mailboxes";
import { checkServedPolicy, showPolicyState } from "./policy-banner";
import { renderSentItems } from "./sent-items";
import type { SentMail } from "./sent-mail";
import { runSendHandler, type SendOutcome } from "./send-flow";
import { showSmartAlert } from "./smart-alert";
import { createTaskPanePanel, type TaskPanePanel } from "./task-pane";
import { setSimulatorLanguage, tr, trOptional, translatePage } from "./strings";
import { createFakeComposeItem, createFakeOffice, OFFICE_THEMES, type FakeComposeItem, type FakeMethod, type FakeOffice } from "../../fake-office/compose-item";

import type { AddinInfo } from "../server/manifest-info";

interface SimulatorConfig {
  addin: AddinInfo;
  policies: { id: string; label: string; title?: string }[];
  defaultPolicy: string;
  hostedPrefix: string;
}

const POLICY_KEY = "sendevagt-simulator.policy";

const params = new URLSearchParams(location.search);
const settings = {
  displayLanguage: params.get("lang") ?? "da-DK",
  /** Office theme for the pane: light (default), dark or high-contrast (?theme=dark). */
  officeTheme: OFFICE_THEMES[(params.get("theme") ?? "light") as keyof typeof OFFICE_THEMES] ?? OFFICE_THEMES.light,
  mailbox: params.get("mailbox") ?? "1.15",
  timeoutMs: Number(params.get("handlerTimeoutMs") ?? 30000),
};

function supports(version: string): boolean {
  const [a = 0, b = 0] = settings.mailbox.split(".").map(Number);
  const [c = 0, d = 0] = version.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

function newDraft(from = MAILBOXES[0]!): FakeComposeItem {
  return createFakeComposeItem({ from: { emailAddress: from.emailAddress, displayName: from.displayName, recipientType: "user" }, latencyMs: 2 });
}

type AlertOptions = NonNullable<Extract<SendOutcome, { kind: "completed" }>["options"]>;

/** Everything the simulator's steps share: the draft on screen, its views and the add-in's manifest data. */
interface Simulator {
  config: SimulatorConfig;
  addin: AddinInfo;
  draft: FakeComposeItem;
  sent: SentMail[];
  frames: WeakMap<HTMLIFrameElement, FakeOffice>;
  policySelect: HTMLSelectElement;
  faultSelect: HTMLSelectElement;
  pane: TaskPanePanel;
  compose: ComposeView;
  busy: boolean;
}

// Outlook shows the manifest's Override for its UI language, else the DefaultValue.
const localized = (fallback: string, byLocale: Record<string, string>): string => byLocale[settings.displayLanguage] ?? fallback;

/** The page, step by step: language, configuration, the shared draft, the bars, the views, the ribbon. */
async function boot(): Promise<void> {
  setSimulatorLanguage(settings.displayLanguage);
  translatePage(document);
  const config = (await (await fetch("/__simulator/config.json", { cache: "no-store" })).json()) as SimulatorConfig;
  const sim = { config, addin: { ...config.addin, displayName: localized(config.addin.displayName, config.addin.displayNames) } } as Simulator;
  sim.draft = newDraft();
  sim.sent = [];
  sim.frames = new WeakMap();
  sim.busy = false;
  exposeOfficeToFrames(sim);
  setUpPolicyPicker(sim);
  setUpClientBar(sim);
  sim.pane = createTaskPanePanel({
    title: sim.addin.displayName,
    draft: () => sim.draft,
    registerFrame: (frame) => registerFrame(sim, frame),
    supportsContextChanged: () => supports("1.15"),
  });
  sim.compose = createComposeView(sim.draft, () => void onSend(sim), () => startNewDraft(sim));
  wireRibbon(sim);
  renderSentItems(sim.sent);
  // The add-in edits the item through Office.js from its own frames and the fake item raises no
  // change events of its own, so the compose window polls it to stay in step (cheap: a few fields).
  setInterval(() => sim.compose.sync(), 100);
  document.body.dataset.ready = "true";
}

function officeFor(sim: Simulator): FakeOffice {
  return createFakeOffice({ item: sim.draft.item, displayLanguage: settings.displayLanguage, requirementSets: { Mailbox: settings.mailbox }, officeTheme: settings.officeTheme });
}

/** Each add-in frame (handler or pane) gets its own fake Office on the current draft. */
function registerFrame(sim: Simulator, frame: HTMLIFrameElement): FakeOffice {
  const office = officeFor(sim);
  sim.frames.set(frame, office);
  return office;
}

function exposeOfficeToFrames(sim: Simulator): void {
  window.__sendevagtSimulator = {
    officeFor(frameWindow) {
      const element = frameWindow.frameElement as HTMLIFrameElement | null;
      return (element ? sim.frames.get(element) : undefined) ?? officeFor(sim);
    },
    sent: sim.sent,
  };
}

/** Where the add-in's files are served: /hosted/<policy>/, where that policy is policy.json. */
const hostedBase = (sim: Simulator): string => `${sim.config.hostedPrefix}${sim.policySelect.value}`;

function setUpPolicyPicker(sim: Simulator): void {
  const { config } = sim;
  const policySelect = (sim.policySelect = byId<HTMLSelectElement>("policy-select"));
  for (const choice of config.policies) {
    const option = new Option(trOptional(`policy.${choice.id}`) ?? choice.label, choice.id);
    if (choice.title) option.title = choice.title;
    policySelect.appendChild(option);
  }
  const known = (id: string | null) => (id && config.policies.some((c) => c.id === id) ? id : undefined);
  policySelect.value = known(params.get("policy")) ?? known(sessionStorage.getItem(POLICY_KEY)) ?? config.defaultPolicy;
  const refreshPolicy = async () => showPolicyState(await checkServedPolicy(`${hostedBase(sim)}/policy.json`));
  policySelect.addEventListener("change", () => {
    sessionStorage.setItem(POLICY_KEY, policySelect.value);
    sim.pane.close();
    void refreshPolicy();
  });
  void refreshPolicy();
}

/** Display language (reloads, as Outlook does; the draft is discarded), Office faults, client version. */
function setUpClientBar(sim: Simulator): void {
  const languageSelect = byId<HTMLSelectElement>("language-select");
  languageSelect.value = settings.displayLanguage;
  languageSelect.addEventListener("change", () => {
    const next = new URLSearchParams(location.search);
    next.set("lang", languageSelect.value);
    next.set("policy", sim.policySelect.value);
    location.search = next.toString();
  });
  sim.faultSelect = byId<HTMLSelectElement>("fault-select");
  const clientSelect = byId<HTMLSelectElement>("client-select");
  clientSelect.value = settings.mailbox;
  clientSelect.addEventListener("change", () => (settings.mailbox = clientSelect.value));
}

function wireRibbon(sim: Simulator): void {
  const firstButton = sim.addin.paneButtons[0];
  byId("ribbon-addin-label").textContent = firstButton ? localized(firstButton.label, firstButton.labels) : sim.addin.displayName;
  byId<HTMLButtonElement>("ribbon-addin").addEventListener("click", () => (sim.pane.isOpen() ? sim.pane.close() : openPaneFor(sim, undefined, null)));
  byId<HTMLButtonElement>("ribbon-new").addEventListener("click", () => startNewDraft(sim));
  byId<HTMLButtonElement>("ribbon-attach").addEventListener("click", () => byId<HTMLInputElement>("attach-input").click());
  for (const [id, command] of [
    ["fmt-bold", "bold"],
    ["fmt-italic", "italic"],
    ["fmt-underline", "underline"],
    ["fmt-list", "insertUnorderedList"],
  ] as const) {
    byId(id).addEventListener("mousedown", (e) => {
      e.preventDefault(); // keep the caret in the body
      document.execCommand(command);
      byId("compose").querySelector<HTMLElement>("[data-testid=compose-body]")?.dispatchEvent(new Event("input"));
    });
  }
}

function startNewDraft(sim: Simulator): void {
  sim.pane.close();
  const from = MAILBOXES.find((m) => m.emailAddress === sim.draft.state.from.emailAddress);
  sim.draft = newDraft(from);
  sim.compose.setDraft(sim.draft);
}

/** The mail goes: a copy lands in "Sendt post" and a fresh draft opens. */
function deliver(sim: Simulator): void {
  const s = sim.draft.state;
  const copy = (r: { emailAddress: string; displayName: string }) => ({ emailAddress: r.emailAddress, displayName: r.displayName });
  sim.sent.push({
    from: copy(s.from),
    to: s.to.map(copy),
    cc: s.cc.map(copy),
    bcc: s.bcc.map(copy),
    subject: s.subject,
    headers: { ...s.headers },
    attachments: s.attachments.map((a) => a.name),
    sentAt: new Date().toISOString(),
  });
  renderSentItems(sim.sent);
  startNewDraft(sim);
  sim.compose.setStatus(tr("status.sent"));
}

function openPaneFor(sim: Simulator, commandId: string | undefined, context: string | null): void {
  const { addin, pane } = sim;
  const button = commandId === undefined ? addin.paneButtons[0] : addin.paneButtons.find((b) => b.id === commandId);
  if (button) pane.open(hostedBase(sim) + button.path, context);
  else if (commandId === undefined) pane.open(`${hostedBase(sim)}/taskpane.html`, context);
  else sim.compose.setStatus(tr("status.unknownCommand", { id: commandId }), "error");
}

/** Send pressed: as Outlook, refuse a draft without (resolved) recipients, then run the add-in. */
async function onSend(sim: Simulator): Promise<void> {
  if (sim.busy || !readyToSend(sim)) return;
  sim.busy = true;
  document.body.classList.add("checking");
  try {
    const outcome = await runHandlerWithChosenFault(sim);
    if (outcome.kind === "completed") await onHandlerAnswer(sim, outcome.options ?? {});
    else await onHandlerUnavailable(sim, outcome.kind);
  } finally {
    sim.busy = false;
    document.body.classList.remove("checking");
  }
}

function readyToSend(sim: Simulator): boolean {
  const unresolved = sim.compose.commitRecipients();
  if (unresolved.length) {
    sim.compose.setStatus(tr("status.unresolved", { entries: unresolved.join("; ") }), "error");
    return false;
  }
  const s = sim.draft.state;
  if (s.to.length + s.cc.length + s.bcc.length > 0) return true;
  sim.compose.setStatus(tr("status.noRecipients"), "error");
  return false;
}

/** An Office failure chosen in the simulator bar hits every call of that method during this send. */
async function runHandlerWithChosenFault(sim: Simulator): Promise<SendOutcome> {
  const { addin } = sim;
  const fault = sim.faultSelect.value;
  const faultyDraft = sim.draft;
  if (fault) {
    faultyDraft.failAlways(fault as FakeMethod);
    sim.faultSelect.value = "";
  }
  sim.compose.setStatus(tr("status.checking", { addin: addin.displayName }));
  try {
    return await runSendHandler({
      commandsPath: hostedBase(sim) + addin.commandsPath,
      functionName: addin.functionName,
      registerFrame: (frame) => registerFrame(sim, frame),
      timeoutMs: settings.timeoutMs,
      onSlow: () => sim.compose.setStatus(tr("status.slow", { addin: addin.displayName })),
    });
  } finally {
    if (fault) faultyDraft.clearFailures();
  }
}

/** The handler called completed(): let the mail go, or show its Smart Alert as this client version would. */
async function onHandlerAnswer(sim: Simulator, o: AlertOptions): Promise<void> {
  const { addin } = sim;
  if (o.allowEvent !== false) return deliver(sim);
  sim.compose.setStatus(tr("status.notSent"));
  const commandId = typeof o.commandId === "string" && supports("1.14") ? o.commandId : undefined;
  const choice = await showSmartAlert({
    addinName: addin.displayName,
    iconUrl: "/assets/icon-32.png",
    text: typeof o.errorMessage === "string" && o.errorMessage ? o.errorMessage : tr("alert.default", { addin: addin.displayName }),
    markdown: supports("1.15") && typeof o.errorMessageMarkdown === "string" ? o.errorMessageMarkdown : undefined,
    actionLabel: commandId ? (typeof o.cancelLabel === "string" && o.cancelLabel ? o.cancelLabel : tr("alert.takeAction")) : undefined,
    sendAnyway: supports("1.14") && o.sendModeOverride === "promptUser",
  });
  if (choice === "send-anyway") deliver(sim);
  else if (choice === "action") {
    const context = o.contextData === undefined ? null : typeof o.contextData === "string" ? o.contextData : JSON.stringify(o.contextData);
    openPaneFor(sim, commandId, context);
  }
}

const UNAVAILABLE_REASON: Record<Exclude<SendOutcome["kind"], "completed">, (addin: AddinInfo) => string> = {
  "not-associated": (addin) => tr("reason.notAssociated", { name: addin.functionName }),
  "load-failed": (addin) => tr("reason.loadFailed", { page: addin.commandsPath }),
  timeout: () => tr("reason.timeout"),
};

/** The add-in could not run or never answered: SoftBlock lets the user decide, Block stops the send. */
async function onHandlerUnavailable(sim: Simulator, kind: Exclude<SendOutcome["kind"], "completed">): Promise<void> {
  const { addin } = sim;
  const reason = UNAVAILABLE_REASON[kind](addin);
  sim.compose.setStatus(tr("status.couldNotRun", { addin: addin.displayName, reason }), "error");
  // SendMode="Block" (the SEND_MODE=Block build): nobody can send while the add-in is unavailable.
  const blocked = byId<HTMLSelectElement>("sendmode-select").value === "Block";
  const choice = await showSmartAlert({
    addinName: addin.displayName,
    text: tr(blocked ? "alert.unavailableBlock" : "alert.unavailable", { addin: addin.displayName }),
    sendAnyway: !blocked,
  });
  if (choice === "send-anyway") deliver(sim);
}

void boot();

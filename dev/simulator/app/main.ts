// The simulator page: a compose window on a shared fake compose item, the add-in's real send
// handler and task pane in frames, the Smart Alert, and the "Sendt post" folder.
import "./bridge";
import { byId } from "./dom";
import { createComposeView } from "./compose-view";
import { MAILBOXES } from "./mailboxes";
import { checkServedPolicy, showPolicyState } from "./policy-banner";
import { renderSentItems } from "./sent-items";
import type { SentMail } from "./sent-mail";
import { runSendHandler, type SendOutcome } from "./send-flow";
import { showSmartAlert } from "./smart-alert";
import { createTaskPanePanel } from "./task-pane";
import { setSimulatorLanguage, tr, trOptional, translatePage } from "./strings";
import { createFakeComposeItem, createFakeOffice, OFFICE_THEMES, type FakeComposeItem, type FakeMethod, type FakeOffice } from "../../../test/fakes/compose-item";

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

async function boot(): Promise<void> {
  setSimulatorLanguage(settings.displayLanguage);
  translatePage(document);
  const config = (await (await fetch("/__simulator/config.json", { cache: "no-store" })).json()) as SimulatorConfig;
  // Outlook shows the manifest's Override for its UI language, else the DefaultValue.
  const localized = (fallback: string, byLocale: Record<string, string>) => byLocale[settings.displayLanguage] ?? fallback;
  const addin = { ...config.addin, displayName: localized(config.addin.displayName, config.addin.displayNames) };
  let draft = newDraft();
  const sent: SentMail[] = [];
  const frames = new WeakMap<HTMLIFrameElement, FakeOffice>();

  const registerFrame = (frame: HTMLIFrameElement): FakeOffice => {
    const office = createFakeOffice({ item: draft.item, displayLanguage: settings.displayLanguage, requirementSets: { Mailbox: settings.mailbox }, officeTheme: settings.officeTheme });
    frames.set(frame, office);
    return office;
  };
  window.__sendevagtSimulator = {
    officeFor(frameWindow) {
      const element = frameWindow.frameElement as HTMLIFrameElement | null;
      const office = element ? frames.get(element) : undefined;
      return office ?? createFakeOffice({ item: draft.item, displayLanguage: settings.displayLanguage, requirementSets: { Mailbox: settings.mailbox }, officeTheme: settings.officeTheme });
    },
    sent,
  };

  // Policy picker: the add-in frames load from /hosted/<policy>/, where that policy is policy.json.
  const policySelect = byId<HTMLSelectElement>("policy-select");
  for (const choice of config.policies) {
    const option = new Option(trOptional(`policy.${choice.id}`) ?? choice.label, choice.id);
    if (choice.title) option.title = choice.title;
    policySelect.appendChild(option);
  }
  const known = (id: string | null) => (id && config.policies.some((c) => c.id === id) ? id : undefined);
  policySelect.value = known(params.get("policy")) ?? known(sessionStorage.getItem(POLICY_KEY)) ?? config.defaultPolicy;
  const hostedBase = () => `${config.hostedPrefix}${policySelect.value}`;
  const refreshPolicy = async () => showPolicyState(await checkServedPolicy(`${hostedBase()}/policy.json`));
  policySelect.addEventListener("change", () => {
    sessionStorage.setItem(POLICY_KEY, policySelect.value);
    pane.close();
    void refreshPolicy();
  });
  void refreshPolicy();

  const languageSelect = byId<HTMLSelectElement>("language-select");
  languageSelect.value = settings.displayLanguage;
  // Outlook picks up a new display language on reload; so does the simulator (the draft is discarded).
  languageSelect.addEventListener("change", () => {
    const next = new URLSearchParams(location.search);
    next.set("lang", languageSelect.value);
    next.set("policy", policySelect.value);
    location.search = next.toString();
  });
  const faultSelect = byId<HTMLSelectElement>("fault-select");
  const clientSelect = byId<HTMLSelectElement>("client-select");
  clientSelect.value = settings.mailbox;
  clientSelect.addEventListener("change", () => (settings.mailbox = clientSelect.value));

  const pane = createTaskPanePanel({
    title: addin.displayName,
    draft: () => draft,
    registerFrame,
    supportsContextChanged: () => supports("1.15"),
  });

  const startNewDraft = () => {
    pane.close();
    const from = MAILBOXES.find((m) => m.emailAddress === draft.state.from.emailAddress);
    draft = newDraft(from);
    compose.setDraft(draft);
  };

  const deliver = () => {
    const s = draft.state;
    const copy = (r: { emailAddress: string; displayName: string }) => ({ emailAddress: r.emailAddress, displayName: r.displayName });
    sent.push({
      from: copy(s.from),
      to: s.to.map(copy),
      cc: s.cc.map(copy),
      bcc: s.bcc.map(copy),
      subject: s.subject,
      headers: { ...s.headers },
      attachments: s.attachments.map((a) => a.name),
      sentAt: new Date().toISOString(),
    });
    renderSentItems(sent);
    startNewDraft();
    compose.setStatus(tr("status.sent"));
  };

  const openPaneFor = (commandId: string | undefined, context: string | null) => {
    const button = commandId === undefined ? addin.paneButtons[0] : addin.paneButtons.find((b) => b.id === commandId);
    if (button) pane.open(hostedBase() + button.path, context);
    else if (commandId === undefined) pane.open(`${hostedBase()}/taskpane.html`, context);
    else compose.setStatus(tr("status.unknownCommand", { id: commandId }), "error");
  };

  let busy = false;
  const onSend = async () => {
    if (busy) return;
    const unresolved = compose.commitRecipients();
    if (unresolved.length) {
      compose.setStatus(tr("status.unresolved", { entries: unresolved.join("; ") }), "error");
      return;
    }
    const s = draft.state;
    if (s.to.length + s.cc.length + s.bcc.length === 0) {
      compose.setStatus(tr("status.noRecipients"), "error");
      return;
    }
    busy = true;
    document.body.classList.add("checking");
    // An Office failure chosen in the simulator bar hits every call of that method during this send.
    const fault = faultSelect.value;
    const faultyDraft = draft;
    if (fault) {
      faultyDraft.failAlways(fault as FakeMethod);
      faultSelect.value = "";
    }
    compose.setStatus(tr("status.checking", { addin: addin.displayName }));
    try {
      let outcome: SendOutcome;
      try {
        outcome = await runSendHandler({
          commandsPath: hostedBase() + addin.commandsPath,
          functionName: addin.functionName,
          registerFrame,
          timeoutMs: settings.timeoutMs,
          onSlow: () => compose.setStatus(tr("status.slow", { addin: addin.displayName })),
        });
      } finally {
        if (fault) faultyDraft.clearFailures();
      }
      if (outcome.kind === "completed") {
        const o = outcome.options ?? {};
        if (o.allowEvent !== false) {
          deliver();
          return;
        }
        compose.setStatus(tr("status.notSent"));
        const commandId = typeof o.commandId === "string" && supports("1.14") ? o.commandId : undefined;
        const choice = await showSmartAlert({
          addinName: addin.displayName,
          iconUrl: "/assets/icon-32.png",
          text: typeof o.errorMessage === "string" && o.errorMessage ? o.errorMessage : tr("alert.default", { addin: addin.displayName }),
          markdown: supports("1.15") && typeof o.errorMessageMarkdown === "string" ? o.errorMessageMarkdown : undefined,
          actionLabel: commandId ? (typeof o.cancelLabel === "string" && o.cancelLabel ? o.cancelLabel : tr("alert.takeAction")) : undefined,
          sendAnyway: supports("1.14") && o.sendModeOverride === "promptUser",
        });
        if (choice === "send-anyway") deliver();
        else if (choice === "action") {
          const context = o.contextData === undefined ? null : typeof o.contextData === "string" ? o.contextData : JSON.stringify(o.contextData);
          openPaneFor(commandId, context);
        }
        return;
      }
      // SoftBlock: when the add-in cannot run or never answers, Outlook lets the user decide.
      const reason =
        outcome.kind === "not-associated"
          ? tr("reason.notAssociated", { name: addin.functionName })
          : outcome.kind === "load-failed"
            ? tr("reason.loadFailed", { page: addin.commandsPath })
            : tr("reason.timeout");
      compose.setStatus(tr("status.couldNotRun", { addin: addin.displayName, reason }), "error");
      // SendMode="Block" (the SEND_MODE=Block build): nobody can send while the add-in is unavailable.
      const blocked = byId<HTMLSelectElement>("sendmode-select").value === "Block";
      const choice = await showSmartAlert({
        addinName: addin.displayName,
        text: tr(blocked ? "alert.unavailableBlock" : "alert.unavailable", { addin: addin.displayName }),
        sendAnyway: !blocked,
      });
      if (choice === "send-anyway") deliver();
    } finally {
      busy = false;
      document.body.classList.remove("checking");
    }
  };

  const compose = createComposeView(draft, () => void onSend(), startNewDraft);

  const ribbonPane = byId<HTMLButtonElement>("ribbon-addin");
  const firstButton = addin.paneButtons[0];
  const paneLabel = firstButton ? localized(firstButton.label, firstButton.labels) : addin.displayName;
  byId("ribbon-addin-label").textContent = paneLabel;
  ribbonPane.addEventListener("click", () => (pane.isOpen() ? pane.close() : openPaneFor(undefined, null)));
  byId<HTMLButtonElement>("ribbon-new").addEventListener("click", startNewDraft);
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

  renderSentItems(sent);
  // The add-in edits the item from its own frames; keep the compose window in step with it.
  setInterval(() => compose.sync(), 100);
  document.body.dataset.ready = "true";
}

void boot();

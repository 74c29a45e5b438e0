// The add-in's task pane in Outlook's side panel: the pane page from the manifest in a frame that
// shares the draft's Office. Take Action passes the Smart Alert's contextData the way Outlook does:
// through getInitializationContextAsync on a fresh pane, or InitializationContextChanged
// (Mailbox 1.15) on a pane that is already open.
import { byId, h } from "./dom";
import type { FakeComposeItem, FakeOffice } from "../../fake-office/compose-item";
import { EventType } from "../../fake-office/compose-item";
import { tr } from "./strings";

export interface TaskPanePanel {
  open(path: string, context: string | null): void;
  close(): void;
  isOpen(): boolean;
}

export interface TaskPaneOptions {
  title: string;
  draft(): FakeComposeItem;
  registerFrame(frame: HTMLIFrameElement): FakeOffice;
  supportsContextChanged(): boolean;
}

export function createTaskPanePanel(options: TaskPaneOptions): TaskPanePanel {
  const panel = byId("pane");
  let frame: HTMLIFrameElement | undefined;
  let openPath: string | undefined;
  let paneDraft: FakeComposeItem | undefined;

  const closeButton = h("button", {
    class: "pane-close",
    text: "×",
    attrs: { type: "button", "aria-label": tr("pane.close", { addin: options.title }) },
    on: { click: () => api.close() },
  });
  const header = h("div", { class: "pane-header" }, h("h2", { class: "pane-title", text: options.title }), closeButton);
  const body = h("div", { class: "pane-body" });
  panel.replaceChildren(header, body);

  function detachFromDraft(): void {
    if (!paneDraft) return;
    // A closed pane's handlers must not be called again; Outlook drops them with the frame.
    paneDraft.item.removeHandlerAsync(EventType.RecipientsChanged, () => undefined);
    paneDraft.item.removeHandlerAsync(EventType.InitializationContextChanged, () => undefined);
    paneDraft.state.initializationContext = null;
    paneDraft = undefined;
  }

  const api: TaskPanePanel = {
    open(path, context) {
      const draft = options.draft();
      if (frame && openPath === path && paneDraft === draft && options.supportsContextChanged()) {
        if (context !== null) draft.setInitializationContext(context);
        return;
      }
      detachFromDraft();
      frame?.remove();
      draft.state.initializationContext = context;
      paneDraft = draft;
      openPath = path;
      frame = h("iframe", { class: "pane-frame", testid: "taskpane", attrs: { title: options.title, name: "sendevagt-taskpane" } });
      options.registerFrame(frame);
      body.replaceChildren(frame);
      frame.src = `${path}?et=${Date.now()}`;
      panel.hidden = false;
      document.body.classList.add("pane-open");
    },
    close() {
      detachFromDraft();
      frame?.remove();
      frame = undefined;
      openPath = undefined;
      panel.hidden = true;
      document.body.classList.remove("pane-open");
    },
    isOpen() {
      return frame !== undefined;
    },
  };
  return api;
}

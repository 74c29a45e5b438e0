// The compose window: From, To/Cc/Bcc, Subject, attachments, and the HTML body editor, all
// reading from and writing to the shared fake compose item. The add-in changes the item through
// Office.js in its own frames; `sync()` brings those changes back on screen.
import { h, byId } from "./dom";
import { createRecipientField, type RecipientField } from "./recipient-field";
import { MAILBOXES } from "./mailboxes";
import { tr } from "./strings";
import type { FakeAttachmentState, FakeComposeItem, RecipientFieldName } from "../../fake-office/compose-item";

export interface ComposeView {
  /** Resolves typed addresses; returns the entries Outlook could not resolve. */
  commitRecipients(): string[];
  sync(): void;
  setDraft(draft: FakeComposeItem): void;
  setStatus(text: string, tone?: "info" | "error"): void;
  addFiles(files: FileList | File[]): Promise<void>;
}

const FIELDS: RecipientFieldName[] = ["to", "cc", "bcc"];

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** What the view last showed, so sync() rewrites only what the add-in changed. */
interface Shown {
  draft: FakeComposeItem;
  subject?: string;
  body?: string;
  attachments?: FakeAttachmentState[];
  attachmentCounter: number;
}

interface Parts {
  fromSelect: HTMLSelectElement;
  fields: Map<RecipientFieldName, RecipientField>;
  subject: HTMLInputElement;
  body: HTMLElement;
  attachmentList: HTMLElement;
  status: HTMLElement;
}

export function createComposeView(initial: FakeComposeItem, onSend: () => void, onDiscard: () => void): ComposeView {
  const shown: Shown = { draft: initial, attachmentCounter: 0 };
  const parts: Parts = {
    fromSelect: fromSelectFor(shown),
    fields: new Map<RecipientFieldName, RecipientField>(FIELDS.map((f) => [f, createRecipientField(f, initial)])),
    subject: subjectInputFor(shown),
    body: bodyEditorFor(shown),
    attachmentList: h("ul", { class: "attachments", testid: "compose-attachments", attrs: { "aria-label": tr("compose.attachments") } }),
    status: h("div", { class: "compose-status", testid: "compose-status", attrs: { role: "status", "aria-live": "polite" } }),
  };
  const fileInput = byId<HTMLInputElement>("attach-input");
  fileInput.addEventListener("change", () => {
    if (fileInput.files) void view.addFiles(fileInput.files).then(() => (fileInput.value = ""));
  });
  byId("compose").replaceChildren(
    toolbar(onSend, onDiscard, () => fileInput.click()),
    h("div", { class: "field-row" }, h("label", { class: "field-label", text: tr("compose.from"), attrs: { for: "compose-from" } }), parts.fromSelect),
    ...FIELDS.map((f) => parts.fields.get(f)!.element),
    h("div", { class: "field-row subject-row" }, parts.subject),
    parts.attachmentList,
    parts.body,
    parts.status,
  );

  const view: ComposeView = {
    commitRecipients: () => FIELDS.flatMap((f) => parts.fields.get(f)!.commit()),
    sync: () => sync(shown, parts),
    setDraft(next) {
      shown.draft = next;
      for (const f of parts.fields.values()) f.setDraft(next);
      shown.subject = shown.body = shown.attachments = undefined;
      view.sync();
    },
    setStatus(text, tone = "info") {
      parts.status.textContent = text;
      parts.status.dataset.tone = tone;
    },
    async addFiles(files) {
      await addFiles(shown, files);
      renderAttachments(shown, parts.attachmentList);
    },
  };
  view.sync();
  return view;
}

function fromSelectFor(shown: Shown): HTMLSelectElement {
  const fromSelect = h("select", { class: "from-select", testid: "compose-from", attrs: { id: "compose-from", "aria-label": tr("compose.from") } });
  for (const box of MAILBOXES) {
    fromSelect.appendChild(h("option", { text: `${box.displayName} <${box.emailAddress}>`, attrs: { value: box.emailAddress } }));
  }
  fromSelect.addEventListener("change", () => {
    const box = MAILBOXES.find((m) => m.emailAddress === fromSelect.value);
    // Office.js cannot set From; in Outlook the caseworker picks it here, so the simulator writes the state directly.
    if (box) shown.draft.state.from = { emailAddress: box.emailAddress, displayName: box.displayName, recipientType: "user" };
  });
  return fromSelect;
}

function subjectInputFor(shown: Shown): HTMLInputElement {
  const subject = h("input", {
    class: "subject-input",
    testid: "compose-subject",
    attrs: { type: "text", placeholder: tr("compose.subject"), "aria-label": tr("compose.subjectLabel"), maxlength: "255", id: "compose-subject" },
  });
  subject.addEventListener("input", () => {
    shown.draft.user.setSubject(subject.value);
    shown.subject = subject.value;
  });
  return subject;
}

function bodyEditorFor(shown: Shown): HTMLElement {
  const body = h("div", {
    class: "body-editor",
    testid: "compose-body",
    attrs: { contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": tr("compose.body"), spellcheck: "false" },
  });
  body.addEventListener("input", () => {
    shown.draft.user.setBody(body.innerHTML, body.innerText);
    shown.body = body.innerHTML;
  });
  return body;
}

function toolbar(onSend: () => void, onDiscard: () => void, onAttach: () => void): HTMLElement {
  const sendButton = h("button", { class: "send-button", testid: "compose-send", text: tr("compose.send"), attrs: { type: "button" }, on: { click: onSend } });
  const discardButton = h("button", { class: "toolbar-button", text: tr("compose.discard"), attrs: { type: "button" }, on: { click: onDiscard } });
  const attachButton = h("button", { class: "toolbar-button", text: tr("ribbon.attach"), attrs: { type: "button" }, on: { click: onAttach } });
  return h("div", { class: "compose-toolbar" }, sendButton, discardButton, attachButton);
}

/** Brings what the add-in changed through Office.js back on screen. */
function sync(shown: Shown, parts: Parts): void {
  const state = shown.draft.state;
  for (const f of parts.fields.values()) f.render();
  if (state.subject !== shown.subject) {
    parts.subject.value = state.subject;
    shown.subject = state.subject;
  }
  if (state.bodyHtml !== shown.body) {
    parts.body.innerHTML = state.bodyHtml;
    shown.body = state.bodyHtml;
  }
  if (parts.fromSelect.value !== state.from.emailAddress) parts.fromSelect.value = state.from.emailAddress;
  renderAttachments(shown, parts.attachmentList);
}

function renderAttachments(shown: Shown, attachmentList: HTMLElement): void {
  const list = shown.draft.state.attachments;
  if (list === shown.attachments && list.length === attachmentList.childElementCount) return;
  shown.attachments = list;
  attachmentList.replaceChildren(
    ...list.map((att) =>
      h(
        "li",
        { class: "attachment", testid: "attachment", attrs: { "data-name": att.name } },
        h("span", { class: "attachment-name", text: att.name }),
        h("span", { class: "attachment-size", text: formatSize(att.size) }),
        h("button", {
          class: "chip-remove",
          text: "×",
          attrs: { type: "button", "aria-label": tr("compose.remove", { name: att.name }) },
          on: {
            click: () => {
              shown.draft.state.attachments = shown.draft.state.attachments.filter((a) => a.id !== att.id);
              renderAttachments(shown, attachmentList);
            },
          },
        }),
      ),
    ),
  );
}

/** Files picked or dropped become file attachments on the draft, as Outlook's base64 content. */
async function addFiles(shown: Shown, files: FileList | File[]): Promise<void> {
  for (const file of Array.from(files)) {
    const content = await readBase64(file);
    shown.attachmentCounter += 1;
    const attachment: FakeAttachmentState = {
      id: `AAMkSimAttachment${shown.attachmentCounter}`,
      name: file.name,
      attachmentType: "file",
      isInline: false,
      contentType: file.type || undefined,
      size: file.size,
      content,
      format: "base64",
    };
    shown.draft.state.attachments = [...shown.draft.state.attachments, attachment];
  }
}

// The compose window: From, To/Cc/Bcc, Subject, attachments, and the HTML body editor, all
// reading from and writing to the shared fake compose item. The add-in changes the item through
// Office.js in its own frames; `sync()` brings those changes back on screen.
import { h, byId } from "./dom";
import { createRecipientField, type RecipientField } from "./recipient-field";
import { MAILBOXES } from "./mailboxes";
import { tr } from "./strings";
import type { FakeAttachmentState, FakeComposeItem, RecipientFieldName } from "../../../test/fakes/compose-item";

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

export function createComposeView(initial: FakeComposeItem, onSend: () => void, onDiscard: () => void): ComposeView {
  let draft = initial;
  let shownSubject: string | undefined;
  let shownBody: string | undefined;
  let shownAttachments: FakeAttachmentState[] | undefined;
  let attachmentCounter = 0;

  const fromSelect = h("select", { class: "from-select", testid: "compose-from", attrs: { id: "compose-from", "aria-label": tr("compose.from") } });
  for (const box of MAILBOXES) {
    fromSelect.appendChild(h("option", { text: `${box.displayName} <${box.emailAddress}>`, attrs: { value: box.emailAddress } }));
  }
  fromSelect.addEventListener("change", () => {
    const box = MAILBOXES.find((m) => m.emailAddress === fromSelect.value);
    // Office.js cannot set From; in Outlook the caseworker picks it here, so the simulator writes the state directly.
    if (box) draft.state.from = { emailAddress: box.emailAddress, displayName: box.displayName, recipientType: "user" };
  });

  const fields = new Map<RecipientFieldName, RecipientField>(FIELDS.map((f) => [f, createRecipientField(f, draft)]));

  const subject = h("input", {
    class: "subject-input",
    testid: "compose-subject",
    attrs: { type: "text", placeholder: tr("compose.subject"), "aria-label": tr("compose.subjectLabel"), maxlength: "255", id: "compose-subject" },
  });
  subject.addEventListener("input", () => {
    draft.user.setSubject(subject.value);
    shownSubject = subject.value;
  });

  const body = h("div", {
    class: "body-editor",
    testid: "compose-body",
    attrs: { contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": tr("compose.body"), spellcheck: "false" },
  });
  const pushBody = () => {
    draft.user.setBody(body.innerHTML, body.innerText);
    shownBody = body.innerHTML;
  };
  body.addEventListener("input", pushBody);

  const attachmentList = h("ul", { class: "attachments", testid: "compose-attachments", attrs: { "aria-label": tr("compose.attachments") } });
  const status = h("div", { class: "compose-status", testid: "compose-status", attrs: { role: "status", "aria-live": "polite" } });

  const fileInput = byId<HTMLInputElement>("attach-input");
  fileInput.addEventListener("change", () => {
    if (fileInput.files) void view.addFiles(fileInput.files).then(() => (fileInput.value = ""));
  });

  const sendButton = h("button", { class: "send-button", testid: "compose-send", text: tr("compose.send"), attrs: { type: "button" }, on: { click: onSend } });
  const discardButton = h("button", { class: "toolbar-button", text: tr("compose.discard"), attrs: { type: "button" }, on: { click: onDiscard } });
  const attachButton = h("button", {
    class: "toolbar-button",
    text: tr("ribbon.attach"),
    attrs: { type: "button" },
    on: { click: () => fileInput.click() },
  });

  const root = byId("compose");
  root.replaceChildren(
    h("div", { class: "compose-toolbar" }, sendButton, discardButton, attachButton),
    h("div", { class: "field-row" }, h("label", { class: "field-label", text: tr("compose.from"), attrs: { for: "compose-from" } }), fromSelect),
    ...FIELDS.map((f) => fields.get(f)!.element),
    h("div", { class: "field-row subject-row" }, subject),
    attachmentList,
    body,
    status,
  );

  function renderAttachments(): void {
    const list = draft.state.attachments;
    if (list === shownAttachments && list.length === attachmentList.childElementCount) return;
    shownAttachments = list;
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
                draft.state.attachments = draft.state.attachments.filter((a) => a.id !== att.id);
                renderAttachments();
              },
            },
          }),
        ),
      ),
    );
  }

  const view: ComposeView = {
    commitRecipients() {
      return FIELDS.flatMap((f) => fields.get(f)!.commit());
    },
    sync() {
      for (const f of fields.values()) f.render();
      if (draft.state.subject !== shownSubject) {
        subject.value = draft.state.subject;
        shownSubject = draft.state.subject;
      }
      if (draft.state.bodyHtml !== shownBody) {
        body.innerHTML = draft.state.bodyHtml;
        shownBody = draft.state.bodyHtml;
      }
      if (fromSelect.value !== draft.state.from.emailAddress) fromSelect.value = draft.state.from.emailAddress;
      renderAttachments();
    },
    setDraft(next) {
      draft = next;
      for (const f of fields.values()) f.setDraft(next);
      shownSubject = undefined;
      shownBody = undefined;
      shownAttachments = undefined;
      view.sync();
    },
    setStatus(text, tone = "info") {
      status.textContent = text;
      status.dataset.tone = tone;
    },
    async addFiles(files) {
      for (const file of Array.from(files)) {
        const content = await readBase64(file);
        attachmentCounter += 1;
        const attachment: FakeAttachmentState = {
          id: `AAMkSimAttachment${attachmentCounter}`,
          name: file.name,
          attachmentType: "file",
          isInline: false,
          contentType: file.type || undefined,
          size: file.size,
          content,
          format: "base64",
        };
        draft.state.attachments = [...draft.state.attachments, attachment];
      }
      renderAttachments();
    },
  };
  view.sync();
  return view;
}

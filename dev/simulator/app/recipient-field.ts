// One of To/Cc/Bcc: address chips (display name shown, address in the tooltip) and a text input
// that resolves what is typed into chips on Enter, ";" / "," at the end, or blur — as Outlook does.
import { h } from "./dom";
import { parseAddressList } from "./addresses";
import { tr } from "./strings";
import type { EmailAddressDetails, FakeComposeItem, RecipientFieldName } from "../../fake-office/compose-item";

export interface RecipientField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Turns typed text into recipients; returns the entries that hold no address. */
  commit(): string[];
  /** Re-renders the chips from the item (after the add-in changed the field). */
  render(): void;
  setDraft(draft: FakeComposeItem): void;
}

const LABEL_KEYS = { to: "compose.to", cc: "compose.cc", bcc: "compose.bcc" } as const;

export function createRecipientField(field: RecipientFieldName, initial: FakeComposeItem): RecipientField {
  let draft = initial;
  let shown: EmailAddressDetails[] | undefined;
  const chips = h("span", { class: "chips" });
  const input = h("input", {
    class: "recipient-input",
    testid: `compose-${field}`,
    attrs: { type: "text", "aria-label": tr(LABEL_KEYS[field]), autocomplete: "off", spellcheck: "false", id: `compose-${field}` },
  });
  const label = h("label", { class: "field-label", text: tr(LABEL_KEYS[field]), attrs: { for: `compose-${field}` } });
  const element = h("div", { class: "field-row recipient-row", attrs: { "data-field": field } }, label, h("div", { class: "recipient-box" }, chips, input));
  element.addEventListener("click", (e) => {
    if (e.target === element || (e.target as HTMLElement).classList.contains("recipient-box")) input.focus();
  });

  function commit(): string[] {
    const text = input.value;
    if (!text.trim()) return [];
    const { recipients, unresolved } = parseAddressList(text);
    for (const r of recipients) {
      draft.user.addRecipient(field, r.displayName ? { emailAddress: r.emailAddress, displayName: r.displayName } : r.emailAddress);
    }
    input.value = unresolved.join("; ");
    input.setAttribute("aria-invalid", unresolved.length ? "true" : "false");
    render();
    return unresolved;
  }

  function render(): void {
    const list = draft.state[field];
    if (list === shown) return;
    shown = list;
    chips.replaceChildren(
      ...list.map((r) =>
        chipFor(field, r, () => {
          draft.user.removeRecipient(field, r.emailAddress);
          render();
          input.focus();
        }),
      ),
    );
  }

  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    } else if (e.key === "Backspace" && input.value === "" && draft.state[field].length > 0) {
      const last = draft.state[field][draft.state[field].length - 1];
      if (last) draft.user.removeRecipient(field, last.emailAddress);
      render();
    }
  });
  input.addEventListener("input", () => {
    const quotesClosed = (input.value.match(/"/g) ?? []).length % 2 === 0;
    if (/[;,]\s*$/.test(input.value) && quotesClosed) commit();
  });
  input.addEventListener("blur", () => commit());

  render();
  return {
    element,
    input,
    commit,
    render,
    setDraft(next) {
      draft = next;
      shown = undefined;
      input.value = "";
      render();
    },
  };
}

/** One recipient as Outlook shows it: avatar letter, display name, address, and a remove button. */
function chipFor(field: RecipientFieldName, r: EmailAddressDetails, onRemove: () => void): HTMLElement {
  const name = r.displayName && r.displayName !== r.emailAddress ? r.displayName : r.emailAddress;
  return h(
    "span",
    {
      class: "chip",
      testid: "recipient-chip",
      attrs: { "data-field": field, "data-address": r.emailAddress, title: `${r.displayName} <${r.emailAddress}>` },
    },
    h("span", { class: "chip-avatar", text: (name[0] ?? "?").toUpperCase(), attrs: { "aria-hidden": "true" } }),
    h("span", { class: "chip-name", text: name }),
    name !== r.emailAddress ? h("span", { class: "chip-address", text: r.emailAddress }) : null,
    h("button", {
      class: "chip-remove",
      text: "×",
      attrs: { type: "button", "aria-label": tr("compose.remove", { name }) },
      on: { click: onRemove },
    }),
  );
}

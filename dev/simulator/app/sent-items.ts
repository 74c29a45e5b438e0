// The "Sendt post" folder: every mail that went out, with its recipients, subject and the
// internet headers the add-in set (the x-sendevagt audit stamp among them).
import { byId, h } from "./dom";
import type { SentMail, SentRecipient } from "./sent-mail";
import { tr } from "./strings";

function names(list: SentRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join(", ");
}

function line(label: string, value: string, field: string): HTMLElement | null {
  if (!value) return null;
  return h("div", { class: "sent-line", attrs: { "data-field": field } }, h("span", { class: "sent-label", text: `${label}: ` }), h("span", { class: "sent-value", text: value }));
}

export function renderSentItems(items: readonly SentMail[]): void {
  const list = byId("sent-list");
  const count = byId("sent-count");
  count.textContent = items.length ? String(items.length) : "";
  if (!items.length) {
    list.replaceChildren(h("li", { class: "sent-empty", text: tr("sent.empty") }));
    return;
  }
  list.replaceChildren(
    ...[...items].reverse().map((mail) => {
      const headers = Object.entries(mail.headers);
      return h(
        "li",
        { class: "sent-item", testid: "sent-item" },
        h("div", { class: "sent-subject", text: mail.subject || tr("sent.noSubject") }),
        line(tr("sent.to"), names(mail.to), "to"),
        line(tr("sent.cc"), names(mail.cc), "cc"),
        line(tr("sent.bcc"), names(mail.bcc), "bcc"),
        line(tr("sent.from"), names([mail.from]), "from"),
        line(tr("sent.attachments"), mail.attachments.join(", "), "attachments"),
        headers.length
          ? h(
              "dl",
              { class: "sent-headers", testid: "sent-headers" },
              ...headers.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]),
            )
          : h("div", { class: "sent-noheaders", text: tr("sent.noHeaders") }),
        h("div", { class: "sent-time", text: new Date(mail.sentAt).toLocaleTimeString(document.documentElement.lang) }),
      );
    }),
  );
}

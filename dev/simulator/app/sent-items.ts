// The "Sendt post" folder: every mail that went out, with its recipients, subject and the
// internet headers the add-in set (the x-sendevagt audit stamp among them).
import { byId, h } from "./dom";
import type { SentMail, SentRecipient } from "./sent-mail";

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
    list.replaceChildren(h("li", { class: "sent-empty", text: "Ingen sendte mails endnu." }));
    return;
  }
  list.replaceChildren(
    ...[...items].reverse().map((mail) => {
      const headers = Object.entries(mail.headers);
      return h(
        "li",
        { class: "sent-item", testid: "sent-item" },
        h("div", { class: "sent-subject", text: mail.subject || "(intet emne)" }),
        line("Til", names(mail.to), "to"),
        line("Cc", names(mail.cc), "cc"),
        line("Bcc", names(mail.bcc), "bcc"),
        line("Fra", names([mail.from]), "from"),
        line("Vedhæftet", mail.attachments.join(", "), "attachments"),
        headers.length
          ? h(
              "dl",
              { class: "sent-headers", testid: "sent-headers" },
              ...headers.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]),
            )
          : h("div", { class: "sent-noheaders", text: "Ingen headere sat af tilføjelsesprogrammer" }),
        h("div", { class: "sent-time", text: new Date(mail.sentAt).toLocaleTimeString("da-DK") }),
      );
    }),
  );
}

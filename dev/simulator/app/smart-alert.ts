// The Smart Alert dialog as Outlook on the web shows it when a send handler completes with
// allowEvent: false — the add-in's name, its message (Markdown where the client supports it),
// "Take Action" (relabelled by cancelLabel, shown only with a commandId) and "Don't Send".
// With sendModeOverride: promptUser, or when the add-in could not run, "Send Anyway" is offered.
import { h } from "./dom";
import { renderAlertMarkdown } from "./alert-markdown";
import { tr } from "./strings";

export type AlertChoice = "action" | "dont-send" | "send-anyway";

export interface AlertSpec {
  addinName: string;
  iconUrl?: string;
  text: string;
  markdown?: string;
  /** Label of the Take Action button; no button when undefined. */
  actionLabel?: string;
  sendAnyway: boolean;
}

export function showSmartAlert(spec: AlertSpec): Promise<AlertChoice> {
  return new Promise((resolve) => {
    const previousFocus = document.activeElement as HTMLElement | null;
    const message = h("div", { class: "alert-message", testid: "smart-alert-message", attrs: { id: "smart-alert-message" } });
    if (spec.markdown) message.appendChild(renderAlertMarkdown(document, spec.markdown));
    else message.appendChild(h("p", { text: spec.text }));

    const close = (choice: AlertChoice) => {
      backdrop.remove();
      document.removeEventListener("keydown", onKey, true);
      previousFocus?.focus?.();
      resolve(choice);
    };
    const buttons: HTMLButtonElement[] = [];
    if (spec.actionLabel !== undefined) {
      buttons.push(
        h("button", { class: "alert-button primary", testid: "smart-alert-action", text: spec.actionLabel, attrs: { type: "button" }, on: { click: () => close("action") } }),
      );
    }
    if (spec.sendAnyway) {
      buttons.push(
        h("button", {
          class: `alert-button${buttons.length ? "" : " primary"}`,
          testid: "smart-alert-send-anyway",
          text: tr("alert.sendAnyway"),
          attrs: { type: "button" },
          on: { click: () => close("send-anyway") },
        }),
      );
    }
    buttons.push(
      h("button", {
        class: `alert-button${buttons.length ? "" : " primary"}`,
        testid: "smart-alert-cancel",
        text: tr("alert.dontSend"),
        attrs: { type: "button" },
        on: { click: () => close("dont-send") },
      }),
    );

    const icon = spec.iconUrl ? h("img", { class: "alert-icon", attrs: { src: spec.iconUrl, alt: "", width: "32", height: "32" } }) : null;
    icon?.addEventListener("error", () => icon.remove());
    const dialog = h(
      "div",
      {
        class: "alert-dialog",
        testid: "smart-alert",
        attrs: { role: "alertdialog", "aria-modal": "true", "aria-labelledby": "smart-alert-title", "aria-describedby": "smart-alert-message" },
      },
      h("div", { class: "alert-title-row" }, icon, h("h2", { class: "alert-title", text: spec.addinName, attrs: { id: "smart-alert-title" } })),
      message,
      h("div", { class: "alert-buttons" }, ...buttons),
    );
    const backdrop = h("div", { class: "alert-backdrop" }, dialog);

    // Focus stays inside the dialog (Tab cycles the buttons); Escape is "Don't Send".
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close("dont-send");
      } else if (e.key === "Tab") {
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next = buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
        e.preventDefault();
        next?.focus();
      }
    };
    document.addEventListener("keydown", onKey, true);
    document.body.appendChild(backdrop);
    buttons[0]?.focus();
  });
}

// What the commands and the pane need from the `Office` global, behind one small interface so
// they never reach for Office.* themselves and tests can pass a fake Office.
import type { ComposeItem } from "./compose-item";

/** The subset of the `Office` global Sendevagt reads. */
export interface OfficeLike {
  context?: {
    mailbox?: { item?: unknown };
    displayLanguage?: string;
    /** Office.context.officeTheme (Mailbox 1.3+ in the pane): the user's Office colours. */
    officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string; isDarkTheme?: boolean };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: string } };
}

export interface OutlookHost {
  item(): ComposeItem;
  /** Office's UI language, e.g. "da-DK"; "" when unknown. */
  displayLanguage(): string;
  /** Whether the Mailbox requirement set `version` (e.g. "1.14") is available. */
  supportsMailbox(version: string): boolean;
  /** Office.MailboxEnums.SendModeOverride.PromptUser. */
  promptUser: string;
  /** The Office theme, for the pane's colours. */
  theme(): ThemeKind;
}

export type ThemeKind = "light" | "dark" | "high-contrast";

/** "#1f1f1f" → 0.12: relative luminance of a #rrggbb colour; undefined when it is not one. */
function luminance(hex: string | undefined): number | undefined {
  if (!hex || !/^#?[0-9a-f]{6}$/i.test(hex)) return undefined;
  const n = parseInt(hex.replace("#", ""), 16);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Black on white or white on black at full contrast is Windows' high-contrast mode. */
export function themeKind(theme: NonNullable<OfficeLike["context"]>["officeTheme"]): ThemeKind {
  const bg = luminance(theme?.bodyBackgroundColor);
  const fg = luminance(theme?.bodyForegroundColor);
  if (bg === undefined) return theme?.isDarkTheme ? "dark" : "light";
  if (fg !== undefined && (bg === 0 || bg === 1) && Math.abs(bg - fg) === 1) return "high-contrast";
  return theme?.isDarkTheme === true || bg < 0.2 ? "dark" : "light";
}

export function officeHost(office: OfficeLike): OutlookHost {
  return {
    item() {
      const item = office.context?.mailbox?.item;
      if (!item) throw new Error("Office.context.mailbox.item is not available");
      return item as ComposeItem;
    },
    displayLanguage() {
      return office.context?.displayLanguage ?? "";
    },
    supportsMailbox(version) {
      try {
        return office.context?.requirements?.isSetSupported("Mailbox", version) === true;
      } catch {
        return false;
      }
    },
    promptUser: office.MailboxEnums?.SendModeOverride?.PromptUser ?? "promptUser",
    theme() {
      try {
        return themeKind(office.context?.officeTheme);
      } catch {
        return "light";
      }
    },
  };
}

/** The global `Office`, or undefined where office.js is not loaded (tests, CLI). */
export function globalOffice(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/**
 * Registers an event handler under the manifest's FunctionName. Outlook calls Office.actions.associate
 * at the top level of the event runtime (Office.onReady does not run before a handler there); where
 * office.js is not loaded (tests, the CLI) there is nothing to register with, and this returns false.
 */
export function associateHandler<E>(name: string, handler: (event: E) => void): boolean {
  // `typeof Office`, not globalThis: older classic-Outlook runtimes have no globalThis.
  if (typeof Office === "undefined" || !Office.actions) return false;
  Office.actions.associate(name, handler as (event?: unknown) => void);
  return true;
}

export interface CompletableEvent {
  completed(options?: object): void;
}

/**
 * Wraps a send event so `completed` reaches Outlook exactly once, whichever of the handler,
 * its error path or the watchdog gets there first. Returns whether this call was the one.
 */
export function completeOnce(event: CompletableEvent): (options: object) => boolean {
  let done = false;
  return (options) => {
    if (done) return false;
    done = true;
    try {
      event.completed(options);
    } catch {
      // An older client may refuse an option it doesn't know. The two options every client with
      // Smart Alerts accepts still stop or pass the mail, so try once more with only those.
      const { allowEvent, errorMessage } = options as { allowEvent?: boolean; errorMessage?: string };
      try {
        event.completed(errorMessage === undefined ? { allowEvent } : { allowEvent, errorMessage });
      } catch {
        // Nothing more can be done from here; Outlook's own timeout takes over.
      }
    }
    return true;
  };
}

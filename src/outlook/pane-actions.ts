// Small Office.js needs of the task pane only (the send path never uses them): reading the new
// Smart Alert context from an InitializationContextChanged event, and opening a page in the
// user's browser.
/** The new context comes with the event; it is JSON text from the handler, or absent. */
export function contextFromEventArgs(args: unknown): unknown {
  const raw = (args as { initializationContext?: unknown } | null)?.initializationContext;
  if (typeof raw !== "string" || raw === "") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export interface BrowserWindowOpener {
  context?: { ui?: { openBrowserWindow?(url: string): void } };
}

/**
 * Opens a page (the Digital Post portal, IT's guide) in the user's browser: Office's own
 * openBrowserWindow where available (Mailbox 1.5), else a new window from the pane.
 */
export function openInBrowser(office: BrowserWindowOpener | undefined, url: string, fallback: (url: string) => void): void {
  const open = office?.context?.ui?.openBrowserWindow;
  if (typeof open === "function") {
    try {
      open.call(office?.context?.ui, url);
      return;
    } catch {
      // fall through to the pane's own window
    }
  }
  fallback(url);
}

interface ReadyOffice {
  onReady?(callback?: () => void): unknown;
}

/** Runs `start` once Office has loaded the pane (Office.onReady); never where office.js is absent. */
export function whenOfficeReady(start: () => void): void {
  const office = (globalThis as { Office?: ReadyOffice }).Office;
  if (office && typeof office.onReady === "function") office.onReady(() => start());
}

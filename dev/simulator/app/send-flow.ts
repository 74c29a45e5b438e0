// Runs the add-in's OnMessageSend handler the way Outlook on the web does: the Runtime page from
// the manifest (commands.html) loads in a hidden frame with Office available, the function the
// manifest names is called with a send event, and Outlook waits for event.completed.
import { createFakeSendEvent } from "../../fake-office/compose-item";
import type { FakeOffice } from "../../fake-office/compose-item";

export type SendOutcome =
  | { kind: "completed"; options: Record<string, unknown> | undefined; completions: number }
  | { kind: "not-associated" }
  | { kind: "load-failed" }
  | { kind: "timeout" };

export interface SendFlowOptions {
  commandsPath: string;
  functionName: string;
  /** Creates the Office for the frame, bound to the current draft; the bridge hands it to the frame. */
  registerFrame(frame: HTMLIFrameElement): FakeOffice;
  /** How long to wait for event.completed (Outlook waits ~5 minutes; the simulator is less patient). */
  timeoutMs: number;
  /** Called when the handler is slow, as Outlook shows "taking longer than expected" after 5 s. */
  onSlow?(): void;
}

function loadFrame(frame: HTMLIFrameElement, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    frame.addEventListener("load", () => resolve(true), { once: true });
    frame.addEventListener("error", () => resolve(false), { once: true });
    frame.src = src;
  });
}

export async function runSendHandler(options: SendFlowOptions): Promise<SendOutcome> {
  const frame = document.createElement("iframe");
  frame.className = "event-runtime";
  frame.title = "Sendevagt event runtime";
  frame.dataset.testid = "event-runtime";
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  const office = options.registerFrame(frame);
  document.body.appendChild(frame);
  try {
    const loaded = await loadFrame(frame, `${options.commandsPath}?et=${Date.now()}`);
    if (!loaded) return { kind: "load-failed" };
    const handler = office.associations.get(options.functionName);
    if (!handler) return { kind: "not-associated" };

    const send = createFakeSendEvent();
    const slow = setTimeout(() => options.onSlow?.(), 5000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
    });
    try {
      handler(send.event);
    } catch {
      // A handler that throws before completing is treated like one that never completes.
    }
    const first = await Promise.race([send.done.then((o) => ({ o })), timeout]);
    clearTimeout(slow);
    if (timer) clearTimeout(timer);
    if (first === "timeout") return { kind: "timeout" };
    // A second completed() would be ignored by Outlook; give it a moment so it can be reported.
    await new Promise((r) => setTimeout(r, 50));
    return { kind: "completed", options: first.o, completions: send.completions.length };
  } finally {
    frame.remove();
  }
}

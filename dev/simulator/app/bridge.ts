// The one hook between the simulator page and the add-in frames it hosts: each frame's
// office-frame.js asks the parent for its `Office`, so the task pane, the send handler and the
// compose window all work on the same fake compose item.
import type { SentMail } from "./sent-mail";

export interface SimulatorBridge {
  /** The Office global for the add-in frame `frame` (its window). */
  officeFor(frame: Window): unknown;
  /** What went out, for tests and curious users (the "Sendt post" list shows the same). */
  sent: SentMail[];
}

declare global {
  interface Window {
    __sendevagtSimulator?: SimulatorBridge;
  }
}

export {};

// The pane's state and behaviour as one hook: the reducer owns every piece of state (policy and
// the Digital Post step included); the controller is created in an effect, so React StrictMode's
// double mount starts one, stops it, and starts a fresh one — the stopped one never dispatches.
import { useCallback, useEffect, useReducer, useState } from "react";
import type { ConfirmChoice, DigitalPostRequest, DigitalPostStep, PaneController as Controller } from "./controller";
import { PaneController } from "./controller";
import { initialState, paneReducer, type FixAction, type PaneState } from "./model";
import type { PaneServices } from "./services";

export type FocusTarget = "status" | "dp";

export interface Pane {
  state: PaneState;
  /** Bumped each time focus should move; `target` says where. */
  focus: { target: FocusTarget; n: number };
  onAction(action: FixAction): Promise<void>;
  onConfirm(choice: ConfirmChoice): Promise<void>;
  onDigitalPost(request: DigitalPostRequest): Promise<void>;
  onMaskOthers(personHash: string, others: readonly string[]): Promise<void>;
  closeDigitalPost(): void;
  recheck(): Promise<void>;
  openUrl(url: string): void;
}

export function usePane(services: PaneServices): Pane {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState());
  const [controller, setController] = useState<Controller | undefined>();
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number }>({ target: "status", n: 0 });

  useEffect(() => {
    const c = new PaneController(services, dispatch);
    setController(c);
    void c.start();
    return () => c.stop();
  }, [services]);

  // When the pane has opened, focus goes to its status (a screen reader hears why it opened).
  const ready = state.phase !== "loading";
  useEffect(() => {
    if (ready) setFocus((f) => ({ target: "status", n: f.n + 1 }));
  }, [ready]);

  const moveFocus = useCallback((target: FocusTarget) => setFocus((f) => ({ target, n: f.n + 1 })), []);

  const showStep = useCallback(
    (step: DigitalPostStep | undefined) => {
      if (!step || step.kind === "routed") {
        dispatch({ type: "digital-post" });
        moveFocus("status");
      } else {
        dispatch({ type: "digital-post", step });
        moveFocus("dp");
      }
    },
    [moveFocus],
  );

  const onAction = useCallback(
    async (action: FixAction) => {
      if (!controller) return;
      if (action.kind === "route-digital-post") return showStep(await controller.routeDigitalPost());
      dispatch({ type: "digital-post" });
      await controller.apply(action);
      moveFocus("status");
    },
    [controller, moveFocus, showStep],
  );

  return {
    state,
    focus,
    onAction,
    async onConfirm(choice) {
      if (!controller) return;
      await controller.confirm(choice);
      moveFocus("status");
    },
    async onDigitalPost(request) {
      if (controller) showStep(await controller.routeDigitalPost(request));
    },
    async onMaskOthers(personHash, others) {
      if (controller) showStep(await controller.maskOthersAndRoute(personHash, others));
    },
    closeDigitalPost() {
      dispatch({ type: "digital-post" });
      moveFocus("status");
    },
    async recheck() {
      if (!controller) return;
      await controller.recheck();
      moveFocus("status");
    },
    openUrl(url) {
      controller?.openUrl(url);
    },
  };
}

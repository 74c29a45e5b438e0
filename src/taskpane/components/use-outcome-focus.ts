// Where focus goes after the pane opens or an action finishes: to the status (or the Digital Post
// step), so a screen reader hears the outcome and the next step.
import { useEffect, useRef, type RefObject } from "react";
import type { Pane } from "../use-pane";

export function useOutcomeFocus(focus: Pane["focus"], status: RefObject<HTMLElement | null>, dp: RefObject<HTMLElement | null>): void {
  // Whether the caseworker is still in the pane (its window loses focus when they click into the
  // mail). An action can take a second; focus taken back from the mail they went on typing in
  // swallows their keys (a Cc typed meanwhile was lost that way), so after an action focus moves
  // only while they are here. The status is a live region: it is heard either way.
  const inPane = useRef(true);
  useEffect(() => {
    const left = () => (inPane.current = false);
    const back = () => (inPane.current = true);
    window.addEventListener("blur", left);
    window.addEventListener("focus", back);
    return () => {
      window.removeEventListener("blur", left);
      window.removeEventListener("focus", back);
    };
  }, []);

  useEffect(() => {
    if (focus.n === 0 || (focus.n > 1 && !inPane.current)) return;
    (focus.target === "dp" ? dp.current : status.current)?.focus();
  }, [focus, status, dp]);
}

// The caseworker's own reason ("Andet", or why other people's numbers stay in a Digital Post
// message) goes into the audit stamp: it must be there, and it must not carry a CPR number. The
// core's finder decides what a CPR number is; on top, any run of six digits or more is refused,
// since a stamp is no place for an account, phone or case number that could identify someone.
import { findCprNumbers } from "../detection";

export type ReasonProblem = "empty" | "cpr";

const MAX_DIGIT_RUN = 5;

export function reasonProblem(text: string): ReasonProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return "empty";
  if (findCprNumbers(trimmed).length > 0 || longestDigitRun(trimmed) > MAX_DIGIT_RUN) return "cpr";
  return undefined;
}

function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code >= 48 && code <= 57 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

// The caseworker's own reason ("Andet", or why other people's numbers stay in a Digital Post
// message) goes into the audit stamp: it must be there, and it must not carry a CPR number. The
// core's finder decides what a CPR number is; on top, any run of six digits or more is refused,
// since a stamp is no place for an account, phone or case number that could identify someone.
import { findCprNumbers, longestDigitRun, MAX_SHOWN_DIGIT_RUN } from "../detection";

export type ReasonProblem = "empty" | "cpr";

export function reasonProblem(text: string): ReasonProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return "empty";
  if (findCprNumbers(trimmed).length > 0 || longestDigitRun(trimmed) > MAX_SHOWN_DIGIT_RUN) return "cpr";
  return undefined;
}


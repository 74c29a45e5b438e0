// The Digital Post subject is not protected like the body: no CPR number may stay in it.
import { findCprNumbers, maskCpr } from "../detection";
import { maskSpans } from "./mask-spans";

export function maskCprInSubject(subject: string, today?: Date): string {
  return maskSpans(subject, findCprNumbers(subject, today ? { today } : undefined), maskCpr);
}

// What tells two people with the same birthday apart without their digits: the order in which
// their numbers first appear in the mail, and the words just before the number ("Barn:",
// "Ægtefælle:"). Both the Smart Alert and the pane's Digital Post chooser show it. The words are
// cut from the mail itself, so any number in them is masked with the core's mask, and a word that
// still holds a long digit run is left out: never more digits than the mask.
import { findCprNumbers, isCprFinding, longestDigitRun, maskCpr, MAX_SHOWN_DIGIT_RUN } from "../detection";
import type { CprOccurrence, Finding, Message } from "../detection";
import { maskSpans } from "./mask-spans";

export interface PersonContext {
  /** 1 for the first person whose number appears in the mail (subject, body, then attachments). */
  order: number;
  /** Up to three words before the first occurrence, on the same line; absent when there are none. */
  before?: string;
}

const WINDOW = 48;
const MAX_WORDS = 3;

/** Every person (by salted hash) of the findings, with their order and context words. */
export function personContexts(message: Message, findings: readonly Finding[]): Record<string, PersonContext> {
  const occurrences = findings.filter(isCprFinding).flatMap((f) => f.cprs);
  const rank = attachmentRank(message);
  const sorted = [...occurrences].sort((a, b) => positionOf(a, rank) - positionOf(b, rank) || a.start - b.start);
  const out: Record<string, PersonContext> = {};
  let order = 0;
  for (const c of sorted) {
    if (Object.prototype.hasOwnProperty.call(out, c.hash)) continue;
    order += 1;
    const before = wordsBefore(textOf(message, c), c.start);
    out[c.hash] = before ? { order, before } : { order };
  }
  return out;
}

function attachmentRank(message: Message): Map<string, number> {
  const rank = new Map<string, number>();
  (message.attachments ?? []).forEach((a, i) => {
    if (!rank.has(a.name)) rank.set(a.name, i);
  });
  return rank;
}

/** Subject first, then the body, then the attachments in their order; within a part by offset. */
function positionOf(c: CprOccurrence, rank: Map<string, number>): number {
  const location = c.location;
  // A display name goes out in the header, before the subject; what the HTML carries unseen is body.
  if (location.part === "display-name") return -1;
  if (location.part === "subject") return 0;
  if (location.part === "body" || location.part === "body-hidden") return 1;
  return 2 + (rank.get(location.name) ?? rank.size);
}

function textOf(message: Message, c: CprOccurrence): string {
  const location = c.location;
  if (location.part === "subject") return message.subject;
  if (location.part === "body") return message.body;
  // No words around a number in a link target or a display name that the caseworker could read.
  if (location.part !== "attachment" || location.where === "name") return "";
  return message.attachments?.find((a) => a.name === location.name)?.text ?? "";
}

/** The last words before `start` on its line, CPR numbers masked, long digit runs dropped. */
export function wordsBefore(text: string, start: number): string {
  if (start <= 0 || start > text.length) return "";
  const from = Math.max(0, start - WINDOW);
  let slice = text.slice(from, start);
  const lineStart = Math.max(slice.lastIndexOf("\n"), slice.lastIndexOf("\r"));
  const cutMidLine = lineStart < 0 && from > 0;
  if (lineStart >= 0) slice = slice.slice(lineStart + 1);
  const masked = maskSpans(slice, findCprNumbers(slice), maskCpr);
  const words = masked.split(/\s+/).filter((w) => w !== "");
  // A window that starts inside a line may start inside a word (or a number): drop that piece.
  if (cutMidLine) words.shift();
  const kept = words.slice(-MAX_WORDS).filter((w) => longestDigitRun(w) <= MAX_SHOWN_DIGIT_RUN || isMaskWord(w));
  return kept.join(" ");
}


/** "070761-XXXX" as the core writes it: six digits are the mask itself, not a leak. */
function isMaskWord(word: string): boolean {
  const at = word.indexOf("XXXX");
  return at > 0 && longestDigitRun(word.slice(at)) === 0 && longestDigitRun(word) <= 6;
}

// HTML attachments and HTML mail parts go through the core's one HTML reader (htmlBodyText), so
// the body and attachments are read the same way: the visible text, and what the HTML carries
// unseen (link targets, comments, attribute values …), which travels with the file just the same.
import { htmlBodyText } from "../text/html-to-text";

export interface HtmlParts {
  /** What a reader sees. */
  visible: string;
  /** What travels unseen, one piece per line ("" when nothing). */
  unseen: string;
}

export function htmlParts(html: string): HtmlParts {
  const { text, hidden } = htmlBodyText(html);
  return { visible: text, unseen: hidden.map((h) => h.text).join("\n") };
}

/** The visible text, then what travels unseen, apart from it. */
export function htmlText(html: string): string {
  const { visible, unseen } = htmlParts(html);
  return unseen === "" ? visible : visible + "\n\n" + unseen;
}

/** The maximal runs of ASCII digits in a text. */
function digitRuns(text: string): Set<string> {
  return new Set(text.match(/[0-9]+/g) ?? []);
}

/**
 * Whether `other` (another form of the same content: a mail's plain and HTML alternatives, an
 * Outlook item's plain, HTML and RTF bodies) holds a number `read` lacks. They are the same text
 * as a rule, but need not be: a differing form is read too.
 */
export function addsDigits(read: string, other: string): boolean {
  const known = digitRuns(read);
  for (const run of digitRuns(other)) if (!known.has(run)) return true;
  return false;
}

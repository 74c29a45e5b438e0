// Every CPR number of a message as the core may pass it on: where it stands, masked, its birth
// date and evidence, whether it is quoted earlier mail, and a salted hash instead of the digits.
// Counted exactly; objects only for as many as are shown (./cpr-tally).
import type { Policy } from "./policy-types";
import { DEFAULT_EXEMPT_DATES, maskCprNumbers } from "./cpr";
import { CprTally, type CprTallyResult } from "./cpr-tally";
import { isQuoted, quotedRanges } from "./quoted";
import { scanCprs } from "./scan-memo";
import type { Attachment, CprOptions, Location, Message } from "./types";

export interface MessageCprs {
  /** The subject's numbers (they reach every recipient, also through the Digital Post gateway). */
  subject: CprTallyResult;
  /** Subject, body and attachments together. */
  all: CprTallyResult;
}

export function cprOptionsFor(cpr: Policy["cpr"], today: Date | undefined): CprOptions {
  const options: CprOptions = {};
  if (today) options.today = today;
  if (cpr.substituteNumbers === true) options.substituteNumbers = true;
  const extraExemptDates = Array.isArray(cpr.extraExemptDates) ? cpr.extraExemptDates : [];
  // The finder's list is replaced, not extended, by options.exemptDates; so add to the default here.
  if (extraExemptDates.length > 0) options.exemptDates = [...DEFAULT_EXEMPT_DATES, ...extraExemptDates];
  return options;
}

// A place id: which text (subject 0, body 1, attachment i's name 2+2i, its text 3+2i), which part
// of it, and whether quoted. Equal ids, same place in the pane.
const PART_SPAN = 0x400000;
function placeId(source: number, part: number, quoted: boolean): number {
  return (source * PART_SPAN + (part < PART_SPAN ? part : PART_SPAN - 1)) * 2 + (quoted ? 1 : 0);
}

/**
 * The index of the part holding each offset, for offsets in ascending order (the finder's order):
 * a cursor over parts sorted and disjoint (as the extractor writes them), else a search per offset.
 */
function partCursor(parts: Attachment["parts"]): (offset: number) => number {
  if (!Array.isArray(parts) || parts.length === 0) return () => -1;
  const named = (i: number) => typeof parts[i]!.where === "string" && parts[i]!.where !== "";
  let ordered = true;
  for (let i = 1; i < parts.length && ordered; i++) ordered = parts[i - 1]!.end <= parts[i]!.start;
  if (!ordered) {
    return (offset) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!.start <= offset && offset < parts[i]!.end && named(i)) return i;
      return -1;
    };
  }
  let i = 0;
  return (offset) => {
    while (i < parts.length && parts[i]!.end <= offset) i++;
    return i < parts.length && parts[i]!.start <= offset && named(i) ? i : -1;
  };
}

/** One scanned text: which part an offset is in, whether quoted, and a part's Location (built only when shown). */
interface TextSource {
  source: number;
  partAt(start: number): number;
  quoted(start: number, end: number): boolean;
  location(part: number): Location;
}

const notQuoted = (): boolean => false;

function tallyText(tallies: CprTally[], text: string, options: CprOptions, src: TextSource): void {
  if (text === "") return;
  const spans = scanCprs(text, options);
  for (let i = 0; i < spans.length; i++) {
    const start = spans.start(i);
    const part = src.partAt(start);
    const quoted = src.quoted(start, spans.end(i));
    const place = placeId(src.source, part, quoted);
    for (const tally of tallies) tally.add(text, spans, i, place, quoted, src.location, part);
  }
}

/** A text that is one place: the subject, the body, a file name. */
function wholeText(source: number, location: Location, quoted: TextSource["quoted"] = notQuoted): TextSource {
  return { source, partAt: () => 0, quoted, location: () => location };
}

export function findMessageCprs(message: Message, options: CprOptions, salt: string): MessageCprs {
  const subject = typeof message.subject === "string" ? message.subject : "";
  const body = typeof message.body === "string" ? message.body : "";
  const all = new CprTally(salt);
  const subjectOnly = new CprTally(salt);
  tallyText([all, subjectOnly], subject, options, wholeText(0, { part: "subject" }));

  let ranges: ReturnType<typeof quotedRanges> | undefined;
  const inQuote = (start: number, end: number): boolean => {
    // Quoted ranges are only worked out when the body has a CPR number at all.
    if (ranges === undefined) ranges = quotedRanges(body);
    return isQuoted(ranges, start, end);
  };
  tallyText([all], body, options, wholeText(1, { part: "body" }, inQuote));

  const namesSeen = new Set<string>();
  (message.attachments ?? []).forEach((attachment, i) => {
    const name = typeof attachment.name === "string" ? attachment.name : "";
    const masked = maskCprNumbers(name);
    // Classic Outlook names a saved mail after its subject, so a file name can carry a CPR number
    // too. A partly read file comes as two entries of one name: scan the name once.
    if (!namesSeen.has(name)) {
      namesSeen.add(name);
      tallyText([all], name, options, wholeText(2 + 2 * i, { part: "attachment", name: masked, where: "name" }));
    }
    if (typeof attachment.text !== "string") return;
    // The extractor says which sheet, page or slide each stretch of text came from (Attachment.parts).
    const parts = attachment.parts;
    const partAt = partCursor(parts);
    const whole: Location = { part: "attachment", name: masked };
    // A part is named by the file (a sheet, a slide …): a sheet named by a citizen's number is masked too.
    const wheres = new Map<number, string>();
    const whereOf = (part: number) => {
      let where = wheres.get(part);
      if (where === undefined) wheres.set(part, (where = maskCprNumbers(parts![part - 1]!.where)));
      return where;
    };
    tallyText([all], attachment.text, options, {
      source: 3 + 2 * i,
      partAt: (start) => partAt(start) + 1,
      quoted: notQuoted,
      location: (part) => (part <= 0 ? whole : { part: "attachment", name: masked, where: whereOf(part) }),
    });
  });
  unseenPlaces(all, message, options, 2 + 2 * (message.attachments ?? []).length, inQuote);
  return { subject: subjectOnly.result(), all: all.result() };
}

/**
 * CPR numbers that leave with the body without being part of its visible text: what the HTML
 * carries unseen (links, attributes, comments, <style> …; quoted when they stand in quoted
 * history) and recipients' display names, which go out in the To/Cc header to everyone.
 * Their place ids follow the attachments' (`firstSource`).
 */
function unseenPlaces(
  all: CprTally,
  message: Message,
  options: CprOptions,
  firstSource: number,
  inQuote: (start: number, end: number) => boolean,
): void {
  let source = firstSource;
  for (const piece of Array.isArray(message.bodyHidden) ? message.bodyHidden : []) {
    if (!piece || typeof piece.text !== "string") continue;
    const at = typeof piece.at === "number" ? piece.at : -1;
    // Quoted when it stands in quoted history: at a quoted line, or right at the end of one that
    // runs to the end of the body (a link after the history's last visible word).
    const quoted = at >= 0 ? () => inQuote(at, at) || (at > 0 && inQuote(at - 1, at)) : notQuoted;
    tallyText([all], piece.text, options, wholeText(source++, { part: "body-hidden", kind: piece.kind }, quoted));
  }
  for (const field of ["to", "cc", "bcc"] as const) {
    for (const recipient of Array.isArray(message[field]) ? message[field] : []) {
      const name = recipient && typeof recipient.displayName === "string" ? recipient.displayName : "";
      if (name === "") continue;
      const location: Location = { part: "display-name", field, address: maskCprNumbers(String(recipient.address ?? "")) };
      tallyText([all], name, options, wholeText(source++, location));
    }
  }
}


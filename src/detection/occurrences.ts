// Every CPR number of a message as the core may pass it on: where it stands, masked, its birth
// date and evidence, whether it is quoted earlier mail, and a salted hash instead of the digits.
import type { Policy } from "./policy-types";
import { DEFAULT_EXEMPT_DATES, findCprNumbers, maskCpr, maskCprNumbers } from "./cpr";
import { cprHash } from "./fingerprint";
import { isQuoted, quotedRanges } from "./quoted";
import type { Attachment, CprOccurrence, CprOptions, Location, Message } from "./types";

export interface MessageCprs {
  subject: CprOccurrence[];
  body: CprOccurrence[];
  attachments: CprOccurrence[];
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

function digitsOf(written: string): string {
  return written.replace(/[^0-9]/g, "");
}

function occurrencesIn(
  text: string,
  location: Location,
  options: CprOptions,
  salt: string,
  quoted: (start: number, end: number) => boolean,
): CprOccurrence[] {
  return findCprNumbers(text, options).map((match) => {
    const written = text.slice(match.start, match.end);
    return {
      location,
      start: match.start,
      end: match.end,
      masked: maskCpr(written),
      birthDate: match.birthDate,
      evidence: match.evidence,
      quoted: quoted(match.start, match.end),
      hash: cprHash(digitsOf(written), salt),
    };
  });
}

const never = (): boolean => false;

function partAt(parts: Attachment["parts"], offset: number): string | undefined {
  if (!Array.isArray(parts)) return undefined;
  for (const p of parts) if (p.start <= offset && offset < p.end && typeof p.where === "string" && p.where !== "") return p.where;
  return undefined;
}

export function findMessageCprs(message: Message, options: CprOptions, salt: string): MessageCprs {
  const subject = typeof message.subject === "string" ? message.subject : "";
  const body = typeof message.body === "string" ? message.body : "";
  let ranges: ReturnType<typeof quotedRanges> | undefined;
  const inQuote = (start: number, end: number): boolean => {
    // Quoted ranges are only worked out when the body has a CPR number at all.
    if (ranges === undefined) ranges = quotedRanges(body);
    return isQuoted(ranges, start, end);
  };
  const attachments: CprOccurrence[] = [];
  const namesSeen = new Set<string>();
  for (const attachment of message.attachments ?? []) {
    const name = typeof attachment.name === "string" ? attachment.name : "";
    // Classic Outlook names a saved mail after its subject, so a file name can carry a CPR number
    // too. A partly read file comes as two entries of one name: scan the name once.
    if (!namesSeen.has(name)) {
      namesSeen.add(name);
      const nameLocation: Location = { part: "attachment", name: maskCprShaped(name), where: "name" };
      for (const occurrence of occurrencesIn(name, nameLocation, options, salt, never)) attachments.push(occurrence);
    }
    if (typeof attachment.text !== "string") continue;
    const location: Location = { part: "attachment", name: maskCprShaped(name) };
    // A loop, not push(...): an attachment listing thousands of people must not overflow the stack.
    for (const occurrence of occurrencesIn(attachment.text, location, options, salt, never)) {
      // The extractor says which sheet, page or slide each stretch of text came from (Attachment.parts).
      const where = partAt(attachment.parts, occurrence.start);
      if (where !== undefined) occurrence.location = { part: "attachment", name: location.name, where };
      attachments.push(occurrence);
    }
  }
  return {
    subject: occurrencesIn(subject, { part: "subject" }, options, salt, never),
    body: [...occurrencesIn(body, { part: "body" }, options, salt, inQuote), ...unseenPlaceCprs(message, options, salt, inQuote)],
    attachments,
  };
}

/**
 * CPR numbers that leave with the body without being part of its visible text: what the HTML
 * carries unseen (links, attributes, comments, <style> …; quoted when they stand in quoted
 * history) and recipients' display names, which go out in the To/Cc header to everyone.
 */
function unseenPlaceCprs(
  message: Message,
  options: CprOptions,
  salt: string,
  inQuote: (start: number, end: number) => boolean,
): CprOccurrence[] {
  const out: CprOccurrence[] = [];
  for (const piece of Array.isArray(message.bodyHidden) ? message.bodyHidden : []) {
    if (!piece || typeof piece.text !== "string") continue;
    const at = typeof piece.at === "number" ? piece.at : -1;
    // Quoted when it stands in quoted history: at a quoted line, or right at the end of one that
    // runs to the end of the body (a link after the history's last visible word).
    const quoted = at >= 0 ? () => inQuote(at, at) || (at > 0 && inQuote(at - 1, at)) : never;
    for (const occurrence of occurrencesIn(piece.text, { part: "body-hidden", kind: piece.kind }, options, salt, quoted)) out.push(occurrence);
  }
  for (const field of ["to", "cc", "bcc"] as const) {
    for (const recipient of Array.isArray(message[field]) ? message[field] : []) {
      const name = recipient && typeof recipient.displayName === "string" ? recipient.displayName : "";
      if (name === "") continue;
      const location: Location = { part: "display-name", field, address: maskCprShaped(String(recipient.address ?? "")) };
      for (const occurrence of occurrencesIn(name, location, options, salt, never)) out.push(occurrence);
    }
  }
  return out;
}

/**
 * An address or display name with every CPR-shaped number masked (the core's one masking,
 * maskCprNumbers: every separator and ignorable the finder accepts). A Digital Post gateway
 * address carries the citizen's number whatever its checksum, and it must not leave the core.
 */
export function maskCprShaped(text: string): string {
  return maskCprNumbers(text);
}

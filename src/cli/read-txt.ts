// .txt → Message. A text file may start with mail headers (From:/To:/Cc:/Bcc:/Subject:, or the
// Danish Fra:/Til:/Cc:/Bcc:/Emne: that Outlook writes when a mail is saved as text) followed by
// a blank line; without them the whole file is the body of a mail to no one.
import type { Message, Recipient } from "./core";

type HeaderField = "from" | "to" | "cc" | "bcc" | "subject";

const HEADER_NAMES: Record<string, HeaderField> = {
  from: "from",
  fra: "from",
  to: "to",
  til: "to",
  cc: "cc",
  bcc: "bcc",
  subject: "subject",
  emne: "subject",
};

// Outlook's text export also writes Sent:/Sendt:, Date:, Importance: and the like.
const IGNORED_HEADERS = new Set(["sent", "sendt", "date", "dato", "importance", "prioritet", "attachments", "vedhæftede filer"]);

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older Windows tools save Danish text as windows-1252.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readTxt(bytes: Uint8Array): Message {
  const text = decodeText(bytes);
  const message: Message = { to: [], cc: [], bcc: [], subject: "", body: text, attachments: [] };
  const lines = text.split(/\r?\n/);
  const headers = headerBlock(lines);
  if (headers === undefined) return message;
  for (const [field, value] of headers.fields) applyHeader(message, field, value);
  message.body = lines.slice(headers.bodyStart).join("\n");
  return message;
}

/** The leading header lines, or undefined when the file does not start with a header block. */
function headerBlock(lines: string[]): { fields: [HeaderField, string][]; bodyStart: number } | undefined {
  const fields: [HeaderField, string][] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") return count > 0 ? { fields, bodyStart: i + 1 } : undefined;
    const header = /^([A-Za-zæøåÆØÅ ]{2,20}):\s*(.*)$/.exec(line);
    const name = header?.[1]?.toLowerCase();
    if (!header || name === undefined) return undefined;
    const field = HEADER_NAMES[name];
    if (field === undefined && !IGNORED_HEADERS.has(name)) return undefined;
    count++;
    if (field !== undefined) fields.push([field, header[2] ?? ""]);
  }
  return undefined;
}

function applyHeader(message: Message, field: HeaderField, value: string): void {
  if (field === "subject") message.subject = value.trim();
  else if (field === "from") message.from = parseAddressList(value)[0];
  else message[field].push(...parseAddressList(value));
}

/** "Jens Hansen <jens@randers.dk>; anna@gmail.com" → recipients. Outlook separates with ";". */
export function parseAddressList(value: string): Recipient[] {
  const out: Recipient[] = [];
  for (const item of splitAddresses(value)) {
    const trimmed = item.trim();
    if (trimmed === "") continue;
    const angle = /^(.*?)\s*<([^>]*)>\s*$/.exec(trimmed);
    if (angle) {
      const name = (angle[1] ?? "").replace(/^"|"$/g, "").trim();
      const address = (angle[2] ?? "").trim();
      out.push(name ? { address, displayName: name } : { address });
    } else {
      out.push({ address: trimmed });
    }
  }
  return out;
}

// Separators inside quotes or angle brackets belong to the name or address.
function splitAddresses(value: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    else if (char === "<" && !quoted) angle = true;
    else if (char === ">" && !quoted) angle = false;
    if ((char === ";" || char === ",") && !quoted && !angle) {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items;
}

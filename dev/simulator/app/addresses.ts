// Parses what a caseworker types or pastes into To/Cc/Bcc, the way Outlook resolves it:
// comma- or semicolon-separated entries, each a bare address or `"Name" <address>` / `Name <address>`.

export interface TypedRecipient {
  emailAddress: string;
  displayName?: string;
}

export interface ParsedAddressList {
  recipients: TypedRecipient[];
  /** Entries that hold no address; Outlook would leave them unresolved in the field. */
  unresolved: string[];
}

/** Splits on , and ; outside double quotes and angle brackets, so `"Jensen, Ole" <o@x.dk>` stays whole. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let inQuotes = false;
  let inAngle = false;
  for (const ch of text) {
    if (ch === '"' && !inAngle) inQuotes = !inQuotes;
    else if (ch === "<" && !inQuotes) inAngle = true;
    else if (ch === ">" && !inQuotes) inAngle = false;
    if ((ch === "," || ch === ";" || ch === "\n") && !inQuotes && !inAngle) {
      entries.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter((e) => e.length > 0);
}

function unquote(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\"/g, '"').trim();
  }
  return trimmed;
}

export function parseAddressEntry(entry: string): TypedRecipient | undefined {
  const angle = /^(.*)<\s*([^<>\s]+)\s*>\s*$/.exec(entry);
  if (angle) {
    const address = angle[2] ?? "";
    if (!address.includes("@")) return undefined;
    const name = unquote(angle[1] ?? "");
    return name ? { emailAddress: address, displayName: name } : { emailAddress: address };
  }
  const bare = entry.replace(/^mailto:/i, "").trim();
  // A bare entry is an address only when it is one token with an @; anything else stays unresolved.
  if (/^[^\s@]+@[^\s@]+$/.test(bare)) return { emailAddress: bare };
  return undefined;
}

export function parseAddressList(text: string): ParsedAddressList {
  const recipients: TypedRecipient[] = [];
  const unresolved: string[] = [];
  for (const entry of splitEntries(text)) {
    const parsed = parseAddressEntry(entry);
    if (parsed) recipients.push(parsed);
    else unresolved.push(entry);
  }
  return { recipients, unresolved };
}

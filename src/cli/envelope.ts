// What the audit needs from a mail besides its content: when it was sent, the Sendevagt stamp
// and which client sent it. Only these few headers are kept, never the whole header block.

export interface MailEnvelope {
  /** ISO date-time the mail was sent, when the export says. */
  date?: string;
  /** The raw `x-sendevagt` value, when present. */
  stamp?: string;
  /** X-Mailer or User-Agent, when present (e.g. "iPhone Mail (20A362)"). */
  client?: string;
}

const CLIENT_HEADERS = ["x-mailer", "user-agent"];

/** From header lines (key lower-cased). The first value of each wins, as a mail client reads them. */
export function envelopeFromHeaders(headers: Iterable<{ key: string; value: string }>, date?: string | Date): MailEnvelope {
  const envelope: MailEnvelope = {};
  for (const { key, value } of headers) {
    const k = key.toLowerCase();
    if (k === "x-sendevagt" && envelope.stamp === undefined) envelope.stamp = value.trim();
    else if (CLIENT_HEADERS.includes(k) && envelope.client === undefined) envelope.client = value.trim();
  }
  const iso = isoDate(date);
  if (iso !== undefined) envelope.date = iso;
  return envelope;
}

/** An RFC 5322 header block ("Key: value" lines, folded continuation lines) → key/value pairs. */
export function parseHeaderBlock(block: string | undefined): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  if (!block) return out;
  for (const line of block.split(/\r?\n/)) {
    const last = out[out.length - 1];
    if (/^[ \t]/.test(line) && last) last.value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(":");
      if (colon > 0) out.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return out;
}

export function isoDate(date: string | Date | null | undefined): string | undefined {
  if (date === undefined || date === null || date === "") return undefined;
  const parsed = date instanceof Date ? date : new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

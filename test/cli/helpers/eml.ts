// Builds .eml text the way mail clients write it: CRLF lines, multipart/mixed around a
// multipart/alternative (text + HTML), base64 attachments.
export interface EmlAttachment {
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

export interface EmlSpec {
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  text?: string;
  html?: string;
  attachments?: EmlAttachment[];
}

let boundaryCount = 0;

export function buildEml(spec: EmlSpec): string {
  const headers: string[] = [];
  if (spec.from) headers.push(`From: ${spec.from}`);
  if (spec.to?.length) headers.push(`To: ${spec.to.join(", ")}`);
  if (spec.cc?.length) headers.push(`Cc: ${spec.cc.join(", ")}`);
  if (spec.bcc?.length) headers.push(`Bcc: ${spec.bcc.join(", ")}`);
  headers.push(`Subject: ${encodeHeader(spec.subject ?? "")}`);
  headers.push("Date: Tue, 10 Nov 2026 09:00:00 +0100", "Message-ID: <fixture@example.invalid>", "MIME-Version: 1.0");

  const alternative = alternativePart(spec);
  const attachments = spec.attachments ?? [];
  if (attachments.length === 0) return [...headers, ...alternative].join("\r\n") + "\r\n";

  const boundary = `mixed-${++boundaryCount}`;
  const lines = [...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`, "", "This is a multi-part message."];
  lines.push(`--${boundary}`, ...alternative);
  for (const attachment of attachments) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${attachment.mimeType}; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      "Content-Transfer-Encoding: base64",
      "",
      wrap(Buffer.from(attachment.content).toString("base64"), 76),
    );
  }
  lines.push(`--${boundary}--`, "");
  return lines.join("\r\n");
}

function alternativePart(spec: EmlSpec): string[] {
  const text = spec.text !== undefined ? textPart("text/plain", spec.text) : undefined;
  const html = spec.html !== undefined ? textPart("text/html", spec.html) : undefined;
  if (text && html) {
    const boundary = `alt-${++boundaryCount}`;
    return [`Content-Type: multipart/alternative; boundary="${boundary}"`, "", `--${boundary}`, ...text, `--${boundary}`, ...html, `--${boundary}--`, ""];
  }
  return text ?? html ?? textPart("text/plain", "");
}

function textPart(type: string, body: string): string[] {
  return [`Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: base64", "", wrap(Buffer.from(body, "utf8").toString("base64"), 76), ""];
}

function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?utf-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`;
}

// One string of CRLF-separated lines: a 20 MB attachment would overflow an array spread.
function wrap(text: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out.join("\r\n");
}

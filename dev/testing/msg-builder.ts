// Builds a minimal Outlook .msg (MS-OXMSG in a compound file) with msgreader's own CFB writer:
// root property streams for subject, body, HTML and sender; one storage per recipient (with its
// PidTagRecipientType) and per attachment (file name + data).
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";

export interface MsgSpec {
  subject?: string;
  /** Subject as a non-Unicode (PT_STRING8) property in windows-1252, as old Outlook wrote it. */
  ansiSubject?: string;
  body?: string;
  html?: string;
  /** RTF text, stored as PidTagRtfCompressed in its uncompressed ("MELA") form. */
  rtf?: string;
  sender?: { name?: string; address: string };
  recipients?: { name?: string; address: string; type: "to" | "cc" | "bcc"; exchangeDn?: string }[];
  attachments?: { name: string; content: Uint8Array }[];
}

const RECIPIENT_TYPE = { to: 1, cc: 2, bcc: 3 } as const;

export function buildMsg(spec: MsgSpec): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: TypeEnum.ROOT, children: [], length: 0 }];
  const add = (parent: number, entry: Entry): number => {
    entries.push(entry);
    const index = entries.length - 1;
    entries[parent]?.children?.push(index);
    return index;
  };
  const stream = (parent: number, name: string, data: Uint8Array) =>
    add(parent, { name, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
  const storage = (parent: number, name: string) => add(parent, { name, type: TypeEnum.DIRECTORY, children: [], length: 0 });
  const unicode = (parent: number, tag: string, value: string) => stream(parent, `__substg1.0_${tag}001F`, utf16(value));

  const recipients = spec.recipients ?? [];
  const attachments = spec.attachments ?? [];
  stream(0, "__properties_version1.0", rootProperties(recipients.length, attachments.length));
  unicode(0, "001A", "IPM.Note");
  if (spec.subject !== undefined) unicode(0, "0037", spec.subject);
  if (spec.ansiSubject !== undefined) stream(0, "__substg1.0_0037001E", cp1252(spec.ansiSubject));
  if (spec.body !== undefined) unicode(0, "1000", spec.body);
  if (spec.rtf !== undefined) stream(0, "__substg1.0_10090102", uncompressedRtf(spec.rtf));
  if (spec.html !== undefined) stream(0, "__substg1.0_10130102", new Uint8Array(Buffer.from(spec.html, "utf8")));
  if (spec.sender) {
    if (spec.sender.name) unicode(0, "0C1A", spec.sender.name);
    unicode(0, "0C1E", "SMTP");
    unicode(0, "0C1F", spec.sender.address);
    unicode(0, "5D01", spec.sender.address);
  }
  recipients.forEach((recipient, i) => {
    const dir = storage(0, `__recip_version1.0_#${hex8(i)}`);
    stream(dir, "__properties_version1.0", fixedProperties([[0x0c150003, RECIPIENT_TYPE[recipient.type]]]));
    if (recipient.name) unicode(dir, "3001", recipient.name);
    // Exchange senders store internal people as X.500 "EX" addresses with the SMTP form beside it.
    unicode(dir, "3002", recipient.exchangeDn ? "EX" : "SMTP");
    unicode(dir, "3003", recipient.exchangeDn ?? recipient.address);
    unicode(dir, "39FE", recipient.address);
  });
  attachments.forEach((attachment, i) => {
    const dir = storage(0, `__attach_version1.0_#${hex8(i)}`);
    stream(dir, "__properties_version1.0", fixedProperties([[0x37050003, 1]]));
    unicode(dir, "3707", attachment.name);
    unicode(dir, "3001", attachment.name);
    stream(dir, "__substg1.0_37010102", attachment.content);
  });
  return burn(entries);
}

// MS-OXRTFCP 2.1.3.1: a 16-byte header (sizes, "MELA", CRC 0) and the RTF bytes as they are.
function uncompressedRtf(rtf: string): Uint8Array {
  const raw = Buffer.from(rtf, "latin1");
  const header = Buffer.alloc(16);
  header.writeUInt32LE(raw.length + 12, 0);
  header.writeUInt32LE(raw.length, 4);
  header.writeUInt32LE(0x414c454d, 8);
  return new Uint8Array(Buffer.concat([header, raw]));
}

function cp1252(value: string): Uint8Array {
  const special: Record<string, number> = { "\u2013": 0x96, "\u2014": 0x97, "\u20ac": 0x80 };
  return new Uint8Array([...value].map((c) => special[c] ?? c.charCodeAt(0)));
}

function utf16(value: string): Uint8Array {
  return new Uint8Array(Buffer.from(value, "utf16le"));
}

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, "0");
}

// MS-OXMSG 2.4.1: the top-level property stream has a 32-byte header.
function rootProperties(recipients: number, attachments: number): Uint8Array {
  const header = Buffer.alloc(32);
  header.writeUInt32LE(recipients, 8);
  header.writeUInt32LE(attachments, 12);
  header.writeUInt32LE(recipients, 16);
  header.writeUInt32LE(attachments, 20);
  return new Uint8Array(header);
}

// Recipient and attachment property streams: an 8-byte header, then 16-byte fixed-size entries.
function fixedProperties(props: [tag: number, value: number][]): Uint8Array {
  const out = Buffer.alloc(8 + props.length * 16);
  props.forEach(([tag, value], i) => {
    out.writeUInt32LE(tag, 8 + i * 16);
    out.writeUInt32LE(0x6, 12 + i * 16);
    out.writeUInt32LE(value, 16 + i * 16);
  });
  return new Uint8Array(out);
}

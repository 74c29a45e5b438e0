// Outlook .msg files (MS-OXMSG) attached as files: subject, sender and recipients, body (plain,
// HTML, compressed RTF) and attachments, each attachment extracted one level deeper; attached
// messages inside are read the same way.
import { Cfb, type CfbEntry } from "./cfb";
import { Stop, type Budget } from "./context";
import { decodeCp1252, decodeText, decodeUtf16 } from "./decode";
import { decompressRTF } from "@kenjiuno/decompressrtf";
import { addsDigits, htmlParts } from "./html";
import { readRtf } from "./rtf";
import { TextBuilder } from "./text-builder";
import type { EmbeddedResult, ExtractResult } from "./types";

/** Whether a compound file is an Outlook message (it has the message property stream). */
export function isMsg(cfb: Cfb): boolean {
  return Cfb.child(cfb.root, "__properties_version1.0") !== undefined && cfb.root.children.some((c) => c.name.startsWith("__substg1.0_"));
}

export function readMsg(cfb: Cfb, storage: CfbEntry, depth: number, budget: Budget): ExtractResult {
  const out = new TextBuilder();
  const subject = stringProp(cfb, storage, "0037");
  if (subject) out.add("subject", subject);
  out.add("people", people(cfb, storage));
  const problem = readBodies(cfb, storage, budget, out);
  const embedded: EmbeddedResult[] = [];
  const attachments = storage.children.filter((c) => c.type === 1 && /^__attach_version1\.0_#/i.test(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const a of attachments) {
    if (budget.expired()) {
      embedded.push({ name: stringProp(cfb, a, "3707") || stringProp(cfb, a, "3704") || a.name, unreadable: "time-budget" });
      continue;
    }
    embedded.push(attachment(cfb, a, depth, budget));
  }
  const r = out.result(problem);
  if (embedded.length) r.embedded = embedded;
  return r;
}

/** Sender (and on-behalf-of sender), the To/Cc/Bcc display lines and each recipient: names and addresses, one per line. */
function people(cfb: Cfb, storage: CfbEntry): string {
  const lines = ["0C1A", "0C1F", "5D01", "0042", "0065", "0E04", "0E03", "0E02"].map((tag) => stringProp(cfb, storage, tag));
  for (const r of storage.children) {
    if (r.type === 1 && /^__recip_version1\.0_#/i.test(r.name)) for (const tag of ["3001", "3003", "39FE"]) lines.push(stringProp(cfb, r, tag));
  }
  return [...new Set(lines.filter((l) => l !== ""))].join("\n");
}

/**
 * The body in the forms the item keeps: plain text, HTML, compressed RTF. Outlook shows the HTML
 * or RTF one, and the plain one is made from it, so they match as a rule; the first form read is
 * taken whole, another only when it holds a number the ones read lack, and the HTML's unseen
 * parts (link targets, comments …) always. A body kept only in a form that cannot be read is
 * reported, not passed as empty.
 */
function readBodies(cfb: Cfb, storage: CfbEntry, budget: Budget, out: TextBuilder): "corrupt" | "unsupported-charset" | undefined {
  let read = stringProp(cfb, storage, "1000");
  if (read) out.add("body", read);
  const html = Cfb.child(storage, "__substg1.0_10130102");
  if (html) {
    const h = htmlParts(decodeText(cfb.read(html)));
    if (!read || addsDigits(read, h.visible)) {
      out.add("body", h.visible);
      read += "\n" + h.visible;
    }
    out.add("body", h.unseen);
  }
  const compressed = Cfb.child(storage, "__substg1.0_10090102");
  if (!compressed) return undefined;
  const rtf = rtfText(cfb.read(compressed), budget);
  if (rtf === undefined) return read ? undefined : "corrupt";
  if (read && !addsDigits(read, rtf.text)) return undefined;
  out.add("body", rtf.text);
  // Only a body read from RTF alone is partial for an unsupported code page; its digits are ASCII.
  return rtf.partial && !read ? "unsupported-charset" : undefined;
}

/** PidTagRtfCompressed (MS-OXRTFCP) as text, or undefined when its header does not hold up. */
function rtfText(data: Uint8Array, budget: Budget): { text: string; partial: boolean } | undefined {
  if (data.length < 16) return undefined;
  const u32 = (at: number) => (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16)) + data[at + 3]! * 0x1000000;
  // The compressed size counts from byte 4; the raw size bounds the output (each token gives at most 17 bytes).
  if (u32(0) + 4 > data.length || u32(4) > budget.limits.maxFileBytes) return undefined;
  let rtf: Uint8Array;
  try {
    rtf = Uint8Array.from(decompressRTF(Array.from(data)));
  } catch {
    return undefined;
  }
  return readRtf(rtf, budget);
}

function attachment(cfb: Cfb, a: CfbEntry, depth: number, budget: Budget): EmbeddedResult {
  const inner = Cfb.child(a, "__substg1.0_3701000D");
  if (inner && inner.type === 1) {
    // an attached Outlook item: a message storage inside this one
    const name = (stringProp(cfb, inner, "0037") || "message") + ".msg";
    if (depth + 1 > budget.limits.maxDepth) return { name, unreadable: "too-deep" };
    try {
      return Object.assign({ name }, readMsg(cfb, inner, depth + 1, budget));
    } catch (err) {
      if (err instanceof Stop) return { name, unreadable: err.reason };
      throw err;
    }
  }
  const name = stringProp(cfb, a, "3707") || stringProp(cfb, a, "3704") || stringProp(cfb, a, "3001") || "attachment";
  const data = Cfb.child(a, "__substg1.0_37010102");
  if (!data) return { name, unreadable: "unsupported-type" };
  if (data.size > budget.limits.maxFileBytes) return { name, unreadable: "too-large" };
  return Object.assign({ name }, budget.extract(name, cfb.read(data), depth + 1));
}

/** A string property: Unicode (001F) or 8-bit (001E). */
function stringProp(cfb: Cfb, storage: CfbEntry, tag: string): string {
  const w = Cfb.child(storage, `__substg1.0_${tag}001F`);
  if (w) return decodeUtf16(cfb.read(w), true).replace(/\0+$/, "");
  const a = Cfb.child(storage, `__substg1.0_${tag}001E`);
  if (a) return decodeCp1252(cfb.read(a)).replace(/\0+$/, "");
  return "";
}

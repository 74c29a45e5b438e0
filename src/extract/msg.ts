// Outlook .msg files (MS-OXMSG) attached as files: subject, body (plain or HTML) and attachments,
// each attachment extracted one level deeper; attached messages inside are read the same way.
import { Cfb, type CfbEntry } from "./cfb";
import { Stop, type Budget } from "./context";
import { decodeCp1252, decodeText, decodeUtf16 } from "./decode";
import { htmlText } from "./html";
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
  const body = stringProp(cfb, storage, "1000");
  if (body) out.add("body", body);
  else {
    const html = Cfb.child(storage, "__substg1.0_10130102");
    if (html) out.add("body", htmlText(decodeText(cfb.read(html))));
  }
  const embedded: EmbeddedResult[] = [];
  const attachments = storage.children.filter((c) => c.type === 1 && /^__attach_version1\.0_#/i.test(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const a of attachments) {
    if (budget.expired()) {
      embedded.push({ name: stringProp(cfb, a, "3707") || stringProp(cfb, a, "3704") || a.name, unreadable: "time-budget" });
      continue;
    }
    embedded.push(attachment(cfb, a, depth, budget));
  }
  const r = out.result();
  if (embedded.length) r.embedded = embedded;
  return r;
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

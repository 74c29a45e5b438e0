// Reading the `x-sendevagt` stamp back out of a sent mail, tolerantly: fields are read by name,
// unknown fields are ignored, malformed values dropped, so a newer add-in's stamp (more fields, a
// percent-encoded "Andet" text, `cpr=` counting distinct numbers, `occurrences=`) still reads.
// Validity is the same head the Exchange backstop exempts (src/cli/backstop/mail-flow-regex.ts).
import { STAMP_HEAD_PATTERN } from "../backstop/mail-flow-regex";
import { maskDigits } from "../mask";

export interface ParsedStamp {
  /** The handler's head "sendevagt <version>; result=allow|confirmed" is there. */
  valid: boolean;
  result?: "allow" | "confirmed";
  addinVersion?: string;
  policy?: string;
  decisions: string[];
  rules: string[];
  reason?: string;
  /** The caseworker's free text for "Andet", decoded and cleaned. */
  otherText?: string;
}

const VALID_HEAD = new RegExp(STAMP_HEAD_PATTERN, "i");
const TOKEN = /^[A-Za-z0-9._-]{1,64}$/;
const LIST = /^[a-z-]+(,[a-z-]+)*$/;
/** Field names the pane may use for the "Andet" text; the first present wins. */
const OTHER_TEXT_KEYS = ["other", "other-text", "othertext", "andet", "text", "note", "reason-text", "reasontext", "comment"];
const MAX_OTHER_TEXT = 200;

export function parseStamp(value: string | undefined): ParsedStamp | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const fields = new Map<string, string>();
  const parts = value.split(";");
  const head = /^\s*sendevagt\s+(\S+)\s*$/i.exec(parts[0] ?? "");
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq > 0) {
      const key = part.slice(0, eq).trim().toLowerCase();
      if (!fields.has(key)) fields.set(key, part.slice(eq + 1).trim());
    }
  }
  const valid = VALID_HEAD.test(value.trim());
  const result = fields.get("result");
  const stamp: ParsedStamp = {
    valid,
    decisions: listOf(fields.get("decision")),
    rules: listOf(fields.get("rules")),
  };
  if (result === "allow" || result === "confirmed") stamp.result = result;
  if (head?.[1] && TOKEN.test(head[1])) stamp.addinVersion = head[1];
  const policy = fields.get("policy");
  if (policy && TOKEN.test(policy)) stamp.policy = policy;
  const reason = fields.get("reason");
  if (reason && TOKEN.test(reason)) stamp.reason = reason;
  const other = OTHER_TEXT_KEYS.map((k) => fields.get(k)).find((v) => v !== undefined && v !== "");
  if (other !== undefined) {
    const text = cleanText(decode(other));
    if (text !== "") stamp.otherText = text;
  }
  return stamp;
}

function listOf(value: string | undefined): string[] {
  return value && LIST.test(value) ? value.split(",").filter((v) => v !== "none") : [];
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** No control or bidi characters, bounded, and — though the pane never writes one — no CPR digits. */
function cleanText(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, " ").replace(/\s+/g, " ").trim();
  const bounded = flat.length > MAX_OTHER_TEXT ? `${flat.slice(0, MAX_OTHER_TEXT - 1)}…` : flat;
  return maskDigits(bounded);
}

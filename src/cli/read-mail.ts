// One file on disk → Message, or an UnreadableError naming why not. Reads one file at a time;
// nothing of it is kept after the caller has its verdict.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Message } from "./core";
import type { AttachmentsReader } from "./attachments";
import type { MailEnvelope } from "./envelope";
import { readEmlWithEnvelope } from "./read-eml";
import { readMsgWithEnvelope } from "./read-msg";
import { readTxt } from "./read-txt";
import { UnreadableError, detailOf } from "./unreadable";

export const MAIL_EXTENSIONS = [".eml", ".msg", ".txt"] as const;

export function isMailFile(path: string): boolean {
  return (MAIL_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export interface ReadOptions {
  maxBytes: number;
  readAttachments: AttachmentsReader;
}

export async function readMailFile(path: string, options: ReadOptions): Promise<Message> {
  return (await readMailFileWithEnvelope(path, options)).message;
}

/** The mail and its envelope (date, stamp, client); a .txt file has no envelope. */
export async function readMailFileWithEnvelope(path: string, options: ReadOptions): Promise<{ message: Message; envelope: MailEnvelope }> {
  const extension = extname(path).toLowerCase();
  if (!isMailFile(path)) throw new UnreadableError("unsupported-type");
  const bytes = await loadBytes(path, options.maxBytes);
  if (bytes.length === 0) throw new UnreadableError("empty");
  if (extension === ".msg") return readMsgWithEnvelope(bytes, options.readAttachments);
  if (extension === ".eml") return readEmlWithEnvelope(bytes, options.readAttachments);
  return { message: readTxt(bytes), envelope: {} };
}

async function loadBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableError("read-failed");
    if (info.size > maxBytes) throw new UnreadableError("too-large");
    return await readFile(path);
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UnreadableError("not-found");
    throw new UnreadableError("read-failed", detailOf(error));
  }
}

import type { AttachmentReader } from "./attachments";
import type { ProgressStream } from "./progress";

/** Where a command writes, and the few things tests pin down. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  /** Date of the report; default now. */
  now?: () => Date;
  /** Salt for the core's hashes; default random per run. */
  salt?: string;
  readAttachment?: AttachmentReader;
}

export const EXIT = { ok: 0, wouldStop: 1, usageOrUnreadable: 2 } as const;

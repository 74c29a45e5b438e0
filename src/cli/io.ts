import type { AttachmentsReader } from "./attachments";
import type { ProgressStream } from "./progress";
import { safeStream } from "./safe-output";

/** Where a command writes, and the few things tests pin down. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  /** Date of the report; default now. */
  now?: () => Date;
  /** Salt for the core's hashes; default random per run. */
  salt?: string;
  /** How attachments are read; default the core's extractor with the policy's size limits. */
  readAttachments?: AttachmentsReader;
}

export const EXIT = { ok: 0, wouldStop: 1, usageOrUnreadable: 2 } as const;

/** The same io with stdout and stderr escaping control characters (see safe-output.ts). */
export function safeIo(io: CliIo): CliIo {
  return { ...io, stdout: safeStream(io.stdout), stderr: safeStream(io.stderr) };
}

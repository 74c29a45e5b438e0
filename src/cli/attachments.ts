// Turns a mail's attachments into what analyzeMessage reads, through the core's extractor (the
// same one the add-in runs), within one budget per mail like in Outlook.
import { extractAttachments, type Attachment, type ExtractLimits } from "./core";

export interface RawAttachment {
  name: string;
  bytes: Uint8Array;
}

/** All attachments of one mail → the core's Attachment list. */
export type AttachmentsReader = (raws: RawAttachment[]) => Attachment[];

/** Reason code for attachments the command line did not look into. */
export const NOT_EXTRACTED = "not-extracted";

/** Lists every attachment as not checked: for runs that must not read attachment content. */
export const nameOnly: AttachmentsReader = (raws) => raws.map((raw) => ({ name: raw.name, unreadable: NOT_EXTRACTED }));

// The add-in stops reading attachments after 2 s to fit Outlook's send window. Here a slow or busy
// machine must not change the result, so only the size limits (which decide what Outlook would
// read) are kept and the clock gets far more room.
const CLI_TIME_BUDGET_MS = 30_000;

export function extractingReader(limits: Pick<ExtractLimits, "maxTotalBytes" | "maxFileBytes">): AttachmentsReader {
  return (raws) =>
    raws.length === 0
      ? []
      : extractAttachments(
          raws.map((raw) => ({ name: raw.name, size: raw.bytes.length, content: { format: "bytes" as const, data: raw.bytes } })),
          { maxTotalBytes: limits.maxTotalBytes, maxFileBytes: limits.maxFileBytes, timeBudgetMs: CLI_TIME_BUDGET_MS },
        );
}

// In a bottom module because two layers need the same numbers: the policy's defaults and the
// attachment extractor's own defaults (src/extract/context.ts), and the extractor may not import policy.

/** Attachment reading must fit well inside Outlook's 5-second send window. */
export const DEFAULT_ATTACHMENT_LIMITS = {
  maxTotalBytes: 10 * 1024 * 1024,
  maxFileBytes: 5 * 1024 * 1024,
  timeBudgetMs: 2000,
} as const;

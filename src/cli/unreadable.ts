import type { UnreadableCode } from "./i18n";

/** A file that cannot be checked; the run names it with the reason and goes on. */
export class UnreadableError extends Error {
  constructor(
    readonly code: UnreadableCode,
    /** The library's own words, for the curious admin; shown masked, never trusted to be clean. */
    readonly detail?: string,
  ) {
    super(code);
    this.name = "UnreadableError";
  }
}

export function detailOf(error: unknown): string | undefined {
  if (error instanceof Error) return error.message.slice(0, 200);
  return undefined;
}

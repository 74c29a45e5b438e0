// Every failed Office.js call becomes one typed error, so callers can tell "Outlook said no"
// (with Outlook's own code and name) from a bug in our code.

export interface OfficeErrorDetails {
  /** Outlook's numeric error code (e.g. 9002), when it gave one. */
  code?: number;
  /** Outlook's error name (e.g. "InternalServerError"). */
  name?: string;
  message?: string;
}

export class OfficeError extends Error {
  /** The Office.js method that failed, e.g. "body.getAsync". */
  readonly api: string;
  readonly code: number | undefined;
  readonly officeName: string | undefined;

  constructor(api: string, details: OfficeErrorDetails = {}) {
    super(`${api} failed${details.code !== undefined ? ` (${details.code}${details.name ? ` ${details.name}` : ""})` : ""}: ${details.message ?? "no message"}`);
    // Downlevelled classes lose the prototype link to Error subclasses without this.
    Object.setPrototypeOf(this, OfficeError.prototype);
    this.name = "OfficeError";
    this.api = api;
    this.code = details.code;
    this.officeName = details.name;
  }
}

export function isOfficeError(e: unknown): e is OfficeError {
  return e instanceof OfficeError;
}

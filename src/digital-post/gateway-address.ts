// The gateway address encodes the citizen's CPR number; its pattern is vendor-specific, so it
// always comes from policy.digitalPost.addressTemplate (docs/digital-post.md).

const PLACEHOLDER = "{cpr}";

export class GatewayAddressError extends Error {
  constructor(public readonly code: "no-placeholder" | "not-ten-digits") {
    super(code);
    this.name = "GatewayAddressError";
  }
}

/** The ten digits of a CPR number as written in the mail, separators (dash, space, en dash …) dropped. */
export function cprDigits(written: string): string {
  return written.replace(/\D/g, "");
}

/**
 * The gateway recipient for one citizen. The error carries only a code: the digits must never
 * end up in a message that could be logged.
 */
export function buildGatewayAddress(template: string, digits: string): string {
  if (!template.includes(PLACEHOLDER)) throw new GatewayAddressError("no-placeholder");
  if (digits.length !== 10 || cprDigits(digits) !== digits) throw new GatewayAddressError("not-ten-digits");
  return template.split(PLACEHOLDER).join(digits).trim().toLowerCase();
}

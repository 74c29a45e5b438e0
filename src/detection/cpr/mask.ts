// The one display form of a CPR number that may leave the core: the birth date digits and a
// masked serial, so no other code ever needs the digits.

const MASKED_SERIAL = "-XXXX";

/**
 * "010203-XXXX" for a matched number in any written form ("010203 - 1234", "0102031234") or its
 * digits. Input without six leading digits gives "XXXXXX-XXXX" rather than leaking anything.
 */
export function maskCpr(value: string): string {
  let date = "";
  for (let i = 0; i < value.length && date.length < 6; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) date += value.charAt(i);
    else if (date.length > 0) break;
  }
  return (date.length === 6 ? date : "XXXXXX") + MASKED_SERIAL;
}

// Synthetic CPR numbers for fixtures: a real past date, a 7th digit that puts it in the 1900s,
// and a serial chosen so modulus 11 holds. Never a real person's number by intent; tests only.
const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export function passesModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

/** "DDMMYY" (a 1900s date) → "DDMMYY-SSSS" passing modulus 11; `nth` picks among the valid serials. */
export function syntheticCpr(ddmmyy: string, nth = 0): string {
  let found = 0;
  for (let serial = 0; serial < 4000; serial++) {
    // 7th digit 0–3: born in the 1900s for any YY.
    const tail = String(serial).padStart(4, "0");
    if (passesModulus11(ddmmyy + tail)) {
      if (found === nth) return `${ddmmyy}-${tail}`;
      found++;
    }
  }
  throw new Error(`no modulus-11 serial for ${ddmmyy}`);
}

export function digitsOf(cpr: string): string {
  return cpr.replace(/\D/g, "");
}

// Rule 4a: modulus 11. Not a validity rule since 2007 (numbers without it are issued), so it is
// only one of three kinds of evidence.

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Whether ten ASCII digits have a weighted sum (4 3 2 7 6 5 4 3 2 1) divisible by 11. */
export function passesModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 0x30) * (WEIGHTS[i] as number);
  return sum % 11 === 0;
}

/** passesModulus11 for ten digit values. */
export function passesModulus11Values(digits: ArrayLike<number>): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digits[i]! * (WEIGHTS[i] as number);
  return sum % 11 === 0;
}

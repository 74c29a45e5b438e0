import { findCprNumbers } from "../../detection";

/** Synthetic CPR numbers (valid modulus 11, dates in the past); 0102030028 has a leading zero. */
export const CPR_A = "0102030028";
export const CPR_B = "1507880130";
export const CPR_C = "1507880351";
export const CPR_D = "0102030133";

/** The digits of every CPR number the core's finder sees in `text`. */
export function cprsIn(text: string | undefined): string[] {
  if (text === undefined) return [];
  return findCprNumbers(text).map((m) => text.slice(m.start, m.end).replace(/\D/g, ""));
}

/** The `where` of the part holding offset `at`. */
export function whereAt(parts: { where: string; start: number; end: number }[] | undefined, at: number): string | undefined {
  const p = (parts || []).find((x) => x.start <= at && at < x.end);
  return p && p.where;
}

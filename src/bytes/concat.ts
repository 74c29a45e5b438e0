// Byte arrays one after the other: inflated chunks, PDF key material, a stream and its newline.

/** A fresh array holding `parts` in order (plain number arrays count as bytes too). */
export function concatBytes(parts: readonly ArrayLike<number>[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) out.set(p, n), (n += p.length);
  return out;
}

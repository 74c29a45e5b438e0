// Token recall: the share of the reference's distinct words (letters or digits, two or more,
// compared after NFKC and lower-casing, so ligatures and full-width forms count as their letters)
// that also occur in the project's text.
export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.normalize("NFKC").toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)) out.add(m[0]);
  return out;
}

export function recall(reference: string, ours: string): { recall: number; refTokens: number } {
  const ref = tokens(reference);
  if (!ref.size) return { recall: 1, refTokens: 0 };
  const got = tokens(ours);
  let hit = 0;
  ref.forEach((t) => {
    if (got.has(t)) hit++;
  });
  return { recall: hit / ref.size, refTokens: ref.size };
}

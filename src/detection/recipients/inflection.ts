// Plural and inflected forms of a protected name: randerss.dk, aarhusen.dk, vejlerne.dk,
// odensene.dk, or the ending put inside the name (helsesingor.dk, as dnstwist's "plural" does).
// Danish and English endings only: the definite and plural endings a tired hand or a phisher
// adds to a name that is not a word itself.

const ENDINGS: Record<string, true> = {
  s: true, e: true, es: true, en: true, er: true, ne: true, ene: true, erne: true, ers: true, ens: true,
};
const LONGEST = 4;

/**
 * The ending inserted into (or appended to) `bare` that gives `form`, if one does:
 * ("randerserne", "randers") → "erne". Linear: the ending must sit between the longest common
 * prefix and the longest common suffix of the two spellings.
 */
export function inflectionOf(form: string, bare: string): string | undefined {
  const extra = form.length - bare.length;
  if (extra < 1 || extra > LONGEST) return undefined;
  let prefix = 0;
  while (prefix < bare.length && form.charCodeAt(prefix) === bare.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < bare.length && form.charCodeAt(form.length - 1 - suffix) === bare.charCodeAt(bare.length - 1 - suffix)) suffix++;
  // The ending starts at some i with bare[0, i) = form[0, i) and bare[i, n) = form[i + extra, …).
  // Not in front of the name (i >= 2): an ending ends something.
  for (let i = Math.max(2, bare.length - suffix); i <= prefix; i++) {
    const ending = form.slice(i, i + extra);
    if (ENDINGS[ending]) return ending;
  }
  return undefined;
}

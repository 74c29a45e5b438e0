// Homoglyph skeletons: two labels that look the same on screen get the same skeleton.
// Step 1 maps single non-ASCII letters that read as an ASCII letter (accented Latin, Cyrillic,
// Greek) to that letter; step 2 merges ASCII shapes that are hard to tell apart in a mail
// client's font (l/1/i/I, o/0, rn/nn/m, vv/w, cl/cj/d, lc/k, lh/h, ii/u). Weaker pairs (b/d, c/e, g/q, u/v, n/m) are
// not merged here: distance.ts makes them cheap substitutions instead, because merging them
// would make short labels collide.

// Each entry: ASCII letter, then the characters that look like it.
const LOOKALIKES: readonly string[] = [
  "aàáâãäåāăąǎȧạảấầẩẫậắằẳẵặɑαа",
  "bḃḅƅʙḇɓьв",
  "cçćĉċčƈᴄсϲ",
  "dďđḋḍḏḑḓɖɗԁ",
  "eèéêëēĕėęěȩẹẻẽếềểễệɇеєε",
  "fḟƒ",
  "gĝğġģǥǧǵɡɢԍ",
  "hĥħȟḣḥḧḩḫẖɦһн",
  "iìíîïĩīĭįıǐȉȋịỉɨɩɪіїι",
  "jĵǰɉʝј",
  "kķĸǩḳḵⱪᴋкκ",
  "lĺļľŀłɫӏ",
  "mḿṁṃɱᴍмμ",
  "nñńņňŉŋǹṅṇṉꞑпη",
  "oòóôõöøōŏőơǒȯọỏốồổỗộớờởỡợᴏоοσ",
  "pṕṗƥƿрρ",
  "qʠԛ",
  "rŕŗřȑȓṙṛṟɍɼɽɾʀгя",
  "sśŝşšșṡṣʂꜱѕ",
  "tţťŧƫțṫṭтτ",
  "uùúûüũūŭůűųưǔȕȗụủʉᴜυ",
  "vṽṿᴠѵν",
  "wŵẁẃẅẇẉẘᴡԝω",
  "xẋẍхχ",
  "yýÿŷȳẏỳỵỷỹɏƴʏуγ",
  "zźżžƶẓẕʐⱬ",
];

const TO_ASCII: Record<string, string> = {};
for (const row of LOOKALIKES) {
  const base = row.charAt(0);
  for (const ch of row.slice(1)) TO_ASCII[ch] = base;
}

/** Replaces every letter that reads as an ASCII letter by that letter; others stay. */
export function asciiLookalike(text: string): string {
  let out = "";
  for (const ch of text) out += TO_ASCII[ch] ?? ch;
  return out;
}

/**
 * Merges ASCII shapes that read alike (Unicode TS #39's confusables idea, for the shapes a
 * mail client's sans-serif font really blurs), so "rnicrosoft" and "microsoft" share a skeleton.
 * "ii" reads as "u" and is merged before single letters fold; then single letters (1 i | → l,
 * 0 → o), so that "c1" and "ci" merge into d like "cl" does; then the pairs that read as one
 * letter: rn nn → m, vv → w, cl cj → d, lc → k, lh → h (not dl → d: it would swallow the
 * i of "di" in kolding, which then no longer lines up with the same name written "cli"). `kFirst` reads "lc" before "cl". dnstwist also uses lb for b, but
 * merging that makes "bib" in gentoftebib.dk read as "b".
 */
export function asciiSkeleton(text: string, kFirst = false): string {
  const out = text
    .replace(/ii/g, "u")
    .replace(/cj/g, "d")
    .replace(/[1i|]/g, "l")
    .replace(/0/g, "o")
    .replace(/nn/g, "m")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w");
  const pairs = kFirst ? out.replace(/lc/g, "k").replace(/cl/g, "d") : out.replace(/cl/g, "d").replace(/lc/g, "k");
  return pairs.replace(/lh/g, "h");
}

/**
 * The skeleton read the other way where "lcl" is ambiguous ("k" + "l" or "l" + "d"): a
 * candidate is compared in both readings, because the attacker chose one of them.
 */
export function alternateSkeleton(text: string): string {
  return asciiSkeleton(asciiLookalike(text), true);
}

/** Full skeleton of a lower-case label: lookalike letters, then ASCII shapes. */
export function skeleton(text: string): string {
  return asciiSkeleton(asciiLookalike(text));
}

/** True when the text has a character outside ASCII. */
export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}

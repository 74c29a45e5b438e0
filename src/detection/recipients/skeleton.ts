// Homoglyph skeletons: two labels that look the same on screen get the same skeleton.
// Step 1 maps single non-ASCII letters that read as an ASCII letter (accented Latin, Cyrillic,
// Greek) to that letter; step 2 merges ASCII shapes that are hard to tell apart in a mail
// client's font (l/1/i/I, o/0, rn/nn/m, vv/w, cl/d, lc/k). Weaker pairs (b/d, c/e, g/q, u/v, n/m) are
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
 * Merges ASCII shapes that read alike, so "rnicrosoft" and "microsoft" share a skeleton.
 * Single letters first (1 i | → l, 0 → o), so that "c1" and "ci" merge into d like "cl" does;
 * then the pairs that read as one letter (rn nn → m, vv → w, cl dl → d, lc → k). dnstwist also
 * uses lb for b and lh for h, but merging those makes "bib" in gentoftebib.dk read as "b".
 */
export function asciiSkeleton(text: string): string {
  return text
    .replace(/[1i|]/g, "l")
    .replace(/0/g, "o")
    .replace(/nn/g, "m")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .replace(/[cd]l/g, "d")
    .replace(/lc/g, "k");
}

/** Full skeleton of a lower-case label: lookalike letters, then ASCII shapes. */
export function skeleton(text: string): string {
  return asciiSkeleton(asciiLookalike(text));
}

/** True when the text has a character outside ASCII. */
export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}

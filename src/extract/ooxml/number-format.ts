// Excel keeps numbers, not what the cell shows. A CPR typed as a number loses its leading zero
// (0102031234 → 102031234) and is usually shown again through a format such as "0000000000" or
// "000000-0000". Applying the digit-only formats gives back the text the caseworker sees.

type Token = { digit: "0" | "#" } | { literal: string };

export interface DigitFormat {
  tokens: Token[];
  /** Digit placeholders, and how many of them are "0" (always shown). */
  places: number;
  zeros: number;
}

/** A format made only of digit placeholders and literals, or null for any other format. */
export function parseDigitFormat(code: string): DigitFormat | null {
  const section = code.split(";")[0]!;
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === "0" || c === "#") tokens.push({ digit: c });
    else if (c === "\\" && i + 1 < section.length) tokens.push({ literal: section[++i]! });
    else if (c === '"') {
      const e = section.indexOf('"', i + 1);
      if (e < 0) return null;
      tokens.push({ literal: section.slice(i + 1, e) });
      i = e;
    } else if (c === "-" || c === " " || c === "/") tokens.push({ literal: c });
    else return null;
  }
  const places = tokens.filter((t) => "digit" in t).length;
  const zeros = tokens.filter((t) => "digit" in t && t.digit === "0").length;
  return places > 0 ? { tokens, places, zeros } : null;
}

/**
 * Formats a non-negative integer's digits with a digit-only format (as Excel would display it).
 * Runs once per numeric cell of a citizen list (100,000s per file): one string built by
 * concatenation, no array per cell.
 */
export function applyDigitFormat(digits: string, format: DigitFormat): string {
  const { tokens, places, zeros } = format;
  let d = digits;
  if (d.length < zeros) d = "0".repeat(zeros - d.length) + d;
  // Digits beyond the placeholders all go to the first one, as in Excel; missing ones (beyond the
  // zeros) leave their "#" placeholders empty.
  const over = d.length - places;
  let out = "";
  let seen = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ("literal" in t) {
      out += t.literal;
      continue;
    }
    const idx = seen++;
    if (over > 0) out += idx === 0 ? d.slice(0, over + 1) : d.charAt(over + idx);
    else if (idx >= -over) out += d.charAt(idx + over);
  }
  return out;
}

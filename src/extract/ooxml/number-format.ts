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

/** Formats a non-negative integer's digits with a digit-only format (as Excel would display it). */
export function applyDigitFormat(digits: string, format: DigitFormat): string {
  const { tokens, places, zeros } = format;
  let d = digits;
  while (d.length < zeros) d = "0" + d;
  // Digits beyond the placeholders all go to the first one, as in Excel.
  const extra = d.length > places ? d.slice(0, d.length - places) : "";
  const rest = d.length > places ? d.slice(d.length - places) : d;
  const out: string[] = [];
  let seen = 0;
  const pad = places - rest.length;
  for (const t of tokens) {
    if ("literal" in t) {
      out.push(t.literal);
      continue;
    }
    const idx = seen++;
    const digit = idx < pad ? "" : rest[idx - pad]!;
    out.push(idx === 0 ? extra + digit : digit);
  }
  return out.join("");
}

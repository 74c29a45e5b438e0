// The regular-expression subset Exchange mail flow rules document, and the CPR pattern written in
// it. Microsoft's table of pattern strings for transport-rule predicates lists only these:
// \S \s \D \d \w, | (or), * (zero or more of the previous character), ( ) (grouping), \ (escape),
// ^ and $ — no character classes [..], no + or ?, no counted repetition {n}, no lookaround, no
// dot. Source: "Regular Expressions in Transport Rules" (learn.microsoft.com, previous-versions,
// aa997187), still the page Exchange Online's mail flow docs point to for pattern syntax; the
// Exchange Online examples use the same style ("\d\d\d\-\d\d\-\d\d\d\d" for a US SSN, EOP best
// practices). So every alternative is spelled out, and the pattern also compiles in JavaScript
// with the same meaning (tested), which is how we measure it on the CPR corpus.

/** Escapes the documented subset allows: the five classes, and \ before a non-alphanumeric literal. */
const CLASS_ESCAPES = new Set(["S", "s", "D", "d", "w"]);
/** Characters that mean something in .NET or JavaScript but are outside the documented subset. */
const FORBIDDEN = new Set(["[", "]", "{", "}", "+", "?", "."]);

export type SubsetProblem = { at: number; what: string };

/** Every place where `pattern` leaves the documented subset; empty when it stays inside. */
export function subsetProblems(pattern: string): SubsetProblem[] {
  const problems: SubsetProblem[] = [];
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "\\") {
      const next = pattern.charAt(i + 1);
      if (next === "") problems.push({ at: i, what: "trailing backslash" });
      else if (/[A-Za-z0-9]/.test(next) && !CLASS_ESCAPES.has(next)) problems.push({ at: i, what: `escape \\${next}` });
      i++;
      continue;
    }
    if (FORBIDDEN.has(ch)) problems.push({ at: i, what: `operator ${ch}` });
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) problems.push({ at: i, what: "unbalanced )" });
    if (ch === "*" && (i === 0 || pattern.charAt(i - 1) === "(" || pattern.charAt(i - 1) === "|"))
      problems.push({ at: i, what: "* without a previous character" });
    if (ch === "(" && pattern.charAt(i + 1) === "?") problems.push({ at: i, what: "group modifier (?" });
    if (ch.charCodeAt(0) < 0x20) problems.push({ at: i, what: "control character" });
  }
  if (depth > 0) problems.push({ at: pattern.length, what: "unbalanced (" });
  if (/\(\||\|\)|\|\|/.test(pattern)) problems.push({ at: pattern.search(/\(\||\|\)|\|\|/), what: "empty alternative" });
  return problems;
}

const alternatives = (xs: readonly string[]): string => `(${xs.join("|")})`;
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => pad(from + i));

/** Day 01–31: 01–09 spelled out, then the tens with any digit, then 30 and 31. */
export const DAY = alternatives([...range(1, 9), "1\\d", "2\\d", "30", "31"]);
/** Month 01–12. */
export const MONTH = alternatives(range(1, 12));

/**
 * The finder's separators between the date and the serial (src/detection/cpr/char-classes.ts):
 * one of hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign,
 * slash, full stop, or whitespace (space, tab, no-break and narrow no-break space: \s, which is the
 * only documented way to write tab and no-break spaces; it also admits a line break, a small
 * over-match), or a spaced hyphen or en dash (" - ", " – "). Written as the first serial digit
 * with or without a separator in front, so no empty alternative is needed.
 */
const SINGLE_SEPARATORS = ["\\-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "/", "\\.", "\\s"];
const SPACED_DASHES = [" \\- ", " \u2013 "];
export const FIRST_SERIAL = alternatives(["\\d", ...[...SPACED_DASHES, ...SINGLE_SEPARATORS].map((sep) => `${sep}\\d`)]);

/**
 * DDMMYY, optional separator, four digits, and no digit glued on either side ("(^|\D)" and
 * "(\D|$)": the subset has no lookaround and no \b that excludes digits only).
 */
export const CPR_MAIL_FLOW_PATTERN = `(^|\\D)${DAY}${MONTH}\\d\\d${FIRST_SERIAL}\\d\\d\\d(\\D|$)`;

/**
 * The head of a valid Sendevagt stamp, as src/outlook/audit-stamp.ts writes it on a mail the
 * send handler let go: "sendevagt <version>; result=allow|confirmed; policy=…". The pane's own
 * record ("v=1; …") does not start with the word and earns no exemption.
 */
export const STAMP_HEAD_PATTERN = "^sendevagt \\S\\S*; result=(allow|confirmed);";

/** The pattern as a JavaScript RegExp (the subset means the same in both engines). */
export function compileForJavaScript(pattern: string, flags = "g"): RegExp {
  return new RegExp(pattern, flags);
}

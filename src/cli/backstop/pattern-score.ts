// How well the mail-flow pattern does what the add-in's finder does, measured on a labelled
// corpus (test/corpus/cpr-dev.jsonl: texts with the CPR numbers they contain). Recall: labelled
// numbers the pattern matches. Precision: pattern matches that are labelled numbers. Only counts
// leave this module; the digits are compared and dropped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileForJavaScript } from "./mail-flow-regex";

export interface PatternScore {
  texts: number;
  labelled: number;
  matched: number;
  truePositives: number;
  recall: number;
  precision: number;
}

export interface LabelledText {
  text: string;
  cprs: string[];
}

/** The ten digits of every place the pattern matches, overlapping boundaries allowed. */
function matchedNumbers(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const digits = m[0].replace(/\D/g, "");
    found.push(digits.length > 10 ? digits.slice(digits.length - 10) : digits);
    // The boundary groups consume one character each: step back so a neighbour's boundary is free.
    pattern.lastIndex = m.index + Math.max(1, m[0].length - 1);
  }
  return found;
}

export function scorePattern(pattern: string, corpus: readonly LabelledText[]): PatternScore {
  const regex = compileForJavaScript(pattern, "g");
  let labelled = 0;
  let matched = 0;
  let truePositives = 0;
  for (const item of corpus) {
    const open = new Map<string, number>();
    // Labels keep the number as written ("010203-1234"); compare the ten digits.
    for (const cpr of item.cprs) {
      const digits = cpr.replace(/\D/g, "");
      open.set(digits, (open.get(digits) ?? 0) + 1);
    }
    labelled += item.cprs.length;
    for (const digits of matchedNumbers(regex, item.text)) {
      matched++;
      const left = open.get(digits) ?? 0;
      if (left > 0) {
        truePositives++;
        open.set(digits, left - 1);
      }
    }
  }
  return {
    texts: corpus.length,
    labelled,
    matched,
    truePositives,
    recall: labelled > 0 ? truePositives / labelled : 1,
    precision: matched > 0 ? truePositives / matched : 1,
  };
}

/** The development corpus shipped in the repository, or undefined when this copy has none. */
export function loadDevCorpus(path = join(__dirname, "..", "..", "..", "test", "corpus", "cpr-dev.jsonl")): LabelledText[] | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  return raw
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledText);
}

// The finder's matches for the last few large texts, so a re-check of the same mail (the pane
// re-checks on every recipient change and after each fix) does not scan a 25 MB citizen list
// again. A pure memo: the same text and options give the same matches with or without it.
import { findCprSpans, type CprSpans } from "./cpr";
import type { CprOptions } from "./types";

/** Smaller texts are scanned faster than they would be looked up. */
const MIN_CHARS = 64 * 1024;
const MAX_TEXTS = 8;
/** Matches held in all (16 bytes each, up to twice that as the finder grows its records), so the memo's memory stays bounded whatever is scanned. */
const MAX_MATCHES = 600000;

interface Entry {
  options: string;
  matches: CprSpans;
}

const memo = new Map<string, Entry>();
let held = 0;

function optionsKey(options: CprOptions): string {
  // Without options.today the finder judges against the local calendar day: so does the key.
  const now = new Date();
  const today = options.today instanceof Date ? options.today.getTime() : `d${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
  return `${today}|${options.substituteNumbers === true ? 1 : 0}|${(options.exemptDates ?? []).join(",")}`;
}

/** findCprSpans(text, options), from the memo when this text was scanned with these options. */
export function scanCprs(text: string, options: CprOptions): CprSpans {
  if (text.length < MIN_CHARS) return findCprSpans(text, options);
  const key = optionsKey(options);
  const hit = memo.get(text);
  if (hit && hit.options === key) {
    // Most recently used last: the oldest entry is the first to go.
    memo.delete(text);
    memo.set(text, hit);
    return hit.matches;
  }
  const matches = findCprSpans(text, options);
  if (hit) forget(text, hit);
  if (matches.length <= MAX_MATCHES) {
    memo.set(text, { options: key, matches });
    held += matches.length;
    for (const [oldest, entry] of memo) {
      if (memo.size <= MAX_TEXTS && held <= MAX_MATCHES) break;
      forget(oldest, entry);
    }
  }
  return matches;
}

function forget(text: string, entry: Entry): void {
  memo.delete(text);
  held -= entry.matches.length;
}

/** Empties the memo (benchmarks measuring a first reading; tests). */
export function clearScanMemo(): void {
  memo.clear();
  held = 0;
}

// The CPR finder against the bare regex scan `/\d{6}[-\s]?\d{4}/g` over the same text (issue 16:
// the finder must reach at least the bare scan's throughput), on ordinary Danish mail text and on
// the worst case for per-number work: a citizen list with a CPR number every ~30 characters.
import { findCprNumbers } from "../src/detection";
import { findCprSpans } from "../src/detection/cpr";
import { syntheticCpr } from "../test/cli/helpers/cpr";
import { seededRandom, syntheticDanishMail } from "./danish-text";
import { compareWithRegexBaseline, type Bench } from "./harness";

const TODAY = new Date(2026, 5, 1);
const SIZE = 4 * 1024 * 1024;
const TARGET = 1.0;

const NAMES = ["Søren Ærø", "Mette Hansen", "Ahmed Ali", "Freja Åberg", "Lars Østergaard"];
const TOWNS = ["Århus", "Randers", "Køge", "Odense"];
const SEPARATORS = ["-", "-", "", " "];

/** A citizen list as extracted from a .csv/.xlsx: one line per citizen, a CPR number in each. */
export function denseCitizenList(length: number, seed: number): string {
  const rnd = seededRandom(seed);
  const dates = ["010203", "150788", "311299", "240563", "050505", "120945", "280270"];
  const numbers: string[] = [];
  for (let d = 0; d < dates.length; d++) for (let n = 0; n < 12; n++) numbers.push(syntheticCpr(dates[d]!, n));
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const cpr = numbers[Math.floor(rnd() * numbers.length)]!.replace("-", SEPARATORS[i % SEPARATORS.length]!);
    const line = `${NAMES[i % NAMES.length]} ${i};${cpr};${TOWNS[i % TOWNS.length]}`;
    lines.push(line);
    size += line.length + 2;
  }
  return lines.join("\r\n").slice(0, length);
}

function finderBench(name: string, build: () => string, find: (text: string) => { length: number } = (t) => findCprNumbers(t, { today: TODAY })): Bench {
  return {
    name,
    run() {
      const text = build();
      const found = find(text).length;
      const result = compareWithRegexBaseline(this.name, text, find);
      return { ...result, target: TARGET, notes: [`${(text.length / 1e6).toFixed(1)} M chars, ${found} CPR numbers`] };
    },
  };
}

export const benches: Bench[] = [
  finderBench("findCprNumbers, 4 MB Danish mail (LF)", () => syntheticDanishMail(SIZE, 2024)),
  finderBench("findCprNumbers, 4 MB Danish mail (CRLF)", () => syntheticDanishMail(SIZE, 7, true)),
  finderBench("findCprNumbers, 4 MB dense citizen list (a CPR number every ~30 characters)", () => denseCitizenList(SIZE, 11)),
  // What the send handler reads (through the scan memo): the same numbers as packed spans, with
  // no object or date string per number; the tally makes objects only for those it shows.
  finderBench(
    "findCprSpans (the handler's form), 4 MB dense citizen list",
    () => denseCitizenList(SIZE, 11),
    (t) => findCprSpans(t, { today: TODAY }),
  ),
];

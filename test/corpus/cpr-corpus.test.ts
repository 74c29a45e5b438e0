// The development corpus (a copy of ../shared/corpus/cpr-dev.jsonl, so a fresh clone can run it):
// every labelled span found, nothing else. Set CPR_CORPUS=/path/to/other.jsonl to score another
// corpus of the same format (e.g. the unseen acceptance set). All numbers in it are synthetic.
import { readFileSync } from "fs";
import { join } from "path";
import { findCprNumbers } from "../../src/detection";
import type { CprEvidence, CprMatch } from "../../src/detection";
import { IGNORABLE_SEPARATORS, SEPARATORS } from "../../src/detection/cpr/__tests__/cpr-arbitraries";

interface Row {
  id: string;
  text: string;
  cpr_spans: Array<[number, number]>;
  cpr_kinds: string[];
  cpr_formats: string[];
  decoy_spans: Array<[number, number]>;
  decoy_kinds: string[];
}

const corpusPath = process.env.CPR_CORPUS || join(__dirname, "cpr-dev.jsonl");
const rows: Row[] = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Row);

// Any date in 2025–2031 gives the corpus' labels (corpus README).
const TODAY = new Date(2026, 5, 1);

/** What each positive kind must be reported as; other kinds only need to be found. */
const EVIDENCE_BY_KIND: Record<string, CprEvidence> = {
  "mod11": "checksum",
  "mod11-2000s": "checksum",
  "mod11-leapday": "checksum",
  "mod11-1800s": "checksum",
  "exempt": "exempt-date",
  "exempt-2023": "exempt-date",
  "kw-nomod11": "keyword",
};

interface Tally {
  found: number;
  total: number;
}

function tally(map: Map<string, Tally>, key: string, hit: boolean): void {
  const t = map.get(key) ?? { found: 0, total: 0 };
  t.total++;
  if (hit) t.found++;
  map.set(key, t);
}

function recallLines(title: string, map: Map<string, Tally>): string[] {
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => `${title} ${key}: recall ${t.found}/${t.total}`);
}

interface Score {
  truePositives: number;
  positives: number;
  reported: number;
  problems: string[];
}

function score(): Score {
  const byKind = new Map<string, Tally>();
  const byFormat = new Map<string, Tally>();
  const falsePositives = new Map<string, number>();
  const details: string[] = [];
  let truePositives = 0;
  let positives = 0;
  let reported = 0;

  for (const row of rows) {
    const matches = findCprNumbers(row.text, { today: TODAY });
    reported += matches.length;
    const byStart = new Map<number, CprMatch>(matches.map((m) => [m.start, m]));
    const labelledStarts = new Set(row.cpr_spans.map(([start]) => start));

    row.cpr_spans.forEach(([start, end], i) => {
      positives++;
      const kind = row.cpr_kinds[i] ?? "?";
      const match = byStart.get(start);
      const hit = match !== undefined && match.end === end;
      if (hit) truePositives++;
      else details.push(`missed ${row.id} [${start}, ${end}) ${kind}/${row.cpr_formats[i]}`);
      tally(byKind, kind, hit);
      tally(byFormat, row.cpr_formats[i] ?? "?", hit);
      const wanted = EVIDENCE_BY_KIND[kind];
      if (hit && wanted !== undefined && match.evidence !== wanted) {
        details.push(`${row.id} [${start}, ${end}) ${kind}: evidence ${match.evidence}, expected ${wanted}`);
      }
    });

    for (const m of matches) {
      if (labelledStarts.has(m.start)) continue;
      const decoy = row.decoy_spans.findIndex(([s, e]) => s < m.end && m.start < e);
      const kind = decoy >= 0 ? (row.decoy_kinds[decoy] ?? "?") : "unlisted";
      falsePositives.set(kind, (falsePositives.get(kind) ?? 0) + 1);
      details.push(`false positive ${row.id} [${m.start}, ${m.end}) ${kind}`);
    }
  }

  const problems =
    details.length === 0
      ? []
      : [
          ...recallLines("cpr_kinds", byKind),
          ...recallLines("cpr_formats", byFormat),
          ...[...falsePositives.entries()].map(([kind, n]) => `decoy_kinds ${kind}: ${n} false positives`),
          ...details,
        ];
  return { truePositives, positives, reported, problems };
}

describe(`CPR corpus ${corpusPath.split(/[\\/]/).pop()}`, () => {
  it("has labelled rows to score", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.cpr_spans.length > 0)).toBe(true);
  });

  it("finds every labelled number and nothing else, each with the evidence its kind implies", () => {
    const { truePositives, positives, reported, problems } = score();
    expect(problems).toEqual([]);
    expect(truePositives).toBe(positives);
    expect(reported).toBe(positives);
  });
});

describe(`CPR corpus ${corpusPath.split(/[\\/]/).pop()}, rewritten`, () => {
  // The unseen set uses the same formats in other proportions: every labelled number, rewritten
  // in each accepted format (one at a time, the soft hyphen and invisible characters in the
  // separator included), must still be found at its new span and nothing new may appear.
  it("finds each labelled number in every accepted format", () => {
    const problems: string[] = [];
    for (const row of rows) {
      row.cpr_spans.forEach(([start, end]) => {
        const written = row.text.slice(start, end);
        const digits = written.replace(/[^0-9]/g, "");
        for (const [format, sep] of [...SEPARATORS, ...IGNORABLE_SEPARATORS]) {
          const number = digits.slice(0, 6) + sep + digits.slice(6);
          const text = row.text.slice(0, start) + number + row.text.slice(end);
          const shift = number.length - written.length;
          const labelled = new Set(
            row.cpr_spans.map(([s, e]) => (s < start ? s : s === start ? s : s + shift) + ":" + (e <= start ? e : e + shift)),
          );
          const found = findCprNumbers(text, { today: TODAY });
          if (!found.some((m) => m.start === start && m.end === start + number.length)) {
            problems.push(`missed ${row.id} [${start}, ${end}) as ${format}`);
          }
          for (const m of found) {
            if (!labelled.has(m.start + ":" + m.end)) problems.push(`new match ${row.id} [${m.start}, ${m.end}) after ${format}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it("finds the same numbers with LF and CRLF line ends", () => {
    for (const row of rows) {
      const lf = row.text.replace(/\r\n/g, "\n");
      const crlf = lf.replace(/\n/g, "\r\n");
      const digitsOf = (text: string) =>
        findCprNumbers(text, { today: TODAY }).map((m) => text.slice(m.start, m.end).replace(/[^0-9]/g, "") + m.evidence);
      expect({ id: row.id, found: digitsOf(crlf) }).toEqual({ id: row.id, found: digitsOf(lf) });
    }
  });
});

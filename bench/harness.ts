// A tiny benchmark harness: throughput of a function over a text, measured in alternating rounds
// against a baseline over the same text in the same process, so the printed ratio survives a
// busy or slow machine better than absolute numbers do.

export interface BenchResult {
  name: string;
  /** MB (10^6 UTF-16 code units) per second of the measured function. */
  mbPerSec: number;
  opsPerSec: number;
  baselineName?: string;
  baselineMbPerSec?: number;
  /** mbPerSec / baselineMbPerSec. */
  ratio?: number;
  /** The ratio the benchmark must reach, when it has one. */
  target?: number;
  /** A target in absolute terms the bench checked itself (e.g. "< 5000 ms per send"); false = missed. */
  absoluteTargetMet?: boolean;
  /** Free-form facts worth printing (text size, matches found …). */
  notes?: string[];
}

export interface Bench {
  name: string;
  run(): BenchResult | Promise<BenchResult>;
}

export interface MeasureOptions {
  /** Alternating rounds; the median round counts. Default 7. */
  rounds?: number;
  /** Minimum time per round in ms. Default 250. */
  minRoundMs?: number;
}

// Results flow here so the JIT cannot drop the measured work as dead code.
let sink = 0;
export function consume(value: unknown): void {
  sink ^= Array.isArray(value) ? value.length : typeof value === "number" ? value : 1;
}
export function sinkValue(): number {
  return sink;
}

function now(): number {
  return performance.now();
}

/** Calls per second of `fn` during one round of at least `minMs`. */
function round(fn: () => unknown, minMs: number): number {
  let calls = 0;
  const t0 = now();
  let elapsed = 0;
  do {
    consume(fn());
    calls++;
    elapsed = now() - t0;
  } while (elapsed < minMs);
  return (calls * 1000) / elapsed;
}

/** The middle value (the upper middle of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * A full collection before measuring, when the process allows it (bench/index.ts starts each
 * bench file with --expose-gc), so every bench starts from the same heap state. Seen without it:
 * V8's regex engine read a 4 MB mail just built (still in the young generation) at 1,350–1,460
 * MB/s and the same string after one full collection at 1,060–1,070 MB/s, while the CPR finder's
 * speed did not move; the baseline then depended on when the last collection happened.
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === "function") gc();
}

/**
 * Measures `fn` and `baseline` over the same `text` in alternating rounds (after a warm-up) and
 * returns both throughputs and their ratio. Each function receives the text and returns anything.
 */
export function compareThroughput(
  name: string,
  text: string,
  fn: (text: string) => unknown,
  baseline: { name: string; fn: (text: string) => unknown },
  options: MeasureOptions = {},
): BenchResult {
  const rounds = options.rounds ?? 7;
  const minMs = options.minRoundMs ?? 250;
  collectGarbage();
  round(() => fn(text), 50);
  round(() => baseline.fn(text), 50);
  const own: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    own.push(round(() => fn(text), minMs));
    base.push(round(() => baseline.fn(text), minMs));
  }
  const opsPerSec = median(own);
  const baseOps = median(base);
  const mb = text.length / 1e6;
  return {
    name,
    opsPerSec,
    mbPerSec: opsPerSec * mb,
    baselineName: baseline.name,
    baselineMbPerSec: baseOps * mb,
    ratio: opsPerSec / baseOps,
  };
}

/** The bare scan every text finder is compared with (issue 3): `/\d{6}[-\s]?\d{4}/g`. */
export function bareRegexScan(text: string): number {
  const re = /\d{6}[-\s]?\d{4}/g;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

export const BARE_REGEX_BASELINE = { name: "bare /\\d{6}[-\\s]?\\d{4}/g scan", fn: bareRegexScan };

/** `compareThroughput` against the bare regex scan: the helper most text benchmarks want. */
export function compareWithRegexBaseline(
  name: string,
  text: string,
  fn: (text: string) => unknown,
  options?: MeasureOptions,
): BenchResult {
  return compareThroughput(name, text, fn, BARE_REGEX_BASELINE, options);
}

// `npm run bench [filter]`: runs every `export const benches` of bench/*.bench.ts (add a file to
// add benchmarks), prints throughput and the ratio against each bench's same-run baseline, and
// exits non-zero when a bench misses its target ratio.
import { readdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { sinkValue, type Bench, type BenchResult } from "./harness";

function format(result: BenchResult): string {
  const lines = [`${result.name}`, `  ${result.mbPerSec.toFixed(1)} MB/s (${result.opsPerSec.toFixed(2)} runs/s)`];
  if (result.ratio !== undefined) {
    lines.push(`  baseline ${result.baselineName}: ${result.baselineMbPerSec?.toFixed(1)} MB/s`);
    const verdict = result.target === undefined ? "" : result.ratio >= result.target ? `  (target ≥ ${result.target}: met)` : `  (target ≥ ${result.target}: MISSED)`;
    lines.push(`  ratio ${result.ratio.toFixed(2)}×${verdict}`);
  }
  for (const note of result.notes ?? []) lines.push(`  ${note}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const filter = process.argv[2]?.toLowerCase();
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".bench.ts")).sort();
  let missed = 0;
  let ran = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { benches?: Bench[] };
    for (const bench of mod.benches ?? []) {
      if (filter && !bench.name.toLowerCase().includes(filter) && !file.includes(filter)) continue;
      const result = await bench.run();
      ran++;
      if (result.target !== undefined && (result.ratio ?? 0) < result.target) missed++;
      console.log(format(result) + "\n");
    }
  }
  console.log(`${ran} benchmarks, ${missed} below target (sink ${sinkValue() & 1})`);
  if (ran === 0 || missed > 0) process.exitCode = 1;
}

void main();

// `npm run bench [filter]`: runs every `export const benches` of bench/*.bench.ts (add a file to
// add benchmarks), prints throughput and the ratio against each bench's same-run baseline, and
// exits non-zero when a bench misses its target ratio.
import { spawnSync } from "child_process";
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

/** Runs the benches of one file in this process; returns how many ran and how many missed. */
async function runFile(file: string, filter: string | undefined): Promise<{ ran: number; missed: number }> {
  let ran = 0;
  let missed = 0;
  const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { benches?: Bench[] };
  for (const bench of mod.benches ?? []) {
    if (filter && !bench.name.toLowerCase().includes(filter) && !file.includes(filter)) continue;
    const result = await bench.run();
    ran++;
    if (result.target !== undefined && (result.ratio ?? 0) < result.target) missed++;
    else if (result.absoluteTargetMet === false) missed++;
    console.log(format(result) + "\n");
  }
  return { ran, missed };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args[0] === "--file" ? args[1] : undefined;
  if (only !== undefined) {
    // Child mode: one file, counts handed back on the last line.
    const { ran, missed } = await runFile(only, args[2]?.toLowerCase());
    // The sink keeps V8 from dropping the benches' results as dead code.
    console.log(`${ran > 0 ? `(sink ${sinkValue() & 1})\n` : ""}@@bench ${ran} ${missed}`);
    return;
  }
  const filter = args[0]?.toLowerCase();
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".bench.ts")).sort();
  let missed = 0;
  let ran = 0;
  for (const file of files) {
    // Each file in a fresh process: V8's type feedback and heap from one bench skew the next
    // (after the CLI bench's 2,000 decoded mails the CPR finder measured at half its speed).
    const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", __filename, "--file", file, ...(filter ? [filter] : [])], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = child.stdout ?? "";
    const counts = /@@bench (\d+) (\d+)\s*$/.exec(out);
    process.stdout.write(out.replace(/@@bench \d+ \d+\s*$/, ""));
    if (!counts || child.status !== 0) {
      console.log(`${file}: failed (exit ${child.status})\n`);
      missed++;
      continue;
    }
    ran += Number(counts[1]);
    missed += Number(counts[2]);
  }
  console.log(`${ran} benchmarks, ${missed} below target`);
  if (ran === 0 || missed > 0) process.exitCode = 1;
}

void main();

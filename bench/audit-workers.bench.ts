// `sendevagt audit` on worker threads: mails per second in this thread, on 1 worker thread and
// on N (os.availableParallelism()), in the same run, on generated Sent Items (synthetic numbers
// only). Parallel efficiency = rate(N) / (N × rate(1)), wall clock, thread start-up included;
// start-up per thread and peak RSS (the threads share the process) are printed beside it.
// `npm run bench -- audit-workers`, or `npx tsx bench/audit-workers.bench.ts [mails] [N] [rounds]`.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runTasks, runTasksOnThreads } from "../src/cli/audit/pool";
import { planTasks, type AuditTask } from "../src/cli/audit/tasks";
import { workerBundle } from "../src/cli/audit/worker-bundle";
import { parsePolicy } from "../src/policy";
import { POLICY, seeded, sentMail, type SentClass } from "../test/cli/helpers/sent-items";
import type { Bench, BenchResult } from "./harness";

const CLASSES: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
const DEFAULT_MAILS = 6000;
const TARGET = 0.85;

interface Run {
  mails: number;
  seconds: number;
  peakMb: number;
  /** Per thread: ms from creation to ready. */
  startMs: number[];
  /** CPU seconds of the whole process (all threads) during the run. */
  cpuSeconds: number;
  /** Share of the run this (the merging) thread was busy. */
  mainBusy: number;
}

async function timed(tasks: AuditTask[], threads: number | "here"): Promise<Run> {
  const settings = { policy: parsePolicy(POLICY), maxBytes: 50 * 1024 * 1024 };
  let mails = 0;
  const startMs: number[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const callbacks = { result: (_i: number, r: { report: { total: { mails: number } } }) => (mails += r.report.total.mails) };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  if (threads === "here") await runTasks(tasks, 1, settings, callbacks);
  else await runTasksOnThreads(tasks, threads, settings, callbacks, { started: (ms) => startMs.push(ms) });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const mainBusy = performance.eventLoopUtilization(elu0).utilization;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { mails, seconds, peakMb: Math.round(peak / 1024 / 1024), startMs, cpuSeconds: (cpu.user + cpu.system) / 1e6, mainBusy };
}

function writeMails(count: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), "sendevagt-bench-"));
  const random = seeded(42);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const file = join(dir, `${String(i).padStart(6, "0")}.eml`);
    writeFileSync(file, sentMail(CLASSES[i % CLASSES.length] as SentClass, i, random).eml);
    bytes += statSync(file).size;
  }
  return { dir, bytes };
}

const rate = (r: Run) => r.mails / r.seconds;
const cpuPerMail = (r: Run) => ((r.cpuSeconds * 1000) / r.mails).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** The run with the median rate (its start-up and memory belong to it). */
const medianRun = (runs: Run[]) => runs.find((r) => rate(r) === median(runs.map(rate))) as Run;

export async function measureWorkers(count = DEFAULT_MAILS, n = availableParallelism(), rounds = 1): Promise<BenchResult> {
  const { dir, bytes } = writeMails(count);
  try {
    const tasks = await planTasks([dir]);
    const load0 = loadavg()[0] as number;
    const b0 = performance.now();
    if ((await workerBundle()) === undefined) throw new Error("esbuild unavailable: the threads would compile TypeScript themselves");
    const bundleMs = performance.now() - b0;
    await timed(tasks.slice(0, 300), "here"); // JIT warm-up of this thread
    const here: Run[] = [];
    const one: Run[] = [];
    const many: Run[] = [];
    // Alternating, so a burst of load from the machine's other users hits all three alike.
    for (let r = 0; r < rounds; r++) {
      here.push(await timed(tasks, "here"));
      one.push(await timed(tasks, 1));
      many.push(await timed(tasks, n));
    }
    for (const run of [...here, ...one, ...many]) if (run.mails !== count) throw new Error(`audited ${run.mails} of ${count} mails`);
    const [h, o, m] = [medianRun(here), medianRun(one), medianRun(many)];
    const efficiency = rate(m) / (n * rate(o));
    const line = (label: string, r: Run) =>
      `${label.padEnd(16)} ${rate(r).toFixed(0).padStart(5)} mails/s  ${r.seconds.toFixed(2).padStart(6)} s  CPU ${r.cpuSeconds.toFixed(2)} s  main thread busy ${(r.mainBusy * 100).toFixed(0)} %  peak RSS ${r.peakMb} MB` +
      (r.startMs.length ? `  start-up ${r.startMs.map((ms) => ms.toFixed(0)).join(" / ")} ms` : "");
    return {
      name: `sendevagt audit on worker threads, ${count} generated .eml files, 1 vs ${n} threads`,
      opsPerSec: rate(m),
      mbPerSec: (rate(m) * bytes) / count / 1e6,
      baselineName: `${n} × one worker thread`,
      baselineMbPerSec: (n * rate(o) * bytes) / count / 1e6,
      ratio: efficiency,
      target: TARGET,
      notes: [
        line("in this thread", h),
        line("1 worker", o),
        line(`${n} workers`, m),
        `parallel efficiency ${efficiency.toFixed(2)} (rate ${n} / (${n} × rate 1), wall clock with start-up; target ≥ ${TARGET})`,
        // Independent of how many cores are free: more CPU per mail on N threads is work the
        // threads add (start-up, each thread's own JIT warm-up), which no free core makes up for.
        `CPU per mail: in this thread ${cpuPerMail(h)} ms, 1 worker ${cpuPerMail(o)} ms, ${n} workers ${cpuPerMail(m)} ms (all threads of the process)`,
        `worker code bundled once per run in ${bundleMs.toFixed(0)} ms; ${availableParallelism()} cores; load average ${load0.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)}`,
        `${(bytes / 1e6).toFixed(1)} MB in ${count} files; median of ${rounds} alternating round(s)`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [{ name: "sendevagt audit on worker threads", run: () => measureWorkers() }];

if (require.main === module) {
  const [count, n, rounds] = process.argv.slice(2).map(Number);
  void measureWorkers(count || DEFAULT_MAILS, n || availableParallelism(), rounds || 1).then((result) => {
    console.log(result.name);
    for (const note of result.notes ?? []) console.log(`  ${note}`);
  });
}

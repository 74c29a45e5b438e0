// `npx tsx bench/audit-workers.ts [mails] [workers]`: mails per second of `sendevagt audit` with 1
// worker thread and with N, in the same run, on generated Sent Items (synthetic numbers only).
// Parallel efficiency = rate(N) / (N × rate(1)). Peak RSS of this process is sampled too (the
// workers share it). Not part of `npm run bench`: it measures threads, not a ratio to a baseline.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { runTasks } from "../src/cli/audit/pool";
import { planTasks } from "../src/cli/audit/tasks";
import { parsePolicy } from "../src/policy";
import { POLICY, seeded, sentMail, type SentClass } from "../test/cli/helpers/sent-items";

const CLASSES: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];

async function timeRun(dir: string, workers: number, policy: ReturnType<typeof parsePolicy>): Promise<{ seconds: number; mails: number; peakMb: number }> {
  const tasks = await planTasks([dir]);
  let mails = 0;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = process.hrtime.bigint();
  await runTasks(tasks, workers, { policy, maxBytes: 50 * 1024 * 1024 }, { result: (_i, r) => (mails += r.report.total.mails) });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  return { seconds, mails, peakMb: Math.round(peak / 1024 / 1024) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 4000);
  const n = Number(process.argv[3] ?? availableParallelism());
  const dir = mkdtempSync(join(tmpdir(), "sendevagt-bench-"));
  const random = seeded(42);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(6, "0")}.eml`), sentMail(CLASSES[i % CLASSES.length] as SentClass, i, random).eml);
  const policy = parsePolicy(POLICY);
  try {
    await timeRun(dir, 2, policy); // warm the compile cache of the worker threads
    const inThread = await timeRun(dir, 0, policy);
    const one = await runWorkers(dir, 1, policy);
    const many = await runWorkers(dir, n, policy);
    const rate = (r: { seconds: number; mails: number }) => r.mails / r.seconds;
    // Thread start (tsx compile, loading the core) is paid once per run; measured the same way.
    const start1 = await startup(1, policy);
    const startN = await startup(n, policy);
    const steady = (r: { seconds: number; mails: number }, s: number) => r.mails / Math.max(0.001, r.seconds - s);
    console.log(`audit on ${count} generated mails, ${availableParallelism()} cores reported by the OS`);
    console.log(`  in this thread : ${rate(inThread).toFixed(0)} mails/s (${inThread.seconds.toFixed(2)} s, peak RSS ${inThread.peakMb} MB)`);
    console.log(`  1 worker       : ${rate(one).toFixed(0)} mails/s (${one.seconds.toFixed(2)} s, peak RSS ${one.peakMb} MB)`);
    console.log(`  ${n} workers      : ${rate(many).toFixed(0)} mails/s (${many.seconds.toFixed(2)} s, peak RSS ${many.peakMb} MB)`);
    console.log(`  parallel efficiency, wall clock: ${(rate(many) / (n * rate(one))).toFixed(2)} (target ≥ 0.85)`);
    console.log(`  thread start: ${start1.toFixed(2)} s for 1, ${startN.toFixed(2)} s for ${n}`);
    console.log(`  steady state: 1 worker ${steady(one, start1).toFixed(0)} mails/s, ${n} workers ${steady(many, startN).toFixed(0)} mails/s, efficiency ${(steady(many, startN) / (n * steady(one, start1))).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startup(workers: number, policy: ReturnType<typeof parsePolicy>): Promise<number> {
  const { runTasksOnThreads } = await import("../src/cli/audit/pool");
  const trivial = Array.from({ length: workers }, (_, i) => ({ kind: "unreadable" as const, path: `t${i}`, code: "empty" as const }));
  const start = process.hrtime.bigint();
  await runTasksOnThreads(trivial, workers, { policy, maxBytes: 1 }, { result: () => undefined });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function runWorkers(dir: string, workers: number, policy: ReturnType<typeof parsePolicy>) {
  // runTasks runs in this thread for 1; force a worker thread so 1 and N pay the same costs.
  return workers === 1 ? timeRunForced(dir, policy) : timeRun(dir, workers, policy);
}

async function timeRunForced(dir: string, policy: ReturnType<typeof parsePolicy>) {
  const { runTasksOnThreads } = await import("../src/cli/audit/pool");
  const tasks = await planTasks([dir]);
  let mails = 0;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = process.hrtime.bigint();
  await runTasksOnThreads(tasks, 1, { policy, maxBytes: 50 * 1024 * 1024 }, { result: (_i, r) => (mails += r.report.total.mails) });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  return { seconds, mails, peakMb: Math.round(peak / 1024 / 1024) };
}

void main();

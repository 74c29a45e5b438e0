// Real-file regression (not part of `npm test`): reads every file of a folder of real documents
// (REALFILES_DIR, default /work/realfiles; docs/attachments.md says how to assemble one), runs the
// project's extractor and a reference extractor on each, and prints per type: files, crashes,
// hangs (over 5 s), status counts, token recall against the reference, and the SILENT MISSES —
// files reported read whose text recall is under 90 %. Nothing is fetched.
//
//   npm run realfiles [-- --only pdf,docx] [-- --verbose]
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { OursReply, RefReply } from "./worker";
import { recall } from "./tokens";

const DIR = process.env.REALFILES_DIR || "/work/realfiles";
const HANG_MS = 5000;
const KILL_MS = 30000;
const MISS_RECALL = 0.9;
/** Fewer distinct reference tokens than this and recall says nothing. */
const MIN_REF_TOKENS = 5;

interface Row {
  file: string;
  type: string;
  ours?: OursReply;
  ref?: RefReply;
  hang?: boolean;
  recall?: number;
  refTokens?: number;
}

function newWorker(): Worker {
  // tsx's require hook, so the worker can load the TypeScript sources directly
  const boot = `require("tsx/cjs"); require(${JSON.stringify(join(__dirname, "worker.ts"))});`;
  return new Worker(boot, { eval: true });
}

/** One file through the worker; a worker that hangs is ended and replaced. */
function runOne(state: { w: Worker }, path: string): Promise<{ ours?: OursReply; ref?: RefReply; hang?: boolean }> {
  return new Promise((resolve) => {
    const got: { ours?: OursReply; ref?: RefReply; hang?: boolean } = {};
    let timer = setTimeout(() => finish(true), KILL_MS);
    const onMessage = (m: OursReply | RefReply) => {
      if (m.kind === "ours") {
        got.ours = m;
        clearTimeout(timer);
        timer = setTimeout(() => finish(false, true), KILL_MS);
      } else {
        got.ref = m;
        finish(false);
      }
    };
    const onError = (err: Error) => {
      if (!got.ours) got.ours = { kind: "ours", ms: 0, status: "crash", text: "", crash: String(err).slice(0, 300) };
      finish(false, true);
    };
    const finish = (oursHung: boolean, replace = false) => {
      clearTimeout(timer);
      state.w.off("message", onMessage);
      state.w.off("error", onError);
      if (oursHung) got.hang = true;
      if (oursHung || replace) {
        void state.w.terminate();
        state.w = newWorker();
      }
      if (!got.ref) got.ref = { kind: "ref", error: "reference failed or timed out" };
      resolve(got);
    };
    state.w.on("message", onMessage);
    state.w.on("error", onError);
    state.w.postMessage(path);
  });
}

function typeOf(file: string): string {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? "(none)" : file.slice(dot + 1).toLowerCase();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyArg = args.find((a) => a.startsWith("--only="));
  const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : undefined;
  const verbose = args.includes("--verbose");
  const files = readdirSync(DIR)
    .filter((f) => statSync(join(DIR, f)).isFile())
    .filter((f) => !only || only.has(typeOf(f)))
    .sort();
  const state = { w: newWorker() };
  const rows: Row[] = [];
  for (const f of files) {
    const r: Row = { file: f, type: typeOf(f) };
    Object.assign(r, await runOne(state, join(DIR, f)));
    if (r.ours && r.ours.ms > HANG_MS) r.hang = true;
    if (r.ref && r.ref.text !== undefined && r.ours) {
      const m = recall(r.ref.text, r.ours.text);
      r.recall = m.recall;
      r.refTokens = m.refTokens;
    }
    rows.push(r);
  }
  await state.w.terminate();
  report(rows, verbose);
}

function report(rows: Row[], verbose: boolean): void {
  const types = Array.from(new Set(rows.map((r) => r.type))).sort();
  console.log(`Real-file regression: ${rows.length} files in ${DIR}\n`);
  console.log(pad("type", 6) + pad("files", 7) + pad("crash", 7) + pad("hang", 6) + pad("recall", 9) + pad("ref", 6) + "status counts");
  const misses: Row[] = [];
  for (const t of types) {
    const rs = rows.filter((r) => r.type === t);
    const counts = new Map<string, number>();
    // a worker ended before the extractor answered is a hang, not a crash
    for (const r of rs) {
      const status = r.ours ? r.ours.status : "hang";
      counts.set(status, (counts.get(status) || 0) + 1);
    }
    const scored = rs.filter((r) => r.recall !== undefined && (r.refTokens || 0) >= MIN_REF_TOKENS);
    const mean = scored.length ? scored.reduce((s, r) => s + r.recall!, 0) / scored.length : NaN;
    for (const r of scored) if (r.ours!.status === "read" && r.recall! < MISS_RECALL) misses.push(r);
    const statuses = Array.from(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(
      pad(t, 6) + pad(String(rs.length), 7) + pad(String(rs.filter((r) => r.ours && r.ours.status === "crash").length), 7) +
        pad(String(rs.filter((r) => r.hang).length), 6) + pad(isNaN(mean) ? "-" : (mean * 100).toFixed(1) + "%", 9) + pad(String(scored.length), 6) + statuses,
    );
  }
  console.log(`\nSilent misses (reported read, recall under ${MISS_RECALL * 100} %): ${misses.length}`);
  for (const r of misses) console.log(`  ${r.file}  recall ${(r.recall! * 100).toFixed(0)}% of ${r.refTokens} tokens`);
  const hangs = rows.filter((r) => r.hang);
  if (hangs.length) console.log(`\nHangs (over ${HANG_MS / 1000} s):\n` + hangs.map((r) => `  ${r.file} ${r.ours ? r.ours.ms + " ms" : "killed"}`).join("\n"));
  const crashes = rows.filter((r) => r.ours && r.ours.status === "crash");
  if (crashes.length) console.log(`\nCrashes:\n` + crashes.map((r) => `  ${r.file}: ${r.ours!.crash}`).join("\n"));
  if (verbose) for (const r of rows) console.log(`${r.file}\t${r.ours ? r.ours.status : "-"}\t${r.ours ? r.ours.ms : "-"}ms\t${r.recall === undefined ? (r.ref && r.ref.error) || "-" : (r.recall * 100).toFixed(0) + "% of " + r.refTokens}`);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s + " " : s + " ".repeat(n - s.length);
}

void main();

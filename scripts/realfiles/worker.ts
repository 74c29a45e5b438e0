// Runs in a worker thread: one file at a time, the project's extractor first (timed), then the
// reference extractor for its type. The parent kills this worker when either side hangs.
import { parentPort } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { extractAttachmentText, type ExtractResult } from "../../src/extract";
import { referenceText } from "./reference";

export interface OursReply {
  kind: "ours";
  ms: number;
  status: string;
  text: string;
  crash?: string;
}
export interface RefReply {
  kind: "ref";
  text?: string;
  error?: string;
}

function flatten(r: ExtractResult, texts: string[], reasons: string[]): void {
  if (r.text) texts.push(r.text);
  if (r.unreadable) reasons.push(r.unreadable);
  for (const e of r.embedded || []) flatten(e, texts, reasons);
}

parentPort!.on("message", async (path: string) => {
  const bytes = new Uint8Array(readFileSync(path));
  const name = path.slice(path.lastIndexOf("/") + 1);
  const t0 = Date.now();
  let reply: OursReply;
  try {
    // A generous time budget: the regression measures where time goes, the handler's budget is its own.
    const r = extractAttachmentText(name, bytes, { timeBudgetMs: 60_000, maxFileBytes: 50 * 1024 * 1024, maxTotalBytes: 60 * 1024 * 1024 });
    const texts: string[] = [];
    const reasons: string[] = [];
    flatten(r, texts, reasons);
    const status = reasons.length ? (texts.join("").trim() ? "partial:" : "unreadable:") + Array.from(new Set(reasons)).sort().join("+") : "read";
    reply = { kind: "ours", ms: Date.now() - t0, status, text: texts.join("\n") };
  } catch (err) {
    reply = { kind: "ours", ms: Date.now() - t0, status: "crash", text: "", crash: String((err as Error).stack || err).slice(0, 400) };
  }
  parentPort!.postMessage(reply);
  let ref: RefReply;
  try {
    const text = await referenceText(name, bytes);
    ref = text === undefined ? { kind: "ref", error: "no reference" } : { kind: "ref", text };
  } catch (err) {
    ref = { kind: "ref", error: String((err as Error).message || err).slice(0, 200) };
  }
  parentPort!.postMessage(ref);
});

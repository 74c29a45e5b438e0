// The platform's DecompressionStream against fflate, inside Chromium — the engine new Outlook for
// Windows (WebView2) and Outlook on the web run the send handler in. The handler inflates the big
// XML parts of Office files natively ahead of the extractor (src/outlook/native-inflate.ts) on the
// premise that this is faster there than fflate; this measures that premise on the worst-case
// mail's parts, in alternating rounds in the same page: fflate one part after another (as the
// extractor does) against all parts at once through DecompressionStream (as preInflate does).
// Node's own DecompressionStream is a JavaScript stream over zlib and gains little; the handler
// bench (Node) shows that side. Part of `npm run bench`; on its own: `npm run bench native`.
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { zipInflateJobs } from "../src/extract";
import { launchChromium } from "../dev/simulator/drive/chromium";
import { buildMail } from "./attachments.bench";
import { median, type Bench, type BenchResult } from "./harness";

const ROUNDS = 7;

/** Runs in the page (as a string: the bench's own transpiler must not touch it). */
const IN_PAGE = `async (parts, rounds) => {
  const bytes = parts.map((b64) => { const s = atob(b64); const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; });
  async function native(data) {
    const ds = new DecompressionStream("deflate-raw"); const w = ds.writable.getWriter(); w.write(data); w.close();
    const r = ds.readable.getReader(); let n = 0;
    for (;;) { const { done, value } = await r.read(); if (done) return n; n += value.length; }
  }
  const ff = [], ds = []; let out = 0;
  for (let k = 0; k < rounds; k++) {
    let t = performance.now();
    for (const b of bytes) out += fflate.inflateSync(b).length;
    ff.push(performance.now() - t);
    t = performance.now();
    out += (await Promise.all(bytes.map(native))).reduce((a, b) => a + b, 0);
    ds.push(performance.now() - t);
  }
  return { ff, ds, out: out / rounds / 2 };
}`;

async function measure(): Promise<BenchResult> {
  const files = buildMail().items.map((i) => new Uint8Array(Buffer.from(i.content!.data as string, "base64")));
  const jobs = files.flatMap((f) => zipInflateJobs(f, 200 * 1024 * 1024));
  const fflate = readFileSync(join(dirname(require.resolve("fflate")), "..", "umd", "index.js"), "utf8");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: fflate });
    const parts = jobs.map((j) => Buffer.from(j.data).toString("base64"));
    const { ff, ds, out } = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(parts)}, ${ROUNDS})`)) as { ff: number[]; ds: number[]; out: number };
    const mb = out / 1e6;
    return {
      name: NAME,
      opsPerSec: 1000 / median(ds),
      mbPerSec: mb / (median(ds) / 1000),
      baselineName: "fflate's inflateSync of the same parts, one after another, in the same page",
      baselineMbPerSec: mb / (median(ff) / 1000),
      ratio: median(ff) / median(ds),
      target: 1,
      notes: [`${jobs.length} parts, ${(jobs.reduce((n, j) => n + j.data.length, 0) / 1e6).toFixed(1)} MB deflated → ${mb.toFixed(1)} MB: DecompressionStream ${median(ds).toFixed(0)} ms, fflate ${median(ff).toFixed(0)} ms (medians of ${ROUNDS})`],
    };
  } finally {
    await browser.close();
  }
}

const NAME = "native inflate in Chromium: DecompressionStream (all parts at once) vs fflate, worst-case mail's XML parts";

export const benches: Bench[] = [{ name: NAME, run: measure }];

// "Vis og ret" after a heavy send: the task pane reads the worst-case 10 MB all-text mail the way
// it does in Outlook (readMessage with the pane's per-draft caches, then analyzeMessage). The
// first opening has to read everything (the pane runs in its own runtime, apart from the send
// handler); every re-check after that (a recipient removed, a fix, a confirmation) reuses the
// extracted text and the finder's matches. Compared with the bare regex scan of the same text.
// Part of `npm run bench`; on its own: `npm run bench pane`.
import type { Attachment } from "../src/detection";
import { analyzeMessage, htmlToText, parsePolicy } from "../src/detection";
import { clearScanMemo } from "../src/detection/scan-memo";
import { readMessage } from "../src/outlook";
import type { AttachmentContentLike } from "../src/outlook/compose-item";
import { createFakeComposeItem } from "../dev/fake-office/compose-item";
import { buildMail } from "./attachments.bench";
import { bareRegexScan, consume, median, type Bench, type BenchResult } from "./harness";

const MB = 1024 * 1024;
const ROUNDS = 5;
const TARGET_MS = 300;

async function measure(): Promise<BenchResult> {
  const mail = buildMail();
  const policy = parsePolicy({
    version: "bench",
    organization: { name: "Randers Kommune", domains: ["randers.dk"] },
    attachments: { maxTotalBytes: 10 * MB, maxFileBytes: 5 * MB, timeBudgetMs: 4000 },
  });
  const fake = createFakeComposeItem({
    from: { emailAddress: "sagsbehandler@randers.dk" },
    to: ["borger@gmail.com", "kollega@randers.dk"],
    subject: "Afgørelse",
    bodyHtml: "<p>Kære borger</p><p>Hermed afgørelsen og bilag.</p>",
    attachments: mail.items.map((i) => ({ name: i.name, size: i.size, content: i.content!.data as string })),
  });
  const open = async (caches: { contentCache: Map<string, AttachmentContentLike>; extractCache: Map<string, Attachment[]> }) => {
    const t = performance.now();
    // A roomy clock: this measures the work, not whether a shared CPU finished within 4 s.
    const message = await readMessage(fake.item, { htmlToText, limits: { ...policy.attachments, timeBudgetMs: 60000 }, ...caches });
    const verdict = analyzeMessage(message, policy, { salt: "pane-bench" });
    return { ms: performance.now() - t, verdict, message };
  };
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  const regexMs: number[] = [];
  let unreadAtFirst = 0;
  let last = await open({ contentCache: new Map(), extractCache: new Map() });
  for (let r = 0; r < ROUNDS; r++) {
    clearScanMemo();
    const caches = { contentCache: new Map<string, AttachmentContentLike>(), extractCache: new Map<string, Attachment[]>() };
    const cold = await open(caches);
    coldMs.push(cold.ms);
    const warm = await open(caches);
    warmMs.push(warm.ms);
    // (A first opening that ran out of time reads the mail again, as the pane does; then they may differ.)
    const complete = !(cold.message.attachments ?? []).some((a) => a.unreadable);
    if (complete && warm.verdict.fingerprint !== cold.verdict.fingerprint) throw new Error("a re-check of the unchanged mail changed the fingerprint");
    if (!complete) unreadAtFirst++;
    last = warm;
    const t = performance.now();
    let n = 0;
    for (const a of warm.message.attachments ?? []) n += bareRegexScan(a.text ?? "");
    regexMs.push(performance.now() - t);
    consume(n);
  }
  const chars = (last.message.attachments ?? []).reduce((s, a) => s + (a.text?.length ?? 0), 0) / 1e6;
  const warm = median(warmMs);
  const cpr = last.verdict.findings.find((f) => f.rule === "cpr-external");
  return {
    name: NAME,
    opsPerSec: 1000 / warm,
    mbPerSec: chars / (warm / 1000),
    baselineName: "bare /\\d{6}[-\\s]?\\d{4}/g scan of the extracted text",
    baselineMbPerSec: chars / (median(regexMs) / 1000),
    ratio: median(regexMs) / warm,
    absoluteTargetMet: warm < TARGET_MS,
    notes: [
      `${chars.toFixed(1)} M chars of attachment text; ${cpr && "occurrenceCount" in cpr ? `${cpr.occurrenceCount} CPR occurrences, ${cpr.cprCount} distinct, ${cpr.cprs.length} shown` : "no CPR finding"}`,
      `pane re-check with its caches: median ${warm.toFixed(0)} ms (target < ${TARGET_MS} ms: ${warm < TARGET_MS ? "met" : "MISSED"}); first opening (reads everything): median ${median(coldMs).toFixed(0)} ms; bare regex ${median(regexMs).toFixed(1)} ms`,
      `first openings that left an attachment unread (60 s budget): ${unreadAtFirst} of ${ROUNDS}`,
    ],
  };
}

const NAME = "pane: re-check of the worst-case 10 MB all-text mail with the pane's caches (readMessage + analyzeMessage)";

export const benches: Bench[] = [{ name: NAME, run: measure }];

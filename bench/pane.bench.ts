// "Vis og ret" after a heavy send: the task pane reads the worst-case 10 MB all-text mail the way
// it does in Outlook (readMessage with the pane's per-draft caches, then analyzeMessage). The
// first opening has to read everything (the pane runs in its own runtime, apart from the send
// handler); every re-check after that (a recipient removed, a fix, a confirmation) reuses the
// extracted text and the finder's matches. Compared with the bare regex scan of the same text.
// Also "Vis og ret" as the caseworker meets it: the real send handler stops the mail and leaves its
// verdict in sessionData; the pane controller (production adapter) shows that at once and then
// finishes its own reading: time to the first view and to the pane's own check.
// Part of `npm run bench`; on its own: `npm run bench pane`.
import type { Attachment, Verdict } from "../src/detection";
import { analyzeMessage, htmlToText, parsePolicy } from "../src/detection";
import { clearScanMemo } from "../src/detection/scan-memo";
import { readMessage } from "../src/outlook";
import type { AttachmentContentLike } from "../src/outlook/compose-item";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent } from "../dev/fake-office/compose-item";
import { createSendHandler } from "../src/commands/on-message-send";
import { officeHost } from "../src/outlook/office-host";
import { createOfficeServices } from "../src/taskpane/office-services";
import { PaneController } from "../src/taskpane/controller";
import type { ComposeItem } from "../src/outlook";
import type { Policy } from "../src/policy/types";
import { buildMail } from "./attachments.bench";
import { bareRegexScan, consume, median, type Bench, type BenchResult } from "./harness";

const MB = 1024 * 1024;
const ROUNDS = 5;
const TARGET_MS = 300;
const OFFICE_CALL_MS = 20;

async function measure(): Promise<BenchResult> {
  const mail = buildMail();
  const policy = parsePolicy({
    version: "bench",
    organization: { name: "Randers Kommune", domains: ["randers.dk"] },
    attachments: { maxTotalBytes: 10 * MB, maxFileBytes: 5 * MB, timeBudgetMs: 4000 },
  });
  const init = {
    from: { emailAddress: "sagsbehandler@randers.dk" },
    to: ["borger@gmail.com", "kollega@randers.dk"],
    subject: "Afgørelse",
    bodyHtml: "<p>Kære borger</p><p>Hermed afgørelsen og bilag.</p>",
    attachments: mail.items.map((i) => ({ name: i.name, size: i.size, content: i.content!.data as string })),
  };
  const fake = createFakeComposeItem(init);
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
  // Outlook answers each call after a round trip; 20 ms each is an assumption (no Outlook here), the
  // first view makes five such rounds (context, sessionData, the draft in two batches, the body).
  const firstView = await measureFirstView(createFakeComposeItem({ ...init, latencyMs: OFFICE_CALL_MS }), policy);
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
    absoluteTargetMet: warm < TARGET_MS && median(firstView.shownMs) < TARGET_MS,
    notes: [
      `${chars.toFixed(1)} M chars of attachment text; ${cpr && "occurrenceCount" in cpr ? `${cpr.occurrenceCount} CPR occurrences, ${cpr.cprCount} distinct, ${cpr.cprs.length} shown` : "no CPR finding"}`,
      `pane re-check with its caches: median ${warm.toFixed(0)} ms (target < ${TARGET_MS} ms: ${warm < TARGET_MS ? "met" : "MISSED"}); first opening (reads everything): median ${median(coldMs).toFixed(0)} ms; bare regex ${median(regexMs).toFixed(1)} ms`,
      `first openings that left an attachment unread (60 s budget): ${unreadAtFirst} of ${ROUNDS}`,
      `"Vis og ret" after the handler's stop, every Office call answering after ${OFFICE_CALL_MS} ms: findings shown after median ${median(firstView.shownMs).toFixed(1)} ms (target < ${TARGET_MS} ms: ${median(firstView.shownMs) < TARGET_MS ? "met" : "MISSED"}), from the handler's snapshot in ${firstView.fromSnapshot} of ${ROUNDS}; the pane's own check done after median ${median(firstView.checkedMs).toFixed(0)} ms, same findings and counts in ${firstView.agreed} of ${ROUNDS}; the stop itself took median ${median(firstView.handlerMs).toFixed(0)} ms`,
    ],
  };
}

/** What the caseworker sees of a verdict: rules, severities, exact counts (the first view has no hashes). */
function seen(v: Verdict): string {
  return JSON.stringify([v.action, v.findings.map((f) => [f.rule, f.severity, "cprs" in f ? [f.occurrenceCount, f.cprCount] : []])]);
}

/** Send (the handler stops the mail), then open the pane: when are findings on screen, when are they its own? */
async function measureFirstView(fake: ReturnType<typeof createFakeComposeItem>, policy: Policy) {
  const office = createFakeOffice({ item: fake.item, displayLanguage: "da-DK", requirementSets: { Mailbox: "1.15" } });
  const handler = createSendHandler({
    host: () => officeHost(office),
    loadPolicy: async () => ({ policy, problem: null, source: "network" }),
    analyzeMessage,
    defaultPolicy: () => policy,
    htmlToText,
  });
  const out = { shownMs: [] as number[], checkedMs: [] as number[], handlerMs: [] as number[], fromSnapshot: 0, agreed: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    clearScanMemo();
    let t = performance.now();
    const send = createFakeSendEvent();
    await handler(send.event);
    out.handlerMs.push(performance.now() - t);
    if (send.completions[0]?.allowEvent !== false) throw new Error("the handler did not stop the worst-case mail");
    const services = createOfficeServices({
      item: fake.item as unknown as ComposeItem,
      displayLanguage: "da-DK",
      policyLoader: { load: async () => ({ policy, problem: null, source: "network" }) },
      htmlToText,
      openUrl: () => undefined,
    });
    const events: { type: string; ms: number; seen: string; verifying?: boolean }[] = [];
    t = performance.now();
    const controller = new PaneController(services, (e) => {
      if (e.type === "loaded" || e.type === "rechecked") events.push({ type: e.type, ms: performance.now() - t, seen: seen(e.verdict), verifying: "verifying" in e && e.verifying === true });
    });
    await controller.start();
    controller.stop();
    const [first, own] = [events[0], events[events.length - 1]];
    if (!first || !own) throw new Error("the pane showed nothing");
    out.shownMs.push(first.ms);
    out.checkedMs.push(own.ms);
    if (first.verifying) out.fromSnapshot++;
    if (first.seen === own.seen) out.agreed++;
  }
  return out;
}

const NAME = "pane: re-check of the worst-case 10 MB all-text mail with the pane's caches (readMessage + analyzeMessage)";

export const benches: Bench[] = [{ name: NAME, run: measure }];

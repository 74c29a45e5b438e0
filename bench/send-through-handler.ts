// One send of a mail through the real send handler over the fake Outlook, as the handler benches
// run it (Node here; Chromium through bench/browser/handler-page.ts): its time, its decision, how
// many attachments were left unread and how many CPR occurrences it counted.
import { createSendHandler } from "../src/commands/on-message-send";
import { analyzeMessage, defaultPolicy, htmlToText, parsePolicy } from "../src/detection";
import { clearScanMemo } from "../src/detection/scan-memo";
import type { AttachmentInput } from "../src/extract";
import { officeHost } from "../src/outlook/office-host";
import type { Policy } from "../src/policy/types";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent } from "../dev/fake-office/compose-item";

const MB = 1024 * 1024;

/**
 * Runs `send` as classic Outlook's JavaScript-only runtime would: without the platform's
 * DecompressionStream, so the extractor inflates everything itself.
 */
export async function withoutNativeInflate<T>(send: () => Promise<T>): Promise<T> {
  const g = globalThis as { DecompressionStream?: unknown };
  const native = g.DecompressionStream;
  g.DecompressionStream = undefined;
  try {
    return await send();
  } finally {
    g.DecompressionStream = native;
  }
}

export function policyWith(timeBudgetMs: number): Policy {
  return parsePolicy({
    version: "bench",
    organization: { name: "Randers Kommune", domains: ["randers.dk"] },
    attachments: { maxTotalBytes: 10 * MB, maxFileBytes: 5 * MB, timeBudgetMs },
  });
}

/** One send through the real handler; resolves with its time and what it decided. */
export function handlerOn(items: AttachmentInput[], policy: Policy) {
  const fake = createFakeComposeItem({
    from: { emailAddress: "sagsbehandler@randers.dk" },
    to: ["borger@gmail.com"],
    subject: "Afgørelse",
    bodyHtml: "<p>Kære borger</p><p>Hermed afgørelsen og bilag.</p>",
    attachments: items.map((i) => ({ name: i.name, size: i.size, content: i.content!.data as string })),
  });
  const office = createFakeOffice({ item: fake.item, requirementSets: { Mailbox: "1.15" } });
  let unread = 0;
  let cprs = 0;
  const handler = createSendHandler({
    host: () => officeHost(office),
    loadPolicy: async () => ({ policy, problem: null, source: "network" }),
    analyzeMessage: (m, p, o) => {
      const v = analyzeMessage(m, p, o);
      unread = (m.attachments ?? []).filter((a) => a.unreadable).length;
      // Exact counts (a citizen list's finding lists only some of its occurrences).
      cprs = v.findings.reduce((n, f) => n + ("cprs" in f ? f.occurrenceCount ?? f.cprs.length : 0), 0);
      return v;
    },
    defaultPolicy,
    htmlToText,
  });
  return async () => {
    // Each send as a first reading: the finder's memo (for the pane's re-checks) would otherwise
    // answer every send after the first from the previous one's equal texts.
    clearScanMemo();
    const ev = createFakeSendEvent();
    const callsBefore = fake.callsTo("getAttachmentContentAsync").length;
    const t = performance.now();
    await handler(ev.event);
    const ms = performance.now() - t;
    const calls = fake.callsTo("getAttachmentContentAsync").length - callsBefore;
    return { ms, allowEvent: ev.completions[0]?.allowEvent, unread, cprs, calls };
  };
}


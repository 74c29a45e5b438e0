// The whole send handler on the worst-case and typical 10 MB mails inside Chromium — the engine new
// Outlook for Windows (WebView2) and Outlook on the web run it in — where the big XML parts are
// inflated by the platform's DecompressionStream ahead of the extractor. Each round sends the
// mail with it and, alternating in the same page, without it (the JavaScript-only path classic
// Outlook takes), so the ratio between the two is measured in the same run.
// Part of `npm run bench`; on its own: `npm run bench chromium`.
import { build } from "esbuild";
import { join } from "path";
import { launchChromium } from "../dev/simulator/drive/chromium";
import { buildMail, buildTypicalMail } from "./attachments.bench";
import { median, type Bench, type BenchResult } from "./harness";

const MB = 1024 * 1024;
const ROUNDS = 5;
const SHIPPED_BUDGET_MS = 2000;

interface PageResult {
  native: number[];
  js: number[];
  unreadNative: number;
  unreadJs: number;
  cprs: number;
  blocked: boolean;
}

async function pageScript(): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, "browser", "handler-page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

function measure(name: string, targetMs: number, mail: () => ReturnType<typeof buildMail>) {
  return async (): Promise<BenchResult> => {
    const { items, bytes } = mail();
    const script = await pageScript();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: script });
      const payload = JSON.stringify(items.map((i) => ({ name: i.name, size: i.size, data: i.content!.data as string })));
      const r = (await page.evaluate(`sendevagtBench(${payload}, ${ROUNDS}, ${SHIPPED_BUDGET_MS})`)) as PageResult;
      if (!r.blocked) throw new Error("a send of the mail was not stopped");
      const native = median(r.native);
      const js = median(r.js);
      const met = native <= targetMs && r.unreadNative === 0;
      return {
        name,
        opsPerSec: 1000 / native,
        mbPerSec: bytes / MB / (native / 1000),
        baselineName: "the same send in the same page without DecompressionStream (classic Outlook's path)",
        baselineMbPerSec: bytes / MB / (js / 1000),
        ratio: js / native,
        absoluteTargetMet: met,
        notes: [
          `${(bytes / MB).toFixed(2)} MB of attachments, ${r.cprs} CPR occurrences counted, stopped every time; shipped ${SHIPPED_BUDGET_MS} ms budget`,
          `per send with DecompressionStream: median ${native.toFixed(0)} ms (slowest ${Math.max(...r.native).toFixed(0)}), ${r.unreadNative} unread; without: median ${js.toFixed(0)} ms, ${r.unreadJs} unread`,
          `target median ≤ ${targetMs} ms with nothing unread: ${met ? "met" : "MISSED"}`,
        ],
      };
    } finally {
      await browser.close();
    }
  };
}

const WORST = "handler in Chromium: send of the worst-case 10 MB all-text mail, with the platform's DecompressionStream";
const TYPICAL = "handler in Chromium: send of a typical 10 MB mail, with the platform's DecompressionStream";

export const benches: Bench[] = [
  { name: TYPICAL, run: measure(TYPICAL, 200, buildTypicalMail) },
  { name: WORST, run: measure(WORST, 600, buildMail) },
];

// The page side of bench/handler-chromium.bench.ts: the real send handler over the fake Outlook,
// bundled for Chromium (the engine of new Outlook for Windows and Outlook on the web), so a send
// runs with the platform's own DecompressionStream and, for comparison, without it.
import { handlerOn, policyWith, withoutNativeInflate } from "../send-through-handler";

interface PageItem {
  name: string;
  size: number;
  data: string;
}

async function run(items: PageItem[], rounds: number, budgetMs: number) {
  const send = handlerOn(
    items.map((i) => ({ name: i.name, size: i.size, content: { format: "base64" as const, data: i.data } })),
    policyWith(budgetMs),
  );
  await send(); // warm-up, as the Node bench does
  await withoutNativeInflate(send);
  const native: number[] = [];
  const js: number[] = [];
  let unreadNative = 0;
  let unreadJs = 0;
  let cprs = 0;
  let blocked = true;
  for (let r = 0; r < rounds; r++) {
    const a = await send();
    native.push(a.ms);
    unreadNative = Math.max(unreadNative, a.unread);
    const b = await withoutNativeInflate(send);
    js.push(b.ms);
    unreadJs = Math.max(unreadJs, b.unread);
    cprs = a.cprs;
    blocked = blocked && a.allowEvent === false && b.allowEvent === false;
  }
  return { native, js, unreadNative, unreadJs, cprs, blocked };
}

(globalThis as { sendevagtBench?: typeof run }).sendevagtBench = run;

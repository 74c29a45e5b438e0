// The platform's own inflater (DecompressionStream "deflate-raw": new Outlook, Outlook on the web
// and on Mac run the handler in a browser engine) unpacks the big XML parts of Office files
// before the synchronous extractor reads them: native zlib, off the JavaScript thread, in parallel.
// Classic Outlook's JavaScript-only runtime has no DecompressionStream; there the extractor's own
// inflater does all the work, as it always has. Either way the extractor decides: a stream the
// platform could not inflate, or that grew past its declared size, is simply not handed over.
import { concatBytes } from "../bytes/concat";
import { PreInflated, zipInflateJobs, type InflateJob } from "../extract";

type Inflater = (data: Uint8Array, cap: number) => Promise<Uint8Array | undefined>;

const noop = (): void => undefined;

/** The native raw-deflate inflater, or undefined where the runtime has none. */
export function nativeInflater(): Inflater | undefined {
  if (typeof DecompressionStream !== "function") return undefined;
  try {
    new DecompressionStream("deflate-raw");
  } catch {
    return undefined; // older engines know only "gzip" and "deflate"
  }
  return inflateNatively;
}

/** Inflates one raw deflate stream; undefined when it is broken or grows past `cap` bytes. */
async function inflateNatively(data: Uint8Array, cap: number): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(noop);
  writer.close().catch(noop);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        reader.cancel().catch(noop);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  return chunks.length === 1 ? chunks[0] : concatBytes(chunks);
}

/**
 * Inflates ahead the text-carrying parts of the zip files among `files`, all at once. Resolves
 * with what was inflated (possibly nothing), or undefined when the runtime has no native inflater.
 * Stops starting new streams once `expired()`: the extractor then meets the spent budget itself.
 */
export async function preInflate(
  files: readonly Uint8Array[],
  maxExpandedBytes: number,
  expired: () => boolean,
  waitMs: number,
  inflater: Inflater | undefined = nativeInflater(),
): Promise<PreInflated | undefined> {
  if (!inflater) return undefined;
  const store = new PreInflated();
  let allowance = maxExpandedBytes;
  const jobs: InflateJob[] = [];
  for (const f of files) {
    const found = zipInflateJobs(f, allowance);
    for (const j of found) allowance -= j.declaredSize;
    jobs.push(...found);
  }
  const all = Promise.all(
    jobs.map(async (j) => {
      if (expired()) return;
      const out = await inflater(j.data, j.declaredSize);
      if (out) store.put(j.data, out);
    }),
  );
  // A platform stream that never ends must not hold the check: after `waitMs` the extractor goes
  // ahead with what has arrived (it runs synchronously, so the store no longer changes under it).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const enough = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([all, enough]);
  clearTimeout(timer);
  return store;
}

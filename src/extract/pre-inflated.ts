// Deflated streams inflated ahead of the synchronous extractor (by the platform's native inflater,
// where the runtime has one: src/outlook/native-inflate.ts), keyed by where their deflated bytes
// sit. The extractor takes an entry from here instead of inflating it again; anything missing is
// inflated as before, and every cap and check is still the extractor's own (inflateCapped).
import { Budget, Stop } from "./context";
import { entryData, isEncrypted, isZip, readZipIndex } from "./zip";

interface Inflated {
  compressedLength: number;
  out: Uint8Array;
}

export class PreInflated {
  private readonly byBuffer = new Map<ArrayBufferLike, Map<number, Inflated>>();

  /** Stores `out` as the inflation of exactly the bytes `data` views. */
  put(data: Uint8Array, out: Uint8Array): void {
    let at = this.byBuffer.get(data.buffer);
    if (!at) this.byBuffer.set(data.buffer, (at = new Map()));
    at.set(data.byteOffset, { compressedLength: data.length, out });
  }

  /** The stored inflation of exactly these bytes, handed out once (the memory goes with it). */
  take(data: Uint8Array): Uint8Array | undefined {
    const at = this.byBuffer.get(data.buffer);
    const hit = at && at.get(data.byteOffset);
    if (!hit || hit.compressedLength !== data.length) return undefined;
    at!.delete(data.byteOffset);
    return hit.out;
  }

  get size(): number {
    let n = 0;
    this.byBuffer.forEach((m) => (n += m.size));
    return n;
  }
}

/** One deflated stream worth inflating ahead, and the size its zip entry declares. */
export interface InflateJob {
  data: Uint8Array;
  declaredSize: number;
}

/** Small parts cost more in an asynchronous round trip than they save. */
const MIN_AHEAD_BYTES = 64 * 1024;

/**
 * The deflated parts of a zip file (docx, xlsx, pptx, odt, zip) that can carry text — XML and
 * relationship parts — and are big enough to be worth inflating ahead. Pictures and other media
 * are left out: the extractor never reads them. A file that is not a readable zip gives none (the
 * extractor then reports it as it always has).
 */
export function zipInflateJobs(bytes: Uint8Array, maxBytes: number): InflateJob[] {
  if (!isZip(bytes)) return [];
  const jobs: InflateJob[] = [];
  let total = 0;
  try {
    for (const e of readZipIndex(bytes, new Budget())) {
      if (e.method !== 8 || isEncrypted(e) || e.size < MIN_AHEAD_BYTES || !/\.(xml|rels)$/i.test(e.name)) continue;
      if (total + e.size > maxBytes) break;
      const data = entryData(bytes, e);
      total += e.size;
      jobs.push({ data, declaredSize: e.size });
    }
  } catch (err) {
    if (err instanceof Stop) return [];
    throw err;
  }
  return jobs;
}

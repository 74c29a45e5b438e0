// FlateDecode for a PDF's streams. A file holds hundreds of small streams (one or more per page);
// fflate's one-shot inflate allocates (and zeroes) at least 128 KB for each and copies the result
// out, which costs more than the inflating. Here each stream is inflated into one scratch buffer
// kept for the whole file, and only its real length is copied out.
import { inflateSync } from "fflate";
import { Stop, type Budget } from "../context";
import { inflateCapped, MAX_DEFLATE_RATIO } from "../zip";

/** Streams that could grow beyond this go through the chunked inflate, which checks the clock as it goes. */
const ONE_SHOT_BYTES = 32 * 1024 * 1024;

export class StreamInflater {
  private scratch = new Uint8Array(0);

  constructor(private readonly budget: Budget) {}

  /** zlib-wrapped deflate (with `newline`: followed by a "\n"); undefined when broken, Stop when over the budget. */
  inflateZlib(bytes: Uint8Array, newline = false): Uint8Array | undefined {
    let skip = 0;
    if (bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0) skip = bytes[1]! & 0x20 ? 6 : 2;
    const budget = this.budget;
    const allowance = budget.limits.maxExpandedBytes - budget.expanded;
    const data = bytes.subarray(skip);
    try {
      if (data.length > 0 && data.length * MAX_DEFLATE_RATIO <= Math.min(allowance, ONE_SHOT_BYTES)) {
        const out = this.oneShot(data, newline ? 1 : 0);
        budget.spend(out.length - (newline ? 1 : 0), 0);
        return out;
      }
      const out = inflateCapped(data, allowance, budget, "zip-bomb");
      return newline ? withNewline(out, 1) : out;
    } catch (err) {
      if (err instanceof Stop && err.reason !== "corrupt") throw err;
      return undefined;
    }
  }

  /**
   * Inflates into the scratch buffer, growing it while the output fills it (fflate stops writing
   * at a given buffer's end); a stream whose data is broken is inflated again the plain way, so
   * it fails (or not) exactly as fflate's own inflate does.
   */
  private oneShot(data: Uint8Array, spare: number): Uint8Array {
    const bound = data.length * MAX_DEFLATE_RATIO + 1;
    if (this.scratch.length < data.length * 4) this.scratch = new Uint8Array(Math.min(bound, Math.max(65536, data.length * 8, this.scratch.length * 2)));
    for (;;) {
      let out: Uint8Array | undefined;
      try {
        out = inflateSync(data, { out: this.scratch });
      } catch {
        out = undefined;
      }
      if (out && out.length < this.scratch.length) return withNewline(out, spare);
      if (!out || this.scratch.length >= bound) return withNewline(inflateSync(data), spare);
      this.scratch = new Uint8Array(Math.min(bound, this.scratch.length * 2));
    }
  }
}

/** A copy of `data`, followed by a newline when `spare` is 1. */
function withNewline(data: Uint8Array, spare: number): Uint8Array {
  const out = new Uint8Array(data.length + spare);
  out.set(data);
  if (spare) out[data.length] = 10;
  return out;
}

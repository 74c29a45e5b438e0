// A zip reader that trusts nothing it reads: sizes, counts and offsets are checked against the file
// and the message's budget before anything is unpacked, and unpacking is streamed so a lying header
// cannot make it produce more than was allowed. fflate does the inflating.
import { Inflate, inflateSync } from "fflate";
import { concatBytes } from "../bytes/concat";
import { Budget, Stop } from "./context";
import { decodeCp1252, decodeUtf8 } from "./decode";
import type { UnreadableReason } from "./types";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not read. */
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// Input per inflate step: one step of a bomb (≤ 1032× expansion) makes at most ~16 MB; larger steps
// were not measurably faster on real documents (CPU time, 16–256 KB).
const INFLATE_CHUNK = 16384;
/** Deflate expands at most 1032-fold. */
export const MAX_DEFLATE_RATIO = 1032;

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL;
}

/** Reads the central directory. Throws Stop("corrupt" | "zip-bomb"). */
export function readZipIndex(bytes: Uint8Array, budget: Budget): ZipEntry[] {
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== EOCD) e--;
  if (e < stop) throw new Stop("corrupt");
  let count = u16(bytes, e + 10);
  let offset = u32(bytes, e + 16);
  if (e >= 20 && u32(bytes, e - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, e - 12);
    if (z + 56 <= bytes.length && u32(bytes, z) === ZIP64_EOCD) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  // Each central record takes at least 46 bytes: a larger count is a lie.
  if (count * 46 > bytes.length) throw new Stop("corrupt");
  if (count > budget.limits.maxEntries) throw new Stop("zip-bomb");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new Stop("corrupt");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > bytes.length) throw new Stop("corrupt");
    const name = flags & 0x800 ? decodeUtf8(bytes, false, p + 46, nameEnd) : decodeUtf8(bytes, true, p + 46, nameEnd) || decodeCp1252(bytes, p + 46, nameEnd);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field: the 64-bit values, in this order, for the fields that overflowed
      let x = nameEnd;
      while (x + 4 <= nameEnd + extraLen) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 1) {
          let q = x + 4;
          if (size === 0xffffffff && q + 8 <= x + 4 + len) (size = u64(bytes, q)), (q += 8);
          if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) (compressedSize = u64(bytes, q)), (q += 8);
          if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = u64(bytes, q);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    p = nameEnd + extraLen + commentLen;
  }
  // Entries sharing or overlapping file data are the "overlap" bomb (one stream unpacked many times);
  // no zip writer produces them.
  const sorted = entries.slice().sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (prev.localOffset + 30 + prev.compressedSize > sorted[i]!.localOffset) throw new Stop("zip-bomb");
  }
  return entries;
}

export function isEncrypted(entry: ZipEntry): boolean {
  // bit 0: traditional PKWARE or strong encryption; method 99: WinZip AES
  return (entry.flags & 1) === 1 || entry.method === 99;
}

/**
 * Unpacks one entry. Throws Stop: "encrypted", "corrupt", "unsupported-type" (compression method),
 * "zip-bomb"/"too-large" (over the message's expansion allowance), "time-budget".
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, budget: Budget): Uint8Array {
  if (isEncrypted(entry)) throw new Stop("encrypted");
  const data = entryData(bytes, entry);
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  const allowance = budget.limits.maxExpandedBytes - budget.expanded;
  if (entry.size > allowance) throw new Stop(ratio > 100 ? "zip-bomb" : "too-large");
  if (entry.method === 0) {
    budget.spend(entry.compressedSize, 1);
    return data;
  }
  if (entry.method !== 8) throw new Stop("unsupported-type");
  return inflateCapped(data, entry.size, budget);
}

/** The entry's stored (usually deflated) bytes, found through its local header. Throws Stop("corrupt"). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const lo = entry.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== LOCAL) throw new Stop("corrupt");
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Stop("corrupt");
  return bytes.subarray(start, end);
}

/**
 * Inflates in small steps so neither a lying size nor a long stream escapes the caps:
 * output beyond the declared size means the header lied (a classic bomb trick).
 */
export function inflateCapped(
  data: Uint8Array,
  declaredSize: number,
  budget: Budget,
  overReason: UnreadableReason = "zip-bomb",
): Uint8Array {
  // Streams the platform inflated ahead come as they are. A stream no longer than one step is
  // inflated in one go, into room for its declared size and one byte more (so a longer stream
  // shows as longer), or for all deflate could make of it when less: the clock is read no less
  // often than stepping would read it (one step is the whole stream), and a small part (rels,
  // styles, a short document) does not pay for the streaming inflater's 32 KB window and 128 KB
  // growth steps. When fflate throws (broken data, a stored block past the room), the stepwise
  // inflate decides, as it always has.
  let whole = budget.preInflated && budget.preInflated.take(data);
  if (!whole && data.length > 0 && data.length <= INFLATE_CHUNK) {
    try {
      whole = inflateSync(data, { out: new Uint8Array(Math.min(declaredSize, data.length * MAX_DEFLATE_RATIO) + 1) });
    } catch {
      // left to the stepwise inflate
    }
  }
  if (whole) {
    if (whole.length > declaredSize) throw new Stop(overReason);
    budget.check();
    budget.spend(whole.length, declaredSize / Math.max(1, data.length));
    return whole;
  }
  return inflateStepwise(data, declaredSize, budget, overReason);
}

/** inflateCapped's general path: small steps, the clock read after each. Exported for the tests. */
export function inflateStepwise(data: Uint8Array, declaredSize: number, budget: Budget, overReason: UnreadableReason): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > declaredSize) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && !over; i += INFLATE_CHUNK) {
      const j = Math.min(i + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(i, j), j === data.length);
      if (over) break;
      budget.check();
    }
  } catch (err) {
    if (err instanceof Stop) throw err;
    throw new Stop("corrupt");
  }
  if (over) throw new Stop(overReason);
  budget.spend(total, declaredSize / Math.max(1, data.length));
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
}

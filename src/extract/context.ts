// One message's extraction shares one budget: a deadline, a byte allowance for unpacking, a depth cap.
// Every reader checks it between steps, so a hostile file costs bounded time and memory.
import { DEFAULT_ATTACHMENT_LIMITS } from "../bytes/attachment-limits";
import type { PreInflated } from "./pre-inflated";
import type { ExtractLimits, ExtractResult, UnreadableReason } from "./types";

export const DEFAULT_LIMITS = {
  maxTotalBytes: DEFAULT_ATTACHMENT_LIMITS.maxTotalBytes,
  maxFileBytes: DEFAULT_ATTACHMENT_LIMITS.maxFileBytes,
  timeBudgetMs: DEFAULT_ATTACHMENT_LIMITS.timeBudgetMs,
  // Office files unpack to 5–20 times their size; this allows a full 10 MB mail of them.
  maxExpandedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxDepth: 3,
};

export interface ResolvedLimits {
  maxTotalBytes: number;
  maxFileBytes: number;
  timeBudgetMs: number;
  maxExpandedBytes: number;
  maxEntries: number;
  maxDepth: number;
}

/** Thrown inside a reader to stop it; caught at the file boundary and turned into `unreadable`. */
export class Stop {
  constructor(readonly reason: UnreadableReason) {}
}

export type ExtractFn = (name: string, bytes: Uint8Array, depth: number) => ExtractResult;

export class Budget {
  readonly limits: ResolvedLimits;
  readonly deadline: number;
  private readonly clock: () => number;
  /** Bytes produced by unpacking so far, across the whole message. */
  expanded = 0;
  /** Set by the dispatcher so container formats (mail, zip) can recurse without import cycles. */
  extract: ExtractFn = () => ({ unreadable: "unsupported-type" });
  private ticks = 0;
  /** Streams the platform inflated ahead of this (synchronous) reading, if any. */
  readonly preInflated: PreInflated | undefined;

  constructor(limits?: Partial<ExtractLimits>) {
    const l = limits || {};
    this.preInflated = l.preInflated;
    this.limits = {
      maxTotalBytes: positive(l.maxTotalBytes, DEFAULT_LIMITS.maxTotalBytes),
      maxFileBytes: positive(l.maxFileBytes, DEFAULT_LIMITS.maxFileBytes),
      timeBudgetMs: positive(l.timeBudgetMs, DEFAULT_LIMITS.timeBudgetMs),
      maxExpandedBytes: positive(l.maxExpandedBytes, DEFAULT_LIMITS.maxExpandedBytes),
      maxEntries: positive(l.maxEntries, DEFAULT_LIMITS.maxEntries),
      maxDepth: l.maxDepth !== undefined && l.maxDepth >= 0 ? l.maxDepth : DEFAULT_LIMITS.maxDepth,
    };
    this.clock = l.now || Date.now;
    this.deadline = (typeof l.startedAt === "number" ? l.startedAt : this.clock()) + this.limits.timeBudgetMs;
  }

  expired(): boolean {
    return this.clock() > this.deadline;
  }

  /** Throws Stop("time-budget") once the deadline has passed. */
  check(): void {
    if (this.expired()) throw new Stop("time-budget");
  }

  /** Cheap check for tight loops: reads the clock every 1024th call. */
  tick(): void {
    if ((++this.ticks & 1023) === 0) this.check();
  }

  /** Accounts for unpacked bytes; throws when the message's allowance is spent. */
  spend(bytes: number, ratioHint: number): void {
    this.expanded += bytes;
    if (this.expanded > this.limits.maxExpandedBytes) throw new Stop(ratioHint > 100 ? "zip-bomb" : "too-large");
  }
}

function positive(v: number | undefined, fallback: number): number {
  return typeof v === "number" && v > 0 && v === v ? v : fallback;
}

// Fetches IT's policy.json from the add-in's own origin, with a short timeout, and caches it.
// It never throws: a missing, slow or broken policy gives `policy: null` plus the problem, and the
// caller checks with the zero-config defaults instead (and shows the problem in the pane).
import type { Policy } from "../policy/types";
import { settleWithin } from "./call";

export type PolicyProblemKind = "not-found" | "http" | "network" | "timeout" | "invalid-json" | "invalid-policy" | "no-fetch";

export interface PolicyProblem {
  kind: PolicyProblemKind;
  /** HTTP status, for not-found/http. */
  status?: number;
  /** The validator's message (paths and wording, no mail content). */
  detail?: string;
}

export interface PolicyLoad {
  policy: Policy | null;
  problem: PolicyProblem | null;
  /**
   * Where the policy came from: this fetch, the memory cache, the last good policy this runtime
   * loaded (kept in memory, for runtimes without storage), or the browser's stored last good copy.
   */
  source: "network" | "memory" | "last-good" | "storage" | "none";
}

interface ResponseLike {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}
type FetchLike = (url: string, init?: { cache?: string; credentials?: string; signal?: unknown }) => Promise<ResponseLike>;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface PolicyLoaderOptions {
  url: string;
  parse: (json: unknown) => Policy;
  /** Default: the global fetch, if any. */
  fetch?: FetchLike;
  timeoutMs?: number;
  /** How long a loaded policy is reused without asking the server again. */
  ttlMs?: number;
  /** How long a failure is remembered, so each send doesn't wait for a broken host again. */
  failureTtlMs?: number;
  /** Where a browser runtime keeps the last good policy (localStorage); absent in classic Outlook. */
  storage?: StorageLike;
  now?: () => number;
}

export const STORAGE_KEY = "sendevagt.policy";

/** What storage keeps: the last good policy.json as IT wrote it, with its version and when. */
export interface StoredPolicy {
  version: string;
  savedAt: string;
  policy: unknown;
}

function isStoredRecord(value: unknown): value is StoredPolicy {
  const v = value as Partial<StoredPolicy> | null;
  return typeof v === "object" && v !== null && typeof v.version === "string" && typeof v.savedAt === "string" && "policy" in v;
}

export interface PolicyLoader {
  load(): Promise<PolicyLoad>;
  /** Forget the memory cache (e.g. the pane's "reload policy"). */
  clear(): void;
}

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return settleWithin(promise, ms, () => {
    onTimeout();
    throw new Timeout("timeout");
  });
}

/** policy.json's text from the add-in's origin, or the failed load that says why not. */
async function download(options: PolicyLoaderOptions, timeoutMs: number): Promise<string | PolicyLoad> {
  const doFetch = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof doFetch !== "function") return { policy: null, problem: { kind: "no-fetch" }, source: "none" };

  const Abort = (globalThis as { AbortController?: new () => { signal: unknown; abort(): void } }).AbortController;
  const controller = Abort ? new Abort() : undefined;
  try {
    const response = await withTimeout(
      doFetch(options.url, { cache: "no-cache", credentials: "omit", signal: controller?.signal }),
      timeoutMs,
      () => controller?.abort(),
    );
    if (!response.ok) {
      return { policy: null, problem: { kind: response.status === 404 ? "not-found" : "http", status: response.status }, source: "none" };
    }
    return await withTimeout(response.text(), timeoutMs, () => controller?.abort());
  } catch (e) {
    return { policy: null, problem: { kind: e instanceof Timeout ? "timeout" : "network" }, source: "none" };
  }
}

export function createPolicyLoader(options: PolicyLoaderOptions): PolicyLoader {
  const timeoutMs = options.timeoutMs ?? 1500;
  const ttlMs = options.ttlMs ?? 5 * 60 * 1000;
  const failureTtlMs = options.failureTtlMs ?? 60 * 1000;
  const now = options.now ?? (() => Date.now());
  let cached: { result: PolicyLoad; until: number } | null = null;

  // The last good policy this runtime loaded: classic Outlook has no storage, but its runtime can
  // live across sends, and a strict policy must not turn into the defaults because of one bad fetch.
  let lastGood: Policy | null = null;

  function fromStorage(): Policy | null {
    try {
      const raw = options.storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const stored: unknown = JSON.parse(raw);
      // { version, policy } since the last-good record; a bare policy before it.
      const json = isStoredRecord(stored) ? stored.policy : stored;
      return options.parse(json);
    } catch {
      return null;
    }
  }

  function remember(policy: Policy, json: unknown): void {
    lastGood = policy;
    try {
      const record: StoredPolicy = { version: policy.version, savedAt: new Date(now()).toISOString(), policy: json };
      options.storage?.setItem(STORAGE_KEY, JSON.stringify(record));
    } catch {
      // A full or blocked storage only costs the offline fallback.
    }
  }

  async function fetchOnce(): Promise<PolicyLoad> {
    const text = await download(options, timeoutMs);
    if (typeof text !== "string") return text;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { policy: null, problem: { kind: "invalid-json" }, source: "none" };
    }
    try {
      const policy = options.parse(json);
      remember(policy, json);
      return { policy, problem: null, source: "network" };
    } catch (e) {
      return { policy: null, problem: { kind: "invalid-policy", detail: e instanceof Error ? e.message : String(e) }, source: "none" };
    }
  }

  return {
    async load() {
      if (cached && now() < cached.until) {
        return cached.result.source === "network" ? { ...cached.result, source: "memory" } : cached.result;
      }
      let result = await fetchOnce();
      if (!result.policy) {
        // The last good policy beats the zero-config defaults (which may be weaker: a hard stop
        // can become confirmable); the problem is kept so the pane can still tell IT's file is
        // broken or unreachable.
        const stored = lastGood ? null : fromStorage();
        if (lastGood) result = { policy: lastGood, problem: result.problem, source: "last-good" };
        else if (stored) result = { policy: stored, problem: result.problem, source: "storage" };
      }
      cached = { result, until: now() + (result.problem ? failureTtlMs : ttlMs) };
      return result;
    },
    clear() {
      cached = null;
    },
  };
}

/** localStorage where the runtime has a usable one (browser runtimes); undefined otherwise. */
export function browserStorage(): StorageLike | undefined {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s && typeof s.getItem === "function" ? s : undefined;
  } catch {
    // Accessing localStorage throws in some sandboxed frames.
    return undefined;
  }
}

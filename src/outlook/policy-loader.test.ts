import { parsePolicy } from "../policy";
import { createPolicyLoader, STORAGE_KEY, type StorageLike } from "./policy-loader";
import { addinBaseUrl } from "./build-info";

const good = { organization: { name: "Randers Kommune", domains: ["randers.dk"] } };

function respond(status: number, body: string, delayMs = 0) {
  const calls: string[] = [];
  const fetch = (url: string) => {
    calls.push(url);
    return new Promise<{ ok: boolean; status: number; text(): Promise<string> }>((resolve) =>
      setTimeout(() => resolve({ ok: status >= 200 && status < 300, status, text: async () => body }), delayMs),
    );
  };
  return { fetch, calls };
}

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => { data[k] = v; } };
}

describe("policy loader", () => {
  it("loads, parses and caches policy.json from the given URL", async () => {
    const net = respond(200, JSON.stringify(good));
    const storage = memoryStorage();
    const loader = createPolicyLoader({ url: "https://addin.example.dk/sendevagt/policy.json", parse: parsePolicy, fetch: net.fetch, storage });
    const first = await loader.load();
    expect(first.problem).toBeNull();
    expect(first.source).toBe("network");
    expect(first.policy!.organization.domains).toEqual(["randers.dk"]);
    expect((await loader.load()).source).toBe("memory");
    expect(net.calls).toEqual(["https://addin.example.dk/sendevagt/policy.json"]);
    // The last good policy is kept with its version (issue 12, item 11).
    expect(JSON.parse(storage.data[STORAGE_KEY]!)).toEqual({ version: "unversioned", savedAt: expect.any(String), policy: good });
  });

  it.each([
    ["404", respond(404, "Not found"), { kind: "not-found", status: 404 }],
    ["500", respond(500, "oops"), { kind: "http", status: 500 }],
    ["bad JSON", respond(200, "{organization:"), { kind: "invalid-json" }],
  ])("reports %s without a policy", async (_label, net, problem) => {
    const result = await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: net.fetch }).load();
    expect(result).toEqual({ policy: null, problem, source: "none" });
  });

  it("reports schema errors with the validator's wording", async () => {
    const net = respond(200, JSON.stringify({ organization: { name: "X", domains: ["not a domain"] } }));
    const result = await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: net.fetch }).load();
    expect(result.policy).toBeNull();
    expect(result.problem!.kind).toBe("invalid-policy");
    expect(result.problem!.detail).toContain("organization.domains[0]");
  });

  it("gives up on a slow server after the timeout and remembers the failure for a while", async () => {
    let clock = 0;
    // A server that never answers: that load() comes back at all proves the timeout fired. No
    // wall-clock bound (issue 13): it would only measure how loaded the test machine is.
    const net = { calls: [] as string[], fetch: (url: string) => (net.calls.push(url), new Promise<never>(() => undefined)) };
    const loader = createPolicyLoader({ url: "u", parse: parsePolicy, fetch: net.fetch, timeoutMs: 30, failureTtlMs: 1000, now: () => clock });
    expect(await loader.load()).toEqual({ policy: null, problem: { kind: "timeout" }, source: "none" });
    clock = 500;
    await loader.load();
    expect(net.calls).toHaveLength(1);
    clock = 1500;
    await loader.load();
    expect(net.calls).toHaveLength(2);
  });

  it("reports a network error and no fetch at all", async () => {
    const failing = createPolicyLoader({ url: "u", parse: parsePolicy, fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    expect((await failing.load()).problem).toEqual({ kind: "network" });
    const saved = (globalThis as { fetch?: unknown }).fetch;
    delete (globalThis as { fetch?: unknown }).fetch;
    try {
      expect((await createPolicyLoader({ url: "u", parse: parsePolicy }).load()).problem).toEqual({ kind: "no-fetch" });
    } finally {
      (globalThis as { fetch?: unknown }).fetch = saved;
    }
  });

  it("falls back to the last good policy in storage, keeping the problem", async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(good) });
    const result = await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: respond(404, "").fetch, storage }).load();
    expect(result.source).toBe("storage");
    expect(result.policy!.organization.name).toBe("Randers Kommune");
    expect(result.problem).toEqual({ kind: "not-found", status: 404 });
  });
});

describe("policy loader: the last good policy (issue 12, item 11)", () => {
  const strict = { version: "2026-12-01", organization: { name: "Randers Kommune", domains: ["randers.dk"] }, failClosed: true };

  it("keeps the last good policy in memory where there is no storage, and uses it before the defaults", async () => {
    let status = 200;
    const fetch = async () => ({ ok: status === 200, status, text: async () => JSON.stringify(strict) });
    let t = 0;
    const loader = createPolicyLoader({ url: "u", parse: parsePolicy, fetch, ttlMs: 10, failureTtlMs: 10, now: () => t });
    expect((await loader.load()).source).toBe("network");
    status = 503;
    t = 100;
    const fallback = await loader.load();
    expect(fallback).toMatchObject({ source: "last-good", problem: { kind: "http", status: 503 } });
    expect(fallback.policy).toMatchObject({ version: "2026-12-01", failClosed: true });
  });

  it("reads the stored record, and a bare policy stored by an earlier version", async () => {
    const record = { version: "2026-12-01", savedAt: "2026-12-01T08:00:00.000Z", policy: strict };
    for (const stored of [record, strict]) {
      const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(stored) });
      const result = await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: respond(404, "").fetch, storage }).load();
      expect(result).toMatchObject({ source: "storage", policy: { version: "2026-12-01", failClosed: true } });
    }
  });

  it("ignores a stored copy that is no longer valid, and a broken fetch never replaces a good one", async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: "x", savedAt: "y", policy: { organization: { domains: ["gmail.com"] } } }) });
    expect(await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: respond(404, "").fetch, storage }).load()).toMatchObject({ policy: null, source: "none" });
    const kept = memoryStorage();
    await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: respond(200, JSON.stringify(strict)).fetch, storage: kept }).load();
    await createPolicyLoader({ url: "u", parse: parsePolicy, fetch: respond(200, '{"organization":{"name":"X","domains":["gmail.com"]}}').fetch, storage: kept }).load();
    expect(JSON.parse(kept.data[STORAGE_KEY]!).version).toBe("2026-12-01");
  });
});

describe("addinBaseUrl", () => {
  it("uses the build-time base URL where there is no page location", () => {
    expect(addinBaseUrl()).toBe("https://localhost:3000");
  });
});

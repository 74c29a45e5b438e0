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
    expect(JSON.parse(storage.data[STORAGE_KEY]!)).toEqual(good);
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
    const net = respond(200, JSON.stringify(good), 500);
    const loader = createPolicyLoader({ url: "u", parse: parsePolicy, fetch: net.fetch, timeoutMs: 30, failureTtlMs: 1000, now: () => clock });
    const started = Date.now();
    expect(await loader.load()).toEqual({ policy: null, problem: { kind: "timeout" }, source: "none" });
    expect(Date.now() - started).toBeLessThan(400);
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

describe("addinBaseUrl", () => {
  it("uses the build-time base URL where there is no page location", () => {
    expect(addinBaseUrl()).toBe("https://localhost:3000");
  });
});

// The send handler parses policy.json with parsePolicyQuietly (no wording, a smaller bundle); the
// pane and the CLI with parsePolicy. They must accept exactly the same files and give the same
// policy, or the handler and the pane would judge one mail under different rules.
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parsePolicy, PolicyError } from "./parse";
import { checkPolicy, parsePolicyQuietly } from "./validate";

const examplesDir = join(__dirname, "..", "..", "examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.startsWith("policy") && f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(examplesDir, f), "utf8")) as Record<string, unknown>);

type Outcome = { ok: true; policy: unknown } | { ok: false };
const outcome = (parse: (json: unknown) => unknown, json: unknown): Outcome => {
  try {
    return { ok: true, policy: parse(json) };
  } catch {
    return { ok: false };
  }
};

// Values a typo or a wrong edit puts in a policy file.
const oddValue = fc.oneof(
  fc.constantFrom("", "randers", "randers.dk", "gmail.com", "dk", "{cpr}@randers.dk", "http://x.dk", "1996-13-01", "confirm", "block", "off", "da", "en"),
  fc.integer({ min: -5, max: 10_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom("randers.dk", "gmail.com", "kl.dk", "Randers.DK", ""), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("name", "domain", "da", "type", "x"), fc.constantFrom("Randers", "randers.dk", "gateway")),
);

/** Sets, replaces or deletes one value somewhere in a copy of `json`. */
function mutate(json: unknown, path: number[], value: unknown, del: boolean): unknown {
  if (typeof json !== "object" || json === null || path.length === 0) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(json) ? [...json] : { ...(json as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[path[0]! % keys.length]!;
  const target = copy as Record<string, unknown>;
  if (path.length === 1 && del && !Array.isArray(copy)) delete target[key];
  else target[key] = mutate(target[key], path.slice(1), value, del);
  return copy;
}

describe("parsePolicyQuietly", () => {
  it("accepts the shipped examples with the same policy as parsePolicy", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const json of examples) expect(parsePolicyQuietly(json)).toEqual(parsePolicy(json));
  });

  it("accepts and refuses exactly what parsePolicy does, with the same policy (mutated examples)", () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        oddValue,
        fc.boolean(),
        (base, path, value, del) => {
          const json = mutate(base, path, value, del);
          const loud = outcome(parsePolicy, json);
          expect(outcome(parsePolicyQuietly, json)).toEqual(loud);
          if (!loud.ok) refused++;
        },
      ),
      { numRuns: 600 },
    );
    // The generator must reach both sides, or the agreement says little.
    expect(refused).toBeGreaterThan(100);
  });

  it("refuses what is not a policy object, without wording", () => {
    for (const json of [null, 3, [], "[]", "{"]) {
      expect(() => parsePolicyQuietly(json)).toThrow();
      expect(() => parsePolicy(json)).toThrow(PolicyError);
    }
  });

  it("counts the problems it found where parsePolicy words them", () => {
    const checked = checkPolicy({ organization: { name: "R", domains: ["randers"] }, trustedDomains: [{ domain: "gmail.com", name: "G" }] });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.schemaIssues.length + checked.crossFieldIssues.length).toBeGreaterThanOrEqual(2);
    expect(() => parsePolicyQuietly({ organization: { name: "R", domains: ["randers"] } })).toThrow(/policy\.json: 1 problems/);
  });
});

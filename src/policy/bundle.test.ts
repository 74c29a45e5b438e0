// The policy parser ships inside the classic-Outlook send handler: ES2016 syntax, no globalThis
// in older builds, and every kilobyte counts against the 5-second send window.
import { buildSync } from "esbuild";
import { parse } from "acorn";
import { runInNewContext } from "node:vm";
import { join } from "node:path";

// The public-suffix list and the list of known organisations (for the risky-domain checks) are the
// recipient classifier's too: the handler carries them anyway, and test/build guards its total.
// The size check leaves them out so it still measures what the parser itself adds.
const SHARED_WITH_CLASSIFIER = ["*/detection/recipients/public-suffix", "*/detection/recipients/public-bodies"];

function bundle(external: string[] = [], contents = 'import { parsePolicy, PolicyError } from "./index"; export { parsePolicy, PolicyError };'): string {
  const result = buildSync({
    external,
    stdin: {
      contents,
      resolveDir: __dirname,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "policyBundle",
    target: "es2016",
    write: false,
    absWorkingDir: join(__dirname, "..", ".."),
  });
  return result.outputFiles[0]!.text;
}

describe("the policy parser bundled for classic Outlook", () => {
  const code = bundle();

  test("stays small (zod/mini, tree-shaken)", () => {
    // 43 KB today (zod/mini ~28 KB + ours ~15 KB); classic zod would be ~470 KB.
    expect(bundle(SHARED_WITH_CLASSIFIER).length).toBeLessThan(50_000);
  });

  test("parses as ES2016", () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test("runs in an engine without globalThis and reports problems in Danish", () => {
    const sandbox: Record<string, unknown> = {};
    const script = `delete globalThis.globalThis; var hadGlobalThis = typeof globalThis !== "undefined";
      ${code}
      var ok = policyBundle.parsePolicy({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });
      var message = ""; try { policyBundle.parsePolicy({ organization: { name: "R", domains: ["randers"] } }); }
      catch (e) { message = e.message; isPolicyError = e instanceof policyBundle.PolicyError; }`;
    runInNewContext(script, sandbox);
    expect(sandbox.hadGlobalThis).toBe(false);
    expect((sandbox.ok as { organization: { domains: string[] } }).organization.domains).toEqual(["randers.dk"]);
    expect(sandbox.message).toContain('organization.domains[0]: skal være et domænenavn, fx "randers.dk"');
    expect(sandbox.isPolicyError).toBe(true);
  });
});

describe("the send handler's quiet parser (parsePolicyQuietly)", () => {
  const quiet = bundle([], 'import { parsePolicyQuietly } from "./validate"; export { parsePolicyQuietly };');

  test("leaves the wording out: a sixth smaller than parsePolicy's bundle, or more", () => {
    const without = bundle(SHARED_WITH_CLASSIFIER, 'import { parsePolicyQuietly } from "./validate"; export { parsePolicyQuietly };');
    expect(without.length).toBeLessThan(bundle(SHARED_WITH_CLASSIFIER).length * (5 / 6));
    expect(quiet).not.toContain("skal være et domænenavn");
  });

  test("runs as ES2016 in an engine without globalThis", () => {
    expect(() => parse(quiet, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    const sandbox: Record<string, unknown> = {};
    runInNewContext(
      `delete globalThis.globalThis; ${quiet}
      var ok = policyBundle.parsePolicyQuietly({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });
      var refused = false; try { policyBundle.parsePolicyQuietly({ organization: { name: "R", domains: ["randers"] } }); } catch (e) { refused = true; }`,
      sandbox,
    );
    expect((sandbox.ok as { organization: { domains: string[] } }).organization.domains).toEqual(["randers.dk"]);
    expect(sandbox.refused).toBe(true);
  });
});

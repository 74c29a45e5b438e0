// The detection core must run in classic Outlook's JavaScript-only runtime (ES2016, no DOM, no
// Node, no Intl). This test bundles it as Outlook would get it and runs it in a bare V8 context
// where those globals do not exist, then checks it gives the same answers as under Jest.
import * as vm from "node:vm";
import { buildSync } from "esbuild";
import { classicBundle } from "../dev/testing/classic-bundle";
import { parse } from "acorn";
import { join } from "path";
import { findCprNumbers } from "../src/detection";
import type { CprMatch, CprOptions } from "../src/detection";

const ROOT = join(__dirname, "..");

// Globals a pure module must not touch. Office, window, document, process, require, console,
// URLSearchParams and TextEncoder are simply absent from a fresh vm context; Intl and V8's own
// console are built into every context, so they are deleted explicitly.
const FORBIDDEN = [
  "Office", "window", "document", "navigator", "self", "process", "require", "module", "Buffer",
  "console", "Intl", "URLSearchParams", "URL", "TextEncoder", "TextDecoder", "setTimeout", "fetch",
];

function bundle(entry: string): string {
  return classicBundle(join(ROOT, entry));
}

interface BareCore {
  findCprNumbers(text: string, options?: CprOptions): CprMatch[];
  maskCpr(value: string): string;
}

/** Loads a bundle in a context without host globals; returns its exports and the context. */
function loadBare(code: string): { core: BareCore; context: vm.Context } {
  const context = vm.createContext({});
  vm.runInContext("delete globalThis.Intl; delete globalThis.console;", context);
  vm.runInContext(code, context, { timeout: 10000 });
  return { core: vm.runInContext("Core", context) as BareCore, context };
}

const SAMPLES = [
  "CPR: 040385-2734 og 0403852732",
  "Børn:\r\n- Ida 290204-4739\r\n- Bo 0501146730\r\nPersonnummer 010160-1732",
  "Tlf. +45 86421234, ref. 2024-040385-2732, Ω040385-2732, 040385-2732\u{1d400}",
  "Født 010158-5735 (1858) — i dag 010626-4732, i morgen 020626-4004",
  "040385 \u2013 2732, 040385\u202f2732, 040385\u00a02732, 610160-1737",
];

describe("purity of the CPR finder", () => {
  const code = bundle("src/detection/cpr/index.ts");

  it("bundles to ES2016", () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("names none of the host globals", () => {
    const minified = buildSync({ stdin: { contents: code, loader: "js" }, minify: true, write: false });
    const text = (minified.outputFiles[0] as { text: string }).text;
    for (const name of FORBIDDEN) expect({ name, used: new RegExp(`\\b${name}\\b`).test(text) }).toEqual({ name, used: false });
  });

  it("runs without them and gives the same answers as in Node", () => {
    const { core, context } = loadBare(code);
    for (const name of FORBIDDEN) {
      expect({ name, type: vm.runInContext(`typeof ${name}`, context) }).toEqual({ name, type: "undefined" });
    }
    const today = vm.runInContext("new Date(2026, 5, 1)", context) as Date;
    let found = 0;
    for (const text of SAMPLES) {
      const bare = JSON.parse(JSON.stringify(core.findCprNumbers(text, { today }))) as CprMatch[];
      expect(bare).toEqual(findCprNumbers(text, { today: new Date(2026, 5, 1) }));
      found += bare.length;
      const substitutes = core.findCprNumbers(text, { today, substituteNumbers: true });
      expect(substitutes.length).toBeGreaterThanOrEqual(bare.length);
    }
    expect(found).toBe(10);
    expect(core.findCprNumbers("CPR 040385-2732").length).toBe(1); // default today: the bare clock
    expect(core.maskCpr("040385 - 2732")).toBe("040385-XXXX");
  });
});

describe("purity of the whole detection core", () => {
  const code = bundle("src/detection/index.ts");

  it("bundles to ES2016", () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("loads without host globals and exposes the CPR finder", () => {
    const { core } = loadBare(code);
    expect(core.findCprNumbers("CPR 040385-2732").map((m) => m.evidence)).toEqual(["checksum"]);
  });
});

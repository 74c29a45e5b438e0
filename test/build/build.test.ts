// Runs the production build once (into a temporary folder, with a production base URL) and checks
// what a municipality would host: above all that the classic Outlook handler is one plain ES2016
// script that registers itself and works with nothing but `Office` around it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as vm from "node:vm";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import { docx, pdf, xlsx } from "../../src/extract/__tests__/fixtures";
import { createFakeComposeItem, createFakeOffice, createFakeSendEvent, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { classify, matrixCases, scenarioFor } from "../../dev/testing/fault-matrix";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const BASE = "https://addin.example.dk/sendevagt";
const handlerName = `sendevagt-handler-${pkg.version}.js`;
let out = "";
let log = "";
let handler = "";

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "sendevagt-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const result = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `outDir=${out}`, "--env", `baseUrl=${BASE}`], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_BASE_URL: "" },
  });
  log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${log}`);
  handler = readFileSync(join(out, handlerName), "utf8");
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("production build", () => {
  it("prints the classic handler's raw and gzip size", () => {
    const m = /classic handler (\S+): (\d+) bytes raw .*, (\d+) bytes gzip/.exec(log);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(handlerName);
    expect(Number(m![2])).toBe(Buffer.byteLength(handler));
    expect(Number(m![3])).toBe(gzipSync(Buffer.from(handler), { level: 9 }).length);
  });

  it("keeps the classic handler within 100 KB gzip", () => {
    // Outlook's 5-second Smart Alerts clock includes downloading the handler script; classic
    // Outlook caches it per version, so every release's first send per machine pays it in full.
    // The public-suffix data is the biggest single part: see scripts/generate-suffix-data.ts.
    expect(gzipSync(Buffer.from(handler), { level: 9 }).length).toBeLessThanOrEqual(102_400);
  });

  it("rewrites every manifest URL to the production base URL", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<bt:Url id="JSRuntime.Url" DefaultValue="${BASE}/${handlerName}"/>`);
    expect(manifest).toContain(`<bt:Url id="WebViewRuntime.Url" DefaultValue="${BASE}/commands.html"/>`);
    expect(manifest).toContain(`<IconUrl DefaultValue="${BASE}/assets/icon-64.png"/>`);
    for (const url of manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)) {
      const file = url[1]!.slice(BASE.length + 1);
      expect([file, existsSync(join(out, file))]).toEqual([file, true]);
    }
  });

  it("emits the well-known allow list naming the handler script", () => {
    const allowed = JSON.parse(readFileSync(join(out, ".well-known", "microsoft-officeaddins-allowed.json"), "utf8"));
    expect(allowed).toEqual({ allowed: [`${BASE}/${handlerName}`] });
  });

  it("loads office.js from Microsoft's CDN and the same handler in commands.html", () => {
    const html = readFileSync(join(out, "commands.html"), "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", handlerName]);
  });

  it("builds the task pane page when its entry exists", () => {
    if (!existsSync(join(root, "src/taskpane/index.tsx"))) return;
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const script = /<script defer(?:="defer")? src="(taskpane\.[0-9a-f]{8}\.js)"/.exec(html);
    expect(script).not.toBeNull();
    const code = readFileSync(join(out, script![1]!), "utf8");
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });
});

describe("classic Outlook handler script", () => {
  it("parses as an ES2016 script (no modules, async/await, spread, ?. or ??)", () => {
    expect(() => parse(handler, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("has no module loader, require, import or dev-server code", () => {
    for (const bad of ["__webpack_require__", "webpackChunk", "webpack-dev-server", "webpackHotUpdate", "sockjs", "module.hot", "import.meta", "sourceMappingURL"]) {
      expect([bad, handler.includes(bad)]).toEqual([bad, false]);
    }
    expect(handler).not.toMatch(/\brequire\s*\(/);
    expect(handler).not.toMatch(/\bimport\s*\(/);
  });

  // A bare context: only Office and timers, as in the JavaScript-only runtime. No window, document,
  // fetch (so the policy falls back to the zero-config defaults), URLSearchParams, TextEncoder —
  // and Intl removed, since some classic builds lack it.
  // `fastTimers` runs the handler's own long timers faster — its 20 s watchdog in 1.5 s, the 1.5 s
  // stamp and policy timeouts in 30 ms — so the fault matrix's never-answering calls finish
  // quickly; the fake Office keeps real time.
  function load(init: FakeComposeInit, displayLanguage = "da-DK", fetch?: (url: string) => Promise<unknown>, fastTimers = false) {
    const fake = createFakeComposeItem(init);
    const office = createFakeOffice({ item: fake.item, displayLanguage, requirementSets: { Mailbox: "1.14" } });
    const fast = (fn: () => void, ms = 0) => setTimeout(fn, ms >= 10_000 ? 1500 : Math.round(ms * 0.02));
    const timers = { setTimeout: fastTimers ? fast : setTimeout, clearTimeout };
    const context = vm.createContext(fetch ? { Office: office, ...timers, fetch } : { Office: office, ...timers });
    vm.runInContext("delete globalThis.Intl;", context);
    expect(vm.runInContext("typeof window + typeof document + typeof Intl + typeof URLSearchParams + typeof TextEncoder + typeof require", context)).toBe(
      "undefinedundefinedundefinedundefinedundefinedundefined",
    );
    vm.runInContext(handler, context, { filename: handlerName });
    return { fake, office };
  }

  async function send(office: ReturnType<typeof createFakeOffice>) {
    const ev = createFakeSendEvent();
    office.actions.invoke("onMessageSendHandler", ev.event);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("no completion")), 10_000);
    });
    const options = await Promise.race([ev.done, timeout]).finally(() => clearTimeout(timer));
    await new Promise((r) => setTimeout(r, 20));
    expect(ev.completions).toHaveLength(1);
    return options as Record<string, unknown>;
  }

  it("registers onMessageSendHandler at load time", () => {
    const { office } = load({});
    expect([...office.associations.keys()]).toEqual(["onMessageSendHandler"]);
  });

  it("lets an internal mail go and stamps it", async () => {
    const { fake, office } = load({ from: { emailAddress: "sb@randers.dk" }, to: ["kollega@randers.dk"], subject: "Møde", bodyHtml: "<p>Hej, vi ses kl. 10.</p>" });
    expect(await send(office)).toEqual({ allowEvent: true });
    expect(fake.inspect().headers["x-sendevagt"]).toContain("result=allow");
  });

  it("stops a CPR number to an external address with a masked Danish alert", async () => {
    const { office } = load({
      from: { emailAddress: "sb@randers.dk" },
      to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
      subject: "Din sag",
      bodyHtml: "<p>Vedr. CPR-nr. 010203-1008</p>",
    });
    const options = await send(office);
    expect(options).toMatchObject({ allowEvent: false, commandId: "msgComposeOpenPaneButton", cancelLabel: "Vis og ret" });
    expect(options.errorMessage).toContain("010203-XXXX");
    expect(options.errorMessage).toContain("borger@gmail.com");
    expect(options.errorMessage).not.toContain("1008");
    expect(options.contextData).not.toMatch(/[0-9]/);
  });

  it("stops the anders.dk mistake and names randers.dk", async () => {
    const { office } = load({ from: { emailAddress: "sb@randers.dk" }, to: ["jens.hansen@anders.dk"], subject: "Aftale", bodyHtml: "<p>Hej Jens</p>" });
    const options = await send(office);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("jens.hansen@anders.dk");
    expect(options.errorMessage).toContain("randers.dk");
  });

  it("fetches policy.json from the production base URL baked into the build", async () => {
    const policy = readFileSync(join(root, "examples/policy.randers.json"), "utf8");
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      return { ok: true, status: 200, text: async () => policy };
    };
    const { fake, office } = load({ from: { emailAddress: "sb@randers.dk" }, to: ["sagsbehandler@aarhus.dk"], bodyHtml: "<p>CPR 010203-1008</p>" }, "da-DK", fetch);
    expect(await send(office)).toEqual({ allowEvent: true });
    expect(asked).toEqual([`${BASE}/policy.json`]);
    expect(fake.inspect().headers["x-sendevagt"]).toBe(`sendevagt ${pkg.version}; result=allow; policy=2026-11-01`);
  });

  it("reads attachments (Word, Excel, PDF) in the bare runtime and names the file a CPR number stands in", async () => {
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
    const { fake, office } = load({
      from: { emailAddress: "sb@randers.dk" },
      to: ["borger@gmail.com"],
      subject: "Afgørelse",
      bodyHtml: "<p>Se vedhæftede.</p>",
      attachments: [
        { name: "brev.docx", content: b64(docx({ paragraphs: ["Kære borger"] })) },
        { name: "liste.xlsx", content: b64(xlsx([{ name: "Ark1", rows: [["Navn"], ["Anna"]] }])) },
        { name: "bilag.pdf", content: b64(pdf(["BT /F1 11 Tf 72 780 Td (Journal CPR-nr. 010203-1008) Tj ET"])) },
      ],
    });
    const options = await send(office);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("010203-XXXX");
    expect(options.errorMessage).toContain("Se vedhæftningen bilag.pdf.");
    expect(fake.callsTo("getAttachmentContentAsync")).toHaveLength(3);
  });

  // Issue 12: the call × fault matrix (test/support/fault-matrix.ts) against the shipped script.
  describe("fault matrix: every Office call × every fault kind, in the bare runtime", () => {
    it.each(matrixCases().map((c) => [c.method, c.kind, c.expected] as const))("%s answering %s → %s", async (method, kind, expected) => {
      const { fake, office } = load(scenarioFor(method), "da-DK", undefined, true);
      fake.failAlways(method, { mode: kind });
      const ev = createFakeSendEvent();
      office.actions.invoke("onMessageSendHandler", ev.event);
      const options = await ev.done;
      await new Promise((r) => setTimeout(r, 30));
      expect(ev.completions).toHaveLength(1);
      expect(classify(options, fake.inspect().headers["x-sendevagt"])).toBe(expected);
    });
  });
});

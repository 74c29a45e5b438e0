// analyzeMessage, parsePolicy and htmlToText as classic Outlook runs them: one ES2016 bundle in a
// bare context with no Node, DOM, Intl, console, TextEncoder or even globalThis. Same answers as in Node.
import * as vm from "node:vm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classicBundle } from "../../dev/testing/classic-bundle";
import { parse } from "acorn";
import { analyzeMessage, htmlToText, parsePolicy, sha256, type Message } from "./index";

const ROOT = join(__dirname, "..", "..");
const POLICY_TEXT = readFileSync(join(ROOT, "examples", "policy.randers.json"), "utf8");

function bundle(): string {
  return classicBundle(join(__dirname, "index.ts"));
}

const HTML =
  '<html><head><style>p{}</style></head><body><p>Kære Mette</p><p>Vedr. CPR&nbsp;010203-1148</p>' +
  '<div id="divRplyFwdMsg"><b>Fra:</b> Mette<br><b>Sendt:</b> i går</div><p>Mit nummer er 150572-1000</p></body></html>';

describe("the detection core in a bare ES2016 context", () => {
  const code = bundle();

  test("parses as ES2016", () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test("gives the same verdict as in Node", () => {
    const context = vm.createContext({});
    vm.runInContext("delete globalThis.Intl; delete globalThis.console; delete globalThis.globalThis;", context);
    expect(vm.runInContext("typeof globalThis", context)).toBe("undefined");
    vm.runInContext(code, context, { timeout: 10000 });
    const script = `(function () {
      var policy = Core.parsePolicy(JSON.parse(${JSON.stringify(POLICY_TEXT)}));
      var body = Core.htmlToText(${JSON.stringify(HTML)});
      var message = { to: [{ address: "mette@gmail.com" }, { address: "x@anders.dk" }], cc: [], bcc: [], subject: "Sag", body: body };
      var verdict = Core.analyzeMessage(message, policy, { today: new Date(2026, 10, 25), salt: "s" });
      var broken = ""; try { Core.parsePolicy({ organization: {} }); } catch (e) { broken = e.message; }
      return JSON.stringify({ body: body, verdict: verdict, hash: Core.sha256("æøå"), broken: broken });
    })()`;
    const bare = JSON.parse(vm.runInContext(script, context) as string);

    const body = htmlToText(HTML);
    const message: Message = { to: [{ address: "mette@gmail.com" }, { address: "x@anders.dk" }], cc: [], bcc: [], subject: "Sag", body };
    const verdict = analyzeMessage(message, parsePolicy(JSON.parse(POLICY_TEXT)), { today: new Date(2026, 10, 25), salt: "s" });
    expect(bare.body).toBe(body);
    expect(bare.verdict).toEqual(JSON.parse(JSON.stringify(verdict)));
    expect(bare.verdict.action).toBe("block");
    expect(bare.hash).toBe(sha256("æøå"));
    expect(bare.broken).toContain("organization.name: mangler");
  });
});

// The build's small rules, without running a build.
import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  resolveBaseUrl(env: { baseUrl?: string }): string;
  rewriteManifest(xml: string, baseUrl: string): string;
  handlerFileName(version?: string): string;
};

describe("webpack.config.js", () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  it("takes the base URL from --env, then ADDIN_BASE_URL, then localhost, without a trailing slash", () => {
    delete process.env.ADDIN_BASE_URL;
    expect(config.resolveBaseUrl({})).toBe("https://localhost:3000");
    process.env.ADDIN_BASE_URL = "https://addin.randers.dk/sendevagt/";
    expect(config.resolveBaseUrl({})).toBe("https://addin.randers.dk/sendevagt");
    expect(config.resolveBaseUrl({ baseUrl: "https://x.dk" })).toBe("https://x.dk");
  });

  it.each(["http://addin.randers.dk", "addin.randers.dk", "https://addin.randers.dk/?a=1", "https://addin.randers.dk/#x"])("refuses %s", (url) => {
    expect(() => config.resolveBaseUrl({ baseUrl: url })).toThrow(/ADDIN_BASE_URL/);
  });

  it("rewrites every development URL in the manifest and nothing else", () => {
    const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const out = config.rewriteManifest(xml, "https://addin.randers.dk/sendevagt");
    expect(out).not.toContain("localhost");
    expect(out.split("https://addin.randers.dk/sendevagt/").length).toBe(xml.split("https://localhost:3000/").length);
    expect(out.replace(/https:\/\/addin\.randers\.dk\/sendevagt/g, "https://localhost:3000")).toBe(xml);
  });

  it("names the handler file after the version", () => {
    expect(config.handlerFileName("1.2.3")).toBe("sendevagt-handler-1.2.3.js");
  });
});

// SEND_MODE=Block npm run build: IT's choice of the manifest's SendMode, validated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  resolveSendMode(env: { sendMode?: string }): string;
  rewriteManifest(xml: string, baseUrl: string, sendMode?: string): string;
};

const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

function launchEvents(manifest: string): { "@_SendMode": string; "@_FunctionName": string }[] {
  const found: { "@_SendMode": string; "@_FunctionName": string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "LaunchEvent") found.push(...(Array.isArray(value) ? value : [value]));
        else walk(value);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: false }).parse(manifest));
  return found;
}

describe("SEND_MODE build option", () => {
  const saved = process.env.SEND_MODE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SEND_MODE;
    else process.env.SEND_MODE = saved;
  });

  it("defaults to SoftBlock; --env sendMode wins over SEND_MODE", () => {
    delete process.env.SEND_MODE;
    expect(config.resolveSendMode({})).toBe("SoftBlock");
    process.env.SEND_MODE = "Block";
    expect(config.resolveSendMode({})).toBe("Block");
    expect(config.resolveSendMode({ sendMode: "SoftBlock" })).toBe("SoftBlock");
  });

  it.each(["PromptUser", "block", "BLOCK", "Soft", "Block ", ""])("refuses %j", (value) => {
    if (value === "") {
      // An empty SEND_MODE is unset: the default.
      process.env.SEND_MODE = "";
      expect(config.resolveSendMode({})).toBe("SoftBlock");
      return;
    }
    expect(() => config.resolveSendMode({ sendMode: value })).toThrow(/SEND_MODE must be SoftBlock or Block/);
  });

  it("Block changes the LaunchEvent's SendMode and nothing else", () => {
    const soft = config.rewriteManifest(xml, "https://addin.randers.dk/s");
    const block = config.rewriteManifest(xml, "https://addin.randers.dk/s", "Block");
    expect(launchEvents(soft).map((e) => e["@_SendMode"])).toEqual(["SoftBlock"]);
    expect(launchEvents(block).map((e) => e["@_SendMode"])).toEqual(["Block"]);
    expect(launchEvents(block)[0]?.["@_FunctionName"]).toBe("onMessageSendHandler");
    expect(block.replace('SendMode="Block"', 'SendMode="SoftBlock"')).toBe(soft);
    expect(() => config.rewriteManifest(xml, "https://x.dk", "PromptUser")).toThrow(/SEND_MODE/);
  });

  it("refuses a manifest without exactly one LaunchEvent SendMode", () => {
    expect(() => config.rewriteManifest(xml.replace(/SendMode="SoftBlock"/, ""), "https://x.dk")).toThrow(/exactly one LaunchEvent/);
  });
});

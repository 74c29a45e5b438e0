// Structural checks of manifest.xml (Microsoft's validator needs the internet; these run offline).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

type Node = Record<string, unknown>;
// Ordered form: keeps child order, for the schema's sequence rules.
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true, commentPropName: "#comment" }).parse(xml) as Node[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false }).parse(xml) as Node;

function childNames(nodes: Node[]): string[] {
  return nodes.flatMap((n) => Object.keys(n).filter((k) => k !== ":@" && k !== "#comment" && k !== "#text"));
}
function childrenOf(nodes: Node[], name: string): Node[] {
  const found = nodes.find((n) => name in n);
  if (!found) throw new Error(`no <${name}>`);
  return found[name] as Node[];
}
function attrsOf(nodes: Node[], name: string): Record<string, string> {
  return ((nodes.find((n) => name in n) ?? {})[":@"] ?? {}) as Record<string, string>;
}
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as Node));
      all(v, name, out);
    }
  }
  return out;
}
function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const officeApp = tree.OfficeApp as Node;
const vo10 = officeApp.VersionOverrides as Node;
const vo11 = vo10.VersionOverrides as Node;
const host = ((vo11.Hosts as Node).Host as Node);
const resources = vo11.Resources as Node;
const urls = list((resources["bt:Urls"] as Node)["bt:Url"] as Node[]);
const images = list((resources["bt:Images"] as Node)["bt:Image"] as Node[]);
const shortStrings = list((resources["bt:ShortStrings"] as Node)["bt:String"] as Node[]);
const longStrings = list((resources["bt:LongStrings"] as Node)["bt:String"] as Node[]);
const urlById = new Map(urls.map((u) => [u["@id"] as string, u["@DefaultValue"] as string]));
const allResourceIds = new Set([...urls, ...images, ...shortStrings, ...longStrings].map((r) => r["@id"] as string));
const extensionPoints = list(((host.DesktopFormFactor as Node).ExtensionPoint) as Node[]);
const launch = extensionPoints.find((e) => e["@xsi:type"] === "LaunchEvent")!;
const composeSurface = extensionPoints.find((e) => e["@xsi:type"] === "MessageComposeCommandSurface")!;
const runtime = (host.Runtimes as Node).Runtime as Node;

describe("manifest.xml", () => {
  it("is a MailApp with the schema's element order", () => {
    const app = childrenOf(ordered, "OfficeApp");
    expect(attrsOf(ordered, "OfficeApp")["@xsi:type"]).toBe("MailApp");
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides"];
    const names = childNames(app);
    expect(names.every((n) => order.includes(n))).toBe(true);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // VersionOverrides 1.1 is the last child of 1.0, and its own children come in order.
    const v10 = childrenOf(app, "VersionOverrides");
    expect(childNames(v10).at(-1)).toBe("VersionOverrides");
    expect(childNames(childrenOf(v10, "VersionOverrides"))).toEqual(["Requirements", "Hosts", "Resources"]);
  });

  it("has a fixed GUID id, ReadWriteItem, and Version tied to package.json", () => {
    expect(officeApp.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(officeApp.Permissions).toBe("ReadWriteItem");
    expect(officeApp.Version).toBe(`${pkg.version}.0`);
  });

  it("asks for Mailbox 1.12 on VersionOverrides 1.1, no higher", () => {
    expect(vo10["@xsi:type"]).toBe("VersionOverridesV1_0");
    expect(vo11["@xsi:type"]).toBe("VersionOverridesV1_1");
    const sets = (vo11.Requirements as Node)["bt:Sets"] as Node;
    expect(sets["@DefaultMinVersion"]).toBe("1.12");
    expect((sets["bt:Set"] as Node)["@Name"]).toBe("Mailbox");
  });

  it("has exactly one OnMessageSend in SoftBlock whose source is the runtime", () => {
    const events = list(((launch.LaunchEvents as Node).LaunchEvent) as Node[]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ "@Type": "OnMessageSend", "@FunctionName": "onMessageSendHandler", "@SendMode": "SoftBlock" });
    expect((launch.SourceLocation as Node)["@resid"]).toBe(runtime["@resid"]);
    expect(urlById.get(runtime["@resid"] as string)).toBe("https://localhost:3000/commands.html");
  });

  it("overrides the runtime with the versioned standalone handler script", () => {
    const override = runtime.Override as Node;
    expect(override["@type"]).toBe("javascript");
    expect(urlById.get(override["@resid"] as string)).toBe(`https://localhost:3000/sendevagt-handler-${pkg.version}.js`);
  });

  it("uses the function name that src/commands associates", () => {
    const source = readdirSync(join(root, "src/commands"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(join(root, "src/commands", f), "utf8"))
      .join("\n");
    // The handler is registered through src/outlook's associateHandler (only src/outlook touches Office).
    const associated = [...source.matchAll(/associateHandler\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(associated).toEqual([launch && ((launch.LaunchEvents as Node).LaunchEvent as Node)["@FunctionName"]]);
  });

  it("has a compose button whose id is the Smart Alert's commandId and which opens the task pane", () => {
    const control = (((composeSurface.OfficeTab as Node).Group as Node).Control as Node);
    const alertSource = readFileSync(join(root, "src/commands/alert.ts"), "utf8");
    const commandId = /PANE_COMMAND_ID = "([^"]+)"/.exec(alertSource)![1];
    expect(control["@id"]).toBe(commandId);
    expect(control["@xsi:type"]).toBe("Button");
    expect((control.Action as Node)["@xsi:type"]).toBe("ShowTaskpane");
    expect(urlById.get(((control.Action as Node).SourceLocation as Node)["@resid"] as string)).toBe("https://localhost:3000/taskpane.html");
  });

  it("defines every resid it uses, each at most 32 characters", () => {
    const used = all(tree, "@resid").map(String);
    const usedIds = [...new Set([...used, ...all(vo11, "Label").map((l) => l["@resid"] as string), ...all(vo11, "Title").map((l) => l["@resid"] as string)])];
    expect(usedIds.length).toBeGreaterThan(5);
    for (const id of usedIds) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(allResourceIds.has(id)).toBe(true);
    }
    for (const id of allResourceIds) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("uses absolute https URLs only", () => {
    const values = [...xml.matchAll(/(?:DefaultValue|Value)="([^"]*:\/\/[^"]*)"/g)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThanOrEqual(8);
    for (const v of values) expect(v).toMatch(/^https:\/\/localhost:3000\//);
    // Namespace names are http:// by definition; nothing else may be.
    expect(xml.replace(/xmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);
  });

  it("has Danish overrides for every string and the button labels", () => {
    for (const s of [...shortStrings, ...longStrings]) expect((s["bt:Override"] as Node)["@Locale"]).toBe("da-DK");
    const label = shortStrings.find((s) => s["@id"] === "TaskpaneButton.Label")!;
    expect(label["@DefaultValue"]).toBe("Check mail");
    expect((label["bt:Override"] as Node)["@Value"]).toBe("Kontrollér mail");
    for (const s of shortStrings) expect((s["@DefaultValue"] as string).length).toBeLessThanOrEqual(125);
    for (const s of longStrings) expect((s["@DefaultValue"] as string).length).toBeLessThanOrEqual(250);
    expect(((officeApp.DisplayName as Node).Override as Node)["@Locale"]).toBe("da-DK");
  });

  it("points at icon files that exist with the right pixel sizes", () => {
    const iconUrls: [string, number][] = [
      [(officeApp.IconUrl as Node)["@DefaultValue"] as string, 64],
      [(officeApp.HighResolutionIconUrl as Node)["@DefaultValue"] as string, 128],
      ...images.map((i) => [i["@DefaultValue"] as string, Number(/(\d+)x\d+/.exec(i["@id"] as string)![1])] as [string, number]),
    ];
    expect(iconUrls.map(([, size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [url, size] of iconUrls) {
      const file = join(root, url.replace("https://localhost:3000/", ""));
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

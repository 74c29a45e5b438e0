// What the simulator needs from manifest.xml, read the way Outlook reads it: the add-in's name,
// the function the OnMessageSend event calls, the page that hosts it, and the task pane buttons
// a Smart Alert's commandId may name. Reading it (instead of hard-coding) lets the simulator
// catch a manifest that does not match the code, as Outlook would.
import { XMLParser } from "fast-xml-parser";

export interface AddinInfo {
  displayName: string;
  /** LaunchEvent OnMessageSend FunctionName. */
  functionName: string;
  /** Path of the Runtime page (commands.html) on the add-in's origin. */
  commandsPath: string;
  /** Task pane buttons on the compose surface: control id → path of the pane page. */
  paneButtons: { id: string; label: string; labels: Record<string, string>; path: string }[];
  /** DisplayName per Override Locale, e.g. { "da-DK": "Sendevagt" }. */
  displayNames: Record<string, string>;
}

type XmlNode = Record<string, unknown>;

const FALLBACK: AddinInfo = {
  displayName: "Sendevagt",
  functionName: "onMessageSendHandler",
  commandsPath: "/commands.html",
  paneButtons: [],
  displayNames: {},
};

/** Every element named `name` anywhere below `node` (namespace prefixes ignored). */
function findAll(node: unknown, name: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const child of node) findAll(child, name, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key.startsWith("@_")) continue;
      const local = key.includes(":") ? key.slice(key.indexOf(":") + 1) : key;
      if (local === name) {
        for (const el of Array.isArray(value) ? value : [value]) {
          if (el && typeof el === "object") out.push(el as XmlNode);
        }
      }
      findAll(value, name, out);
    }
  }
  return out;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith("@_")) continue;
    const bare = key.slice(2);
    const local = bare.includes(":") ? bare.slice(bare.indexOf(":") + 1) : bare;
    if (local === name && typeof value === "string") return value;
  }
  return undefined;
}

function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** Locale → text from an element's Override children (Value attribute). */
function overrides(node: XmlNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of findAll(node, "Override")) {
    const locale = attr(o, "Locale");
    const value = attr(o, "Value");
    if (locale && value) out[locale] = value;
  }
  return out;
}

export function readAddinInfo(xml: string): AddinInfo {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(xml) as XmlNode;
  const urls = new Map<string, string>();
  for (const url of findAll(doc, "Url")) {
    const id = attr(url, "id");
    const value = attr(url, "DefaultValue");
    if (id && value) urls.set(id, value);
  }
  const strings = new Map<string, { value: string; locales: Record<string, string> }>();
  for (const s of findAll(doc, "String")) {
    const id = attr(s, "id");
    const value = attr(s, "DefaultValue");
    if (id && value) strings.set(id, { value, locales: overrides(s) });
  }
  const displayNameNode = findAll(doc, "DisplayName")[0];
  const displayName = attr(displayNameNode, "DefaultValue") ?? FALLBACK.displayName;
  const launch = findAll(doc, "LaunchEvent").find((e) => attr(e, "Type") === "OnMessageSend");
  const runtime = findAll(doc, "Runtime")[0];
  const commandsUrlPath = pathOf(urls.get(attr(runtime, "resid") ?? "")) ?? FALLBACK.commandsPath;
  // The build may put the add-in under a folder of the production host (https://host/sendevagt/);
  // the simulator serves dist/ at its root, so paths are taken relative to the add-in's folder.
  const base = commandsUrlPath.slice(0, commandsUrlPath.lastIndexOf("/") + 1);
  const local = (p: string) => (p.startsWith(base) ? `/${p.slice(base.length)}` : p);
  const commandsPath = local(commandsUrlPath);

  const paneButtons: AddinInfo["paneButtons"] = [];
  for (const surface of findAll(doc, "ExtensionPoint").filter((e) => attr(e, "type") === "MessageComposeCommandSurface")) {
    for (const control of findAll(surface, "Control")) {
      const action = findAll(control, "Action")[0];
      if (attr(action, "type") !== "ShowTaskpane") continue;
      const source = findAll(action, "SourceLocation")[0];
      const urlPath = pathOf(urls.get(attr(source, "resid") ?? ""));
      const path = urlPath === undefined ? undefined : local(urlPath);
      const id = attr(control, "id");
      const label = strings.get(attr(findAll(control, "Label")[0], "resid") ?? "");
      if (id && path) paneButtons.push({ id, label: label?.value ?? displayName, labels: label?.locales ?? {}, path });
    }
  }
  return {
    displayName,
    functionName: attr(launch, "FunctionName") ?? FALLBACK.functionName,
    commandsPath,
    paneButtons,
    displayNames: overrides(displayNameNode),
  };
}

export function fallbackAddinInfo(): AddinInfo {
  return { ...FALLBACK, paneButtons: [], displayNames: {} };
}

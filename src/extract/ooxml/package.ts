// An Office Open XML package (docx/xlsx/pptx): a zip of XML parts linked by relationship files.
import type { Budget } from "../context";
import { decodeText, decodeUtf8 } from "../decode";
import { attr, walkXml } from "../xml-walk";
import { readEntry, type ZipEntry } from "../zip";

export class Package {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    readonly budget: Budget,
  ) {
    for (const e of entries) this.byName.set(e.name.replace(/^\//, ""), e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return Array.from(this.byName.keys());
  }

  /** A part's text, or undefined when the part is absent. Throws Stop from the zip reader. */
  read(name: string): string | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    this.budget.check();
    return decodeXml(readEntry(this.bytes, e, this.budget), this.budget);
  }

  /** Relationship id → target part name, resolved against the source part's folder. */
  rels(part: string): Map<string, string> {
    const slash = part.lastIndexOf("/");
    const dir = slash < 0 ? "" : part.slice(0, slash + 1);
    const xml = this.read(dir + "_rels/" + part.slice(slash + 1) + ".rels");
    const map = new Map<string, string>();
    if (!xml) return map;
    walkXml(xml, {
      wantText: false,
      open(name, attrs) {
        if (name !== "Relationship") return;
        const id = attr(attrs, "Id");
        const target = attr(attrs, "Target");
        if (id && target && attr(attrs, "TargetMode") !== "External") map.set(id, resolvePath(dir, target));
      },
      close() {},
      text() {},
    });
    return map;
  }
}

const DECODE_STEP = 4 * 1024 * 1024;

/**
 * XML parts are UTF-8 (or, rarely, UTF-16 with a BOM). Large ones are decoded in steps cut at
 * character boundaries, so the deadline is checked while a 100 MB sheet is being read.
 */
function decodeXml(bytes: Uint8Array, budget: Budget): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length <= DECODE_STEP || (bom === 0 && bytes[0] !== 0x3c)) return decodeText(bytes);
  const parts: string[] = [];
  for (let i = bom; i < bytes.length; ) {
    let j = Math.min(bytes.length, i + DECODE_STEP);
    while (j < bytes.length && (bytes[j]! & 0xc0) === 0x80) j++;
    parts.push(decodeUtf8(bytes, false, i, j));
    budget.check();
    i = j;
  }
  return parts.join("");
}

export function resolvePath(dir: string, target: string): string {
  if (target.charAt(0) === "/") return target.slice(1);
  const out = dir.split("/").filter((s) => s !== "");
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Part names matching `re`, in natural order of their number (slide2 before slide10). */
export function numbered(pkg: Package, re: RegExp): string[] {
  return pkg
    .names()
    .filter((n) => re.test(n))
    .sort((a, b) => numberIn(a) - numberIn(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function numberIn(name: string): number {
  const m = /(\d+)\.xml$/.exec(name);
  return m ? parseInt(m[1]!, 10) : 0;
}

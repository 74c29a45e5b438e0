// An Office Open XML package (docx/xlsx/pptx): a zip of XML parts linked by relationship files.
import type { Budget } from "../context";
import { decodeText, encodeUtf8, sniffUtf16 } from "../decode";
import { isValidUtf8 } from "../text-sink";
import type { UnreadableReason } from "../types";
import { walkXml } from "../xml-walk";
import { readEntry, type ZipEntry } from "../zip";

/** One relationship of a part: its type (the last segment of the type URI, e.g. "header") and target part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export class Package {
  /** By lower-cased name: Office treats part names case-insensitively, and so do writers. */
  private readonly byName = new Map<string, ZipEntry>();
  private readonly relCache = new Map<string, Relationship[]>();
  /** Parts already read as text, so following relationships never reads one twice. */
  readonly seen = new Set<string>();
  /** Set by a reader when a part that can carry visible text could not be read. */
  problem: UnreadableReason | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    readonly budget: Budget,
    /** Nesting depth of this file, for parts read as files of their own (altChunk). */
    readonly depth = 0,
  ) {
    for (const e of entries) this.byName.set(e.name.replace(/^\//, "").toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  names(): string[] {
    return Array.from(this.byName.values()).map((e) => e.name.replace(/^\//, ""));
  }

  /** A part as UTF-8 XML bytes, or undefined when the part is absent. Throws Stop from the zip reader. */
  readXml(name: string): Uint8Array | undefined {
    const bytes = this.readBytes(name);
    if (bytes === undefined) return undefined;
    this.seen.add(name.toLowerCase());
    return utf8Xml(bytes);
  }

  /** A part's bytes, or undefined when the part is absent. */
  readBytes(name: string): Uint8Array | undefined {
    const e = this.byName.get(name.toLowerCase());
    if (!e) return undefined;
    this.budget.check();
    return readEntry(this.bytes, e, this.budget);
  }

  /** Relationship id → target part name, resolved against the source part's folder. */
  rels(part: string): Map<string, string> {
    const map = new Map<string, string>();
    for (const r of this.relationships(part)) map.set(r.id, r.target);
    return map;
  }

  /** The part's internal relationships ("" for the package's own: _rels/.rels). */
  relationships(part: string): Relationship[] {
    const key = part.toLowerCase();
    const cached = this.relCache.get(key);
    if (cached) return cached;
    const slash = part.lastIndexOf("/");
    const dir = slash < 0 ? "" : part.slice(0, slash + 1);
    const bytes = this.readBytes(dir + "_rels/" + part.slice(slash + 1) + ".rels");
    const list: Relationship[] = [];
    this.relCache.set(key, list);
    if (!bytes) return list;
    for (const r of relationshipsIn(bytes)) {
      if (!r.external && r.id) list.push({ id: r.id, type: r.type.slice(r.type.lastIndexOf("/") + 1), target: resolvePath(dir, r.target) });
    }
    return list;
  }

  /**
   * The targets of every external relationship in the package (hyperlinks, linked pictures and
   * templates): they travel with the file, and a case system's link can carry a citizen's number.
   */
  externalTargets(): string[] {
    const out: string[] = [];
    for (const name of this.names()) {
      const bytes = /\.rels$/i.test(name) ? this.readBytes(name) : undefined;
      if (bytes) for (const r of relationshipsIn(bytes)) if (r.external) out.push(r.target);
    }
    return out;
  }

  /** A part's declared content type ([Content_Types].xml: an Override for the part, else the Default for its extension). */
  contentType(part: string): string {
    const xml = this.readXml("[Content_Types].xml") || EMPTY;
    const want = "/" + part.toLowerCase();
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    let found = "";
    let byExt = "";
    walkXml(xml, {
      wantText: false,
      open(name, tag) {
        if (name === "Override" && (tag.get("PartName") || "").toLowerCase() === want) found = tag.get("ContentType") || "";
        else if (name === "Default" && (tag.get("Extension") || "").toLowerCase() === ext) byExt = tag.get("ContentType") || "";
      },
      close() {},
      text() {},
    });
    return found || byExt;
  }

  /** The main document part, as the package relationships name it (word/document.xml in most files). */
  mainPart(): string | undefined {
    const r = this.relationships("").find((x) => x.type === "officeDocument" && this.has(x.target));
    return r && r.target;
  }
}

export const EMPTY = new Uint8Array(0);

/** Above this size a part that starts like XML is read as UTF-8 without first checking it is valid. */
const LARGE_PART = 4 * 1024 * 1024;

/** Every relationship of a .rels part that has a target, as written: its Id ("" if none), Type, Target, and whether it points outside. */
function relationshipsIn(bytes: Uint8Array): { id: string; type: string; target: string; external: boolean }[] {
  const list: { id: string; type: string; target: string; external: boolean }[] = [];
  walkXml(utf8Xml(bytes), {
    wantText: false,
    open(name, tag) {
      if (name !== "Relationship") return;
      const id = tag.get("Id");
      const target = tag.get("Target");
      if (target) list.push({ id: id || "", type: tag.get("Type") || "", target, external: tag.get("TargetMode") === "External" });
    },
    close() {},
    text() {},
  });
  return list;
}

/**
 * XML parts are UTF-8 (or, rarely, UTF-16 with a BOM): the bytes as UTF-8 for the walker, with
 * the same reading of odd parts as decodeText gives (UTF-16 by BOM or by its zero bytes,
 * Windows-1252 when a small part is not valid UTF-8); malformed bytes in a large part become U+FFFD.
 */
export function utf8Xml(bytes: Uint8Array): Uint8Array {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bom) return bytes.subarray(3);
  if (bytes.length > LARGE_PART && bytes[0] === 0x3c) return bytes;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || sniffUtf16(bytes) !== null;
  return !utf16 && isValidUtf8(bytes) ? bytes : encodeUtf8(decodeText(bytes));
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

/** Part names matching `re` (in any case), in natural order of their number (slide2 before slide10). */
export function numbered(pkg: Package, re: RegExp): string[] {
  const anyCase = re.flags.indexOf("i") >= 0 ? re : new RegExp(re.source, re.flags + "i");
  return pkg
    .names()
    .filter((n) => anyCase.test(n))
    .sort((a, b) => numberIn(a) - numberIn(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function numberIn(name: string): number {
  const m = /(\d+)\.xml$/.exec(name);
  return m ? parseInt(m[1]!, 10) : 0;
}

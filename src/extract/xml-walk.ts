// A linear, forgiving walk over XML: tags and text, no tree, no regex backtracking.
// OOXML parts can be tens of megabytes; this reads them in one pass with indexOf.
import type { Budget } from "./context";

export interface XmlVisitor {
  /** `attrs` is the raw attribute source; read values with attr(). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between tags (entities still encoded); CDATA arrives decoded via `cdata`. */
  text(raw: string, cdata: boolean): void;
  /** When false, text between tags is skipped without slicing (most of a document is markup). */
  wantText: boolean;
  /**
   * Element names as written ("w:t") instead of local names ("t"). Office XML readers want local
   * names: the prefix is the writer's choice, and a document read as empty would pass as checked.
   */
  qualifiedNames?: boolean;
  /** When false, `attrs` is always "" (one slice less per tag). */
  wantAttrs?: boolean;
}

export function walkXml(xml: string, v: XmlVisitor, budget?: Budget): void {
  const qualified = v.qualifiedNames === true;
  const wantAttrs = v.wantAttrs !== false;
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && v.wantText) v.text(xml.slice(i, textEnd), false);
    if (lt < 0) return;
    if (budget) budget.tick();
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        i = e < 0 ? n : e + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        const end = e < 0 ? n : e;
        if (v.wantText) v.text(xml.slice(lt + 9, end), true);
        i = end + 3;
      } else {
        const e = xml.indexOf(">", lt + 2);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c === 63 /* ? */) {
      const e = xml.indexOf("?>", lt + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) return;
    const closing = c === 47; /* / */
    let nameStart = closing ? lt + 2 : lt + 1;
    while (nameStart < gt && isSpace(xml.charCodeAt(nameStart))) nameStart++;
    let nameEnd = nameStart;
    let colon = -1;
    while (nameEnd < gt) {
      const d = xml.charCodeAt(nameEnd);
      if (isSpace(d) || d === 47) break;
      if (d === 58 /* : */ && colon < 0) colon = nameEnd;
      nameEnd++;
    }
    const name = xml.slice(colon >= 0 && !qualified ? colon + 1 : nameStart, nameEnd);
    if (closing) v.close(name);
    else {
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      v.open(name, wantAttrs ? xml.slice(nameEnd, selfClosing ? gt - 1 : gt) : "", selfClosing);
      if (selfClosing) v.close(name);
    }
    i = gt + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The '>' closing a tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  let quote = 0;
  for (let i = from; i < n; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** An attribute's decoded value from a tag's raw attribute source, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  let i = 0;
  for (;;) {
    const k = attrs.indexOf(name, i);
    if (k < 0) return undefined;
    const before = k === 0 ? 32 : attrs.charCodeAt(k - 1);
    let j = k + name.length;
    while (attrs.charCodeAt(j) === 32) j++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && attrs.charCodeAt(j) === 61 /* = */) {
      j++;
      while (attrs.charCodeAt(j) === 32) j++;
      const q = attrs[j];
      if (q === '"' || q === "'") {
        const e = attrs.indexOf(q, j + 1);
        if (e < 0) return undefined;
        return decodeEntities(attrs.slice(j + 1, e));
      }
    }
    i = k + name.length;
  }
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const cp = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    const named = NAMED[body];
    return named !== undefined ? named : m;
  });
}

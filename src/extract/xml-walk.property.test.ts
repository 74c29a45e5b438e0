// The byte walker against a slow reference: the string walker it replaced (slices per tag, a regex
// for entities), on seeded random XML with every kind of character data the generator makes.
// Tags, attribute values and decoded text must agree event for event.
import { oddElement, randomCharData, randomText, seeded, type Rnd } from "./__tests__/office-generator";
import { TextSink } from "./text-sink";
import { walkXml } from "./xml-walk";

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function refEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const cp = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body] !== undefined ? NAMED[body]! : m;
  });
}

function refAttr(attrs: string, name: string): string | undefined {
  for (let i = 0; ; ) {
    const k = attrs.indexOf(name, i);
    if (k < 0) return undefined;
    let j = k + name.length;
    while (attrs[j] === " ") j++;
    if (/\s/.test(k === 0 ? " " : attrs[k - 1]!) && attrs[j] === "=") {
      j++;
      while (attrs[j] === " ") j++;
      const q = attrs[j];
      if (q === '"' || q === "'") {
        const e = attrs.indexOf(q, j + 1);
        return e < 0 ? undefined : refEntities(attrs.slice(j + 1, e));
      }
    }
    i = k + name.length;
  }
}

const ATTRS = ["val", "note", "r:id", "id", "t", "s"];

/** The reference: a plain string walk, as src/extract did it before it read bytes. */
function reference(xml: string, qualified: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < xml.length; ) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) out.push("T" + refEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = end(xml.indexOf("-->", lt + 4), 3, xml);
    else if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      out.push("T" + xml.slice(lt + 9, e < 0 ? xml.length : e));
      i = end(e, 3, xml);
    } else if (xml[lt + 1] === "!") i = end(xml.indexOf(">", lt + 2), 1, xml);
    else if (xml[lt + 1] === "?") i = end(xml.indexOf("?>", lt + 2), 2, xml);
    else {
      const m = /^<(\/?)\s*([^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml.slice(lt));
      if (!m) break;
      const name = qualified ? m[2]! : m[2]!.slice(m[2]!.indexOf(":") + 1);
      const self = m[3]!.endsWith("/");
      const attrs = self ? m[3]!.slice(0, -1) : m[3]!;
      if (m[1]) out.push("C" + name);
      else out.push("O" + name + ATTRS.map((a) => "|" + refAttr(attrs, a)).join("") + (self ? "/" : ""), ...(self ? ["C" + name] : []));
      i = lt + m[0].length;
    }
  }
  return merge(out);
}

function end(e: number, len: number, xml: string): number {
  return e < 0 ? xml.length : e + len;
}

/** Adjacent text events joined: where a text node is split (comments) does not matter to readers. */
function merge(events: string[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e[0] === "T" && out.length && out[out.length - 1]![0] === "T") out[out.length - 1] += e.slice(1);
    else out.push(e);
  }
  return out;
}

function walked(xml: string, qualified: boolean): string[] {
  const out: string[] = [];
  const sink = new TextSink();
  walkXml(xml, {
    wantText: true,
    qualifiedNames: qualified,
    open: (name, tag, self) => out.push("O" + name + ATTRS.map((a) => "|" + tag.get(a)).join("") + (self ? "/" : "")),
    close: (name) => out.push("C" + name),
    text: (bytes, start, stop, cdata) => {
      sink.appendXml(bytes, start, stop, cdata);
      out.push("T" + sink.take());
    },
  });
  return merge(out);
}

function randomXml(r: Rnd): string {
  let s = "";
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.4) s += `<w:t xml:space="preserve">${randomCharData(r)}</w:t>`;
    else if (k < 0.6) s += oddElement(r, randomCharData(r));
    else if (k < 0.75) s += `<c r="A${i}" s="${Math.floor(r() * 9)}" t='s'><v>${Math.floor(r() * 99)}</v></c>`;
    else if (k < 0.85) s += `<x:rel id = "a&amp;${randomText(r, 4).replace(/["'<&]/g, "")}" r:id="rId${i}"/>`;
    else s += randomCharData(r);
  }
  return `<?xml version="1.0"?><root>${s}</root>`;
}

test.each([false, true])("the byte walker agrees with the string reference on 1,500 random documents (qualified names: %s)", (qualified) => {
  for (let seed = 1; seed <= 1500; seed++) {
    const xml = randomXml(seeded(seed * 7919 + (qualified ? 1 : 0)));
    expect({ seed, events: walked(xml, qualified) }).toEqual({ seed, events: reference(xml, qualified) });
  }
});

import { TextSink } from "./text-sink";
import { walkXml } from "./xml-walk";

/** Character data decoded as the readers decode it. */
function decodeEntities(s: string): string {
  const sink = new TextSink();
  const bytes = Buffer.from(s);
  sink.appendXml(bytes, 0, bytes.length, false);
  return sink.take();
}

/** An attribute of a tag whose attribute source is `attrs`. */
function attr(attrs: string, name: string): string | undefined {
  let got: string | undefined;
  walkXml(`<x${attrs}/>`, { wantText: false, open: (_n, tag) => (got = tag.get(name)), close() {}, text() {} });
  return got;
}

function events(xml: string): string[] {
  const out: string[] = [];
  const sink = new TextSink();
  walkXml(xml, {
    wantText: true,
    open: (n, tag, self) => {
      const source = Buffer.from(tag.bytes.subarray(tag.start, tag.end)).toString().trim();
      out.push(`<${n}${source ? " " + source : ""}${self ? "/" : ""}>`);
    },
    close: (n) => out.push(`</${n}>`),
    text: (bytes, start, end, cdata) => {
      sink.appendXml(bytes, start, end, true);
      const t = sink.take();
      out.push(cdata ? `[${t}]` : t);
    },
  });
  return out;
}

test("tags, text, self-closing, comments, CDATA, processing instructions", () => {
  expect(events('<?xml version="1.0"?><a x="1 > 2"><!-- <b> --><b/>t<![CDATA[<c>]]></a>')).toEqual([
    '<a x="1 > 2">',
    "<b/>",
    "</b>",
    "t",
    "[<c>]",
    "</a>",
  ]);
});

test("unterminated input ends the walk instead of looping", () => {
  expect(events("<a>text<b attr='x")).toEqual(["<a>", "text"]);
  expect(events("<!-- never closed")).toEqual([]);
});

test("entities: named, decimal, hex; unknown ones left alone", () => {
  expect(decodeEntities("&lt;&amp;&gt;&quot;&apos;&#248;&#xE5;&nbsp;&#0;")).toBe("<&>\"'øå&nbsp;&#0;");
});

test("the sink decodes UTF-8 and entities together, as decodeEntities does", () => {
  const sink = new TextSink();
  const bytes = Buffer.from("&lt;&amp;&gt;&quot;&apos;&#248;&#xE5;&nbsp;&#0;æ😀&#x1F600;&#X41;&;&#x110000;&amp");
  sink.appendXml(bytes, 0, bytes.length, false);
  expect(sink.take()).toBe("<&>\"'øå&nbsp;&#0;æ😀😀&#X41;&;&#x110000;&amp");
  sink.appendXml(Uint8Array.from([0x41, 0xff, 0xe2, 0x82, 0x42]), 0, 5, false);
  expect(sink.take()).toBe("A\ufffd\ufffd\ufffdB");
});

test("attr reads whole attribute names only", () => {
  expect(attr(' r:id="rId2" id="7"', "id")).toBe("7");
  expect(attr(' r:id="rId2" id="7"', "r:id")).toBe("rId2");
  expect(attr(" name='A &amp; B'", "name")).toBe("A & B");
  expect(attr(' x="1"', "y")).toBeUndefined();
});

test("linear time: a 20 MB part with no quotes and many tags", () => {
  const xml = Buffer.from("<si><t>0102030028</t></si>".repeat(800000));
  const t = Date.now();
  let n = 0;
  walkXml(xml, { wantText: false, open: () => n++, close() {}, text() {} });
  expect(n).toBe(1600000);
  expect(Date.now() - t).toBeLessThan(3000);
});

test("large XML parts keep multi-byte characters whole", async () => {
  const { Package } = await import("./ooxml/package");
  const { Budget } = await import("./context");
  const { zipSync, strToU8 } = await import("fflate");
  const xml = "<x>" + "æøå€😀".repeat(600000) + "</x>"; // > 4 MB of UTF-8 with 2-, 3- and 4-byte characters
  const zip = zipSync({ "a.xml": strToU8(xml) });
  const budget = new Budget({ maxFileBytes: 1e9 });
  const { readZipIndex } = await import("./zip");
  const bytes = new Package(zip, readZipIndex(zip, budget), budget).readXml("a.xml")!;
  const sink = new TextSink();
  sink.appendXml(bytes, 0, bytes.length, true);
  expect(sink.take()).toBe(xml);
});

test("a name ends at '>', '/', whitespace or a quote; the tag still ends past quoted '>'", () => {
  expect(events('<w:t>a</w:t><w:br/><c\nr="A1"><v>1</v></c><x a=">"/>')).toEqual([
    "<t>", "a", "</t>", "<br/>", "</br>", '<c r="A1">', "<v>", "1", "</v>", "</c>", '<x a=">"/>', "</x>",
  ]);
  // Broken markup: a quote right after the name starts a quoted stretch that hides the '>' in it.
  expect(events('<a"b>c">t</a>')).toEqual(['<a "b>c">', "t", "</a>"]);
  expect(events("< >t</ >")).toEqual(["<>", "t", "</>"]);
});

import { attr, decodeEntities, walkXml } from "./xml-walk";

function events(xml: string): string[] {
  const out: string[] = [];
  walkXml(xml, {
    wantText: true,
    open: (n, a, self) => out.push(`<${n}${a.trim() ? " " + a.trim() : ""}${self ? "/" : ""}>`),
    close: (n) => out.push(`</${n}>`),
    text: (t, cdata) => out.push(cdata ? `[${t}]` : t),
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

test("attr reads whole attribute names only", () => {
  expect(attr(' r:id="rId2" id="7"', "id")).toBe("7");
  expect(attr(' r:id="rId2" id="7"', "r:id")).toBe("rId2");
  expect(attr(" name='A &amp; B'", "name")).toBe("A & B");
  expect(attr(' x="1"', "y")).toBeUndefined();
});

test("linear time: a 20 MB part with no quotes and many tags", () => {
  const xml = "<si><t>0102030028</t></si>".repeat(800000);
  const t = Date.now();
  let n = 0;
  walkXml(xml, { wantText: false, open: () => n++, close() {}, text() {} });
  expect(n).toBe(1600000);
  expect(Date.now() - t).toBeLessThan(3000);
});

test("large XML parts decode in steps that keep multi-byte characters whole", async () => {
  const { Package } = await import("./ooxml/package");
  const { Budget } = await import("./context");
  const { zipSync, strToU8 } = await import("fflate");
  const xml = "<x>" + "æøå€😀".repeat(600000) + "</x>"; // > 4 MB of UTF-8 with 2-, 3- and 4-byte characters
  const zip = zipSync({ "a.xml": strToU8(xml) });
  const budget = new Budget({ maxFileBytes: 1e9 });
  const { readZipIndex } = await import("./zip");
  expect(new Package(zip, readZipIndex(zip, budget), budget).read("a.xml")).toBe(xml);
});

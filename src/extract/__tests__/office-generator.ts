// Random Office and OpenDocument files for the XML property tests: text with every kind of
// character (astral, Latin-1, C1, whitespace of all sorts), entities valid and invalid, CDATA,
// comments, processing instructions, attributes with '>' in quotes, odd prefixes, malformed
// UTF-8 and the occasional UTF-16 part. Seeded, so a failure names the seed that reproduces it.
import { unzipSync, zipSync, type Zippable } from "fflate";
import { encodeUtf8 } from "../../bytes/utf8";
import { docx, odt, pptx, xlsx } from "./fixtures";

export type Rnd = () => number;

export function seeded(seed: number): Rnd {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rnd, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#248;", "&#xE5;", "&#x1F600;", "&#128512;", "&nbsp;", "&#0;", "&#xD800;", "&#x110000;", "&#X41;", "&AMP;", "&#x0000041;", "&#12345678;", "&;", "&#;", "& ", "&amp", "&&amp;", "&ab;", "&abcde;"];
const CHARS = ["a", "Z", "0", "1", "9", "-", " ", "\t", "\n", "\r", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "\u00a0", "\u0085", "\u0080", "\u009f", "€", "—", "\u2028", "\u3000", "\ufeff", "😀", "𝔘", "中", "\u200b", "'", '"', "=", "/", ">", "]", "]]"];

/** Plain text (no markup), with digits that look like CPR numbers now and then. */
export function randomText(r: Rnd, max = 40): string {
  let s = "";
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.05) s += "010203" + pick(r, ["-", " ", ""]) + "4" + Math.floor(r() * 1000);
    else if (k < 0.5) s += pick(r, CHARS);
    else s += String.fromCharCode(97 + Math.floor(r() * 26));
  }
  return s;
}

function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Character data as a writer may put it between tags: escaped text, entities, CDATA, comments, PIs. */
export function randomCharData(r: Rnd): string {
  let s = "";
  const n = 1 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.45) s += escText(randomText(r));
    else if (k < 0.65) s += pick(r, ENTITIES);
    else if (k < 0.75) s += "<![CDATA[" + randomText(r, 10).replace(/]]>/g, "") + pick(r, ["<b>&amp;", "", "]"]) + "]]>";
    else if (k < 0.82) s += "<!-- " + randomText(r, 8).replace(/--/g, "") + " <x> -->";
    else if (k < 0.86) s += '<?pi x="1" ?>';
    else s += escText(randomText(r, 8));
  }
  return s;
}

/** An element with an odd prefix and attributes that hold '>' and '/' inside quotes. */
export function oddElement(r: Rnd, inner: string): string {
  const prefix = pick(r, ["", "x:", "ns0:", "w14:", "a:"]);
  const q = pick(r, ['"', "'"]);
  const attrs = r() < 0.5 ? ` val=${q}1 > 2 /${q} note=${q}${escText(randomText(r, 6)).replace(/["']/g, "")}${q}` : "";
  return r() < 0.3 ? `<${prefix}odd${attrs}/>` : `<${prefix}odd${attrs}>${inner}</${prefix}odd>`;
}

/** Bytes of a part: UTF-8, sometimes with a BOM, a stray malformed byte, or as UTF-16LE with BOM. */
export function partBytes(r: Rnd, xml: string): Uint8Array {
  const k = r();
  if (k < 0.04) {
    const out = new Uint8Array(2 + xml.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < xml.length; i++) (out[2 + 2 * i] = xml.charCodeAt(i) & 0xff), (out[3 + 2 * i] = xml.charCodeAt(i) >> 8);
    return out;
  }
  const utf8 = encodeUtf8(xml);
  if (k < 0.1) {
    const out = new Uint8Array(utf8.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(utf8, 3);
    return out;
  }
  if (k < 0.18) {
    // a malformed byte inside character data (after the first '>' of the root's content)
    const at = xml.lastIndexOf(">", Math.floor(xml.length * 0.7));
    const pos = encodeUtf8(xml.slice(0, at + 1)).length;
    const bad = pick(r, [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
    const out = new Uint8Array(utf8.length + bad.length);
    out.set(utf8.subarray(0, pos));
    out.set(bad, pos);
    out.set(utf8.subarray(pos), pos + bad.length);
    return out;
  }
  return utf8;
}

function repack(pkg: Uint8Array, r: Rnd, parts: Record<string, string>): Uint8Array {
  const files = unzipSync(pkg);
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = v;
  for (const [k, v] of Object.entries(parts)) z[k] = partBytes(r, v);
  return zipSync(z);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r" xmlns:mc="mc" xmlns:v="urn:schemas-microsoft-com:vml"';

function wordBody(r: Rnd): string {
  const paragraphs: string[] = [];
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const runs: string[] = [];
    const m = 1 + Math.floor(r() * 4);
    for (let j = 0; j < m; j++) {
      const p = pick(r, ["w:", "w:", "W:", "wx:"]);
      const t = `<${p}t xml:space="preserve">${randomCharData(r)}</${p}t>`;
      const k = r();
      if (k < 0.1) runs.push(`<w:r><w:tab/>${t}<w:br/></w:r>`);
      else if (k < 0.15) runs.push(`<w:r><w:delText>${randomCharData(r)}</w:delText></w:r>`);
      else if (k < 0.2) runs.push(`<mc:AlternateContent><mc:Choice>${t}</mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent>`);
      else if (k < 0.25) runs.push(`<w:pict><v:textpath style="x" string="${escText(randomText(r, 12)).replace(/"/g, "&quot;")}"/></w:pict>`);
      else if (k < 0.3) runs.push(oddElement(r, t));
      else runs.push(`<w:r><w:rPr><w:b w:val="1 > 0"/></w:rPr>${t}</w:r>`);
    }
    paragraphs.push(`<w:p>${runs.join(pick(r, ["", "\n  ", "<w:noBreakHyphen/>", "<w:softHyphen/>"]))}</w:p>`);
  }
  if (r() < 0.3) paragraphs.push(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${randomCharData(r)}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`);
  return paragraphs.join("");
}

export function randomDocx(r: Rnd): Uint8Array {
  const pkg = docx({ paragraphs: ["x"], header: randomText(r), footer: randomText(r) });
  const decl = r() < 0.8 ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : "";
  return repack(pkg, r, {
    "word/document.xml": decl + `<w:document ${W}><!-- c --><w:body>${wordBody(r)}<w:sectPr><w:headerReference r:id="rId1"/><w:footerReference r:id="rId2"/></w:sectPr></w:body></w:document>`,
    "word/header1.xml": decl + `<w:hdr ${W}>${wordBody(r)}</w:hdr>`,
    "docProps/core.xml": decl + `<cp:coreProperties xmlns:cp="cp" xmlns:dc="dc"><dc:title>${randomCharData(r)}</dc:title><dc:creator>  </dc:creator><dc:subject>\u00a0</dc:subject><cp:keywords>${randomCharData(r)}</cp:keywords></cp:coreProperties>`,
  });
}

function cellXml(r: Rnd, ref: string, sharedCount: number): string {
  const k = r();
  if (k < 0.3) return `<c r="${ref}" t="s"><v>${Math.floor(r() * (sharedCount + 2))}</v></c>`;
  if (k < 0.45) return `<c r="${ref}" s="${Math.floor(r() * 4)}"><v>${pick(r, ["102030405", "0102030405", "12", "-5", "1.5", "1e3", "", "abc", "9007199254740993", " 7"])}</v></c>`;
  if (k < 0.55) return `<c r="${ref}" t="inlineStr"><is><t>${randomCharData(r)}</t></is></c>`;
  if (k < 0.62) return `<c r="${ref}" t="str"><f>A1&amp;B1</f><v>${randomCharData(r)}</v></c>`;
  if (k < 0.67) return `<c r="${ref}" t="b"><v>1</v></c>`;
  if (k < 0.7) return `<c r="${ref}"/>`;
  if (k < 0.73) return `<x:c r="${ref}" t = 's' ><x:v>0</x:v></x:c>`;
  return `<c r="${ref}"><v>${Math.floor(r() * 1e10)}</v></c>`;
}

export function randomXlsx(r: Rnd): Uint8Array {
  const sharedCount = Math.floor(r() * 10);
  const si: string[] = [];
  for (let i = 0; i < sharedCount; i++) {
    const k = r();
    if (k < 0.6) si.push(`<si><t xml:space="preserve">${randomCharData(r)}</t></si>`);
    else if (k < 0.85) si.push(`<si><r><t>${randomCharData(r)}</t></r><r><rPr/><t>${randomCharData(r)}</t></r><rPh sb="0" eb="1"><t>phon</t></rPh></si>`);
    else si.push(`<si><t/></si>`);
  }
  const rows: string[] = [];
  const nRows = 1 + Math.floor(r() * 10);
  for (let i = 0; i < nRows; i++) {
    const cells: string[] = [];
    const nCells = Math.floor(r() * 6);
    for (let j = 0; j < nCells; j++) cells.push(cellXml(r, String.fromCharCode(65 + j) + (i + 1), sharedCount));
    rows.push(`<row r="${i + 1}">${cells.join("")}</row>`);
  }
  const hf = r() < 0.3 ? `<headerFooter><oddHeader>&amp;L&amp;"Arial,Bold"${randomCharData(r)}&amp;12x</oddHeader></headerFooter>` : "";
  const pkg = xlsx([{ name: randomText(r, 8) || "S", rows: [["a"]] }], ["000000-0000", "0", "00"]);
  return repack(pkg, r, {
    "xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="main" count="${sharedCount}">${si.join("")}</sst>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="main" xmlns:x="main"><sheetData>${rows.join("")}</sheetData>${hf}</worksheet>`,
  });
}

export function randomPptx(r: Rnd): Uint8Array {
  const slides = [{ text: ["a"], notes: "n" }, { text: ["b"] }];
  const pkg = pptx(slides);
  const P = 'xmlns:a="a" xmlns:p="p" xmlns:r="r"';
  const sp = () => `<p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${randomCharData(r)}</a:t></a:r><a:br/><a:r><a:t>${randomCharData(r)}</a:t></a:r></a:p>${oddElement(r, `<a:t>${randomCharData(r)}</a:t>`)}</p:txBody></p:sp></p:spTree></p:cSld>`;
  return repack(pkg, r, {
    "ppt/slides/slide2.xml": `<?xml version="1.0"?><p:sld ${P}>${sp()}</p:sld>`,
    "ppt/slides/slide1.xml": `<?xml version="1.0"?><p:sld ${P}>${sp()}</p:sld>`,
    "ppt/notesSlides/notesSlide2.xml": `<?xml version="1.0"?><p:notes ${P}>${sp()}</p:notes>`,
  });
}

export function randomOdt(r: Rnd): Uint8Array {
  const body: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.5) body.push(`<text:p text:style-name="P1">${randomCharData(r)}<text:s text:c="2"/>${randomCharData(r)}<text:tab/></text:p>`);
    else if (k < 0.7) body.push(`<table:table><table:table-row><table:table-cell><text:p>${randomCharData(r)}</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>`);
    else if (k < 0.85) body.push(`<text:p>x<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>${randomCharData(r)}</text:p></text:note-body></text:note></text:p>`);
    else body.push(oddElement(r, randomCharData(r)));
  }
  const meta = `<?xml version="1.0"?><office:document-meta xmlns:office="o" xmlns:dc="dc"><office:meta><dc:title>${randomCharData(r)}</dc:title></office:meta></office:document-meta>`;
  const pkg = odt(body.join(""), { files: { "meta.xml": meta } });
  const files = unzipSync(pkg);
  const content = Buffer.from(files["content.xml"]!).toString("utf8");
  return repack(pkg, r, { "content.xml": content, "meta.xml": meta });
}

/** One random file of each kind, cycling: [name, bytes]. */
export function randomOfficeFile(seed: number): [string, Uint8Array] {
  const r = seeded(seed * 2654435761);
  switch (seed % 4) {
    case 0:
      return [`gen${seed}.docx`, randomDocx(r)];
    case 1:
      return [`gen${seed}.xlsx`, randomXlsx(r)];
    case 2:
      return [`gen${seed}.pptx`, randomPptx(r)];
    default:
      return [`gen${seed}.odt`, randomOdt(r)];
  }
}

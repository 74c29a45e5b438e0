// HTML character references, decoded without a DOM. The named ones are those mail editors
// (Outlook, Gmail, OWA) actually write, Danish letters first; unknown names stay as written.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "\u00ad",
  aelig: "æ", oslash: "ø", aring: "å", AElig: "Æ", Oslash: "Ø", Aring: "Å",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß",
  aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú", yacute: "ý",
  Aacute: "Á", Eacute: "É", Iacute: "Í", Oacute: "Ó", Uacute: "Ú",
  agrave: "à", egrave: "è", ograve: "ò", ecirc: "ê", ocirc: "ô", ccedil: "ç", ntilde: "ñ", otilde: "õ", atilde: "ã",
  eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ",
  ndash: "\u2013", mdash: "\u2014", minus: "\u2212", hellip: "\u2026", bull: "\u2022", middot: "\u00b7",
  lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e",
  laquo: "\u00ab", raquo: "\u00bb", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", euro: "\u20ac",
  pound: "\u00a3", sect: "\u00a7", para: "\u00b6", deg: "\u00b0", times: "\u00d7", divide: "\u00f7",
  ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d", zwsp: "\u200b",
};

const LEGACY = new Set(["nbsp", "amp", "lt", "gt", "quot", "aelig", "oslash", "aring", "AElig", "Oslash", "Aring"]);

const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and values beyond Unicode are replaced, as browsers do.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/** Decodes &name;, &#NNN; and &#xHH; references; unknown names are left as they stand. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(REFERENCE, (whole: string, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (name === undefined || !Object.prototype.hasOwnProperty.call(NAMED, name)) return whole;
    const terminated = whole.charCodeAt(whole.length - 1) === 0x3b;
    // Without ';' only the legacy references every mail client still writes are decoded.
    return terminated || LEGACY.has(name) ? (NAMED[name] as string) : whole;
  });
}

// The objects of a PDF file, found by scanning for "N G obj" rather than trusting the xref table
// (often broken in mailed files), plus the objects packed into object streams. Stream data stays
// where it is until someone asks for it: images and fonts are never unpacked.
import { Stop, type Budget } from "../context";
import { concatBytes } from "../../bytes/concat";
import { bytesOf, latin1 } from "../binary-string";
import { indexOfAscii, lastIndexOfAscii } from "./bytes";
import { hexString, isDict, Lexer, nameOf, refOf, type PdfDict, type PdfValue } from "./lexer";
import { StreamInflater } from "./inflate";
import { emptyPasswordDecryptor, type Decryptor } from "./security";

const NEWLINE = new Uint8Array([10]);

export interface PdfObject {
  value: PdfValue | undefined;
  /** Where the raw stream bytes are in the file, when the object is a stream. */
  stream?: { start: number; end: number };
  num: number;
  gen: number;
  /** Packed in an object stream: its strings are not encrypted on their own. */
  packed?: boolean;
}

export class PdfFile {
  readonly objects = new Map<number, PdfObject>();
  /** Trailer dictionaries (classic trailers and cross-reference streams), last one first. */
  readonly trailers: PdfDict[] = [];
  /** Streams that could not be decoded (unknown filter, broken data). */
  undecodable = 0;
  /** Of those, streams whose data is broken (bad deflate data, failed decryption): damage, not an unsupported filter. */
  broken = 0;

  private readonly inflater: StreamInflater;

  /** Set when the file is encrypted and opens without a password. */
  private decryptor: Decryptor | undefined;
  /** Encrypted, and not with an empty user password this reader can use. */
  readonly locked: boolean = false;

  constructor(
    readonly b: Uint8Array,
    readonly budget: Budget,
  ) {
    this.inflater = new StreamInflater(budget);
    this.scan();
    const t = this.trailers.find((x) => x.dict.has("Encrypt"));
    if (t) {
      const encrypt = this.dict(t.dict.get("Encrypt"));
      // The ID belongs to the document's trailer dictionary, wherever it really is: an update's
      // classic trailer may carry /Encrypt while the cross-reference stream carries /ID.
      const withId = [t].concat(this.trailers).find((x) => Array.isArray(this.get(x.dict.get("ID"))));
      const ids = withId ? this.get(withId.dict.get("ID")) : undefined;
      const id0 = Array.isArray(ids) && ids[0] && typeof ids[0] === "object" && "str" in ids[0] ? ids[0].str : "";
      const d = encrypt ? emptyPasswordDecryptor(encrypt, (v) => this.get(v), id0) : null;
      if (d) this.decryptor = d;
      else this.locked = true;
    }
    if (!this.locked) this.unpackObjectStreams();
  }

  /** A string value of the object referenced by `owner` (or of `owner` itself), decrypted when needed. */
  stringOf(v: PdfValue | undefined, owner: PdfValue | undefined): string | undefined {
    const direct = refOf(v) === undefined;
    const value = this.get(v);
    if (!value || typeof value !== "object" || !("str" in value)) return undefined;
    if (!this.decryptor) return value.str;
    const o = this.object(direct ? owner : v);
    if (!o || o.packed) return value.str;
    const plain = this.decryptor.string(o.num, o.gen, value.str);
    return plain === null ? undefined : plain;
  }

  private scan(): void {
    const s = this.b;
    const re = { lastIndex: 0 };
    let m: ObjectHeader | null;
    while ((m = nextObjectHeader(s, re.lastIndex)) !== null) {
      this.budget.tick();
      re.lastIndex = m.after;
      const num = m.num;
      const lex = new Lexer(s, re.lastIndex);
      const value = lex.value();
      const obj: PdfObject = { value, num, gen: m.gen };
      const after = isDict(value) ? /^\s*stream(\r\n|\n|\r)/.exec(latin1(s, lex.pos, Math.min(lex.pos + 20, s.length))) : null;
      if (after && isDict(value)) {
        const start = lex.pos + after[0].length;
        const declared = value.dict.get("Length");
        let end = -1;
        if (typeof declared === "number" && declared >= 0 && start + declared <= s.length) {
          if (/^\s*endstream/.test(latin1(s, start + declared, Math.min(start + declared + 20, s.length)))) end = start + declared;
        }
        if (end < 0) {
          const e = indexOfAscii(s, "endstream", start);
          end = e < 0 ? s.length : e;
          // the EOL before "endstream" is not data
          if (s[end - 1] === 10) end--;
          if (s[end - 1] === 13) end--;
        }
        obj.stream = { start, end };
        re.lastIndex = end;
        if (nameOf(value.dict.get("Type")) === "XRef") this.trailers.unshift(value);
      } else re.lastIndex = lex.pos;
      this.objects.set(num, obj);
    }
    let t = lastIndexOfAscii(s, "trailer");
    let guard = 0;
    while (t >= 0 && guard++ < 32) {
      const v = new Lexer(s, t + 7).value();
      if (isDict(v)) this.trailers.push(v);
      t = t > 0 ? lastIndexOfAscii(s, "trailer", t - 1) : -1;
    }
  }

  private unpackObjectStreams(): void {
    const packed: [number, PdfObject][] = [];
    this.objects.forEach((o, num) => {
      if (o.stream && isDict(o.value) && nameOf(o.value.dict.get("Type")) === "ObjStm") packed.push([num, o]);
    });
    for (const [, o] of packed) {
      const data = this.streamData(o);
      if (data === undefined || !isDict(o.value)) continue;
      const n = o.value.dict.get("N");
      const first = o.value.dict.get("First");
      if (typeof n !== "number" || typeof first !== "number") continue;
      const head = new Lexer(data, 0, Math.min(first, data.length));
      for (let i = 0; i < n && i < 100000; i++) {
        const num = head.next();
        const off = head.next();
        if (typeof num !== "number" || typeof off !== "number") break;
        // Objects in a stream never override ones written directly later in an update.
        if (this.objects.has(num)) continue;
        this.objects.set(num, { value: new Lexer(data, first + off).value(), num, gen: 0, packed: true });
      }
    }
  }

  get(v: PdfValue | undefined): PdfValue | undefined {
    let cur = v;
    for (let hops = 0; hops < 16; hops++) {
      const r = refOf(cur);
      if (r === undefined) return cur;
      const o = this.objects.get(r);
      cur = o ? o.value : undefined;
    }
    return undefined;
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const d = this.get(v);
    return isDict(d) ? d : undefined;
  }

  object(v: PdfValue | undefined): PdfObject | undefined {
    const r = refOf(v);
    return r === undefined ? undefined : this.objects.get(r);
  }

  /**
   * Decoded stream bytes; undefined (and counted) when the filter is not supported. With
   * `newline`, the bytes are followed by a newline (a page's content streams are read as one),
   * written straight after the inflated data rather than copied onto it.
   */
  streamData(o: PdfObject, newline = false): Uint8Array | undefined {
    if (!o.stream || !isDict(o.value)) return undefined;
    this.budget.check();
    let raw = this.b.subarray(o.stream.start, Math.max(o.stream.start, o.stream.end));
    if (this.decryptor && nameOf(o.value.dict.get("Type")) !== "XRef") {
      const plain = this.decryptor.stream(o.num, o.gen, raw);
      if (plain === null) return void (this.undecodable++, this.broken++);
      raw = plain;
    }
    const f = this.get(o.value.dict.get("Filter"));
    const filters = Array.isArray(f) ? f.map((x) => nameOf(this.get(x))) : f === undefined ? [] : [nameOf(f)];
    let data = raw;
    for (let i = 0; i < filters.length; i++) {
      const name = filters[i];
      if (name === "FlateDecode" || name === "Fl") {
        const last = newline && i === filters.length - 1;
        const out = this.inflater.inflateZlib(data, last);
        if (out === undefined) return void (this.undecodable++, this.broken++);
        if (last) return out; // the newline is written already
        data = out;
      } else if (name === "ASCIIHexDecode" || name === "AHx") data = hexDecode(data);
      else if (name === "ASCII85Decode" || name === "A85") data = ascii85Decode(data);
      else return void this.undecodable++;
    }
    return newline ? concatBytes([data, NEWLINE]) : data;
  }
}

interface ObjectHeader {
  num: number;
  gen: number;
  /** Just past "obj". */
  after: number;
}

/**
 * The next "N G obj" from `from`: found by its keyword and read backwards, in linear time (a
 * regular expression over a long run of numbers, as in a big content stream, backtracks
 * quadratically).
 */
function nextObjectHeader(s: Uint8Array, from: number): ObjectHeader | null {
  for (let at = indexOfAscii(s, "obj", from); at >= 0; at = indexOfAscii(s, "obj", at + 3)) {
    if (isWordChar(s[at + 3]!)) continue;
    let i = at - 1;
    const spaceEnd = i;
    while (i >= from && isSpace(s[i]!)) i--;
    if (i === spaceEnd) continue;
    const genEnd = i + 1;
    while (i >= from && isDigit(s[i]!)) i--;
    const genStart = i + 1;
    if (genStart === genEnd) continue;
    const space2End = i;
    while (i >= from && isSpace(s[i]!)) i--;
    if (i === space2End) continue;
    const numEnd = i + 1;
    while (i >= from && isDigit(s[i]!)) i--;
    if (i + 1 === numEnd) continue;
    return { num: parseInt(latin1(s, i + 1, numEnd), 10), gen: parseInt(latin1(s, genStart, genEnd), 10), after: at + 3 };
  }
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** ASCIIHexDecode: hex digits up to ">" (anything else ignored), an odd last digit followed by 0. */
function hexDecode(b: Uint8Array): Uint8Array {
  const close = b.indexOf(62 /* > */);
  return bytesOf(hexString(b, 0, close < 0 ? b.length : close));
}

/** Adobe ASCII85 (ISO 32000-1 §7.4.3): five characters for four bytes, "z" for four zeros, "~>" ends. */
function ascii85Decode(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length * 4 + 4);
  let n = 0;
  let group = 0;
  let k = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 126 /* ~ */) break;
    if (c === 122 /* z */ && k === 0) {
      out[n++] = 0, out[n++] = 0, out[n++] = 0, out[n++] = 0;
      continue;
    }
    if (c < 33 || c > 117) continue;
    group = group * 85 + (c - 33);
    if (++k === 5) {
      out[n++] = (group >>> 24) & 255, out[n++] = (group >>> 16) & 255, out[n++] = (group >>> 8) & 255, out[n++] = group & 255;
      group = 0;
      k = 0;
    }
  }
  if (k > 1) {
    for (let j = k; j < 5; j++) group = group * 85 + 84;
    const last = [(group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255];
    for (let j = 0; j < k - 1; j++) out[n++] = last[j]!;
  }
  return out.subarray(0, n);
}

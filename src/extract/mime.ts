// Just enough MIME to read an attached mail: headers (folded, RFC 2047 encoded words, RFC 2231
// parameters), multipart boundaries, base64 and quoted-printable. The mail is handled as a
// "binary string" (one char per byte) so indexOf can do the searching.
import { decodeBase64 } from "./base64";
import { bytesOf } from "./binary-string";
import { decodeCharset } from "./decode";

export interface Entity {
  /** Lower-case header name → unfolded value (first occurrence). */
  headers: Map<string, string>;
  /** The body as a binary string, still transfer-encoded. */
  body: string;
}

export function parseEntity(raw: string): Entity {
  let split = -1;
  let sepLen = 0;
  const crlf = raw.indexOf("\r\n\r\n");
  const lf = raw.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) (split = crlf), (sepLen = 4);
  else if (lf >= 0) (split = lf), (sepLen = 2);
  // A part may start with a blank line (no headers at all)
  if (raw.startsWith("\r\n")) (split = 0), (sepLen = 2);
  else if (raw.startsWith("\n")) (split = 0), (sepLen = 1);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? "" : raw.slice(split + sepLen);
  const headers = new Map<string, string>();
  const lines = head.split(/\r?\n/);
  let current = "";
  const commit = () => {
    const colon = current.indexOf(":");
    if (colon > 0) {
      const name = current.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, current.slice(colon + 1).trim());
    }
  };
  for (const line of lines) {
    if ((line.charAt(0) === " " || line.charAt(0) === "\t") && current) current += " " + line.trim();
    else {
      commit();
      current = line;
    }
  }
  commit();
  return { headers, body };
}

export interface HeaderValue {
  value: string;
  params: Map<string, string>;
}

/** "text/plain; charset=utf-8; name*=utf-8''b%C3%A6r.txt" → value and decoded parameters. */
export function parseHeaderValue(raw: string | undefined): HeaderValue {
  const params = new Map<string, string>();
  if (!raw) return { value: "", params };
  const pieces: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === "\\" && quoted && i + 1 < raw.length) cur += raw[++i];
    else if (c === ";" && !quoted) pieces.push(cur), (cur = "");
    else cur += c;
  }
  pieces.push(cur);
  const value = pieces[0]!.trim().toLowerCase();
  // RFC 2231 continuations: name*0, name*1*, … collected then joined
  const continued = new Map<string, { i: number; v: string; enc: boolean }[]>();
  for (const p of pieces.slice(1)) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    const v = p.slice(eq + 1).trim();
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!m) continue;
    const list = continued.get(m[1]!) || [];
    list.push({ i: m[2] ? parseInt(m[2], 10) : 0, v, enc: !!m[3] });
    continued.set(m[1]!, list);
  }
  continued.forEach((list, name) => {
    list.sort((a, b) => a.i - b.i);
    let charset = "";
    let bytes = "";
    let plain = "";
    let encoded = false;
    for (const piece of list) {
      let v = piece.v;
      if (piece.enc) {
        encoded = true;
        if (piece.i === 0) {
          const q = v.split("'");
          if (q.length >= 3) (charset = q[0]!), (v = q.slice(2).join("'"));
        }
        bytes += v.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      } else if (encoded) bytes += v;
      else plain += v;
    }
    params.set(name, encoded ? decodeCharset(bytesOf(bytes), charset || "utf-8") : decodeWords(plain));
  });
  return { value, params };
}

/** RFC 2047 encoded words ("=?utf-8?Q?S=C3=B8ren?="); whitespace between adjacent words is dropped. */
export function decodeWords(s: string): string {
  if (s.indexOf("=?") < 0) return rawHeaderText(s);
  return s
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g, (m, charset: string, enc: string, text: string) => {
      const cs = charset.split("*")[0]!;
      let bytes: Uint8Array | null;
      if (enc === "b" || enc === "B") bytes = decodeBase64(text);
      else bytes = decodeQuotedPrintable(text.replace(/_/g, " "));
      return bytes ? decodeCharset(bytes, cs) : m;
    });
}

/** Header bytes outside encoded words: UTF-8 when valid (RFC 6532), else Windows-1252. */
function rawHeaderText(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return decodeCharset(bytesOf(s), "utf-8");
  return s;
}

export function decodeQuotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      const h = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(h)) {
        out[n++] = parseInt(h, 16);
        i += 2;
        continue;
      }
      // soft line break: "=" then optional spaces then newline
      let j = i + 1;
      while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) j++;
      if (s.charCodeAt(j) === 13) j++;
      if (s.charCodeAt(j) === 10) {
        i = j;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** The body of one entity after its Content-Transfer-Encoding; null for broken base64. */
export function transferDecode(e: Entity): Uint8Array | null {
  const cte = (e.headers.get("content-transfer-encoding") || "").trim().toLowerCase();
  if (cte === "base64") return decodeBase64(e.body.replace(/[^A-Za-z0-9+/=\-_\s]/g, ""));
  if (cte === "quoted-printable") return decodeQuotedPrintable(e.body);
  return bytesOf(e.body);
}

/** The parts of a multipart body (preamble and epilogue dropped). */
export function splitMultipart(body: string, boundary: string): string[] {
  const delim = "--" + boundary;
  const parts: string[] = [];
  let pos = body.startsWith(delim) ? 0 : body.indexOf("\n" + delim);
  if (pos < 0) return parts;
  if (pos > 0) pos += 1;
  for (;;) {
    const lineEnd = body.indexOf("\n", pos);
    if (body.startsWith(delim + "--", pos)) break;
    if (lineEnd < 0) break;
    const next = body.indexOf("\n" + delim, lineEnd);
    const end = next < 0 ? body.length : next;
    let part = body.slice(lineEnd + 1, end);
    if (part.endsWith("\r")) part = part.slice(0, -1);
    parts.push(part);
    if (next < 0) break;
    pos = next + 1;
  }
  return parts;
}

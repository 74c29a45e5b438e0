import { decodeQuotedPrintable, decodeWords, parseEntity, parseHeaderValue, splitMultipart } from "./mime";

describe("MIME headers", () => {
  test("folded headers unfold; names are case-insensitive", () => {
    const e = parseEntity("SUBJECT: Sag om\r\n  bolig\r\nContent-Type: text/plain\r\n\r\nkrop");
    expect(e.headers.get("subject")).toBe("Sag om bolig");
    expect(e.body).toBe("krop");
  });

  test.each([
    ["=?utf-8?Q?S=C3=B8ren_=C3=85?=", "Søren Å"],
    ["=?ISO-8859-1?B?U/hyZW4=?=", "Søren"],
    ["=?utf-8?Q?a?= =?utf-8?Q?b?=", "ab"],
    ["Re: =?windows-1252?Q?=C6ble?= og mere", "Re: Æble og mere"],
    ["plain \xc3\xa6", "plain æ"], // raw UTF-8 (RFC 6532)
  ])("encoded words: %s", (raw, expected) => {
    expect(decodeWords(raw)).toBe(expected);
  });

  test("parameters: quoted, RFC 2231 encoded and continued", () => {
    const v = parseHeaderValue(`attachment; filename*0*=utf-8''Bilag%20%C3%A6; filename*1=".pdf"; size=12`);
    expect(v.value).toBe("attachment");
    expect(v.params.get("filename")).toBe("Bilag æ.pdf");
    expect(parseHeaderValue('multipart/mixed; boundary="a;b=c"').params.get("boundary")).toBe("a;b=c");
    expect(parseHeaderValue('text/plain; name="=?utf-8?Q?=C3=A5.txt?="').params.get("name")).toBe("å.txt");
  });
});

test("quoted-printable: hex escapes and soft line breaks", () => {
  expect(Buffer.from(decodeQuotedPrintable("S=F8ren =\r\n010203=\n-0028 a=3Db")).toString("latin1")).toBe("Søren 010203-0028 a=b");
});

test("multipart: preamble and epilogue dropped, LF and CRLF alike", () => {
  const body = "preamble\r\n--xyz\r\nA: 1\r\n\r\none\r\n--xyz\nB: 2\n\ntwo\n--xyz--\r\nepilogue";
  expect(splitMultipart(body, "xyz")).toEqual(["A: 1\r\n\r\none", "B: 2\n\ntwo"]);
});

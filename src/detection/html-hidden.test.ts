// Issue 12 item 3: numbers an HTML body sends but does not show. Every hiding place × every
// separator the finder accepts, generated, through htmlBodyText and analyzeMessage.
import fc from "fast-check";
import { analyzeMessage, htmlBodyText, parsePolicy, type CprFinding, type Message } from ".";
import { IGNORABLE_SEPARATORS, SEPARATORS, cprArb, written } from "./cpr/__tests__/cpr-arbitraries";

const TODAY = new Date(2026, 5, 1);
const POLICY = parsePolicy({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });

/** HTML that hides `n` (as HTML source, entities allowed) in one place, and the place's kind. */
const HIDING_PLACES: ReadonlyArray<readonly [string, (n: string) => string]> = [
  ["link", (n) => `<a href="https://sag.randers.dk/vis?cpr=${n}">Åbn sagen</a>`],
  ["link", (n) => `<a href='mailto:borger@gmail.com?subject=${n}'>skriv</a>`],
  ["link", (n) => `<img src=https://x.dk/p/${n}.png alt="logo">`],
  ["attribute", (n) => `<img src="cid:logo" alt="Borger ${n}">`],
  ["attribute", (n) => `<span title="CPR ${n}">Jens</span>`],
  ["attribute", (n) => `<div data-borger="${n}">tekst</div>`],
  ["comment", (n) => `<p>Hej<!-- ${n} --></p>`],
  ["cdata", (n) => `<p>a</p><![CDATA[ ${n} ]]>`],
  ["title", (n) => `<html><title>${n}</title><body>Hej</body></html>`],
  ["style", (n) => `<style>/* ${n} */ p{}</style><p>Hej</p>`],
  ["script", (n) => `<script>var cpr = "${n}";</script><p>Hej</p>`],
  ["noscript", (n) => `<noscript>${n}</noscript><p>Hej</p>`],
  ["template", (n) => `<template><p>${n}</p></template><p>Hej</p>`],
  ["xml", (n) => `<xml><o:cpr>${n}</o:cpr></xml><p>Hej</p>`],
  ["head", (n) => `<head><meta name="cpr" content="${n}"></head><p>Hej</p>`],
];

const ALL_SEPARATORS = [...SEPARATORS, ...IGNORABLE_SEPARATORS];

/** The separator as HTML would carry it: some as entities, as a generator would write them. */
function inHtml(sep: string, entity: boolean): string {
  if (!entity) return sep;
  return [...sep].map((ch) => `&#${ch.codePointAt(0)};`).join("");
}

function mail(html: string): Message {
  const body = htmlBodyText(html);
  return {
    to: [{ address: "borger@gmail.com" }],
    cc: [],
    bcc: [],
    subject: "Sagen",
    body: body.text,
    bodyHidden: body.hidden,
  };
}

function hiddenKindsFound(html: string): string[] {
  const verdict = analyzeMessage(mail(html), POLICY, { today: TODAY });
  const finding = verdict.findings.find((f) => f.rule === "cpr-external") as CprFinding | undefined;
  if (verdict.action === "allow" || !finding) return [];
  return finding.cprs.map((c) => (c.location.part === "body-hidden" ? c.location.kind : c.location.part));
}

describe("a CPR number the HTML sends but does not show", () => {
  it.each(HIDING_PLACES.flatMap(([kind, make]) => ALL_SEPARATORS.map(([format, sep]) => [kind, format, make, sep] as const)))(
    "is found in a %s, written %s",
    (kind, _format, make, sep) => {
      const html = make(written("0707611006", inHtml(sep, false)));
      expect(htmlBodyText(html).text).not.toMatch(/0707/);
      expect(hiddenKindsFound(html)).toEqual([kind]);
    },
  );

  it("is found with generated numbers, separators, entities and places", () => {
    fc.assert(
      fc.property(
        cprArb(TODAY),
        fc.constantFrom(...ALL_SEPARATORS.map(([, sep]) => sep)),
        fc.boolean(),
        fc.constantFrom(...HIDING_PLACES),
        (cpr, sep, entity, [kind, make]) => {
          expect(hiddenKindsFound(make(written(cpr.digits, inHtml(sep, entity))))).toEqual([kind]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads %XX escapes and + in link targets as the server does", () => {
    expect(hiddenKindsFound('<a href="https://x.dk/?cpr=070761%2D1006">x</a>')).toEqual(["link"]);
    expect(hiddenKindsFound('<a href="https://x.dk/?cpr=070761+1006">x</a>')).toEqual(["link"]);
  });

  it("keeps a number only in quoted history quoted, also when hidden there", () => {
    const html =
      "<p>Tak for sidst</p><blockquote><p>Se <a href=\"https://sag.dk/?cpr=0707611006\">sagen</a></p></blockquote>";
    const verdict = analyzeMessage(mail(html), POLICY, { today: TODAY });
    const finding = verdict.findings.find((f) => f.rule === "cpr-external") as CprFinding;
    expect(finding.cprs.map((c) => [c.location.part, c.quoted])).toEqual([["body-hidden", true]]);
    expect(finding.quotedOnly).toBe(true);
  });

  it("keeps a link in Outlook's reply history quoted, and one in the new text not", () => {
    const html =
      '<p>Se <a href="https://sag.dk/?cpr=1502821234">her</a></p><div id="divRplyFwdMsg"><p>Fra: A<br>Sendt: i går</p></div>' +
      '<p>Gammel tekst <a href="https://sag.dk/?cpr=0707611006">link</a></p>';
    const found = analyzeMessage(mail(html), POLICY, { today: TODAY }).findings.find((f) => f.rule === "cpr-external") as CprFinding;
    expect(found.cprs.map((c) => [c.masked, c.quoted])).toEqual([
      ["150282-XXXX", false],
      ["070761-XXXX", true],
    ]);
  });

  it("leaves ordinary Outlook HTML without findings", () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm 0cm 0cm 0cm;font-size:11.0pt}</style></head>' +
      '<body lang="DA"><div class="WordSection1"><p class="MsoNormal">Hej <a href="https://randers.dk/borger?id=2024-0123456">sagen</a><o:p></o:p></p>' +
      '<img width="120" height="40" src="cid:image001.png@01DA2B3C.4D5E6F70"></div></body></html>';
    expect(analyzeMessage(mail(html), POLICY, { today: TODAY }).findings.filter((f) => f.rule === "cpr-external")).toEqual([]);
  });
});

describe("htmlBodyText", () => {
  it("gives the same visible text as htmlToText and each hidden piece with its place", () => {
    const body = htmlBodyText('<p title="t 0707611006">Hej</p><!-- 1502821234 -->');
    expect(body.text).toBe("Hej");
    expect(body.hidden).toEqual([
      { kind: "attribute", text: ' title="t 0707611006"', at: 0 },
      { kind: "comment", text: " 1502821234 ", at: 3 },
    ]);
  });

  it("keeps nothing that cannot hold ten digits", () => {
    expect(htmlBodyText('<p class="x" style="margin:0cm">Hej<!-- 123 --></p>').hidden).toEqual([]);
  });
});

import { isQuoted, quotedRanges } from "./quoted";

function quotedPart(text: string): string[] {
  return quotedRanges(text).map((r) => text.slice(r.start, r.end));
}

describe("quotedRanges", () => {
  test.each([
    ["no history", "Hej\nTak for mailen.", []],
    ["Outlook's Danish header", "Svar\n\nFra: Borger <b@gmail.com>\nSendt: 3. nov.\nTil: Sag\nEmne: x\n\nGammel tekst", ["Fra: Borger <b@gmail.com>\nSendt: 3. nov.\nTil: Sag\nEmne: x\n\nGammel tekst"]],
    ["Outlook's English header", "Reply\nFrom: X\nSent: Monday\nOld", ["From: X\nSent: Monday\nOld"]],
    ["bold-marked header (plain-text conversion of HTML)", "Svar\n*Fra:* X\n*Sendt:* mandag\nGammel", ["*Fra:* X\n*Sendt:* mandag\nGammel"]],
    ["Outlook's separator line", "Svar\n________________________________\nFrom: X\nOld", ["________________________________\nFrom: X\nOld"]],
    ["-----Original Message-----", "Svar\n-----Original Message-----\nOld", ["-----Original Message-----\nOld"]],
    ["-----Oprindelig meddelelse-----", "Svar\n  -----Oprindelig meddelelse-----  \nGammel", ["  -----Oprindelig meddelelse-----  \nGammel"]],
    ["Gmail attribution", "Svar\nDen tir. 3. nov. 2026 kl. 10.12 skrev Borger <b@gmail.com>:\n> gammel", ["Den tir. 3. nov. 2026 kl. 10.12 skrev Borger <b@gmail.com>:\n> gammel"]],
    ["English attribution", "Reply\nOn Tue, 3 Nov 2026 at 10:12, B <b@gmail.com> wrote:\nold", ["On Tue, 3 Nov 2026 at 10:12, B <b@gmail.com> wrote:\nold"]],
    ["inline > lines, two groups", "Svar\n> a\n> b\nmit svar\n> c", ["> a\n> b", "> c"]],
    ["a Fra: line without a date line is not a header", "Fra: kl. 8 til 16 er vi åbne\nHilsen", []],
    ["an underscore line without a header is a signature rule", "Hilsen\n____________________\nRanders Kommune", []],
  ])("%s", (_name, text, expected) => {
    expect(quotedPart(text)).toEqual(expected);
  });

  test("isQuoted answers for offsets and spans", () => {
    const text = "Svar 1\n> citat 010203-1234\nSvar 2\nFra: X\nSendt: y\nGammel 111111-1118";
    const ranges = quotedRanges(text);
    expect(isQuoted(ranges, text.indexOf("Svar 1"))).toBe(false);
    const inline = text.indexOf("010203");
    expect(isQuoted(ranges, inline, inline + 11)).toBe(true);
    expect(isQuoted(ranges, text.indexOf("Svar 2"))).toBe(false);
    const old = text.indexOf("111111");
    expect(isQuoted(ranges, old, old + 11)).toBe(true);
  });

  test("linear on a megabyte of short lines", () => {
    const text = "linje med tekst\n".repeat(70_000) + "Fra: X\nSendt: y\nold";
    const started = Date.now();
    const ranges = quotedRanges(text);
    // Generous (issue 13): linear takes milliseconds, quadratic on 70,000 lines would take minutes.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ranges).toHaveLength(1);
  });

  test("one megabyte-long line", () => {
    const text = "On " + "x".repeat(1_000_000) + " wrote:";
    const started = Date.now();
    expect(quotedRanges(text)).toEqual([]);
    // Generous (issue 13): linear takes milliseconds, quadratic on a megabyte would take minutes.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("quotedRanges properties", () => {
  const fc = require("fast-check") as typeof import("fast-check");
  test("ranges are sorted, disjoint and inside the text", () => {
    const lineArb = fc.oneof(
      fc.constantFrom("> citat", "Fra: X", "Sendt: i går", "From: a", "-----Original Message-----", "________________________________", "Den 3. nov. skrev X:", ""),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n");
        const ranges = quotedRanges(text);
        let last = -1;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThan(last);
          expect(r.end).toBeGreaterThanOrEqual(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          last = r.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

// The finder as a caseworker's mail meets it: table rows name the situation and the expected
// outcome. All numbers are synthetic (generated for their date, 7th digit and checksum).
import { findCprNumbers, findCprSpans, isValidCprDigits } from ".";
import { findCprNumbers as fromCore, maskCpr as maskFromCore } from "..";
import type { CprMatch } from "../types";

const TODAY = new Date(2026, 5, 1);

function find(text: string, options = {}): CprMatch[] {
  return findCprNumbers(text, { today: TODAY, ...options });
}

/** The birth dates reported in `text`. */
function dates(text: string, options = {}): string[] {
  return find(text, options).map((m) => m.birthDate);
}

describe("century table and calendar (rule 3)", () => {
  it.each([
    ["29 Feb 2000 with 7th digit 4–9", "290200-4737", ["2000-02-29"]],
    ["29 Feb 1900 does not exist (7th digit 0–3)", "290200-0006", []],
    ["29 Feb 1904 (7th digit 0–3)", "290204-2736", ["1904-02-29"]],
    ["29 Feb 2004 (7th digit 4)", "290204-4739", ["2004-02-29"]],
    ["29 Feb 1996 (7th digit 0)", "290296-0735", ["1996-02-29"]],
    ["29 Feb 1896 (7th digit 5–8)", "290296-5737", ["1896-02-29"]],
    ["29 Feb 1940 (7th digit 4, YY 37–57)", "290240-4735", ["1940-02-29"]],
    ["29 Feb 1937 does not exist", "290237-4003", []],
    ["29 Feb 2040 is in the future", "290240-5006", []],
    ["1 Jan 1858, the first year of 7th digit 5–8", "010158-5735", ["1858-01-01"]],
    ["31 Dec 1899", "311299-8739", ["1899-12-31"]],
    ["YY 58 with 7th digit 4 is 1958", "010158-4739", ["1958-01-01"]],
    ["YY 37 with 7th digit 9 is 1937", "120537-9734", ["1937-05-12"]],
    ["YY 36 with 7th digit 0 is 1936", "120536-0731", ["1936-05-12"]],
    ["5 Jan 2014 with 7th digit 6", "050114-6730", ["2014-01-05"]],
    ["today is not the future", "010626-4732", ["2026-06-01"]],
    ["tomorrow is the future", "020626-4004", []],
    ["YY 57 with 7th digit 5 is 2057, the future", "311257-5005", []],
    ["31 April", "310420-4006", []],
    ["day 00", "001020-4003", []],
    ["month 13", "011320-4001", []],
    ["30 February", "300220-4001", []],
  ])("%s", (_situation, number, expected) => {
    expect(dates(`Barnets cpr-nr. er ${number}.`)).toEqual(expected);
  });

  it("uses the evaluation date it is given, and the clock when none is or it is invalid", () => {
    expect(dates("CPR 010626-4732", { today: new Date(2026, 4, 31) })).toEqual([]);
    expect(findCprNumbers("Født 010158-5735").map((m) => m.birthDate)).toEqual(["1858-01-01"]);
    // 2057 is after the real clock for decades to come.
    expect(findCprNumbers("Født 311257-5005", { today: new Date(NaN) })).toEqual([]);
  });

  it("reports substitute numbers (day + 60) only when asked", () => {
    // 61 01 85 …: day 1 + 60 of January 1985; the digits pass modulus 11.
    const substitute = "610185-1018";
    expect(find(`Erstatningsnr. ${substitute}`)).toEqual([]);
    expect(find(`Erstatningsnr. ${substitute}`, { substituteNumbers: true })).toEqual([
      { start: 15, end: 26, birthDate: "1985-01-01", evidence: "checksum" },
    ]);
  });
});

describe("evidence (rule 4)", () => {
  it.each([
    ["modulus 11 holds", "Ansøger 010160-1730 er bevilget", "checksum"],
    ["1 Jan 1960 is on the list", "Ansøger 010160-1732 er bevilget", "exempt-date"],
    ["1 Jan 1962, added to the list in 2023", "Ansøger 010162-3736 er bevilget", "exempt-date"],
    ["1 Jan 1983, added to the list in 2023", "Ansøger 010183-2734 er bevilget", "exempt-date"],
    ["keyword, modulus 11 fails on an unlisted date", "CPR: 040385-2734", "keyword"],
    ["checksum wins over the keyword", "CPR: 040385-2732", "checksum"],
    ["the exemption list wins over the keyword", "CPR: 010160-1732", "exempt-date"],
    ["1 Jan 1961 (not listed) with a keyword", "CPR: 010161-1738", "keyword"],
  ])("%s", (_situation, text, evidence) => {
    expect(find(text).map((m) => m.evidence)).toEqual([evidence]);
  });

  it.each([
    ["1 Jan 1961 is not on the list", "Ansøger 010161-1738 er bevilget"],
    ["1 Jan 1899 is not on the list", "Ansøger 010199-5731 er bevilget"],
    ["a DDMMYY HHMM timestamp", "Modtaget 040385 2734 i postkassen"],
  ])("nothing without modulus 11, list or keyword: %s", (_situation, text) => {
    expect(find(text)).toEqual([]);
  });

  it("takes the exemption list from the options", () => {
    expect(find("Ansøger 010160-1732", { exemptDates: [] })).toEqual([]);
    expect(find("Ansøger 010161-1738", { exemptDates: ["1961-01-01"] }).map((m) => m.evidence)).toEqual([
      "exempt-date",
    ]);
  });

  it.each([
    ["CPR:", true],
    ["cpr-nr.", true],
    ["CPR.nr", true],
    ["Cpr", true],
    ["personnummer", true],
    ["Personnummeret", true],
    ["PERSONNR", true],
    ["person nr.", true],
    ["Pers.nr.", true],
    ["pers. nr.", false],
    ["nummer", false],
    ["borgerens nr.", false],
  ])("keyword %j", (keyword, counts) => {
    expect(find(`${keyword} 040385-2734`).length).toBe(counts ? 1 : 0);
  });

  it("counts a keyword starting 40 characters before the number, not 41", () => {
    const at = (distance: number) => "CPR" + " ".repeat(distance - 3);
    expect(at(40).length).toBe(40);
    expect(find(`${at(40)}040385-2734`).length).toBe(1);
    expect(find(`x${at(41)}040385-2734`)).toEqual([]);
  });

  it.each([
    ["LF", "CPR:\n040385-2734"],
    ["CRLF", "CPR:\r\n040385-2734"],
    ["CR", "CPR:\r040385-2734"],
  ])("does not count a keyword on the previous line (%s)", (_ending, text) => {
    expect(find(text)).toEqual([]);
  });

  it("counts a keyword after an earlier line break in a CRLF text", () => {
    expect(find("Hej\r\nCPR: 040385-2734\r\nHilsen").map(({ start, end }) => [start, end])).toEqual([[10, 21]]);
  });
});

describe("shape and separators (rule 1)", () => {
  it.each([
    ["compact", "0403852732"],
    ["hyphen", "040385-2732"],
    ["hyphen U+2010", "040385\u20102732"],
    ["non-breaking hyphen", "040385\u20112732"],
    ["figure dash", "040385\u20122732"],
    ["en dash", "040385\u20132732"],
    ["em dash", "040385\u20142732"],
    ["minus sign", "040385\u22122732"],
    ["space", "040385 2732"],
    ["no-break space", "040385\u00a02732"],
    ["narrow no-break space", "040385\u202f2732"],
    ["tab", "040385\t2732"],
    ["slash", "040385/2732"],
    ["dot", "040385.2732"],
    ["spaced hyphen", "040385 - 2732"],
    ["spaced en dash", "040385 \u2013 2732"],
  ])("accepts %s and spans the whole written number", (_format, number) => {
    const text = `Sagen vedrører ${number} og hans mor.`;
    expect(find(text)).toEqual([
      { start: 15, end: 15 + number.length, birthDate: "1985-03-04", evidence: "checksum" },
    ]);
  });

  it.each([
    ["two separators", "040385--2732"],
    ["a space before the dash only", "040385 -2732"],
    ["a spaced em dash", "040385 \u2014 2732"],
    ["no-break spaces around the dash", "040385\u00a0-\u00a02732"],
    ["two spaces", "040385  2732"],
    ["split date digits", "04 03 85-2732"],
    ["split date digits (4+6)", "0403 852732"],
    ["6-5 digits", "040385-27321"],
    ["7-3 digits", "0403852-732"],
    ["6-3 digits", "040385-273"],
    ["9 digits", "040385273"],
    ["masked", "040385-XXXX"],
    ["masked with ÅÅ", "DDMMÅÅ-XXXX"],
    ["fullwidth digits", "０４０３８５-２７３２"],
  ])("rejects %s", (_shape, number) => {
    expect(find(`CPR: ${number} i sagen`)).toEqual([]);
  });
});

describe("boundaries (rule 2)", () => {
  it.each([
    ["inside an 11-digit run", "10403852732"],
    ["inside a 13-digit EAN", "5790000403852732"],
    ["after +", "+0403852732"],
    ["after +45 glued", "+45 0403852732x"],
    ["glued to a letter before", "nr0403852732"],
    ["glued to æ before", "æ0403852732"],
    ["glued to é before", "é040385-2732"],
    ["glued to a Greek letter before", "Ω040385-2732"],
    ["glued to a letter after", "040385-2732a"],
    ["glued to ø after", "040385-2732ø"],
    ["glued to a CJK letter after", "040385-2732中"],
    ["glued to a letter outside the BMP after", "040385-2732\u{1d400}"],
    ["the tail of a dashed number", "2024-040385-2732"],
    ["the tail of a dotted number", "27.040385-2732"],
    ["the tail of a slashed number", "24/040385-2732"],
    ["the tail of a comma number", "3,0403852732"],
    ["the tail of an en-dashed number", "12\u2013040385-2732"],
    ["the head of a dashed number", "040385-2732-1"],
    ["the head of a dotted number", "0403852732.5"],
    ["the head of a slashed number", "040385-2732/24"],
    ["the head of a comma number", "0403852732,50"],
    ["after an Arabic-Indic digit", "\u0663040385-2732"],
  ])("rejects a number %s", (_situation, text) => {
    expect(find(`Ref. ${text} slut`)).toEqual([]);
  });

  it.each([
    ["at the very start and end", "0403852732", 0],
    ["in parentheses", "(040385-2732)", 1],
    ["after a colon", "nr.:040385-2732", 4],
    ["after a dash without digit before", "Peter -040385-2732", 7],
    ["after a dot after a letter", "nr.040385-2732", 3],
    ["before a full stop ending the sentence", "040385-2732.", 0],
    ["before a dash and a space", "040385-2732- og", 0],
    ["before a comma and a space", "040385-2732, 1", 0],
    ["after an underscore", "_040385-2732_", 1],
    ["after an emoji", "\u{1f600}040385-2732", 2],
    ["after a digit and a space", "3 040385-2732", 2],
    ["before a space and a digit", "040385-2732 5", 0],
    ["in a Digital Post gateway address", "0403852732@kontakt.mitdk.digital-post.dk", 0],
    ["in quoted mail", "> > Barnet (040385-2732) er", 12],
  ])("accepts a number %s", (_situation, text, start) => {
    expect(find(text).map((m) => m.start)).toEqual([start]);
  });
});

describe("finding several numbers", () => {
  it("reports every number in order, with offsets into the original CRLF text", () => {
    const text = "Børn:\r\n- Ida 290204-4739\r\n- Bo 0501146730\r\n\r\nCPR: 040385 - 2734\r\n";
    expect(find(text)).toEqual([
      { start: 13, end: 24, birthDate: "2004-02-29", evidence: "checksum" },
      { start: 31, end: 41, birthDate: "2014-01-05", evidence: "checksum" },
      { start: 50, end: 63, birthDate: "1985-03-04", evidence: "keyword" },
    ]);
    expect(text.slice(50, 63)).toBe("040385 - 2734");
  });

  it("reports a number quoted twice twice", () => {
    expect(find("0403852732 … > 0403852732").map((m) => m.start)).toEqual([0, 15]);
  });

  it("finds adjacent numbers separated by a space only", () => {
    expect(find("040385 2732 0403852732").map(({ start, end }) => [start, end])).toEqual([
      [0, 11],
      [12, 22],
    ]);
  });

  it("stays silent on a mail full of look-alikes", () => {
    const mail = [
      "Vores ref.: 2024-012345, j.nr. 27.12.04-G01-3-24, sag 24/01234",
      "Ring på tlf. 86 42 12 34, +45 86421234 eller (+45) 30225451.",
      "CVR 29189919, EAN 5790000123456, IBAN DK5000400440116243, konto 3409-0403852732",
      "Faktura 9912345678, kundenr. 1234567890, ISBN 978-87-02-12345-6",
      "Modtaget 040385 1432 (tidsstempel), Teams-møde-id 385 562 614 44",
      "CPR: 010203-XXXX, personnummer DDMMÅÅ-XXXX, cpr 321285-2732, cpr 041385-2732",
    ].join("\n");
    expect(find(mail)).toEqual([]);
  });

  it("returns nothing for empty and short text", () => {
    expect(find("")).toEqual([]);
    expect(find("123456789")).toEqual([]);
  });
});

describe("isValidCprDigits", () => {
  it.each([
    ["0403852732", true],
    ["0101601732", true],
    ["0403852734", false],
    ["0206264004", false],
    ["040385-2732", false],
    ["04038527321", false],
  ])("%s → %s", (digits, valid) => {
    expect(isValidCprDigits(digits, { today: TODAY })).toBe(valid);
  });
});

describe("the core's public surface", () => {
  it("exports the finder and the mask from src/detection", () => {
    expect(fromCore("CPR 040385-2732", { today: TODAY })).toHaveLength(1);
    expect(maskFromCore("040385 - 2732")).toBe("040385-XXXX");
  });
});

describe("packed spans (what the send handler reads)", () => {
  it("hold each number's offsets, birth date and evidence, as findCprNumbers reports them", () => {
    // 290200-4737 passes modulus 11; 010203-1009 does not, and counts through its keyword.
    const text = "Barn 290200-4737 og CPR: 0102031009.";
    const spans = findCprSpans(text, { today: TODAY });
    expect(spans).toHaveLength(2);
    expect([spans.start(0), spans.end(0), spans.birthDate(0), spans.evidence(0)]).toEqual([5, 16, "2000-02-29", "checksum"]);
    expect([spans.start(1), spans.end(1), spans.birthDate(1), spans.evidence(1)]).toEqual([25, 35, "1903-02-01", "keyword"]);
    expect(spans.matches()).toEqual(find(text));
  });

  it("are empty for a text with no number, however short", () => {
    expect(findCprSpans("", {})).toHaveLength(0);
    expect(findCprSpans("tlf. 86 42 12 34", {})).toHaveLength(0);
  });
});

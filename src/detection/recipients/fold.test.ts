import { collapseTranslit, foldLong, foldShort, isDanishSpelling } from "./fold";

describe("Danish spellings", () => {
  test.each([
    ["Køge", "koege", "koge"],
    ["Sjælland", "sjaelland", "sjaelland"],
    ["Tårnby", "taarnby", "tarnby"],
    ["Hjørring", "hjoerring", "hjorring"],
    ["Müller", "mueller", "muller"],
  ])("%s → long %s, short %s", (text, long, short) => {
    expect(foldLong(text)).toBe(long);
    expect(foldShort(text)).toBe(short);
  });

  test("the collapsed form makes koege, koge and køge one name", () => {
    expect(collapseTranslit(foldLong("køge"))).toBe(collapseTranslit("koege"));
    expect(collapseTranslit("koge")).toBe(collapseTranslit("koege"));
    expect(collapseTranslit("aarhus")).toBe(collapseTranslit("arhus"));
    expect(collapseTranslit("randers")).not.toBe(collapseTranslit("anders"));
  });

  test("a Danish spelling uses only æ ø å beyond ASCII", () => {
    expect(isDanishSpelling("køge")).toBe(true);
    expect(isDanishSpelling("koege")).toBe(false);
    expect(isDanishSpelling("gentöfte")).toBe(false);
    expect(isDanishSpelling("kоege")).toBe(false); // Cyrillic о
  });
});

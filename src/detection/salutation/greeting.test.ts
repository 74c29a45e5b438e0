import { findGreeting } from "./greeting";

const people = (body: string): string[] | undefined => findGreeting(body)?.people.map((p) => p.written);

describe("findGreeting: who the new text greets", () => {
  test.each([
    ["Kære Jens Hansen\n\nTak for din mail.", ["Jens Hansen"]],
    ["Hej Jens,\ntak for sidst", ["Jens"]],
    ["Hej Jens, tak for din mail", ["Jens"]],
    ["Hejsa Anne!", ["Anne"]],
    ["Goddag Søren Ørsted-Bæk.", ["Søren Ørsted-Bæk"]],
    ["Godmorgen Mette", ["Mette"]],
    ["Kære hr. Hansen", ["Hansen"]],
    ["Kære fru Anne-Marie Jensen", ["Anne-Marie Jensen"]],
    ["Dear Mr. Hansen,", ["Hansen"]],
    ["Hi John and Mary,", ["John", "Mary"]],
    ["Kære Jens og Anne\n", ["Jens", "Anne"]],
    ["Hej Jens, Anne og Peter", ["Jens", "Anne", "Peter"]],
    ["Kære Jens Hansen og familie", ["Jens Hansen"]],
    ["KÆRE JENS HANSEN", ["JENS HANSEN"]],
    ["hej jens,", ["jens"]],
    ["Hej, Jens", ["Jens"]],
    ["Hej, Jens!", ["Jens"]],
    ["Hej Jens Tak for din mail", ["Jens"]],
    ["Kære Hans van der Berg", ["Hans van der Berg"]],
    ["Att.: Jens Hansen\n\nHermed …", ["Jens Hansen"]],
    ["Til Jens Hansen\nKære Jens", ["Jens Hansen"]],
    ["Vedr. Jens Hansen, CPR 010203-1234\n\nVi har modtaget …", ["Jens Hansen"]],
    ["Vedr. Jens Hansen\nKære Anne", ["Anne"]],
    ["\n\n  Kære J. Hansen", ["J. Hansen"]],
  ])("%j greets %j", (body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  test.each([
    "Kære borger",
    "Hej alle",
    "Hej allesammen,",
    "Til rette vedkommende",
    "Kære forælder",
    "Kære forældre",
    "Hej med jer",
    "Hej med dig",
    "Dear Sir or Madam,",
    "Hi all,",
    "Hi there",
    "Hello everyone",
    "Hej igen",
    "Hej,",
    "Kære Randers Kommune",
    "Hej tak for din mail",
    "Hej, oversigten er vedhæftet.",
    "Hej, Oversigten er vedhæftet.",
    "hej ring til mig.",
  ])("%j greets nobody by name", (body) => {
    expect(people(body) ?? []).toEqual([]);
  });

  test.each([
    "Til orientering.",
    "Vedr. din ansøgning om boligstøtte",
    "Vedr. Boligstøtte",
    "Tilbud på vinduer",
    "Hilsen Jens",
    "Tak for mødet i går.\n\nMed venlig hilsen\nAnne",
  ])("%j has no greeting", (body) => {
    expect(findGreeting(body)).toBeUndefined();
  });

  test("the quoted history is not the new text", () => {
    const body = "> Kære Anne Jensen\n> tak\n\nFra: Anne\nSendt: i går\nEmne: x\n\nKære Anne";
    expect(people(body)).toBeUndefined();
    const reply = "Kære Jens\n\nFra: Anne Jensen <a@x.dk>\nSendt: 3. november 2026 10:12\n\nKære Peter";
    expect(people(reply)).toEqual(["Jens"]);
  });

  test("only the first lines count: a name further down is not the greeting", () => {
    expect(findGreeting("Sagsnr. 2026-1\nBoligstøtte\nSvar på ansøgning\nFrist 1. maj\nKære Jens")).toBeUndefined();
  });

  test("offsets point at the greeting as written", () => {
    const body = "\n  Kære Jens Hansen,\nTak";
    const g = findGreeting(body);
    expect(g && body.slice(g.start, g.end)).toBe("Kære Jens Hansen");
    expect(g?.text).toBe("Kære Jens Hansen");
  });
});

import { fit, localAgrees, namesAgree, recipientNames, type GreetedName } from "./match";
import { displayName, displayNameKeys, localPartKeys, nameKey, personName } from "./names";

const greeted = (written: string, titled = false): GreetedName => ({ written, keys: personName(written).all, name: personName(written), titled });
const fitOf = (greeting: string, address: string, displayName?: string, titled = false) =>
  fit(greeted(greeting, titled), recipientNames(displayName === undefined ? { address } : { address, displayName }));

describe("nameKey: spellings a person reads as one name", () => {
  test.each([
    ["Søren", "Soeren"],
    ["Søren", "soren"],
    ["Åse", "Aase"],
    ["Mæhle", "Maehle"],
    ["José", "jose"],
    ["Müller", "Mueller"],
  ])("%s = %s", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  test("different names stay different", () => {
    expect(nameKey("Jens")).not.toBe(nameKey("Jonas"));
  });
});

describe("display names and local parts", () => {
  test.each([
    ["Jens Hansen", ["jens", "hansen"]],
    ["Hansen, Jens", ["jens", "hansen"]],
    ["Anne-Marie Ørsted (Randers Kommune)", ["anne", "marie", "orsted"]],
    ["Randers Kommune", undefined],
    ["jens@gmail.com", undefined],
    ["Jobcenter Randers", undefined],
    ["", undefined],
  ])("display %j → %j", (display, keys) => expect(displayNameKeys(display)).toEqual(keys));

  test.each([
    ["jens.hansen1@gmail.com", ["jens", "hansen"]],
    ["jh@firma.dk", ["jh"]],
    ["soeren_oe.privat@x.dk", ["soren", "o"]],
    ["jens+sag@x.dk", ["jens"]],
    ["post@advokat.dk", undefined],
    ["info@x.dk", undefined],
    ["noreply@x.dk", undefined],
    ["sikkerpost@randers.dk", undefined],
    ["kontakt.jobcenter@x.dk", undefined],
    ["advokat@hansen-law.dk", undefined],
    ["12345678@x.dk", undefined],
  ])("local %j → %j", (address, keys) => expect(localPartKeys(address)).toEqual(keys));
});

describe("namesAgree: the greeted name against a display name", () => {
  test.each([
    ["Jens Hansen", "Jens Hansen", true],
    ["Jens", "Jens Hansen", true],
    ["Jens Peter Hansen", "Jens Hansen", true],
    ["Jens Hansen", "Jens Peter Hansen", true],
    ["Jens Hansen", "Hansen Jens", true],
    ["J. Hansen", "Jens Hansen", true],
    ["Anne Hansen-Berg", "Anne Hansen", true],
    ["Jens Hansen", "Jens", true],
    ["Jens Hansen", "Jens Jensen", false],
    ["Jens Hansen", "Mette Hansen", false],
    ["Jens Hansen", "Anne Jensen", false],
    ["Jens", "Anne Jensen", false],
    ["Freja Carsten Jespersen", "Freja Carsten Poulsen", false],
    ["Birgit Laursen-Petersen", "Mads Laursen-Petersen", false],
  ])("%s ~ %s: %s", (g, display, agrees) => {
    expect(namesAgree(personName(g), displayName(display) ?? personName(""))).toBe(agrees);
  });
});

describe("localAgrees: addresses built from the greeted name", () => {
  test.each([
    ["Jens Hansen", "jens.hansen", true],
    ["Jens Hansen", "jens.hansen1", true],
    ["Jens Hansen", "jenshansen85", true],
    ["Jens Hansen", "jhansen", true],
    ["Jens Hansen", "j.hansen", true],
    ["Jens Hansen", "jens.h", true],
    ["Jens Hansen", "jh", true],
    ["Jens Hansen", "hansen.jens", true],
    ["Jens Hansen", "jens", true],
    ["Jens Hansen", "hansen", true],
    ["Jens Peter Hansen", "jph", true],
    ["Jens Peter Hansen", "jp.hansen", true],
    ["Søren Ørsted", "soeren.oersted", true],
    ["Søren Ørsted", "soren.orsted", true],
    ["Jens", "jens.jensen", true],
    ["Jens", "jh", true],
    ["Jens Hansen", "jens.jensen", false],
    ["Jens Hansen", "anne.jensen", false],
    ["Jens Hansen", "m.hansen", false],
    ["Jens Hansen", "mhansen", false],
    ["Jens Hansen", "ah", false],
    ["Jens", "anne.jensen", false],
    ["Peter", "pnorgaard", true],
    ["Jesper", "jespers30", true],
    ["Peter", "anorgaard", false],
  ])("%s ~ %s@: %s", (g, local, agrees) => {
    expect(localAgrees(greeted(g), localPartKeys(`${local}@x.dk`) ?? [])).toBe(agrees);
  });
});

describe("fit: one recipient against one greeted name", () => {
  test("the display name decides when it is a person's name, the address when it matches anyway", () => {
    expect(fitOf("Jens Hansen", "anne.jensen@gmail.com", "Anne Jensen")).toBe("mismatch");
    expect(fitOf("Jens Hansen", "kattemor@gmail.com", "Jens Hansen")).toBe("match");
    expect(fitOf("Jens Hansen", "jens.hansen@gmail.com", "Kattemor")).toBe("match");
  });
  test("a shared mailbox without a name cannot be judged", () => {
    expect(fitOf("Jens Hansen", "post@advokat.dk")).toBe("unknown");
    expect(fitOf("Jens Hansen", "info@firma.dk", "Firma ApS")).toBe("unknown");
  });
  test("a shared mailbox with a person's display name is judged by the name", () => {
    expect(fitOf("Jens Hansen", "post@advokat.dk", "Anne Jensen")).toBe("mismatch");
  });
  test("a full display name of someone else is not rescued by initials in the address", () => {
    expect(fitOf("Olesen", "fo@x.dk", "Freja Østergaard", true)).toBe("mismatch");
  });
  test("a title makes a lone name a surname", () => {
    expect(fitOf("Hansen", "mette.hansen@x.dk", "Mette Hansen", true)).toBe("match");
  });
});

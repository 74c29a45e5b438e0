import { inflectionOf } from "./inflection";

describe("plural and inflection endings", () => {
  test.each([
    ["randerss", "s"],
    ["randerses", "es"],
    ["randersen", "en"],
    ["randerserne", "erne"],
    ["randersene", "ene"],
    ["randerser", "er"],
    ["randerse", "e"],
    ["ransders", "s"], // dnstwist's plural inside the name: "s" after "ran"
  ])("%s is randers with the ending %s", (form, ending) => {
    expect(inflectionOf(form, "randers")).toBe(ending);
  });

  test("helsesingor is helsingor with es inside", () => {
    expect(inflectionOf("helsesingor", "helsingor")).toBe("es");
  });

  test.each(["randersxy", "randersfc", "srandes", "randers", "anders", "randersbib"])("%s is no inflection of randers", (form) => {
    expect(inflectionOf(form, "randers")).toBeUndefined();
  });
});

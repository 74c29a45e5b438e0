import { channelAffix, isChannelWord, splitChannelWords } from "./channel-words";

describe("channel words", () => {
  test.each(["mail", "sikkerpost", "selvbetjening", "borgerservice", "jobcenter", "helpdesk", "min", "kommunen", "dk"])("%s is a channel word", (w) => {
    expect(isChannelWord(w)).toBe(true);
  });

  // The words of real town-named organisations: the meaning decides, so they stay out.
  test.each(["fc", "if", "boldklub", "zoo", "havn", "forsyning", "vand", "bib", "bibliotek", "visit", "avis", "amtsavis", "posten", "skole", "gym", "hallen", "kirke"])(
    "%s is not a channel word",
    (w) => {
      expect(isChannelWord(w)).toBe(false);
    },
  );

  test("a glued run splits wholly into channel words, or not at all", () => {
    expect(splitChannelWords("sikkerpostlogin")).toEqual(["sikkerpost", "login"]);
    expect(splitChannelWords("minsidelogin")).toEqual(["minside", "login"]);
    expect(splitChannelWords("")).toEqual([]);
    expect(splitChannelWords("visit")).toBeUndefined();
    expect(splitChannelWords("fcmail")).toBeUndefined();
  });

  test("a word written apart by a hyphen is the same word (randers-e-mail.dk)", () => {
    expect(channelAffix("randersemail", [7, 8], "randers")).toEqual({ words: ["email"], hyphenated: true });
  });

  test.each([
    ["randersmail", [], ["mail"], false],
    ["mitrandersselvbetjening", [], ["mit", "selvbetjening"], false],
    ["sikkerpostranders", [10], ["sikkerpost"], true],
    ["randerskommunen", [7], ["kommunen"], true],
  ])("%s around randers → %j", (form, cuts, words, hyphenated) => {
    expect(channelAffix(form, cuts as number[], "randers")).toEqual({ words, hyphenated });
  });

  test.each(["randersfc", "visitranders", "randersbib", "randersamtsavis", "xrandersmail", "randers"])("%s is no channel affix of randers", (form) => {
    expect(channelAffix(form, [], "randers")).toBeUndefined();
  });
});

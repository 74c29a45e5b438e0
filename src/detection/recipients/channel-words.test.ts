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
    expect(splitChannelWords("sikkerpostlogin", [], 0)).toEqual(["sikkerpost", "login"]);
    expect(splitChannelWords("minsidelogin", [], 0)).toEqual(["minside", "login"]);
    expect(splitChannelWords("", [], 0)).toEqual([]);
    expect(splitChannelWords("visit", [], 0)).toBeUndefined();
    expect(splitChannelWords("fcmail", [], 0)).toBeUndefined();
  });

  test("a word may not span a hyphen", () => {
    // "mai-lpost" is not "mail" + "post"
    expect(splitChannelWords("mailpost", [3], 0)).toBeUndefined();
    expect(splitChannelWords("mailpost", [4], 0)).toEqual(["mail", "post"]);
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

import { classifyRecipient } from "./classify";
import { testPolicy } from "./__tests__/policy";
import { displayOrder, withoutIgnorable } from "./ignorable";

const randers = testPolicy({ name: "Randers Kommune", domains: ["randers.dk"], trusted: [{ domain: "koege.dk", name: "Køge Kommune" }] });

// Invisible characters a spoofer can put inside a name: zero-width space, non-joiner, joiner,
// word joiner, BOM, soft hyphen, LRM, RLM, ALM, LRE, PDF, LRI, PDI, a variation selector, a tag.
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u061C", "\u202A", "\u202C", "\u2066", "\u2069", "\uFE0F", "\uDB40\uDC20"];

/** Every invisible character at every inner position of the name (generated, not picked). */
function variants(name: string): string[] {
  const out: string[] = [];
  for (const ch of INVISIBLE) for (let i = 1; i < name.length; i++) out.push(name.slice(0, i) + ch + name.slice(i));
  return out;
}

describe("display-name spoof check with invisible characters inside the name", () => {
  test.each([
    ["Køge Kommune", "koege.dk"],
    ["Randers Kommune", "randers.dk"],
    ["Skattestyrelsen", "skat.dk"],
    ["postkasse@aarhus.dk", "aarhus.dk"],
  ])("every variant of %j at gmail.com is still a claim on %s", (name, imitates) => {
    const names = variants(name);
    const missed = names.filter((displayName) => classifyRecipient({ address: "x@gmail.com", displayName }, randers).lookalike?.imitates !== imitates);
    expect(names.length).toBeGreaterThan(100);
    expect(missed.map((n) => JSON.stringify(n))).toEqual([]);
  });

  test("a right-to-left override shows the name reversed, and is read as shown", () => {
    const shown = "Køge Kommune";
    const stored = "\u202E" + shown.split("").reverse().join("") + "\u202C";
    expect(displayOrder(stored)).toBe(shown);
    expect(classifyRecipient({ address: "x@gmail.com", displayName: stored }, randers).lookalike).toMatchObject({
      severity: "block",
      imitates: "koege.dk",
      reason: "display-name",
    });
  });

  test("an ordinary name with invisible characters is still no claim", () => {
    for (const displayName of variants("Jens Hansen")) {
      expect(classifyRecipient({ address: "x@gmail.com", displayName }, randers).lookalike).toBeUndefined();
    }
  });

  test("withoutIgnorable keeps visible text and drops only the invisible characters", () => {
    expect(withoutIgnorable("K\u200Bø\u00ADge\u202E \uDB40\uDC41Kommune\uFEFF")).toBe("Køge Kommune");
    expect(withoutIgnorable("Jens-Ole Østergård (Jobcenter)")).toBe("Jens-Ole Østergård (Jobcenter)");
  });
});

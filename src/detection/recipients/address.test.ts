import { parseAddress } from "./address";

describe("parseAddress", () => {
  test.each([
    ["jens@randers.dk", "jens", "randers.dk"],
    ["Jens.Hansen@Randers.DK", "Jens.Hansen", "randers.dk"],
    ["  jens@randers.dk  ", "jens", "randers.dk"],
    ["Jens Hansen <jens@randers.dk>", "jens", "randers.dk"],
    ["<jens@randers.dk>", "jens", "randers.dk"],
    ["jens@randers.dk.", "jens", "randers.dk"],
    ['"jens hansen"@randers.dk', '"jens hansen"', "randers.dk"],
    ["0101011234@randers.mitdk.digital-post.dk", "0101011234", "randers.mitdk.digital-post.dk"],
    ["x@køge.dk", "x", "xn--kge-0na.dk"],
    ["x@xn--kge-0na.dk", "x", "xn--kge-0na.dk"],
  ])("%s → local %s, domain %s", (input, local, domain) => {
    expect(parseAddress(input)).toEqual({ valid: true, local, domain });
  });

  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["randers.dk", "no-at"],
    ["@randers.dk", "empty-local"],
    ["jens@", "empty-domain"],
    ["jens hansen@randers.dk", "bad-local"],
    ["a@b@randers.dk", "bad-local"],
    ["jens..hansen@randers.dk", "bad-local"],
    ["jens@[10.0.0.1]", "ip-literal"],
    ["jens@10.0.0.1", "ip-literal"],
    ["jens@randers", "bad-domain"],
    ["jens@-randers.dk", "bad-domain"],
    ["jens@randers..dk", "bad-domain"],
    ["jens@rand ers.dk", "bad-domain"],
    ["jens@randers.d", "bad-domain"],
    [`${"a".repeat(65)}@randers.dk`, "bad-local"],
    [`jens@${"a".repeat(300)}.dk`, "too-long"],
  ])("%j is invalid (%s)", (input, problem) => {
    const parsed = parseAddress(input);
    expect(parsed.valid).toBe(false);
    if (!parsed.valid) expect(parsed.problem).toBe(problem);
  });
});

import { defaultPolicy, parsePolicy } from "./index";

describe("defaultPolicy (zero-config)", () => {
  test("the sender's domain is the organisation", () => {
    const policy = defaultPolicy("Mette.Hansen@Randers.DK");
    expect(policy.organization).toEqual({ name: "randers.dk", domains: ["randers.dk"] });
    expect(policy.version).toBe("zero-config");
  });

  test("without a sender nobody is internal", () => {
    expect(defaultPolicy().organization.domains).toEqual([]);
    expect(defaultPolicy("not-an-address").organization.domains).toEqual([]);
  });

  test("safe defaults: nobody trusted, no route, reasons required, Danish", () => {
    const policy = defaultPolicy("a@randers.dk");
    expect(policy.trustedDomains).toEqual([]);
    expect(policy.digitalPost).toBeUndefined();
    expect(policy.confirmation.requireReason).toBe(true);
    expect(policy.confirmation.allowed).not.toContain("cpr-several-people");
    expect(policy.confirmation.allowed).not.toContain("cpr-subject");
    expect(policy.externalRecipients).toBe("allow");
    expect(policy.language).toBe("da");
  });

  test("equals what the minimal policy.json resolves to, apart from name and version", () => {
    const fromFile = parsePolicy({ organization: { name: "randers.dk", domains: ["randers.dk"] } });
    expect({ ...defaultPolicy("x@randers.dk"), version: fromFile.version }).toEqual(fromFile);
  });

  test("every call returns fresh objects", () => {
    const a = defaultPolicy("a@randers.dk");
    a.confirmation.reasons[0]!.label.da = "x";
    a.organization.domains.push("evil.dk");
    const b = defaultPolicy("a@randers.dk");
    expect(b.confirmation.reasons[0]!.label.da).not.toBe("x");
    expect(b.organization.domains).toEqual(["randers.dk"]);
  });
});

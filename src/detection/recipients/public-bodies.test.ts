import { findKnownOrganisation, findPublicBody, isWebmailDomain, knownOrganisations } from "./public-bodies";

describe("the shipped list of known organisations", () => {
  test("has all 98 municipalities, the five regions, Danske Regioner and KL", () => {
    const municipalities = knownOrganisations().filter((o) => o.source === "KML" || o.source === "W");
    expect(municipalities).toHaveLength(98);
    expect(new Set(municipalities.map((m) => m.name)).size).toBe(98);
    const regions = knownOrganisations().filter((o) => o.source === "REG");
    expect(regions.map((r) => r.domains[0])).toEqual(["regionh.dk", "regionsjaelland.dk", "rsyd.dk", "rm.dk", "rn.dk", "regioner.dk", "kl.dk"]);
  });

  test.each([
    ["randers.dk", "Randers Kommune"],
    ["kk.dk", "Københavns Kommune"],
    ["faaborgmidtfyn.dk", "Faaborg-Midtfyn Kommune"], // the 2011 domain, still in address books
    ["xn--sor-2na.dk", "Sorø Kommune"],
    ["kl.dk", "KL – Kommunernes Landsforening"],
    ["fm.dk", "Finansministeriet"],
    ["skat.dk", "Skattestyrelsen"],
    ["fmk-online.dk", "Fælles Medicinkort"],
    ["virk.dk", "Virk"],
    ["KOEGE.DK", "Køge Kommune"],
  ])("%s is %s", (domain, name) => {
    expect(findPublicBody(domain)?.name).toBe(name);
  });

  test("a subdomain belongs to the organisation of its parent domain", () => {
    expect(findPublicBody("jobcenter.randers.dk")?.name).toBe("Randers Kommune");
    expect(findPublicBody("randers.dk.evil.eu")).toBeUndefined();
  });

  test("webmail is known but not a public body", () => {
    expect(isWebmailDomain("gmail.com")).toBe(true);
    expect(isWebmailDomain("live.dk")).toBe(true);
    expect(findPublicBody("gmail.com")).toBeUndefined();
    expect(findKnownOrganisation("gmail.com")?.name).toBe("Gmail");
    expect(isWebmailDomain("randers.dk")).toBe(false);
  });

  test("unknown and odd keys find nothing", () => {
    for (const d of ["anders.dk", "", "constructor", "__proto__", "toString"]) {
      expect(findKnownOrganisation(d)).toBeUndefined();
    }
  });

  test("every domain is lower-case ASCII and listed once", () => {
    const all = knownOrganisations().flatMap((o) => o.domains);
    for (const d of all) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(new Set(all).size).toBe(all.length);
  });
});

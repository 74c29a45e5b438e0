import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePolicy, PolicyError, type PolicyIssue } from "./index";

const minimal = { organization: { name: "Randers Kommune", domains: ["randers.dk"] } };

function problems(json: unknown): PolicyIssue[] {
  try {
    parsePolicy(json);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).issues;
  }
  throw new Error("expected a PolicyError");
}

function messageOf(json: unknown): string {
  try {
    parsePolicy(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a PolicyError");
}

function withOrg(extra: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal, ...extra };
}

describe("parsePolicy: valid files", () => {
  test("the smallest valid policy gets every default", () => {
    const policy = parsePolicy(minimal);
    expect(policy.organization).toEqual({ name: "Randers Kommune", domains: ["randers.dk"] });
    expect(policy.trustedDomains).toEqual([]);
    expect(policy.digitalPost).toBeUndefined();
    expect(policy.cpr).toEqual({ extraExemptDates: [], substituteNumbers: false });
    expect(policy.confirmation.requireReason).toBe(true);
    expect(policy.confirmation.allowed).toEqual([
      "cpr-external",
      "lookalike",
      "display-name-spoof",
      "invalid-recipient",
      "external-recipient",
      "attachment-unchecked",
      "recipient-name-mismatch",
    ]);
    expect(policy.checks).toEqual({ salutation: "notice", salutationInternal: false });
    expect(policy.confirmation.reasons.map((r) => r.label.da)).toEqual([
      "Borgeren har selv bedt om svar på mail og er vejledt om risikoen",
      "Modtageren er en myndighed med tvungen TLS",
      "Oplysningerne er ikke fortrolige",
      "Andet",
    ]);
    expect(policy.confirmation.reasons.filter((r) => r.requiresText).map((r) => r.code)).toEqual(["other"]);
    expect(policy.externalRecipients).toBe("allow");
    expect(policy.language).toBe("da");
    expect(policy.attachments).toEqual({ maxTotalBytes: 10485760, maxFileBytes: 5242880, timeBudgetMs: 2000 });
  });

  test("the shipped examples parse", () => {
    for (const file of ["policy.minimal.json", "policy.randers.json"]) {
      const text = readFileSync(join(__dirname, "..", "..", "examples", file), "utf8");
      expect(() => parsePolicy(JSON.parse(text))).not.toThrow();
    }
    const randers = parsePolicy(JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "policy.randers.json"), "utf8")));
    expect(randers.trustedDomains.map((t) => t.domain)).toEqual(expect.arrayContaining(["aarhus.dk", "rm.dk", "skat.dk"]));
    expect(randers.digitalPost).toMatchObject({ type: "gateway", allowedSenders: ["sikkerpost@randers.dk"] });
  });

  test("domains are lower-cased and de-duplicated, whitespace trimmed", () => {
    const policy = parsePolicy({ organization: { name: " Randers Kommune ", domains: ["Randers.DK", "randers.dk ", "xn--kge-0na.dk"] } });
    expect(policy.organization).toEqual({ name: "Randers Kommune", domains: ["randers.dk", "xn--kge-0na.dk"] });
  });

  test("a gateway without gatewayDomains counts its template's domain as the gateway", () => {
    const policy = parsePolicy(
      withOrg({ digitalPost: { type: "gateway", name: "Digital Post", addressTemplate: "{cpr}@Randers.mitdk.digital-post.dk" } }),
    );
    expect(policy.digitalPost).toEqual({
      type: "gateway",
      name: "Digital Post",
      addressTemplate: "{cpr}@Randers.mitdk.digital-post.dk",
      gatewayDomains: ["randers.mitdk.digital-post.dk"],
      allowedSenders: [],
    });
  });

  test("a gateway domain may be a parent of the template's domain", () => {
    const policy = parsePolicy(
      withOrg({
        digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}@randers.mitdk.digital-post.dk", gatewayDomains: ["digital-post.dk"] },
      }),
    );
    expect(policy.digitalPost?.gatewayDomains).toEqual(["digital-post.dk"]);
  });

  test("portal and instructions routes", () => {
    expect(parsePolicy(withOrg({ digitalPost: { type: "portal", name: "Borger.dk", url: "https://www.borger.dk" } })).digitalPost).toEqual({
      type: "portal",
      name: "Borger.dk",
      url: "https://www.borger.dk",
      gatewayDomains: [],
    });
    expect(parsePolicy(withOrg({ digitalPost: { type: "instructions", name: "IT", url: "https://intra.randers.dk/dp" } })).digitalPost?.type).toBe(
      "instructions",
    );
  });

  test("a reason without English falls back to the Danish label; $schema is accepted and dropped", () => {
    const policy = parsePolicy(
      withOrg({ $schema: "./policy.schema.json", confirmation: { reasons: [{ code: "x", label: { da: "Kun dansk" } }] } }),
    );
    expect(policy.confirmation.reasons).toEqual([{ code: "x", label: { da: "Kun dansk", en: "Kun dansk" }, requiresText: false }]);
    expect(policy).not.toHaveProperty("$schema");
  });

  test("requireReason false allows an empty reason list", () => {
    const policy = parsePolicy(withOrg({ confirmation: { requireReason: false, reasons: [] } }));
    expect(policy.confirmation.reasons).toEqual([]);
  });

  test("the file's text is accepted too", () => {
    expect(parsePolicy(JSON.stringify(minimal)).organization.domains).toEqual(["randers.dk"]);
  });

  test("defaults are not shared between parses", () => {
    const a = parsePolicy(minimal);
    a.confirmation.allowed.push("cpr-subject");
    a.confirmation.reasons[0]!.label.da = "ændret";
    const b = parsePolicy(minimal);
    expect(b.confirmation.allowed).not.toContain("cpr-subject");
    expect(b.confirmation.reasons[0]!.label.da).not.toBe("ændret");
  });
});

describe("parsePolicy: every problem with its path, in plain words", () => {
  const cases: [string, unknown, string, string, RegExp][] = [
    ["no organization", {}, "organization", "missing", /mangler/],
    ["a domain without a dot", { organization: { name: "R", domains: ["randers"] } }, "organization.domains[0]", "domain", /skal være et domænenavn, fx "randers\.dk" \(fik "randers"\)/],
    ["an address instead of a domain", { organization: { name: "R", domains: ["it@randers.dk"] } }, "organization.domains[0]", "domain", /domænenavn/],
    ["a Unicode domain", { organization: { name: "K", domains: ["køge.dk"] } }, "organization.domains[0]", "domain-idn", /xn--kge-0na\.dk/],
    ["no domains", { organization: { name: "R", domains: [] } }, "organization.domains", "domains-empty", /mindst ét domæne/],
    ["an empty name", { organization: { name: "  ", domains: ["randers.dk"] } }, "organization.name", "required-text", /må ikke være tom/],
    ["domains as a string", { organization: { name: "R", domains: "randers.dk" } }, "organization.domains", "invalid_type", /skal være en liste \[\.\.\.\] \(fik en tekst\)/],
    ["a number for a domain", { organization: { name: "R", domains: [42] } }, "organization.domains[0]", "invalid_type", /skal være en tekst \(fik et tal\)/],
    ["a trusted domain without name", withOrg({ trustedDomains: [{ domain: "aarhus.dk" }] }), "trustedDomains[0].name", "missing", /mangler/],
    ["a trusted domain as a bare string", withOrg({ trustedDomains: ["aarhus.dk"] }), "trustedDomains[0]", "invalid_type", /objekt/],
    ["a template without {cpr}", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "post@randers.mitdk.digital-post.dk" } }), "digitalPost.addressTemplate", "template-cpr", /skal indeholde "\{cpr\}"/],
    ["a template that is no address", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}" } }), "digitalPost.addressTemplate", "template-address", /mailadresse/],
    ["{cpr} in the template's domain", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "post@{cpr}.dk" } }), "digitalPost.addressTemplate", "template-address", /før @/],
    ["a gateway whose domains miss the template", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}@gw.example.dk", gatewayDomains: ["other.dk"] } }), "digitalPost.gatewayDomains", "gateway-domain-missing", /gatewayDomains.*\(fik "gw\.example\.dk"\)/],
    ["an unknown route type", withOrg({ digitalPost: { type: "e-boks", name: "x" } }), "digitalPost.type", "route-type", /"gateway", "portal" eller "instructions"/],
    ["a sender that is no address", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}@gw.dk", allowedSenders: ["sikkerpost"] } }), "digitalPost.allowedSenders[0]", "address", /mailadresse/],
    ["an http guide link", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}@gw.dk", guideUrl: "http://intra/x" } }), "digitalPost.guideUrl", "https-url", /https/],
    ["a non-date exemption", withOrg({ cpr: { extraExemptDates: ["1.1.1996"] } }), "cpr.extraExemptDates[0]", "date", /ÅÅÅÅ-MM-DD/],
    ["an impossible exemption date", withOrg({ cpr: { extraExemptDates: ["1997-02-29"] } }), "cpr.extraExemptDates[0]", "date", /rigtig dato/],
    ["a misspelt rule id", withOrg({ confirmation: { allowed: ["cpr-externl"] } }), "confirmation.allowed[0]", "invalid_value", /skal være en af: "cpr-external"/],
    ["requireReason as text", withOrg({ confirmation: { requireReason: "ja" } }), "confirmation.requireReason", "invalid_type", /true eller false/],
    ["no reasons while a reason is required", withOrg({ confirmation: { reasons: [] } }), "confirmation.reasons", "reasons-empty", /mindst én begrundelse/],
    ["a reason code twice", withOrg({ confirmation: { reasons: [{ code: "a", label: { da: "A" } }, { code: "a", label: { da: "B" } }] } }), "confirmation.reasons[1].code", "duplicate-reason-code", /brugt før/],
    ["a reason code with spaces", withOrg({ confirmation: { reasons: [{ code: "Borger beder", label: { da: "A" } }] } }), "confirmation.reasons[0].code", "reason-code", /små bogstaver/],
    ["a label as a plain string", withOrg({ confirmation: { reasons: [{ code: "a", label: "A" }] } }), "confirmation.reasons[0].label", "invalid_type", /objekt/],
    ["an unknown externalRecipients value", withOrg({ externalRecipients: "block" }), "externalRecipients", "invalid_value", /"allow", "notice", "confirm" \(fik "block"\)/],
    ["German", withOrg({ language: "de" }), "language", "invalid_value", /"da", "en"/],
    ["a negative size", withOrg({ attachments: { maxFileBytes: -5 } }), "attachments.maxFileBytes", "positive", /større end 0/],
    ["a fractional size", withOrg({ attachments: { maxTotalBytes: 1.5 } }), "attachments.maxTotalBytes", "invalid_type", /helt tal/],
    ["a time budget beyond Outlook's patience", withOrg({ attachments: { timeBudgetMs: 10000 } }), "attachments.timeBudgetMs", "time-budget", /4000 ms/],
    ["a misspelt top-level key", withOrg({ trustedDomain: [] }), "trustedDomain", "unrecognized_keys", /mente du "trustedDomains"\?/],
    ["a misspelt nested key", { organization: { name: "R", domains: ["randers.dk"], domian: [] } }, "organization.domian", "unrecognized_keys", /mente du "domains"\?/],
    ["a wrong-case key in a gateway", withOrg({ digitalPost: { type: "gateway", name: "DP", addressTemplate: "{cpr}@gw.dk", allowedsenders: [] } }), "digitalPost.allowedsenders", "unrecognized_keys", /mente du "allowedSenders"\?/],
    ["an unrelated unknown key", withOrg({ colour: "blue" }), "colour", "unrecognized_keys", /ukendt felt \(stavefejl/],
  ];

  test.each(cases)("%s", (_name, json, path, code, wording) => {
    const issues = problems(json);
    const found = issues.find((i) => i.path === path);
    expect(found).toBeDefined();
    expect(found!.code).toBe(code);
    expect(found!.message).toMatch(wording);
    expect(found!.messageEn.length).toBeGreaterThan(0);
    expect(messageOf(json)).toContain(`${path}: ${found!.message}`);
  });

  test("lists every problem at once, in one message", () => {
    const json = {
      organization: { name: "", domains: ["randers", 7] },
      trustedDomains: [{ domain: "aarhus", name: "Aarhus Kommune" }],
      language: "se",
      digitalpost: {},
    };
    const issues = problems(json);
    expect(issues.map((i) => i.path)).toEqual([
      "organization.name",
      "organization.domains[0]",
      "organization.domains[1]",
      "trustedDomains[0].domain",
      "language",
      "digitalpost",
    ]);
    const message = messageOf(json);
    expect(message.split("\n")[0]).toBe("policy.json har 6 fejl:");
    expect(message.split("\n")).toHaveLength(7);
  });

  test("English wording on request", () => {
    try {
      parsePolicy({ organization: { name: "R", domains: ["randers"] } });
      throw new Error("expected a PolicyError");
    } catch (error) {
      expect((error as PolicyError).format("en")).toBe(
        'policy.json has 1 problem:\n  organization.domains[0]: must be a domain name, e.g. "randers.dk" (got "randers")',
      );
    }
  });

  test.each([
    ["null", null],
    ["an array", [minimal]],
    ["a number", 5],
  ])("%s is not a policy", (_name, json) => {
    const issues = problems(json);
    expect(issues).toEqual([expect.objectContaining({ path: "", code: "not-json" })]);
    expect(messageOf(json)).toContain("(hele filen): politikken skal være et JSON-objekt");
  });

  test("broken JSON text is reported, not thrown as a SyntaxError", () => {
    const issues = problems('{"organization": ');
    expect(issues[0]!.code).toBe("json-syntax");
    expect(issues[0]!.message).toMatch(/^er ikke gyldig JSON: /);
  });

  test("a long bad value is shortened in the message", () => {
    const issues = problems({ organization: { name: "R", domains: ["x".repeat(300)] } });
    expect(issues[0]!.message.length).toBeLessThan(140);
  });
});

describe("parsePolicy: checks.salutation (issue 19)", () => {
  const base = { organization: { name: "Randers Kommune", domains: ["randers.dk"] } };

  test("IT can turn the greeting check off, make it stop the mail, or check internal mail too", () => {
    expect(parsePolicy({ ...base, checks: { salutation: "off" } }).checks).toEqual({ salutation: "off", salutationInternal: false });
    expect(parsePolicy({ ...base, checks: { salutation: "confirm", salutationInternal: true } }).checks).toEqual({
      salutation: "confirm",
      salutationInternal: true,
    });
  });

  test("a wrong value is named with its path", () => {
    expect(() => parsePolicy({ ...base, checks: { salutation: "block" } })).toThrow(/checks\.salutation/);
    expect(() => parsePolicy({ ...base, checks: { salutaton: "off" } })).toThrow(/checks\.salutaton/);
  });
});

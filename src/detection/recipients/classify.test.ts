import { classifyRecipient } from "./classify";
import { testPolicy } from "./__tests__/policy";

// Randers Kommune, trusting Aarhus and Køge, with a Digital Post gateway.
const randers = testPolicy({
  name: "Randers Kommune",
  domains: ["randers.dk"],
  trusted: [
    { domain: "aarhus.dk", name: "Aarhus Kommune" },
    { domain: "koege.dk", name: "Køge Kommune" },
  ],
  gateways: ["randers.mitdk.digital-post.dk"],
});

describe("classifyRecipient: who the recipient is", () => {
  test.each([
    ["a colleague", "sagsbehandler@randers.dk", "internal"],
    ["a colleague on a subdomain", "it@intern.randers.dk", "internal"],
    ["upper case from autocomplete", "Sagsbehandler@RANDERS.DK", "internal"],
    ["the trusted partner", "jobcenter@aarhus.dk", "trusted"],
    ["the trusted partner's subdomain", "x@skole.aarhus.dk", "trusted"],
    ["the Digital Post gateway", "0101011234@randers.mitdk.digital-post.dk", "digital-post"],
    ["a citizen at gmail", "borger@gmail.com", "external"],
    ["a company", "info@lund-vvs.dk", "external"],
    ["no at sign", "randers.dk", "invalid"],
    ["empty", "", "invalid"],
    ["two at signs", "a@b@randers.dk", "invalid"],
    ["no top-level domain", "x@randers", "invalid"],
    ["an IP literal", "x@[192.168.1.1]", "invalid"],
    ["a space in the local part", "jens hansen@randers.dk", "invalid"],
  ])("%s: %s → %s", (_situation, address, kind) => {
    expect(classifyRecipient({ address }, randers).kind).toBe(kind);
  });

  test("the domain is the lower-case ASCII form, with the Unicode form beside it for IDN", () => {
    const r = classifyRecipient({ address: "x@xn--kge-0na.dk" }, randers);
    expect(r.domain).toBe("xn--kge-0na.dk");
    expect(r.unicodeDomain).toBe("køge.dk");
    expect(classifyRecipient({ address: "x@randers.dk" }, randers).unicodeDomain).toBeUndefined();
  });

  test("internal, trusted and gateway recipients are never lookalikes", () => {
    for (const address of ["x@randers.dk", "x@aarhus.dk", "1@randers.mitdk.digital-post.dk"]) {
      expect(classifyRecipient({ address, displayName: "Skattestyrelsen" }, randers).lookalike).toBeUndefined();
    }
  });
});

describe("classifyRecipient: lookalike domains (Randers Kommune's policy)", () => {
  test.each([
    // candidate domain, severity, imitates, reason
    ["anders.dk", "block", "randers.dk", "typo"], // the incident
    ["rander.dk", "block", "randers.dk", "typo"],
    ["randrs.dk", "block", "randers.dk", "typo"],
    ["randres.dk", "block", "randers.dk", "typo"],
    ["randers.com", "block", "randers.dk", "tld-swap"],
    ["randers-kommune.dk", "block", "randers.dk", "affix"],
    ["sikkermail-randers.dk", "block", "randers.dk", "affix"],
    ["randersdk.dk", "block", "randers.dk", "dot-hyphen"],
    ["randers-dk.com", "block", "randers.dk", "dot-hyphen"],
    ["randers.dk.co", "block", "randers.dk", "tld-append"],
    ["randers.dk.securemail.eu", "block", "randers.dk", "subdomain"],
    ["rand.ers.dk", "block", "randers.dk", "dot-split"],
    ["ran-ders.dk", "block", "randers.dk", "hyphenation"],
    ["xn--rnders-3nf.dk", "block", "randers.dk", "homoglyph"], // Cyrillic а
    ["xn--rndrs-gra1b.dk", "block", "randers.dk", "homoglyph"], // accented letters
    ["ramdcrs.dk", "block", "randers.dk", "typo"], // two look-alike letters (m for n, c for e)
    ["koge.dk", "block", "koege.dk", "translit"],
    ["xn--kge-0na.dk", "block", "koege.dk", "translit"], // køge.dk
    ["aarhuus.dk", "block", "aarhus.dk", "typo"],
    ["arhus.dk", "block", "aarhus.dk", "translit"],
  ])("%s → %s imitating %s (%s)", (domain, severity, imitates, reason) => {
    const r = classifyRecipient({ address: `jens@${domain}` }, randers);
    expect(r.kind).toBe("external");
    expect(r.lookalike).toMatchObject({ severity, imitates, reason, suggestion: `jens@${imitates}` });
  });

  test("the lookalike names the organisation it imitates", () => {
    expect(classifyRecipient({ address: "x@anders.dk" }, randers).lookalike?.imitatesName).toBe("Randers Kommune");
    expect(classifyRecipient({ address: "x@koge.dk" }, randers).lookalike?.imitatesName).toBe("Køge Kommune");
  });

  test("a protected subdomain protects its registrable domain", () => {
    const sub = testPolicy({ name: "Randers Kommune", domains: ["sikkerpost.randers.dk"] });
    expect(classifyRecipient({ address: "x@anders.dk" }, sub).lookalike).toMatchObject({
      severity: "block",
      imitates: "randers.dk",
      suggestion: "x@randers.dk",
    });
  });

  test("public bodies outside the policy are protected too", () => {
    expect(classifyRecipient({ address: "x@gentofte.dk.securemail.eu" }, randers).lookalike).toMatchObject({
      severity: "block",
      imitates: "gentofte.dk",
      imitatesName: "Gentofte Kommune",
    });
    expect(classifyRecipient({ address: "x@skat.dk.co" }, randers).lookalike).toMatchObject({ imitates: "skat.dk" });
  });

  test.each([
    ["gentoftebib.dk"],
    ["visitkoege.dk"],
    ["virksomhedsguiden.dk"],
    ["randersfc.dk"],
    ["lund-vvs.dk"],
    ["nygaard-it.dk"],
    ["gmail.com"],
  ])("an ordinary domain is left alone: %s", (domain) => {
    expect(classifyRecipient({ address: `x@${domain}` }, randers).lookalike).toBeUndefined();
  });
});

describe("classifyRecipient: issue 14's classes", () => {
  test.each([
    // a protected name joined to a channel word, before or after, hyphen or glued
    ["randers-webmail.dk", "randers.dk", "affix"],
    ["minrandersselvbetjening.dk", "randers.dk", "affix"],
    ["jobcenter-randers.dk", "randers.dk", "affix"],
    ["aarhusitsupport.dk", "aarhus.dk", "affix"],
    ["helpdesk-koege.dk", "koege.dk", "affix"],
    ["xn--sikkerpost-kge-1qb.dk", "koege.dk", "affix"], // sikkerpost-køge.dk
    ["gentofte-login.dk", "gentofte.dk", "affix"], // a public body outside the policy
    // the organisation's written-out name where its domain is an abbreviation
    ["koebenhavns-kommune.dk", "kk.dk", "affix"],
    ["lyngbytaarbaek-selvbetjening.dk", "ltk.dk", "affix"],
    ["skattestyrelsen-login.dk", "skat.dk", "affix"],
    ["midtjylland-it.dk", undefined, undefined], // a region's name with a word any firm uses
    // multi-letter ASCII shapes, also two at once
    ["rancjers.dk", "randers.dk", "homoglyph"],
    ["aarlhus.dk", "aarhus.dk", "homoglyph"],
    ["rnidclelfart.dk", "middelfart.dk", "homoglyph"],
    // plural and inflection endings
    ["randerserne.dk", "randers.dk", "inflection"],
    ["aarhusene.dk", "aarhus.dk", "inflection"],
    ["kogeen.dk", undefined, undefined],
  ])("%s → imitates %s (%s)", (domain, imitates, reason) => {
    const l = classifyRecipient({ address: `x@${domain}` }, randers).lookalike;
    if (imitates === undefined) {
      expect(l?.severity ?? "none").not.toMatch(/block|confirm/);
      return;
    }
    expect(l).toMatchObject({ imitates, reason });
    expect(l?.severity).toMatch(/block|confirm/);
  });

  test.each([
    ["randersfc.dk"], // football club
    ["randersregnskov.dk"], // zoo
    ["randersbib.dk"], // library
    ["visitaarhus.dk"], // tourist office
    ["aarhusvand.dk"], // utility
    ["randersamtsavis.dk"], // newspaper
    ["koege-gym.dk"], // school
    ["aarhus-havn.dk"], // harbour
    ["vores-randers.dk"], // local news
  ])("a town's own institution stays silent: %s", (domain) => {
    expect(classifyRecipient({ address: `x@${domain}` }, randers).lookalike).toBeUndefined();
  });
});

describe("classifyRecipient: short labels and known neighbours", () => {
  const kk = testPolicy({ name: "Københavns Kommune", domains: ["kk.dk"] });
  const fmk = testPolicy({ name: "Faaborg-Midtfyn Kommune", domains: ["fmk.dk"] });

  test("kl.dk is KL, not Københavns Kommune: a notice that names it", () => {
    expect(classifyRecipient({ address: "x@kl.dk" }, kk).lookalike).toEqual({
      severity: "notice",
      imitates: "kk.dk",
      imitatesName: "Københavns Kommune",
      reason: "known-neighbour",
      actualName: "KL – Kommunernes Landsforening",
    });
  });

  test("fm.dk is Finansministeriet: a notice, never a block", () => {
    expect(classifyRecipient({ address: "x@fm.dk" }, fmk).lookalike).toMatchObject({
      severity: "notice",
      imitates: "fmk.dk",
      actualName: "Finansministeriet",
    });
  });

  test.each([
    ["fnk.dk", "confirm"], // a neighbouring key on a three-letter label: crowded, so confirm
    ["fmkk.dk", "confirm"],
    ["frnk.dk", "block"], // rn for m reads the same: a homoglyph is strong even when short
    ["fak.dk", "confirm"], // one plain letter off: one edit on a short label only asks
    ["fmkit.dk", "confirm"], // a short name glued to a short word: barely the name, so it asks
    ["fmk-it.dk", "block"],
    ["xn--fk-8lc.dk", "block"], // fмk.dk, Cyrillic м
    ["fmk.com", "confirm"],
    ["fmk-borger.dk", "block"],
  ])("%s → %s", (domain, severity) => {
    expect(classifyRecipient({ address: `x@${domain}` }, fmk).lookalike).toMatchObject({ severity, imitates: "fmk.dk" });
  });

  test.each([
    ["aalborh.dk", "confirm"], // a neighbouring key in a long public body's name
    ["aalbrog.dk", "confirm"], // swapped letters
    ["holding.dk", "notice"], // an ordinary word one edit from kolding.dk: shown, never stopped
    ["holland.dk", "notice"],
    ["burger.dk", "notice"],
  ])("a typo of a public body outside the policy: %s → %s", (domain, severity) => {
    expect(classifyRecipient({ address: `x@${domain}` }, randers).lookalike?.severity).toBe(severity);
  });

  test("a short public body outside the policy: one letter read as another is no stop", () => {
    // itk.dk reads like ltk.dk, but on a three-letter label that is one slip, and may be a name.
    expect(classifyRecipient({ address: "x@itk.dk" }, randers).lookalike?.severity ?? "none").not.toMatch(/block|confirm/);
    expect(classifyRecipient({ address: "x@kk-mail.dk" }, randers).lookalike).toMatchObject({ severity: "confirm", imitates: "kk.dk" });
    expect(classifyRecipient({ address: "x@kkit.dk" }, randers).lookalike).toBeUndefined();
  });

  test("an ending on a four-letter name makes an ordinary word, not a lookalike", () => {
    const skat = testPolicy({ name: "Randers Kommune", domains: ["randers.dk"], trusted: [{ domain: "skat.dk", name: "Skattestyrelsen" }] });
    for (const domain of ["skater.dk", "skaten.dk"]) {
      expect(classifyRecipient({ address: `x@${domain}` }, skat).lookalike?.severity ?? "none").not.toMatch(/block|confirm/);
    }
  });

  test("real neighbours of short labels are named, not stopped", () => {
    expect(classifyRecipient({ address: "x@fck.dk" }, fmk).lookalike).toMatchObject({ severity: "notice", actualName: "F.C. København" });
    const rm = testPolicy({ name: "Region Midtjylland", domains: ["rm.dk"] });
    expect(classifyRecipient({ address: "x@rmc.dk" }, rm).lookalike).toMatchObject({ severity: "notice", imitates: "rm.dk" });
  });

  test("public bodies near each other stay quiet when neither is ours", () => {
    for (const domain of ["rk.dk", "rm.dk", "rn.dk", "kl.dk", "vejle.dk", "lejre.dk", "viborg.dk", "nyborg.dk"]) {
      expect(classifyRecipient({ address: `x@${domain}` }, randers).lookalike).toBeUndefined();
    }
  });

  test("a webmail domain is never blocked for looking like a protected one", () => {
    const live = testPolicy({ name: "Lise", domains: ["live.se"] });
    expect(classifyRecipient({ address: "x@live.dk" }, live).lookalike?.severity ?? "none").not.toMatch(/block|confirm/);
  });
});

describe("classifyRecipient: display names that claim an organisation", () => {
  test.each([
    ["Køge Kommune", "x@gmail.com", "block", "koege.dk"],
    ["Koege Kommune", "x@hotmail.com", "block", "koege.dk"],
    ["Randers Kommune", "x@outlook.dk", "block", "randers.dk"], // the organisation's own name
    ["Jobcenter, Randers Kommune", "x@gmail.com", "block", "randers.dk"],
    ["Skattestyrelsen", "x@protonmail.com", "block", "skat.dk"],
    ["Østjyllands Politi", "x@gmail.com", "block", "politi.dk"],
    ["Skattestyrelsen", "x@lund-vvs.dk", "confirm", "skat.dk"], // not free mail: ask
    ["Randers Kommune <post@randers.dk>", "x@lund-vvs.dk", "confirm", "randers.dk"],
    ["postkasse@aarhus.dk", "x@gmail.com", "block", "aarhus.dk"],
  ])("%j <%s> → %s imitating %s", (displayName, address, severity, imitates) => {
    expect(classifyRecipient({ address, displayName }, randers).lookalike).toMatchObject({
      severity,
      imitates,
      reason: "display-name",
    });
  });

  test.each([
    ["Jens Hansen", "x@gmail.com"],
    ["Virk Hansen", "x@gmail.com"], // "Virk" claims Virk only as the whole name
    ["Køge Kommune", "x@koege.dk"],
    ["Københavns Kommune", "x@kk.dk"],
    ["x@gmail.com", "x@gmail.com"],
  ])("%j <%s> is not a claim", (displayName, address) => {
    expect(classifyRecipient({ address, displayName }, randers).lookalike).toBeUndefined();
  });
});

describe("real neighbours from docs/public-bodies.md stay quiet (a notice at most)", () => {
  const pairs = [
    // distance 1
    ["brk.dk", "rk.dk"], ["htk.dk", "ltk.dk"], ["kk.dk", "kl.dk"], ["kk.dk", "rk.dk"], ["rk.dk", "rm.dk"], ["rk.dk", "rn.dk"],
    ["rm.dk", "rn.dk"],
    // distance 2, long labels
    ["lejre.dk", "vejle.dk"], ["vejen.dk", "vejle.dk"], ["nyborg.dk", "viborg.dk"], ["samsoe.dk", "laesoe.dk"],
    ["solrod.dk", "soroe.dk"], ["soroe.dk", "morsoe.dk"], ["sonderborg.dk", "skanderborg.dk"], ["bornholm.dk", "horsholm.dk"],
    ["regionh.dk", "regioner.dk"],
    // short labels at distance 2 and state domains at distance 1
    ["balk.dk", "brk.dk"], ["brk.dk", "fmk.dk"], ["fmk.dk", "htk.dk"], ["kk.dk", "rksk.dk"], ["rk.dk", "kl.dk"],
    ["brk.dk", "brs.dk"], ["kk.dk", "km.dk"], ["fmk.dk", "fm.dk"], ["fmk.dk", "fmn.dk"], ["rm.dk", "trm.dk"], ["kl.dk", "km.dk"],
  ];
  test.each(pairs)("%s ↔ %s", (a, b) => {
    for (const [own, other] of [[a, b], [b, a]] as const) {
      const policy = testPolicy({ name: own, domains: [own] });
      const severity = classifyRecipient({ address: `x@${other}` }, policy).lookalike?.severity ?? "none";
      expect([own, other, severity]).toEqual([own, other, expect.stringMatching(/^(notice|none)$/)]);
    }
  });
});

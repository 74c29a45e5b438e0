import fc from "fast-check";
import { assessRecipient } from "./classify";
import { testPolicy } from "./__tests__/policy";

const policy = testPolicy({
  trusted: [{ domain: "koege.dk", name: "Køge Kommune" }],
  gateways: ["randers.mitdk.digital-post.dk"],
});
const KINDS = ["internal", "trusted", "external", "digital-post", "invalid"];

function checkShape(address: string, displayName?: string) {
  // assessRecipient is classifyRecipient without its last-resort guard: a throw fails here.
  const r = assessRecipient({ address, displayName }, policy);
  expect(KINDS).toContain(r.kind);
  expect(r.address).toBe(address);
  if (r.lookalike) {
    expect(["block", "confirm", "notice"]).toContain(r.lookalike.severity);
    expect(r.lookalike.imitates).toMatch(/\./);
  }
}

describe("classifyRecipient never throws", () => {
  test.each([
    [""],
    ["@"],
    ["@@"],
    ["no-at-sign"],
    ["a@b@c.dk"],
    ["x@[127.0.0.1]"],
    ["x@[IPv6:::1]"],
    ['"quoted@local"@randers.dk'],
    ['"unterminated@randers.dk'],
    ["x@xn--.dk"],
    ["x@xn--zz-.dk"],
    ["x@xn--a.xn--b"],
    ["x@.dk"],
    ["x@dk"],
    ["x@...."],
    ["x@" + "a".repeat(10_000) + ".dk"],
    ["a".repeat(10_000)],
    ["😀@😀.dk"],
    ["x@køge.dk"],
    ["x@ɑ.dk"],
    ["x@\u0000.dk"],
    ["x@\ud800.dk"], // lone surrogate
    ["Name <x@randers.dk>"],
    ["x@randers.dk\r\nBcc: y@evil.eu"],
    ["constructor@__proto__.dk"],
  ])("%j", (address) => {
    checkShape(address);
    checkShape(address, address);
  });

  test("on arbitrary strings and address-like strings", () => {
    const label = fc.string({ unit: fc.constantFrom(..."abkorsæø-.1xn"), minLength: 0, maxLength: 15 });
    const addressLike = fc.tuple(fc.string({ maxLength: 10 }), label, fc.constantFrom("dk", "com", "xn--p1ai", "", "co.uk"))
      .map(([local, host, tld]) => `${local}@${host}.${tld}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), addressLike), fc.option(fc.string({ unit: "binary" }), { nil: undefined }), (address, displayName) => {
        checkShape(address, displayName);
      }),
      { numRuns: 2000 },
    );
  });

  test("on inputs that are not strings at all", () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(assessRecipient({ address: bad as unknown as string, displayName: bad as unknown as string }, policy).kind).toBe("invalid");
    }
  });
});

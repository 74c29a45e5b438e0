import { cprHash, UNSALTED, verdictFingerprint } from "./fingerprint";
import type { Finding } from "./types";

const lookalike: Finding = {
  rule: "lookalike",
  severity: "block",
  confirmable: false,
  recipient: { field: "to", address: "a@anders.dk", kind: "external" },
  assessment: { address: "a@anders.dk", domain: "anders.dk", kind: "external" },
};

describe("verdictFingerprint", () => {
  const to = { field: "to" as const, address: "Mette@Gmail.com" };
  const cc = { field: "cc" as const, address: "kollega@randers.dk" };

  test("ignores recipient order and address case", () => {
    expect(verdictFingerprint([to, cc], [], "s")).toBe(verdictFingerprint([{ ...cc }, { ...to, address: "mette@gmail.com " }], [], "s"));
  });

  test("moving a recipient from To to Bcc is a change", () => {
    expect(verdictFingerprint([to], [], "s")).not.toBe(verdictFingerprint([{ ...to, field: "bcc" }], [], "s"));
  });

  test("a finding's severity is part of it (a confirmation of a notice does not cover a block)", () => {
    expect(verdictFingerprint([to], [lookalike], "s")).not.toBe(verdictFingerprint([to], [{ ...lookalike, severity: "confirm", confirmable: true }], "s"));
  });

  test("depends on the salt; format v1- plus 64 hex digits", () => {
    const a = verdictFingerprint([to], [lookalike], "s1");
    expect(a).toMatch(/^v1-[0-9a-f]{64}$/);
    expect(a).not.toBe(verdictFingerprint([to], [lookalike], "s2"));
  });
});

describe("cprHash", () => {
  test("16 hex digits, salted, and different for different numbers", () => {
    const h = cprHash("0102031148", "s");
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(h).not.toBe(cprHash("0102031148", "t"));
    expect(h).not.toBe(cprHash("1505721000", "s"));
    expect(cprHash("0102031148", UNSALTED)).toBe(cprHash("0102031148", UNSALTED));
  });
});

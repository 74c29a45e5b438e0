import { buildGatewayAddress, cprDigits, GatewayAddressError, checkSender, maskSpans, planDigitalPost, maskCprInSubject } from ".";
import type { DigitalPostRoute } from "../policy/types";

const gateway: DigitalPostRoute = {
  type: "gateway",
  name: "Digital Post via Randers Kommunes gateway",
  addressTemplate: "{cpr}@randers.mitdk.digital-post.dk",
  gatewayDomains: ["mitdk.digital-post.dk"],
  allowedSenders: ["sikkerpost@randers.dk", "Borgerservice.Sikker@randers.dk"],
  guideUrl: "https://intra.randers.dk/digital-post-afsender",
};

describe("cprDigits", () => {
  test.each([
    ["010203-1234", "0102031234"],
    ["010203 1234", "0102031234"],
    ["010203\u20131234", "0102031234"],
    ["010203\u00a0-\u00a01234", "0102031234"],
    ["0102031234", "0102031234"],
  ])("%j → %s", (written, digits) => expect(cprDigits(written)).toBe(digits));
});

describe("buildGatewayAddress", () => {
  test("puts the ten digits where the template says", () => {
    expect(buildGatewayAddress("{cpr}@randers.mitdk.digital-post.dk", "0102031234")).toBe(
      "0102031234@randers.mitdk.digital-post.dk",
    );
  });
  test("a template with the number twice gets it twice, and is lower-cased", () => {
    expect(buildGatewayAddress("CPR{cpr}.{cpr}@GW.example.dk", "0102031234")).toBe("cpr0102031234.0102031234@gw.example.dk");
  });
  test("refuses anything that is not exactly ten digits, without echoing it", () => {
    for (const bad of ["010203123", "01020312345", "010203-1234", ""]) {
      let caught: unknown;
      try {
        buildGatewayAddress("{cpr}@gw.dk", bad);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(GatewayAddressError);
      expect((caught as Error).message).toBe("not-ten-digits");
    }
  });
  test("refuses a template without {cpr}", () => {
    expect(() => buildGatewayAddress("post@gw.dk", "0102031234")).toThrow("no-placeholder");
  });
});

describe("checkSender", () => {
  test("matches case-insensitively and ignores surrounding space", () => {
    expect(checkSender({ address: " SikkerPost@Randers.dk " }, ["sikkerpost@randers.dk"])).toEqual({
      ok: true,
      sender: "sikkerpost@randers.dk",
    });
  });
  test("a personal mailbox is not a secure sender", () => {
    expect(checkSender({ address: "anna.jensen@randers.dk" }, ["sikkerpost@randers.dk"])).toEqual({
      ok: false,
      current: "anna.jensen@randers.dk",
      allowed: ["sikkerpost@randers.dk"],
    });
  });
  test("an unknown sender is not allowed", () => {
    expect(checkSender(undefined, ["sikkerpost@randers.dk"])).toEqual({ ok: false, allowed: ["sikkerpost@randers.dk"] });
  });
  test("an empty list allows nobody", () => {
    expect(checkSender({ address: "sikkerpost@randers.dk" }, [])).toMatchObject({ ok: false });
  });
});

describe("maskSpans", () => {
  const mask = (w: string) => `${w.replace(/\D/g, "").slice(0, 6)}-XXXX`;
  test("masks every span and keeps the rest", () => {
    const text = "Sag 010203-1234 og 0504051234 slut";
    expect(maskSpans(text, [{ start: 4, end: 15 }, { start: 19, end: 29 }], mask)).toBe("Sag 010203-XXXX og 050405-XXXX slut");
  });
  test("order of spans does not matter", () => {
    const text = "a 0102031234 b 0504051234";
    expect(maskSpans(text, [{ start: 15, end: 25 }, { start: 2, end: 12 }], mask)).toBe("a 010203-XXXX b 050405-XXXX");
  });
  test("ignores out-of-range or overlapping spans instead of corrupting the text", () => {
    expect(maskSpans("abc", [{ start: 2, end: 10 }], mask)).toBe("abc");
    expect(maskSpans("x 0102031234", [{ start: 5, end: 12 }, { start: 2, end: 12 }], mask)).toBe("x 010203-XXXX");
  });
});

describe("planDigitalPost", () => {
  const readDigits = jest.fn(() => "0102031234");
  beforeEach(() => readDigits.mockClear());

  test("gateway with an allowed sender: exact address, masked subject", () => {
    expect(
      planDigitalPost(gateway, { from: { address: "sikkerpost@randers.dk" }, maskedSubject: "Sag 010203-XXXX", readDigits }),
    ).toEqual({
      kind: "gateway",
      routeName: gateway.name,
      to: "0102031234@randers.mitdk.digital-post.dk",
      subject: "Sag 010203-XXXX",
      sender: "sikkerpost@randers.dk",
    });
  });

  test("gateway with the wrong sender: explain, and never read the digits", () => {
    expect(
      planDigitalPost(gateway, { from: { address: "anna.jensen@randers.dk" }, maskedSubject: "x", readDigits }),
    ).toEqual({
      kind: "switch-sender",
      routeName: gateway.name,
      current: "anna.jensen@randers.dk",
      allowed: ["sikkerpost@randers.dk", "borgerservice.sikker@randers.dk"],
      guideUrl: "https://intra.randers.dk/digital-post-afsender",
    });
    expect(readDigits).not.toHaveBeenCalled();
  });

  test("portal and instructions keep the draft and only point somewhere", () => {
    expect(
      planDigitalPost({ type: "portal", name: "Send via portal", url: "https://post.randers.dk", gatewayDomains: [] }, {
        maskedSubject: "",
        readDigits,
      }),
    ).toEqual({ kind: "open-portal", routeName: "Send via portal", url: "https://post.randers.dk" });
    expect(
      planDigitalPost({ type: "instructions", name: "Vejledning", url: "https://intra/x", gatewayDomains: [] }, {
        maskedSubject: "",
        readDigits,
      }),
    ).toEqual({ kind: "show-guide", routeName: "Vejledning", url: "https://intra/x" });
    expect(readDigits).not.toHaveBeenCalled();
  });

  test("no route configured", () => {
    expect(planDigitalPost(undefined, { maskedSubject: "", readDigits })).toEqual({ kind: "no-route" });
  });
});

describe("maskCprInSubject", () => {
  // Synthetic number without modulus 11: the "CPR" keyword is what makes it one.
  test("masks a number after a CPR keyword and keeps the rest", () => {
    expect(maskCprInSubject("Afgørelse, CPR 010203-1234 (sag 24-1234)")).toBe("Afgørelse, CPR 010203-XXXX (sag 24-1234)");
  });
  test("leaves a subject without CPR numbers alone", () => {
    expect(maskCprInSubject("Mødeindkaldelse 12. december")).toBe("Mødeindkaldelse 12. december");
  });
});

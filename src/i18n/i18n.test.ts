import { da } from "./da";
import { en } from "./en";
import { languageFor, t } from "./index";

describe("i18n", () => {
  it("has the same keys in both catalogs and no empty texts", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const text of [...Object.values(da), ...Object.values(en)]) expect(text.trim()).not.toBe("");
  });

  it("uses the same parameters in both languages", () => {
    const params = (s: string) => (s.match(/\{[a-zA-Z0-9_]+\}/g) ?? []).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) expect([key, params(en[key])]).toEqual([key, params(da[key])]);
  });

  it("fills parameters and leaves unknown ones", () => {
    expect(t("da", "send.finding.invalid-recipient", { address: "x@@y" })).toBe("Ugyldig modtageradresse: x@@y.");
    expect(t("en", "send.more", {})).toBe("… and {count} more.");
    expect(t("en", "send.more", { count: 3 })).toBe("… and 3 more.");
  });

  it("picks Danish for da-DK, English for other UI languages, the fallback when unknown", () => {
    expect(languageFor("da-DK")).toBe("da");
    expect(languageFor("da")).toBe("da");
    expect(languageFor("en-US")).toBe("en");
    expect(languageFor("de-DE")).toBe("en");
    expect(languageFor(undefined)).toBe("da");
    expect(languageFor("", "en")).toBe("en");
  });

  it("keeps the alert button label within Outlook's 20 characters", () => {
    expect(t("da", "send.cancelLabel").length).toBeLessThanOrEqual(20);
    expect(t("en", "send.cancelLabel").length).toBeLessThanOrEqual(20);
  });
});

describe("send catalog", () => {
  it("is part of the full catalogs and formats on its own", async () => {
    const { sendDa } = await import("./send.da");
    const { tSend } = await import("./send");
    for (const key of Object.keys(sendDa) as (keyof typeof sendDa)[]) {
      expect(tSend("da", key)).toBe(t("da", key));
      expect(tSend("en", key)).toBe(t("en", key));
    }
    expect(tSend("da", "send.more", { count: 2 })).toBe("… og 2 mere.");
  });
});

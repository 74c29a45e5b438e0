import type { CliLanguage } from "./i18n";

/** 0.125 → "12,5 %" (da) / "12.5%" (en); null → the "not applicable" dash. */
export function formatShare(share: number | null, language: CliLanguage, notApplicable = "–"): string {
  if (share === null) return notApplicable;
  const rounded = Math.round(share * 1000) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return language === "da" ? `${text.replace(".", ",")} %` : `${text}%`;
}

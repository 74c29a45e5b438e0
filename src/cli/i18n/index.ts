import { da, type CliTexts } from "./da";
import { en } from "./en";

export type { CliTexts, ReportTexts, UnreadableCode } from "./da";
export type CliLanguage = "da" | "en";

export function textsFor(language: CliLanguage): CliTexts {
  return language === "en" ? en : da;
}

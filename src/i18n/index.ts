// The catalog mechanism: plain objects per language, keys typed from da.ts, one tiny formatter.
// No Intl: this runs in classic Outlook's JavaScript-only runtime too.
import { da, type MessageKey } from "./da";
import { en } from "./en";

export type { MessageKey } from "./da";
export type Lang = "da" | "en";

const catalogs: Record<Lang, Record<MessageKey, string>> = { da, en };

export type Params = Record<string, string | number>;

/** The text for `key` in `lang`, with each "{name}" replaced by params[name] (unknown names stay). */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key] ?? da[key];
  if (!params) return template;
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Danish for a Danish Office UI, English for any other known UI language; when Office does not
 * say, the policy's language (default Danish).
 */
export function languageFor(displayLanguage: string | undefined, fallback: Lang = "da"): Lang {
  if (!displayLanguage) return fallback;
  return /^da\b|^da-/i.test(displayLanguage) ? "da" : "en";
}

// The formatter and language choice, free of any catalog so each runtime bundles only the texts it
// uses. No Intl: this runs in classic Outlook's JavaScript-only runtime too.

export type Lang = "da" | "en";
export type Params = Record<string, string | number>;

/** Replaces each "{name}" with params[name]; unknown names stay as they are. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Danish for a Danish Office UI, English for any other known UI language; when Office does not
 * say, the fallback (the policy's language, default Danish).
 */
export function languageFor(displayLanguage: string | undefined, fallback: Lang = "da"): Lang {
  if (!displayLanguage) return fallback;
  return /^da\b|^da-/i.test(displayLanguage) ? "da" : "en";
}

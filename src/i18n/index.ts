// The catalog mechanism: plain objects per language, keys typed from da.ts, one tiny formatter.
// No Intl: this runs in classic Outlook's JavaScript-only runtime too.
import { da, type MessageKey } from "./da";
import { en } from "./en";
import { format, type Lang, type Params } from "./format";

export type { MessageKey } from "./da";
export { format, languageFor, type Lang, type Params } from "./format";

const catalogs: Record<Lang, Record<MessageKey, string>> = { da, en };

/** The text for `key` in `lang`, with each "{name}" replaced by params[name] (unknown names stay). */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return format(catalogs[lang][key] ?? da[key], params);
}

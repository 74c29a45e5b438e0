// The send handler's texts: t() over the Smart Alert catalog only.
import { format, type Lang, type Params } from "./format";
import { sendDa, type SendKey } from "./send.da";
import { sendEn } from "./send.en";

export type { SendKey } from "./send.da";

const catalogs: Record<Lang, Record<SendKey, string>> = { da: sendDa, en: sendEn };

export function tSend(lang: Lang, key: SendKey, params?: Params): string {
  return format(catalogs[lang][key] ?? sendDa[key], params);
}

// The pane's language, chosen once at start (Office display language, else the policy's).
import { createContext, useContext } from "react";
import type { Lang } from "../../i18n";

export const LangContext = createContext<Lang>("da");
export const useLang = (): Lang => useContext(LangContext);

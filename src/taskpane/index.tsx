// Entry of the task pane bundle: wait for Office, wire the services to the open compose item,
// render. Nothing here reads mail content.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { htmlBodyText } from "../detection";
import { addinBaseUrl, browserStorage, createPolicyLoader, globalOffice, officeHost } from "../outlook";
import { openInBrowser, whenOfficeReady, type BrowserWindowOpener } from "../outlook/pane-actions";
import { parsePolicy } from "../policy";
import { App } from "./components/App";
import { createOfficeServices } from "./office-services";

function mount(): void {
  const office = globalOffice();
  const host = officeHost(office ?? {});
  const services = createOfficeServices({
    item: host.item(),
    displayLanguage: host.displayLanguage(),
    theme: () => host.theme(),
    policyLoader: createPolicyLoader({ url: `${addinBaseUrl()}/policy.json`, parse: parsePolicy, storage: browserStorage() }),
    htmlToText: htmlBodyText,
    openUrl: (url) => openInBrowser(office as BrowserWindowOpener | undefined, url, (u) => void window.open(u, "_blank", "noopener")),
  });
  const container = document.getElementById("root");
  if (container) createRoot(container).render(
      // StrictMode runs effects twice in development: the pane's controller must survive it.
      <StrictMode>
        <App services={services} />
      </StrictMode>,
    );
}

whenOfficeReady(mount);

// Entry of the event runtime. Classic Outlook for Windows loads this (bundled to one ES2016
// script) on its own; web, new Outlook and Mac load it from commands.html after office.js.
// Office.onReady does not run before a handler in the JavaScript-only runtime, so the handler is
// associated at the top level. The name must equal the manifest's LaunchEvent FunctionName
// (test/manifest.test.ts checks it) — otherwise Outlook blocks every send.
import { analyzeMessage, defaultPolicy, htmlBodyText } from "../detection";
import { parsePolicyQuietly } from "../policy/validate";
import { addinBaseUrl } from "../outlook/build-info";
import { associateHandler, globalOffice, officeHost } from "../outlook/office-host";
import { browserStorage, createPolicyLoader } from "../outlook/policy-loader";
import { createSendHandler } from "./on-message-send";

// Module scope: the runtime may stay alive between sends, and the cached policy with it.
const policyLoader = createPolicyLoader({
  url: `${addinBaseUrl()}/policy.json`,
  // The same acceptance as parsePolicy without its wording: the handler shows no policy problems (the pane does).
  parse: parsePolicyQuietly,
  storage: browserStorage(),
});

export const onMessageSendHandler = createSendHandler({
  host: () => officeHost(globalOffice() ?? {}),
  loadPolicy: () => policyLoader.load(),
  analyzeMessage,
  defaultPolicy,
  htmlToText: htmlBodyText,
});

associateHandler("onMessageSendHandler", onMessageSendHandler);

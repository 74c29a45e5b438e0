// What "Send via Digital Post" does for the policy's route, decided without touching the item:
// the pane applies the plan through its services. Pure, so every branch is unit-tested.
import type { Recipient } from "../detection";
import type { DigitalPostRoute } from "../policy/types";
import { buildGatewayAddress } from "./gateway-address";
import { checkSender } from "./sender-check";

export type DigitalPostPlan =
  /** Rewrite To to the gateway address, clear Cc/Bcc, set the masked subject. */
  | { kind: "gateway"; routeName: string; to: string; subject: string; sender: string }
  /** The draft is sent from a mailbox the gateway does not accept: explain, change nothing. */
  | { kind: "switch-sender"; routeName: string; current?: string; allowed: string[]; guideUrl?: string }
  /** Open the authority's Digital Post page; the draft stays as it is. */
  | { kind: "open-portal"; routeName: string; url: string }
  /** Show IT's own guide. */
  | { kind: "show-guide"; routeName: string; url: string }
  | { kind: "no-route" };

export interface GatewayInput {
  from?: Recipient;
  /** The subject with every CPR number already masked. */
  maskedSubject: string;
  /**
   * Called only when the sender is allowed, so the digits are read from the item only when they
   * are about to be used (never kept in state).
   */
  readDigits: () => string;
}

export function planDigitalPost(route: DigitalPostRoute | undefined, input: GatewayInput): DigitalPostPlan {
  if (!route) return { kind: "no-route" };
  switch (route.type) {
    case "portal":
      return { kind: "open-portal", routeName: route.name, url: route.url };
    case "instructions":
      return { kind: "show-guide", routeName: route.name, url: route.url };
    case "gateway": {
      const sender = checkSender(input.from, route.allowedSenders);
      if (!sender.ok) {
        return {
          kind: "switch-sender",
          routeName: route.name,
          allowed: sender.allowed,
          ...(sender.current !== undefined ? { current: sender.current } : {}),
          ...(route.guideUrl !== undefined ? { guideUrl: route.guideUrl } : {}),
        };
      }
      return {
        kind: "gateway",
        routeName: route.name,
        to: buildGatewayAddress(route.addressTemplate, input.readDigits()),
        subject: input.maskedSubject,
        sender: sender.sender,
      };
    }
  }
}

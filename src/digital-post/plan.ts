// What "Send via Digital Post" does for the policy's route, decided without touching the item:
// the pane applies the plan through its services. Two steps, each pure and unit-tested: the
// route (portal, guide, or the gateway, which needs the message), then for the gateway the
// sender check and the rewritten message.
import type { Recipient } from "../detection";
import type { DigitalPostRoute } from "../policy/types";
import { buildGatewayAddress } from "./gateway-address";
import { checkSender } from "./sender-check";

type GatewayRoute = Extract<DigitalPostRoute, { type: "gateway" }>;

export type SwitchSenderStep = { kind: "switch-sender"; routeName: string; current?: string; allowed: string[]; guideUrl?: string };

export type DigitalPostPlan =
  /** Rewrite To to the gateway address, clear Cc/Bcc, set the masked subject. */
  | { kind: "gateway"; routeName: string; to: string; subject: string; sender: string }
  /** The draft is sent from a mailbox the gateway does not accept: explain, change nothing. */
  | SwitchSenderStep
  /** Open the authority's Digital Post page; the draft stays as it is. */
  | { kind: "open-portal"; routeName: string; url: string }
  /** Show IT's own guide. */
  | { kind: "show-guide"; routeName: string; url: string }
  | { kind: "no-route" };

/** Step 1: where the route leads. Only the gateway needs the message (see planGatewayMessage). */
export type RoutePlan =
  | Extract<DigitalPostPlan, { kind: "open-portal" | "show-guide" | "no-route" }>
  | { kind: "needs-message"; route: GatewayRoute };

export function planRoute(route: DigitalPostRoute | undefined): RoutePlan {
  if (!route) return { kind: "no-route" };
  switch (route.type) {
    case "portal":
      return { kind: "open-portal", routeName: route.name, url: route.url };
    case "instructions":
      return { kind: "show-guide", routeName: route.name, url: route.url };
    case "gateway":
      return { kind: "needs-message", route };
  }
}

/** The gateway's sender rule: undefined when the draft's sender is allowed. */
export function senderStep(route: GatewayRoute, from: Recipient | undefined): SwitchSenderStep | undefined {
  const sender = checkSender(from, route.allowedSenders);
  if (sender.ok) return undefined;
  return {
    kind: "switch-sender",
    routeName: route.name,
    allowed: sender.allowed,
    ...(sender.current !== undefined ? { current: sender.current } : {}),
    ...(route.guideUrl !== undefined ? { guideUrl: route.guideUrl } : {}),
  };
}

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

/** Step 2 (gateway): the sender check, then the message as the gateway needs it. */
export function planGatewayMessage(route: GatewayRoute, input: GatewayInput): Extract<DigitalPostPlan, { kind: "gateway" | "switch-sender" }> {
  const sender = checkSender(input.from, route.allowedSenders);
  if (!sender.ok) return senderStep(route, input.from) as SwitchSenderStep;
  return {
    kind: "gateway",
    routeName: route.name,
    to: buildGatewayAddress(route.addressTemplate, input.readDigits()),
    subject: input.maskedSubject,
    sender: sender.sender,
  };
}

/** Both steps at once, for callers that have the message at hand. */
export function planDigitalPost(route: DigitalPostRoute | undefined, input: GatewayInput): DigitalPostPlan {
  const plan = planRoute(route);
  return plan.kind === "needs-message" ? planGatewayMessage(plan.route, input) : plan;
}

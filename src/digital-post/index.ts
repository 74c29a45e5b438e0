// Pure helpers behind "Send via Digital Post" (see docs/digital-post.md).
export { buildGatewayAddress, cprDigits, GatewayAddressError } from "./gateway-address";
export { checkSender, type SenderCheck } from "./sender-check";
export { maskSpans, type Span } from "./mask-spans";
export {
  planDigitalPost,
  planRoute,
  planGatewayMessage,
  senderStep,
  type DigitalPostPlan,
  type GatewayInput,
  type RoutePlan,
  type SwitchSenderStep,
} from "./plan";
export { maskCprInSubject } from "./mask-subject";
export { maskWrittenNumbers } from "./mask-written";
export { personContexts, wordsBefore, type PersonContext } from "./person-context";

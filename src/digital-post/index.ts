// Pure helpers behind "Send via Digital Post" (see docs/digital-post.md).
export { buildGatewayAddress, cprDigits, GatewayAddressError } from "./gateway-address";
export { checkSender, type SenderCheck } from "./sender-check";
export { maskSpans, type Span } from "./mask-spans";
export { planDigitalPost, type DigitalPostPlan, type GatewayInput } from "./plan";
export { maskCprInSubject } from "./mask-subject";

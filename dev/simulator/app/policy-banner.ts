// Shows what the add-in will make of the policy.json the simulator serves: nothing when it is
// valid, a notice when there is none (zero-config), and the validation errors — the same
// parsePolicy the add-in runs — when it is broken. The add-in itself then checks with defaults.
import { byId } from "./dom";
import { tr } from "./strings";
import { parsePolicy, PolicyError } from "../../../src/policy";

export type PolicyState = { kind: "valid"; name: string } | { kind: "missing" } | { kind: "broken"; message: string };

export async function checkServedPolicy(url: string): Promise<PolicyState> {
  const response = await fetch(url, { cache: "no-store" });
  if (response.status === 404) return { kind: "missing" };
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { kind: "broken", message: tr("banner.invalidJson", { error: (e as Error).message }) };
  }
  try {
    const policy = parsePolicy(json);
    return { kind: "valid", name: policy.organization.name };
  } catch (e) {
    if (e instanceof PolicyError) return { kind: "broken", message: e.format(document.documentElement.lang === "da" ? "da" : "en") };
    return { kind: "broken", message: String((e as Error).message ?? e) };
  }
}

export function showPolicyState(state: PolicyState): void {
  const banner = byId("policy-banner");
  const text = byId("policy-banner-text");
  banner.hidden = state.kind === "valid";
  banner.dataset.kind = state.kind;
  if (state.kind === "broken") {
    banner.dataset.testid = "policy-error";
    banner.setAttribute("role", "alert");
    text.textContent = `${tr("banner.broken")}\n${state.message}`;
  } else if (state.kind === "missing") {
    banner.dataset.testid = "policy-notice";
    banner.setAttribute("role", "status");
    text.textContent = tr("banner.missing");
  }
}

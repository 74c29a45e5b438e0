// Test-only: renders the pane over the shared fake compose item through the production adapter
// (office-services.ts → src/outlook), so component tests exercise the real Office.js wrappers.
import { render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { createFakeComposeItem, type FakeComposeInit } from "../../dev/fake-office/compose-item";
import { analyzeMessage, htmlToText } from "../detection";
import type { ComposeItem } from "../outlook";
import { createSendHandler } from "../commands/on-message-send";
import { officeHost } from "../outlook/office-host";
import { createFakeOffice, createFakeSendEvent } from "../../dev/fake-office/compose-item";
import { defaultPolicy, parsePolicy } from "../policy";
import type { Policy } from "../policy/types";
import { App } from "./components/App";
import { createOfficeServices } from "./office-services";

export const TODAY = new Date("2026-11-25T10:00:00Z");

/** Randers-like policy: gateway route, CPR to outside may be confirmed with a reason. */
export function testPolicy(over: Record<string, unknown> = {}): Policy {
  return parsePolicy({
    version: "2026-11-01",
    organization: { name: "Randers Kommune", domains: ["randers.dk"] },
    trustedDomains: [{ domain: "aarhus.dk", name: "Aarhus Kommune" }],
    digitalPost: {
      type: "gateway",
      name: "Digital Post via Randers Kommunes gateway",
      addressTemplate: "{cpr}@randers.mitdk.digital-post.dk",
      gatewayDomains: ["randers.mitdk.digital-post.dk"],
      allowedSenders: ["sikkerpost@randers.dk"],
      guideUrl: "https://intra.randers.dk/it/sikker-post-fra-outlook",
    },
    confirmation: {
      allowed: ["cpr-external", "attachment-unchecked"],
      requireReason: true,
      reasons: [
        { code: "citizen-request", label: { da: "Borgeren har selv bedt om svar på mail og er vejledt om risikoen", en: "The citizen asked for a reply by email" } },
        { code: "not-confidential", label: { da: "Oplysningerne er ikke fortrolige", en: "The information is not confidential" } },
        { code: "other", label: { da: "Andet", en: "Other" }, requiresText: true },
      ],
    },
    ...over,
  });
}

export interface PaneOptions {
  item?: FakeComposeInit;
  policy?: Policy | null;
  /** Without a policy: why ("not-found" is the supported zero-config mode; anything else is broken). */
  policyProblem?: "not-found" | "invalid-policy";
  displayLanguage?: string;
  /** Runs on the fake before the pane starts (e.g. to make Outlook calls fail). */
  prepare?: (fake: ReturnType<typeof createFakeComposeItem>) => void;
}

export async function renderPane(options: PaneOptions = {}) {
  const fake = createFakeComposeItem({
    initializationContext: JSON.stringify({ source: "sendevagt", action: "block", rules: [] }),
    ...options.item,
  });
  options.prepare?.(fake);
  const policy = options.policy === undefined ? testPolicy() : options.policy;
  const openUrl = jest.fn<void, [string]>();
  const services = createOfficeServices({
    item: fake.item as unknown as ComposeItem,
    displayLanguage: options.displayLanguage ?? "da-DK",
    policyLoader: {
      load: async () => (policy ? { policy, problem: null, source: "network" } : options.policyProblem === "invalid-policy"
            ? { policy: null, problem: { kind: "invalid-policy", detail: "organization.domains: required" }, source: "none" }
            : { policy: null, problem: { kind: "not-found", status: 404 }, source: "none" }),
    },
    htmlToText,
    openUrl,
    now: () => TODAY,
  });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
  await waitFor(() => expect(screen.getByTestId("status")).not.toHaveAttribute("data-intent", "info"));
  // Ready means the pane's own check is done, not just the send handler's findings on show.
  await waitFor(() => expect(view.container.querySelector("main")).toHaveAttribute("aria-busy", "false"));
  // Let the event subscriptions settle (they answer on the fake's next tick).
  await waitFor(() => expect(fake.callsTo("addHandlerAsync").length).toBe(2));
  return { fake, user, view, openUrl, policy };
}

/** The send handler with the real core, against the same fake item and policy. */
export async function pressSend(fake: ReturnType<typeof createFakeComposeItem>, policy: Policy | null, mailbox = "1.15") {
  const office = createFakeOffice({ item: fake.item, displayLanguage: "da-DK", requirementSets: { Mailbox: mailbox } });
  const handler = createSendHandler({
    host: () => officeHost(office),
    loadPolicy: async () => ({ policy, problem: null, source: "network" }),
    analyzeMessage: (m, p, o) => analyzeMessage(m, p, { ...o, today: TODAY }),
    defaultPolicy,
    htmlToText,
  });
  const send = createFakeSendEvent();
  await handler(send.event);
  return send.completions[0];
}

/** Serious and critical axe violations (contrast needs a real browser: the simulator tests check it). */
export async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } }, resultTypes: ["violations"] });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

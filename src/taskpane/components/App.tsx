// The task pane: status, the findings by severity with their fixes, Digital Post and the
// confirmation. State lives in the reducer (model.ts), behaviour in the controller; this file
// wires them to the components and moves focus after each action.
import { Button, Divider, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { languageFor, t } from "../../i18n";
import { PaneController, type ConfirmChoice, type DigitalPostStep } from "../controller";
import { buildSections, confirmOffer, initialState, isConfirmed, paneReducer, paneStatus, type FindingItem, type FixAction } from "../model";
import type { PaneServices } from "../services";
import { severityLabel, statusText } from "../text";
import { ConfirmPanel } from "./ConfirmPanel";
import { CprFindingCard } from "./CprFindingCard";
import { DigitalPostPanel } from "./DigitalPostPanel";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { LangContext } from "./lang";
import { LookalikeFindingCard } from "./LookalikeFindingCard";
import { SalutationFindingCard } from "./SalutationFindingCard";
import { StatusBanner } from "./StatusBanner";

type OpenStep = Exclude<DigitalPostStep, { kind: "routed" }>;

export function App({ services }: { services: PaneServices }) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState());
  const controller = useMemo(() => new PaneController(services, dispatch), [services]);
  const [dpStep, setDpStep] = useState<OpenStep | undefined>();
  const [focus, setFocus] = useState<{ target: "status" | "dp"; n: number }>({ target: "status", n: 0 });
  const statusRef = useRef<HTMLHeadingElement>(null);
  const dpRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void controller.start();
    return () => controller.stop();
  }, [controller]);

  useEffect(() => {
    if (focus.n === 0) return;
    (focus.target === "dp" ? dpRef.current : statusRef.current)?.focus();
  }, [focus]);

  const moveFocus = useCallback((target: "status" | "dp") => setFocus((f) => ({ target, n: f.n + 1 })), []);

  const showStep = useCallback(
    (step: DigitalPostStep | undefined) => {
      if (!step || step.kind === "routed") {
        setDpStep(undefined);
        moveFocus("status");
      } else {
        setDpStep(step);
        moveFocus("dp");
      }
    },
    [moveFocus],
  );

  const onAction = useCallback(
    async (action: FixAction) => {
      if (action.kind === "route-digital-post") {
        showStep(await controller.routeDigitalPost());
        return;
      }
      setDpStep(undefined);
      await controller.apply(action);
      moveFocus("status");
    },
    [controller, moveFocus, showStep],
  );

  const onConfirm = useCallback(
    async (choice: ConfirmChoice) => {
      await controller.confirm(choice);
      moveFocus("status");
    },
    [controller, moveFocus],
  );

  const policy = controller.currentPolicy;
  const lang = languageFor(services.displayLanguage(), policy?.language ?? "da");
  const status = paneStatus(state);
  const text = statusText(lang, status, state.phase === "ready" ? state.error : undefined);
  const today = services.today();
  const sections = state.verdict && policy ? buildSections(state.verdict, policy, today) : [];
  const offer = state.verdict && policy && !isConfirmed(state) ? confirmOffer(state.verdict, policy) : undefined;
  const confirmBlocked =
    !offer && state.verdict?.action === "block" && state.verdict.findings.some((f) => f.confirmable && f.severity === "confirm");
  const orgName = policy?.organization.name || policy?.organization.domains[0] || "";

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} className="sv-root" lang={lang}>
        <main aria-busy={state.busy || state.phase === "loading"}>
          <header className="sv-header">
            <h1>{t(lang, "pane.header.title")}</h1>
            <p className="sv-subtitle">{t(lang, "pane.header.subtitle")}</p>
          </header>
          <StatusBanner ref={statusRef} text={text} loading={status.kind === "loading"} />
          {state.confirmationLost && state.confirmedFingerprint === undefined ? (
            <p className="sv-hint" data-testid="confirmation-lost">
              {t(lang, "pane.confirmationLost")}
            </p>
          ) : null}
          {state.policyFallback ? (
            <p className="sv-hint" data-testid="policy-fallback">
              {t(lang, "pane.policyFallback")}
            </p>
          ) : null}
          {dpStep ? (
            <DigitalPostPanel
              ref={dpRef}
              step={dpStep}
              busy={state.busy}
              onChoose={(hash) => void controller.routeDigitalPost(hash).then(showStep)}
              onOpen={(url) => controller.openUrl(url)}
              onClose={() => {
                setDpStep(undefined);
                moveFocus("status");
              }}
            />
          ) : null}
          {sections.map((section) => (
            <section key={section.severity} aria-labelledby={`sev-${section.severity}`} className="sv-section">
              <h2 id={`sev-${section.severity}`}>
                {severityLabel(lang, section.severity)} ({section.items.length})
              </h2>
              {section.items.map((item) => (
                <CardFor key={item.key} item={item} orgName={orgName} busy={state.busy} onAction={(a) => void onAction(a)} />
              ))}
            </section>
          ))}
          {offer ? <ConfirmPanel offer={offer} busy={state.busy} onConfirm={(c) => void onConfirm(c)} /> : null}
          {confirmBlocked ? <p className="sv-hint">{t(lang, "pane.confirm.blocked")}</p> : null}
          {state.phase !== "loading" ? (
            <>
              <Divider />
              <div className="sv-actions">
                <Button
                  data-testid="recheck"
                  disabledFocusable={state.busy}
                  onClick={() => void controller.recheck().then(() => moveFocus("status"))}
                >
                  {t(lang, "pane.recheck")}
                </Button>
              </div>
            </>
          ) : null}
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}

/** The card that fits the finding: CPR findings list the people, recipient findings the address. */
function CardFor(props: FindingCardProps & { item: FindingItem }) {
  switch (props.item.rule) {
    case "cpr-external":
    case "cpr-several-people":
    case "cpr-subject":
      return <CprFindingCard {...props} />;
    case "attachment-unchecked":
      return <FindingCard {...props} />;
    case "recipient-name-mismatch":
      return <SalutationFindingCard {...props} />;
    default:
      return <LookalikeFindingCard {...props} />;
  }
}

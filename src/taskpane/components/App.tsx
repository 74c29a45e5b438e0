// The task pane: status, the findings (the recommended fix first, one card per problem, what is
// done collapsed), Digital Post and the confirmation. State and behaviour live in usePane; this
// file lays them out and moves focus after each action.
import {
  Button,
  Divider,
  FluentProvider,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useRef, type ComponentType } from "react";
import type { RuleId } from "../../detection";
import { languageFor, t } from "../../i18n";
import { buildSections, confirmOffer, isConfirmed, paneStatus, type FindingItem, type FixAction, type Section } from "../model";
import type { PaneServices } from "../services";
import { severityLabel, statusText } from "../text";
import { usePane } from "../use-pane";
import { ConfirmPanel } from "./ConfirmPanel";
import { CprFindingCard } from "./CprFindingCard";
import { DigitalPostPanel } from "./DigitalPostPanel";
import { DoneList } from "./DoneList";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { LangContext, useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";
import { LookalikeFindingCard } from "./LookalikeFindingCard";
import { SalutationFindingCard } from "./SalutationFindingCard";
import { StatusBanner } from "./StatusBanner";
import { useOutcomeFocus } from "./use-outcome-focus";

const THEMES: Record<"light" | "dark" | "high-contrast", Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

const useStyles = makeStyles({
  root: {
    padding: "12px 14px 24px",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { margin: "2px 0 12px" },
  sectionTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "16px 0 8px" },
});

/**
 * The card for each rule: a new finding kind plugs in here with its own component (the default
 * shows the recipient it is about). Actions come from the view model, per rule.
 */
export const CARDS: Partial<Record<RuleId, ComponentType<FindingCardProps>>> = {
  "cpr-external": CprFindingCard,
  "cpr-several-people": CprFindingCard,
  "cpr-subject": CprFindingCard,
  "attachment-unchecked": FindingCard,
  "recipient-name-mismatch": SalutationFindingCard,
};

export function App({ services }: { services: PaneServices }) {
  const pane = usePane(services);
  const { state } = pane;
  const styles = useStyles();
  const layout = useLayoutStyles();
  const statusRef = useRef<HTMLHeadingElement>(null);
  const dpRef = useRef<HTMLHeadingElement>(null);

  useOutcomeFocus(pane.focus, statusRef, dpRef);

  const policy = state.policy;
  const lang = languageFor(services.displayLanguage(), policy?.language ?? "da");
  const status = paneStatus(state);
  const text = statusText(lang, status, state.phase === "ready" ? state.error : undefined);
  const sections = state.verdict && policy ? buildSections(state.verdict, policy, services.today(), state.people) : [];
  const confirmed = isConfirmed(state);
  const offer = state.verdict && policy && !confirmed ? confirmOffer(state.verdict, policy) : undefined;
  const confirmBlocked =
    !offer && state.verdict?.action === "block" && state.verdict.findings.some((f) => f.confirmable && f.severity === "confirm");
  const orgName = policy?.organization.name || policy?.organization.domains[0] || "";
  // One primary button per view: the open Digital Post panel's, else the recommended fix, else Confirm.
  const hasLead = sections.some((s) => s.items.some((it) => it.lead));
  const leadIsPrimary = !state.digitalPost && !confirmed;
  // The latest outcome is in the status banner; the list holds what was done before it.
  const earlier = (state.done ?? []).slice(0, state.lastOutcome ? -1 : undefined);

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={THEMES[services.theme?.() ?? "light"]} className={styles.root} lang={lang}>
        <main aria-busy={state.busy || state.phase === "loading"}>
          <header>
            <h1 className={styles.title}>{t(lang, "pane.header.title")}</h1>
            <p className={styles.subtitle}>{t(lang, "pane.header.subtitle")}</p>
          </header>
          <StatusBanner ref={statusRef} text={text} loading={status.kind === "loading"} />
          <PaneNotes confirmationLost={state.confirmationLost === true && state.confirmedFingerprint === undefined} policyFallback={state.policyFallback === true} />
          {earlier.length > 0 ? <DoneList outcomes={earlier} /> : null}
          {state.digitalPost ? (
            <DigitalPostPanel
              ref={dpRef}
              step={state.digitalPost}
              busy={state.busy}
              onChoose={(hash) => void pane.onDigitalPost({ personHash: hash })}
              onKeepOthers={(hash, reason) => void pane.onDigitalPost({ personHash: hash, keepOthersReason: reason })}
              onMaskOthers={(hash, others) => void pane.onMaskOthers(hash, others)}
              onOpen={(url) => pane.openUrl(url)}
              onClose={() => pane.closeDigitalPost()}
            />
          ) : null}
          <FindingSections
            sections={sections}
            orgName={orgName}
            busy={state.busy}
            leadIsPrimary={leadIsPrimary}
            confirmed={confirmed}
            onAction={(a) => void pane.onAction(a)}
          />
          {offer ? (
            <ConfirmPanel offer={offer} busy={state.busy} primary={!hasLead && !state.digitalPost} onConfirm={(c) => void pane.onConfirm(c)} />
          ) : null}
          {confirmBlocked ? <p className={layout.hint}>{t(lang, "pane.confirm.blocked")}</p> : null}
          {state.phase !== "loading" ? <RecheckFooter busy={state.busy} onRecheck={() => void pane.recheck()} /> : null}
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}

/** Quiet lines under the status: a lost confirmation, a policy.json that exists but could not be used. */
function PaneNotes({ confirmationLost, policyFallback }: { confirmationLost: boolean; policyFallback: boolean }) {
  const lang = useLang();
  const layout = useLayoutStyles();
  return (
    <>
      {confirmationLost ? (
        <p className={layout.hint} data-testid="confirmation-lost">
          {t(lang, "pane.confirmationLost")}
        </p>
      ) : null}
      {policyFallback ? (
        <p className={layout.hint} data-testid="policy-fallback">
          {t(lang, "pane.policyFallback")}
        </p>
      ) : null}
    </>
  );
}

function RecheckFooter({ busy, onRecheck }: { busy: boolean; onRecheck: () => void }) {
  const lang = useLang();
  const layout = useLayoutStyles();
  return (
    <>
      <Divider />
      <div className={layout.actions}>
        <Button data-testid="recheck" disabledFocusable={busy} onClick={onRecheck}>
          {t(lang, "pane.recheck")}
        </Button>
      </div>
    </>
  );
}

/** The findings by severity; the card with the recommended fix leads its group. */
function FindingSections(props: {
  sections: Section[];
  orgName: string;
  busy: boolean;
  leadIsPrimary: boolean;
  confirmed: boolean;
  onAction: (action: FixAction) => void;
}) {
  const lang = useLang();
  const styles = useStyles();
  return (
    <>
      {props.sections.map((section) => (
        <section key={section.severity} aria-labelledby={`sev-${section.severity}`}>
          <h2 id={`sev-${section.severity}`} className={styles.sectionTitle}>
            {severityLabel(lang, section.severity)} ({section.items.length})
          </h2>
          {section.items.map((item) => (
            <CardFor
              key={item.key}
              item={item}
              orgName={props.orgName}
              busy={props.busy}
              primary={props.leadIsPrimary && item.lead === true}
              done={props.confirmed && item.severity !== "notice"}
              onAction={props.onAction}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** The card that fits the finding, from the CARDS table. */
function CardFor(props: FindingCardProps & { item: FindingItem }) {
  const Card = CARDS[props.item.rule] ?? LookalikeFindingCard;
  return <Card {...props} />;
}

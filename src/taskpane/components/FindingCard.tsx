// One finding: what (title + explanation), where — the recipient and the place in the mail,
// separately — and its one-click actions. Specialised cards (CPR, lookalike, and whatever a new
// rule registers in App's CARDS table) pass extra content as children. A confirmed card is shown
// done: a green check and its title, nothing more.
import { Badge, Button, Card, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t } from "../../i18n";
import type { FindingItem, FixAction } from "../model";
import type { RecipientRef } from "../../detection";
import { actionLabel, findingBody, findingTitle, placesText, recipientText, severityLabel, whereText } from "../text";
import { useLang } from "./lang";

export interface FindingCardProps {
  item: FindingItem;
  orgName: string;
  busy: boolean;
  /** This card's first action is the view's one primary button. */
  primary?: boolean;
  /** Confirmed: collapsed with a green check, no actions. */
  done?: boolean;
  onAction: (action: FixAction) => void;
  children?: ReactNode;
}

const BADGE_COLOR = { block: "danger", confirm: "warning", notice: "informative" } as const;

export const testIdOf = (action: FixAction): string => action.kind;

const useStyles = makeStyles({
  card: { marginBottom: "12px" },
  lead: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  head: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "4px" },
  leadLabel: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, margin: 0 },
  // 15 px (no token): the size the titles had under the old global `h3` rule.
  title: { fontSize: "15px", fontWeight: tokens.fontWeightSemibold, margin: 0 },
  body: { margin: "4px 0" },
  facts: { margin: "4px 0", display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: "8px", rowGap: "2px" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  list: { margin: 0, paddingLeft: "18px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "8px" },
  button: { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" },
  done: { display: "flex", alignItems: "center", gap: "8px" },
  check: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
});

export function FindingCard({ item, orgName, busy, primary, done, onAction, children }: FindingCardProps) {
  const lang = useLang();
  const styles = useStyles();
  const titleId = `finding-${cssId(item.key)}`;
  const title = findingTitle(lang, item, orgName);
  if (done) return <DoneCard item={item} titleId={titleId} title={title} />;
  const isCpr = item.rule.startsWith("cpr");
  // A CPR card names the recipients and the places in the mail apart; a recipient card's place is its field.
  // A recipient card names its recipient (with the field) once, in its own line: no second "where".
  const places = isCpr ? placesText(lang, item) : item.recipients.length > 0 ? "" : whereText(lang, item);
  const recipients = isCpr ? item.showRecipients : [];
  return (
    <Card
      role="article"
      aria-labelledby={titleId}
      data-testid="finding"
      data-kind={item.rule}
      data-rules={item.rules.join(" ")}
      data-severity={item.severity}
      data-lead={item.lead ? "true" : undefined}
      className={mergeClasses(styles.card, item.lead && styles.lead)}
    >
      <div className={styles.head}>
        {item.lead ? <p className={styles.leadLabel}>{t(lang, "pane.lead.label")}</p> : null}
        <Badge appearance="tint" color={BADGE_COLOR[item.severity]} shape="rounded">
          {severityLabel(lang, item.severity)}
        </Badge>
        <h3 id={titleId} className={styles.title}>
          {title}
        </h3>
      </div>
      {findingBody(lang, item).map((line, i) => (
        <p key={i} className={styles.body}>
          {line}
        </p>
      ))}
      <Facts recipients={recipients} places={places} />
      {children}
      <Actions item={item} primary={primary} busy={busy} onAction={onAction} />
    </Card>
  );
}

/** A confirmed card: a green check and its title, nothing more. */
function DoneCard({ item, titleId, title }: { item: FindingItem; titleId: string; title: string }) {
  const lang = useLang();
  const styles = useStyles();
  return (
    <Card role="article" aria-labelledby={titleId} data-testid="finding" data-kind={item.rule} data-severity={item.severity} data-done="true" className={styles.card}>
      <div className={styles.done}>
        <DoneCheck className={styles.check} />
        <h3 id={titleId} className={styles.title}>
          {t(lang, "pane.done.confirmed")}: {title}
        </h3>
      </div>
    </Card>
  );
}

/** Who the numbers would reach, and where in the mail they stand: each named once. */
function Facts({ recipients, places }: { recipients: RecipientRef[]; places: string }) {
  const lang = useLang();
  const styles = useStyles();
  if (!places && recipients.length === 0) return null;
  return (
    <dl className={styles.facts}>
      {recipients.length > 0 ? (
        <>
          <dt className={styles.term}>{t(lang, recipients.length === 1 ? "pane.recipients.label" : "pane.recipients.labelMany")}</dt>
          <dd className={styles.value} data-testid="recipients">
            <ul className={styles.list}>
              {recipients.map((r) => (
                <li key={`${r.field}:${r.address}`}>{recipientText(lang, r)}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {places ? (
        <>
          <dt className={styles.term}>{t(lang, "pane.where.label")}</dt>
          <dd className={styles.value} data-testid="where">
            {places}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The card's fixes; the first is the view's one primary button when the card leads. */
function Actions({ item, primary, busy, onAction }: Pick<FindingCardProps, "item" | "primary" | "busy" | "onAction">) {
  const lang = useLang();
  const styles = useStyles();
  if (item.actions.length === 0) return null;
  return (
    <div className={styles.actions}>
      {item.actions.map((action, i) => (
        <Button
          key={`${action.kind}:${i}`}
          appearance={primary && i === 0 ? "primary" : "secondary"}
          data-testid={testIdOf(action)}
          data-lead-action={item.lead && i === 0 ? "true" : undefined}
          data-primary={primary && i === 0 ? "true" : undefined}
          className={styles.button}
          disabledFocusable={busy}
          onClick={() => onAction(action)}
        >
          {actionLabel(lang, action)}
        </Button>
      ))}
    </div>
  );
}

const cssId = (key: string): string => key.replace(/[^A-Za-z0-9_-]/g, "_");

/** A filled green circle with a check (drawn here: the icon package is not a dependency of ours). */
export function DoneCheck({ className }: { className: string }) {
  return (
    <svg className={className} width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

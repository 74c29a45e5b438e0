// One finding: what (title + explanation), where, and its one-click actions. Specialised cards
// (CPR, lookalike) pass extra content as children.
import { Badge, Button, Card } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t } from "../../i18n";
import type { FindingItem, FixAction } from "../model";
import { actionLabel, findingBody, findingTitle, recipientText, severityLabel, whereText } from "../text";
import { useLang } from "./lang";

export interface FindingCardProps {
  item: FindingItem;
  orgName: string;
  busy: boolean;
  onAction: (action: FixAction) => void;
  children?: ReactNode;
}

const BADGE_COLOR = { block: "danger", confirm: "warning", notice: "informative" } as const;

export const testIdOf = (action: FixAction): string => action.kind;

export function FindingCard({ item, orgName, busy, onAction, children }: FindingCardProps) {
  const lang = useLang();
  const titleId = `finding-${cssId(item.key)}`;
  return (
    <Card
      role="article"
      aria-labelledby={titleId}
      data-testid="finding"
      data-kind={item.rule}
      data-severity={item.severity}
      className="sv-finding"
    >
      <div className="sv-finding-head">
        <Badge appearance="tint" color={BADGE_COLOR[item.severity]} shape="rounded">
          {severityLabel(lang, item.severity)}
        </Badge>
        <h3 id={titleId} className="sv-finding-title">
          {findingTitle(lang, item, orgName)}
        </h3>
      </div>
      {findingBody(lang, item).map((line, i) => (
        <p key={i} className="sv-finding-body">
          {line}
        </p>
      ))}
      <dl className="sv-facts">
        <dt>{t(lang, "pane.where.label")}</dt>
        <dd data-testid="where">{whereText(lang, item)}</dd>
        {item.recipients.length > 0 && item.rule.startsWith("cpr") ? (
          <>
            <dt>{t(lang, "pane.recipients.label")}</dt>
            <dd>
              <ul className="sv-list">
                {item.recipients.map((r) => (
                  <li key={`${r.field}:${r.address}`}>{recipientText(lang, r)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {children}
      {item.actions.length > 0 ? (
        <div className="sv-actions">
          {item.actions.map((action, i) => (
            <Button
              key={`${action.kind}:${i}`}
              appearance={i === 0 ? "primary" : "secondary"}
              data-testid={testIdOf(action)}
              disabledFocusable={busy}
              onClick={() => onAction(action)}
            >
              {actionLabel(lang, action)}
            </Button>
          ))}
        </div>
      ) : null}
    </Card>
  );
}

const cssId = (key: string): string => key.replace(/[^A-Za-z0-9_-]/g, "_");

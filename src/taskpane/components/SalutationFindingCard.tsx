// recipient-name-mismatch: the greeting as written and the recipient it does not fit. The fix
// ("Ret modtager", moving the greeted person from Cc/Bcc to To) comes from the item's actions.
import { t } from "../../i18n";
import { recipientText } from "../text";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";

export function SalutationFindingCard(props: FindingCardProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const finding = props.item.finding;
  if (finding.rule !== "recipient-name-mismatch") return <FindingCard {...props} />;
  return (
    <FindingCard {...props}>
      <p data-testid="salutation-greeting">
        <span className={styles.label}>{t(lang, "pane.salutation.greeting")}: </span>
        {finding.greeting}
      </p>
      {props.item.recipients.map((r) => (
        <p key={`${r.field}:${r.address}`}>
          <span className={styles.label}>{t(lang, "pane.recipients.label")}: </span>
          {recipientText(lang, r)}
        </p>
      ))}
    </FindingCard>
  );
}

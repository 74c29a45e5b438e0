// A recipient finding (lookalike domain, display-name spoof, invalid or outside address): the
// recipient and field it concerns, with "Ret til …" first when the core suggests a correction.
import { t } from "../../i18n";
import { recipientText } from "../text";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";

export function LookalikeFindingCard(props: FindingCardProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const recipient = props.item.recipients[0];
  return (
    <FindingCard {...props}>
      {recipient ? (
        <p data-testid="where">
          <span className={styles.label}>{t(lang, "pane.recipients.label")}: </span>
          {recipientText(lang, recipient)}
        </p>
      ) : null}
    </FindingCard>
  );
}

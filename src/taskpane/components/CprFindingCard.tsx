// A CPR finding: each person once, the number only masked, with the birth date and age it encodes
// and — so two people with one birthday can be told apart — its order in the mail and the words
// just before it.
import { t } from "../../i18n";
import { personText, personWhere, placeText } from "../text";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";

export function CprFindingCard(props: FindingCardProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const { people } = props.item;
  if (props.done) return <FindingCard {...props} />;
  return (
    <FindingCard {...props}>
      {people.length > 0 ? (
        <div>
          <p className={styles.label}>{t(lang, "pane.cpr.label")}</p>
          <ul className={styles.list}>
            {people.map((p) => {
              const where = [people.length > 1 ? personWhere(lang, p) : "", p.quotedOnly ? t(lang, "pane.where.quotedOnly") : p.places.filter((pl) => pl.part !== "recipient").map((pl) => placeText(lang, pl)).join(", ")]
                .filter((x) => x !== "")
                .join("; ");
              return (
                <li key={p.hash} data-testid="cpr-person">
                  <span className={styles.masked}>{personText(lang, p)}</span>
                  {where ? <span> ({where})</span> : null}
                </li>
              );
            })}
          </ul>
          <p className={styles.hint}>{t(lang, "pane.cpr.check")}</p>
        </div>
      ) : null}
    </FindingCard>
  );
}

// A CPR finding: each person once, the number only masked, with the birth date and age it encodes
// and — so two people with one birthday can be told apart — its order in the mail and the words
// just before it.
import { makeStyles } from "@fluentui/react-components";
import { t } from "../../i18n";
import { personText, personWhere, placeText } from "../text";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { useLang } from "./lang";

const useStyles = makeStyles({
  label: { fontWeight: 600, margin: "4px 0 0" },
  list: { margin: 0, paddingLeft: "18px" },
  masked: { fontFamily: 'Consolas, "Courier New", monospace' },
  hint: { margin: "6px 0" },
});

export function CprFindingCard(props: FindingCardProps) {
  const lang = useLang();
  const styles = useStyles();
  const { people } = props.item;
  if (props.done) return <FindingCard {...props} />;
  return (
    <FindingCard {...props}>
      {people.length > 0 ? (
        <div className="sv-people">
          <p className={styles.label}>{t(lang, "pane.cpr.label")}</p>
          <ul className={styles.list}>
            {people.map((p) => {
              const where = [people.length > 1 ? personWhere(lang, p) : "", p.quotedOnly ? t(lang, "pane.where.quotedOnly") : p.places.filter((pl) => pl.part !== "recipient").map((pl) => placeText(lang, pl)).join(", ")]
                .filter((x) => x !== "")
                .join("; ");
              return (
                <li key={p.hash} data-testid="cpr-person">
                  <span className={styles.masked}>{personText(lang, p)}</span>
                  {where ? <span className="sv-person-where"> ({where})</span> : null}
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

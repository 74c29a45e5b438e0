// A CPR finding: the numbers only masked, each with the birth date and age it encodes, so the
// caseworker can check it belongs to the case's citizen.
import { t } from "../../i18n";
import { personText, placeText } from "../text";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { useLang } from "./lang";

export function CprFindingCard(props: FindingCardProps) {
  const lang = useLang();
  const { people } = props.item;
  return (
    <FindingCard {...props}>
      {people.length > 0 ? (
        <div className="sv-people">
          <p className="sv-label">{t(lang, "pane.cpr.label")}</p>
          <ul className="sv-list">
            {people.map((p) => (
              <li key={p.hash} data-testid="cpr-person">
                <span className="sv-masked">{personText(lang, p)}</span>
                <span className="sv-person-where">
                  {" "}
                  ({p.quotedOnly ? t(lang, "pane.where.quotedOnly") : p.places.map((pl) => placeText(lang, pl)).join(", ")})
                </span>
              </li>
            ))}
          </ul>
          <p className="sv-hint">{t(lang, "pane.cpr.check")}</p>
        </div>
      ) : null}
    </FindingCard>
  );
}

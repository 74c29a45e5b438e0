// What the pane has already fixed in this draft, each line with a green check: done items look
// done and take one line, so what is left stands out.
import { makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { Outcome } from "../model";
import { outcomeText } from "../text";
import { DoneCheck } from "./FindingCard";
import { useLang } from "./lang";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: "8px 0", padding: 0 },
  item: { display: "flex", gap: "8px", alignItems: "flex-start", margin: "4px 0" },
  check: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
});

export function DoneList({ outcomes }: { outcomes: Outcome[] }) {
  const lang = useLang();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t(lang, "pane.done.label")} data-testid="done-list">
      {outcomes.map((o, i) => (
        <li key={i} className={styles.item} data-testid="done-item" data-kind={o.kind}>
          <DoneCheck className={styles.check} />
          <span>{outcomeText(lang, o)}</span>
        </li>
      ))}
    </ul>
  );
}

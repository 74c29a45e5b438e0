// The chosen citizen's Digital Post message must not carry other people's numbers unnoticed: mask
// them in one click (when they stand in the subject or body), or keep them with a reason that the
// audit stamp records. Nothing is sent or rewritten until one of the two is chosen.
import { Button, Field, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { t } from "../../i18n";
import type { OpenDigitalPostStep } from "../model";
import { reasonProblem } from "../reason";
import { personText, personWhere } from "../text";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";

export interface OtherPeopleStepProps {
  step: Extract<OpenDigitalPostStep, { kind: "other-people" }>;
  busy: boolean;
  onMask: () => void;
  onKeep: (reason: string) => void;
  onClose: () => void;
}

export function OtherPeopleStep({ step, busy, onMask, onKeep, onClose }: OtherPeopleStepProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const problem = reasonProblem(reason);
  const chosen = step.chosen.masked;
  const label = (p: (typeof step.others)[number]) => (personWhere(lang, p) ? `${personText(lang, p)} (${personWhere(lang, p)})` : personText(lang, p));

  const keep = () => {
    setTried(true);
    if (problem) return textRef.current?.focus();
    onKeep(reason.trim());
  };

  return (
    <div data-testid="dp-other-people">
      <p>
        {step.others.length === 1
          ? t(lang, "pane.dp.others.body.one", { chosen })
          : t(lang, "pane.dp.others.body.other", { chosen, count: step.others.length })}
      </p>
      <ul className={styles.list}>
        {step.others.map((p) => (
          <li key={p.hash} data-testid="dp-other-person">
            {label(p)}
          </li>
        ))}
      </ul>
      {step.maskable ? (
        <div className={styles.actions}>
          <Button appearance="primary" data-primary="true" data-testid="dp-mask-others" disabledFocusable={busy} onClick={onMask}>
            {t(lang, "pane.dp.others.mask")}
          </Button>
        </div>
      ) : (
        <p className={styles.hint}>{t(lang, "pane.dp.others.attachments")}</p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          keep();
        }}
      >
        <Field
          label={t(lang, "pane.dp.others.keep.label")}
          hint={t(lang, "pane.dp.others.keep.hint")}
          required
          {...(tried && problem ? { validationMessage: t(lang, problem === "empty" ? "pane.confirm.error.text" : "pane.reason.error.cpr") } : {})}
        >
          <Textarea ref={textRef} data-testid="dp-others-reason" value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance={step.maskable ? "secondary" : "primary"} data-primary={step.maskable ? undefined : "true"} type="submit" data-testid="dp-others-keep" disabledFocusable={busy}>
            {t(lang, "pane.dp.others.keep.submit")}
          </Button>
          <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
        </div>
      </form>
    </div>
  );
}

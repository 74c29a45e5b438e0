// Deliberate confirmation: a precise statement to tick, a reason from IT's list (free text for
// "Andet"), one button. Invalid input moves focus to the first field that needs attention.
import { Button, Checkbox, Field, Select, Textarea } from "@fluentui/react-components";
import { useRef, useState, type RefObject } from "react";
import { t } from "../../i18n";
import type { ConfirmChoice } from "../controller";
import type { ConfirmOffer } from "../model";
import { reasonProblem } from "../reason";
import { confirmStatement } from "../text";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";

export interface ConfirmPanelProps {
  offer: ConfirmOffer;
  busy: boolean;
  /** Confirm is the view's primary button only when no recommended fix is shown. */
  primary?: boolean;
  onConfirm: (choice: ConfirmChoice) => void;
}

export function ConfirmPanel({ offer, busy, primary = true, onConfirm }: ConfirmPanelProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const [checked, setChecked] = useState(false);
  const [reasonCode, setReasonCode] = useState("");
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const reason = offer.reasons.find((r) => r.code === reasonCode);
  const askReason = offer.reasons.length > 0;
  const needText = reason?.requiresText === true;
  const errors = {
    checkbox: !checked,
    reason: askReason && offer.requireReason && !reason,
    text: needText && reasonProblem(text) !== undefined,
  };
  const textError = reasonProblem(text) === "cpr" ? "pane.reason.error.cpr" : "pane.confirm.error.text";

  const submit = () => {
    setTried(true);
    if (errors.checkbox) return checkboxRef.current?.focus();
    if (errors.reason) return selectRef.current?.focus();
    if (errors.text) return textRef.current?.focus();
    onConfirm({
      ...(reason ? { reasonCode: reason.code } : {}),
      ...(needText ? { reasonText: text.trim() } : {}),
    });
  };

  return (
    <section className={styles.panel} aria-labelledby="confirm-title" data-testid="confirm-panel">
      <h2 id="confirm-title" className={styles.panelTitle}>{t(lang, "pane.confirm.title")}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field {...(tried && errors.checkbox ? { validationMessage: t(lang, "pane.confirm.error.checkbox") } : {})}>
          <Checkbox
            ref={checkboxRef}
            data-testid="confirm-checkbox"
            checked={checked}
            onChange={(_, data) => setChecked(data.checked === true)}
            label={confirmStatement(lang, offer)}
          />
        </Field>
        <ReasonFields
          offer={offer}
          tried={tried}
          errors={errors}
          reasonCode={reasonCode}
          setReasonCode={setReasonCode}
          needText={needText}
          text={text}
          setText={setText}
          textError={textError}
          selectRef={selectRef}
          textRef={textRef}
        />
        <p className={styles.hint}>{t(lang, "pane.confirm.scope")}</p>
        <div className={styles.actions}>
          <Button appearance={primary ? "primary" : "secondary"} data-primary={primary ? "true" : undefined} type="submit" data-testid="confirm-submit" disabledFocusable={busy}>
            {t(lang, "pane.confirm.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}

interface ReasonFieldsProps {
  offer: ConfirmOffer;
  tried: boolean;
  errors: { reason: boolean; text: boolean };
  reasonCode: string;
  setReasonCode: (code: string) => void;
  needText: boolean;
  text: string;
  setText: (text: string) => void;
  textError: "pane.reason.error.cpr" | "pane.confirm.error.text";
  selectRef: RefObject<HTMLSelectElement>;
  textRef: RefObject<HTMLTextAreaElement>;
}

/** IT's reasons, and the free text for "Andet" (required, no CPR numbers: it goes into the stamp). */
function ReasonFields({ offer, tried, errors, reasonCode, setReasonCode, needText, text, setText, textError, selectRef, textRef }: ReasonFieldsProps) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const askReason = offer.reasons.length > 0;
  return (
    <>
      {askReason ? (
        <Field
          label={t(lang, "pane.confirm.reason.label")}
          required={offer.requireReason}
          {...(tried && errors.reason ? { validationMessage: t(lang, "pane.confirm.error.reason") } : {})}
        >
          <Select ref={selectRef} className={styles.selectRoot} select={{ className: styles.select }} data-testid="confirm-reason" value={reasonCode} onChange={(_, data) => setReasonCode(data.value)}>
            <option value="">{t(lang, "pane.confirm.reason.placeholder")}</option>
            {offer.reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {needText ? (
        <Field
          label={t(lang, "pane.confirm.reason.text")}
          hint={t(lang, "pane.confirm.reason.textHint")}
          required
          {...(tried && errors.text ? { validationMessage: t(lang, textError) } : {})}
        >
          <Textarea ref={textRef} data-testid="confirm-reason-text" value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
      ) : null}
    </>
  );
}

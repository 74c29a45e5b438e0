// What "Send via Digital Post" needs from the caseworker before (or instead of) rewriting the
// mail: which citizen, a sender switch, the portal, or IT's guide.
import { Button, Field, Link, Radio, RadioGroup } from "@fluentui/react-components";
import { forwardRef, useRef, useState } from "react";
import { t } from "../../i18n";
import type { OpenDigitalPostStep } from "../model";
import { joinList, personText, personWhere } from "../text";
import { useLang } from "./lang";
import { OtherPeopleStep } from "./OtherPeopleStep";

export interface DigitalPostPanelProps {
  step: OpenDigitalPostStep;
  busy: boolean;
  onChoose: (hash: string) => void;
  /** Keep the other people's numbers, for this reason (already checked). */
  onKeepOthers: (hash: string, reason: string) => void;
  onMaskOthers: (hash: string, others: string[]) => void;
  onOpen: (url: string) => void;
  onClose: () => void;
}

export const DigitalPostPanel = forwardRef<HTMLHeadingElement, DigitalPostPanelProps>(function DigitalPostPanel(
  { step, busy, onChoose, onKeepOthers, onMaskOthers, onOpen, onClose },
  ref,
) {
  const lang = useLang();
  const [chosen, setChosen] = useState<string>("");
  const [missing, setMissing] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const title =
    step.kind === "switch-sender" ? t(lang, "pane.dp.switch.title") : t(lang, "pane.dp.title");
  const openLink = (url: string, label: string) => (
    <Link
      href={url}
      onClick={(e) => {
        e.preventDefault();
        onOpen(url);
      }}
    >
      {label}
    </Link>
  );

  return (
    <section className="sv-panel" aria-labelledby="dp-title" data-testid="digital-post-panel" data-step={step.kind}>
      <h2 id="dp-title" ref={ref} tabIndex={-1}>
        {title}
      </h2>
      {step.kind === "choose-person" ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) {
              setMissing(true);
              // The group gets focus, so the inline error is read out with it.
              (groupRef.current?.querySelector("input") as HTMLInputElement | null)?.focus();
              return;
            }
            onChoose(chosen);
          }}
        >
          <Field
            label={t(lang, "pane.dp.choose.legend")}
            {...(missing ? { validationMessage: t(lang, "pane.dp.choose.missing") } : {})}
          >
            <RadioGroup
              ref={groupRef}
              data-testid="dp-person-group"
              value={chosen}
              onChange={(_, data) => {
                setChosen(data.value);
                setMissing(false);
              }}
            >
              {step.people.map((p) => (
                <Radio
                  key={p.hash}
                  value={p.hash}
                  label={personWhere(lang, p) ? `${personText(lang, p)} (${personWhere(lang, p)})` : personText(lang, p)}
                  data-testid="dp-person"
                />
              ))}
            </RadioGroup>
          </Field>
          <p className="sv-hint">{t(lang, "pane.dp.choose.note")}</p>
          <div className="sv-actions">
            <Button appearance="primary" data-primary="true" type="submit" data-testid="dp-choose-submit" disabledFocusable={busy}>
              {t(lang, "pane.dp.choose.submit")}
            </Button>
            <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
          </div>
        </form>
      ) : null}
      {step.kind === "other-people" ? (
        <OtherPeopleStep
          step={step}
          busy={busy}
          onMask={() => onMaskOthers(step.chosen.hash, step.others.map((p) => p.hash))}
          onKeep={(reason) => onKeepOthers(step.chosen.hash, reason)}
          onClose={onClose}
        />
      ) : null}
      {step.kind === "switch-sender" ? (
        <div data-testid="dp-switch-sender">
          {step.allowed.length === 0 ? (
            <p>{t(lang, "pane.dp.switch.noSenders", { route: step.routeName })}</p>
          ) : (
            <>
              <p>
                {step.current
                  ? t(lang, "pane.dp.switch.body", { route: step.routeName, allowed: joinList(lang, step.allowed), current: step.current })
                  : t(lang, "pane.dp.switch.bodyUnknown", { route: step.routeName, allowed: joinList(lang, step.allowed) })}
              </p>
              <ol className="sv-steps">
                <li>{t(lang, "pane.dp.switch.step1")}</li>
                <li>{t(lang, "pane.dp.switch.step2", { sender: step.allowed[0] ?? "" })}</li>
                <li>{t(lang, "pane.dp.switch.step3")}</li>
              </ol>
            </>
          )}
          {step.guideUrl ? <p>{openLink(step.guideUrl, t(lang, "pane.dp.switch.guide"))}</p> : null}
          <div className="sv-actions">
            <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
          </div>
        </div>
      ) : null}
      {step.kind === "open-portal" ? (
        <div data-testid="dp-portal">
          <p>{t(lang, "pane.dp.portal.body", { route: step.routeName })}</p>
          <p>{openLink(step.url, t(lang, "pane.dp.portal.open", { route: step.routeName }))}</p>
          <div className="sv-actions">
            <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
          </div>
        </div>
      ) : null}
      {step.kind === "show-guide" ? (
        <div data-testid="dp-guide">
          <p>{t(lang, "pane.dp.guide.body", { route: step.routeName })}</p>
          <p>{openLink(step.url, t(lang, "pane.dp.guide.link"))}</p>
          <div className="sv-actions">
            <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
          </div>
        </div>
      ) : null}
      {step.kind === "no-route" ? (
        <div>
          <p>{t(lang, "pane.dp.noRoute")}</p>
          <div className="sv-actions">
            <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
});

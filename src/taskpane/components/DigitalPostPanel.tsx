// What "Send via Digital Post" needs from the caseworker before (or instead of) rewriting the
// mail: which citizen, what to do with other people's numbers, a sender switch, the portal, or
// IT's guide. One small component per step.
import { Button, Field, Link, Radio, RadioGroup } from "@fluentui/react-components";
import { forwardRef, useRef, useState } from "react";
import { t } from "../../i18n";
import type { OpenDigitalPostStep } from "../model";
import { joinList, personText, personWhere } from "../text";
import { useLang } from "./lang";
import { useLayoutStyles } from "./layout-styles";
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

type StepOf<K extends OpenDigitalPostStep["kind"]> = Extract<OpenDigitalPostStep, { kind: K }>;

export const DigitalPostPanel = forwardRef<HTMLHeadingElement, DigitalPostPanelProps>(function DigitalPostPanel(props, ref) {
  const { step, busy, onClose } = props;
  const lang = useLang();
  const styles = useLayoutStyles();
  const title = step.kind === "switch-sender" ? t(lang, "pane.dp.switch.title") : t(lang, "pane.dp.title");
  return (
    <section className={styles.panel} aria-labelledby="dp-title" data-testid="digital-post-panel" data-step={step.kind}>
      <h2 id="dp-title" ref={ref} tabIndex={-1} className={styles.panelTitle}>
        {title}
      </h2>
      {step.kind === "choose-person" ? <ChoosePersonStep step={step} busy={busy} onChoose={props.onChoose} onClose={onClose} /> : null}
      {step.kind === "other-people" ? (
        <OtherPeopleStep
          step={step}
          busy={busy}
          onMask={() => props.onMaskOthers(step.chosen.hash, step.others.map((p) => p.hash))}
          onKeep={(reason) => props.onKeepOthers(step.chosen.hash, reason)}
          onClose={onClose}
        />
      ) : null}
      {step.kind === "switch-sender" ? <SwitchSenderStep step={step} onOpen={props.onOpen} onClose={onClose} /> : null}
      {step.kind === "open-portal" ? (
        <LinkStep testId="dp-portal" body={t(lang, "pane.dp.portal.body", { route: step.routeName })} url={step.url} label={t(lang, "pane.dp.portal.open", { route: step.routeName })} onOpen={props.onOpen} onClose={onClose} />
      ) : null}
      {step.kind === "show-guide" ? (
        <LinkStep testId="dp-guide" body={t(lang, "pane.dp.guide.body", { route: step.routeName })} url={step.url} label={t(lang, "pane.dp.guide.link")} onOpen={props.onOpen} onClose={onClose} />
      ) : null}
      {step.kind === "no-route" ? <LinkStep body={t(lang, "pane.dp.noRoute")} onOpen={props.onOpen} onClose={onClose} /> : null}
    </section>
  );
});

function CancelButton({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const styles = useLayoutStyles();
  return (
    <div className={styles.actions}>
      <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
    </div>
  );
}

function OpenLink({ url, label, onOpen }: { url: string; label: string; onOpen: (url: string) => void }) {
  return (
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
}

/** One citizen per message: the people listed with what tells them apart; no choice → focus and an inline error. */
function ChoosePersonStep({ step, busy, onChoose, onClose }: { step: StepOf<"choose-person">; busy: boolean; onChoose: (hash: string) => void; onClose: () => void }) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const [chosen, setChosen] = useState<string>("");
  const [missing, setMissing] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const label = (p: StepOf<"choose-person">["people"][number]) =>
    personWhere(lang, p) ? `${personText(lang, p)} (${personWhere(lang, p)})` : personText(lang, p);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) return onChoose(chosen);
        setMissing(true);
        // The group gets focus, so the inline error is read out with it.
        (groupRef.current?.querySelector("input") as HTMLInputElement | null)?.focus();
      }}
    >
      <Field label={t(lang, "pane.dp.choose.legend")} {...(missing ? { validationMessage: t(lang, "pane.dp.choose.missing") } : {})}>
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
            <Radio key={p.hash} value={p.hash} label={label(p)} data-testid="dp-person" />
          ))}
        </RadioGroup>
      </Field>
      <p className={styles.hint}>{t(lang, "pane.dp.choose.note")}</p>
      <div className={styles.actions}>
        <Button appearance="primary" data-primary="true" type="submit" data-testid="dp-choose-submit" disabledFocusable={busy}>
          {t(lang, "pane.dp.choose.submit")}
        </Button>
        <Button onClick={onClose}>{t(lang, "pane.dp.cancel")}</Button>
      </div>
    </form>
  );
}

function SwitchSenderStep({ step, onOpen, onClose }: { step: StepOf<"switch-sender">; onOpen: (url: string) => void; onClose: () => void }) {
  const lang = useLang();
  const styles = useLayoutStyles();
  const allowed = joinList(lang, step.allowed);
  return (
    <div data-testid="dp-switch-sender">
      {step.allowed.length === 0 ? (
        <p>{t(lang, "pane.dp.switch.noSenders", { route: step.routeName })}</p>
      ) : (
        <>
          <p>
            {step.current
              ? t(lang, "pane.dp.switch.body", { route: step.routeName, allowed, current: step.current })
              : t(lang, "pane.dp.switch.bodyUnknown", { route: step.routeName, allowed })}
          </p>
          <ol className={styles.steps}>
            <li>{t(lang, "pane.dp.switch.step1")}</li>
            <li>{t(lang, "pane.dp.switch.step2", { sender: step.allowed[0] ?? "" })}</li>
            <li>{t(lang, "pane.dp.switch.step3")}</li>
          </ol>
        </>
      )}
      {step.guideUrl ? (
        <p>
          <OpenLink url={step.guideUrl} label={t(lang, "pane.dp.switch.guide")} onOpen={onOpen} />
        </p>
      ) : null}
      <CancelButton onClose={onClose} />
    </div>
  );
}

/** The portal, IT's guide, or no route: a sentence, maybe a link, and Cancel. */
function LinkStep(props: { testId?: string; body: string; url?: string; label?: string; onOpen: (url: string) => void; onClose: () => void }) {
  return (
    <div {...(props.testId ? { "data-testid": props.testId } : {})}>
      <p>{props.body}</p>
      {props.url ? (
        <p>
          <OpenLink url={props.url} label={props.label ?? props.url} onOpen={props.onOpen} />
        </p>
      ) : null}
      <CancelButton onClose={props.onClose} />
    </div>
  );
}

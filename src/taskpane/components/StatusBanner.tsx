// The top of the pane: what state the mail is in, and what just happened. Focus lands on its
// title after every action, so a screen reader hears the outcome and the next step.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { forwardRef } from "react";
import { useLayoutStyles } from "./layout-styles";
import type { StatusText } from "../text";

export interface StatusBannerProps {
  text: StatusText;
  loading?: boolean;
}

export const StatusBanner = forwardRef<HTMLHeadingElement, StatusBannerProps>(function StatusBanner({ text, loading }, ref) {
  const styles = useLayoutStyles();
  if (loading) {
    return (
      <div role="status" data-testid="status" data-intent="info">
        <Spinner size="small" label={text.title} />
      </div>
    );
  }
  return (
    <MessageBar intent={text.intent} layout="multiline" data-testid="status" data-intent={text.intent} politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>
          <h2 ref={ref} tabIndex={-1} className={styles.statusTitle}>
            {text.title}
          </h2>
        </MessageBarTitle>
        {text.lines.map((line, i) => (
          <p key={i} className={styles.statusLine}>
            {line}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
});

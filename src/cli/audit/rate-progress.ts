// Progress for long audits on stderr: mails done of the total, mails per second and the time
// left. Redrawn in place on a terminal; on a pipe or a log, one line every few seconds.
import { writeControl, type ProgressStream } from "../progress";
import type { AuditTexts } from "../i18n/audit-texts";

export interface RateProgress {
  add(mails: number): void;
  done(): void;
}

const TTY_REDRAW_MS = 200;
const LOG_EVERY_MS = 5000;

export function createRateProgress(stream: ProgressStream, total: number, t: AuditTexts, now: () => number = Date.now): RateProgress {
  const started = now();
  let count = 0;
  let last = started;
  const line = (): string => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = count / seconds;
    const eta = rate > 0 && total > count ? Math.round((total - count) / rate) : 0;
    return t.progress(count, total, Math.round(rate), eta);
  };
  return {
    add(mails) {
      count += mails;
      const at = now();
      if (at - last < (stream.isTTY ? TTY_REDRAW_MS : LOG_EVERY_MS)) return;
      last = at;
      if (stream.isTTY) {
        writeControl(stream, "\r");
        stream.write(line());
      } else stream.write(`${line()}\n`);
    },
    done() {
      if (stream.isTTY) writeControl(stream, "\r\u001b[2K");
      if (now() - started >= LOG_EVERY_MS || count >= 1000) stream.write(`${line()}\n`);
    },
  };
}

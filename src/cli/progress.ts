// A one-line progress bar on stderr, drawn only when stderr is a terminal: redirected output
// and CI logs get no carriage-return noise.
import type { CliTexts } from "./i18n";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
  /** Terminal control (\r, erase line); streams that escape text keep these working. */
  control?(sequence: "\r" | "\r\u001b[2K"): unknown;
}

/** Writes a progress control sequence through the stream's control channel when it has one. */
export function writeControl(stream: ProgressStream, sequence: "\r" | "\r\u001b[2K"): void {
  if (stream.control) stream.control(sequence);
  else stream.write(sequence);
}

export interface Progress {
  tick(): void;
  done(): void;
}

const NO_PROGRESS: Progress = { tick() {}, done() {} };
const REDRAW_MS = 100;
const BAR_WIDTH = 30;

export function createProgress(stream: ProgressStream, total: number, texts: CliTexts, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total <= 1) return NO_PROGRESS;
  let count = 0;
  let lastDraw = -Infinity;
  const draw = (): void => {
    writeControl(stream, "\r");
    stream.write(`${renderBar(count, total)} ${texts.progress(count, total)}`);
    lastDraw = now();
  };
  return {
    tick() {
      count++;
      if (count === total || now() - lastDraw >= REDRAW_MS) draw();
    },
    done() {
      writeControl(stream, "\r\u001b[2K");
    },
  };
}

export function renderBar(count: number, total: number, width = BAR_WIDTH): string {
  const filled = total > 0 ? Math.min(width, Math.round((count / total) * width)) : 0;
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}]`;
}

// Everything the command line prints passes through here: file names, attachment names, display
// names and stamp texts come from the mails, and an ESC sequence in one of them could hide a
// finding line, retitle the window or (OSC 52) write the clipboard; a bidi override could make
// a line read differently from what it says. Control characters (C0 except newline and tab, DEL,
// C1), carriage return, bidi controls and line/paragraph separators are written as visible
// \uXXXX escapes. In JSON output that is also a valid escape, so the data stays lossless.
// The progress bar's own \r and erase-line go through `control`, which only it may use.

// C0 without \t (09) and \n (0a), DEL and C1, ALM, LRM/RLM, LRE..RLO, LS/PS, LRI..PDI.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function hasUnsafeControls(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

export interface SafeStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
  /** Terminal control for the progress bar (\r, erase line): never text from a mail. */
  control(sequence: "\r" | "\r\u001b[2K"): unknown;
}

export function safeStream(stream: { isTTY?: boolean; columns?: number; write(chunk: string): unknown }): SafeStream {
  return {
    isTTY: stream.isTTY,
    columns: stream.columns,
    write: (chunk: string) => stream.write(escapeControls(chunk)),
    control: (sequence) => stream.write(sequence),
  };
}

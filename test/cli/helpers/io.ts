import type { CliIo } from "../../../src/cli/io";

/** Captures what a command writes; `tty` makes stderr look like a terminal. */
export function captureIo(options: { tty?: boolean } = {}): CliIo & { out(): string; err(): string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { isTTY: options.tty ?? false, write: (chunk: string) => (err += chunk) },
    now: () => new Date("2026-11-25T12:00:00Z"),
    salt: "test-salt",
    out: () => out,
    err: () => err,
  };
}

// File names and library error texts can carry a CPR number (classic Outlook names a dragged
// .msg after its subject). Anything the command line prints that did not come from the core's
// masked fields goes through here: the core's one masking function, so every separator and
// invisible character the finder accepts is masked too.
import { maskCprNumbers } from "../detection";

export function maskDigits(text: string): string {
  return maskCprNumbers(text);
}

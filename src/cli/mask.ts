// File names and library error texts can carry a CPR number (classic Outlook names a dragged
// .msg after its subject). Anything the command line prints that did not come from the core's
// masked fields goes through here: every six-plus-four digit run keeps only its date part.
const TEN_DIGITS = /(?<!\d)(\d{6})[ \u00a0\-\u2010\u2011\u2012\u2013\u2212./]{0,3}\d{4}(?!\d)/g;

export function maskDigits(text: string): string {
  return text.replace(TEN_DIGITS, "$1-XXXX");
}

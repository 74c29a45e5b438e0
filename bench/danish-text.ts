// Deterministic synthetic Danish caseworker mail for benchmarks: prose, signatures, lists and the
// usual numbers (phones, dates, amounts, case numbers, CVR, timestamps) with a CPR number now and
// then. All CPR numbers are synthetic, generated for date, century digit and modulus 11.
import { seededRandom } from "../dev/testing/seeded-random";

export { seededRandom };

const WORDS = (
  "og i at det en til er som på de med han af for ikke der var mig sig men et har om vi min havde " +
  "borgeren sagen kommunen afgørelse ansøgning bevilling hjemmehjælp jobcenter ydelse møde " +
  "sagsbehandler familieafdelingen skolen barnet forældre samtale handleplan opfølgning bilag " +
  "dokumentation journal bolig husleje indbetaling tilskud frist klage vejledning særlige hensyn " +
  "fremsendes vedhæftet nødvendige oplysninger venligst snarest muligt ønsker bekræftelse " +
  "økonomi sundhed pleje støtte aftale udbetaling revurdering tilbagebetaling lægeerklæring"
).split(" ");

const PLACES = ["Randers", "Aarhus C", "Køge", "Gentofte", "Ærøskøbing", "Odense SØ", "Aalborg Øst"];
const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function digits(rnd: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** A synthetic CPR number passing modulus 11, born 1930–2019. */
function syntheticCpr(rnd: () => number): string {
  const year = 1930 + Math.floor(rnd() * 90);
  const head = pad2(1 + Math.floor(rnd() * 28)) + pad2(1 + Math.floor(rnd() * 12)) + pad2(year % 100);
  const seventh = year >= 2000 ? 4 + Math.floor(rnd() * 6) : Math.floor(rnd() * 4);
  for (;;) {
    const nine = head + seventh + digits(rnd, 2);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (WEIGHTS[i] as number);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return nine + check;
  }
}

const CPR_FORMATS = ["-", "-", "-", "", "", " ", "\u2013", "\u00a0", " - "];

function numberToken(rnd: () => number): string {
  const r = rnd();
  if (r < 0.06) {
    const cpr = syntheticCpr(rnd);
    const written = cpr.slice(0, 6) + pick(rnd, CPR_FORMATS) + cpr.slice(6);
    return rnd() < 0.4 ? "CPR: " + written : "(" + written + ")";
  }
  if (r < 0.25) return "tlf. " + digits(rnd, 2) + " " + digits(rnd, 2) + " " + digits(rnd, 2) + " " + digits(rnd, 2);
  if (r < 0.32) return "+45 " + digits(rnd, 8);
  if (r < 0.45) return Math.ceil(rnd() * 28) + ". " + pick(rnd, MONTHS) + " 202" + Math.floor(rnd() * 6);
  if (r < 0.52) return pad2(Math.ceil(rnd() * 28)) + "." + pad2(Math.ceil(rnd() * 12)) + ".2025";
  if (r < 0.62) return digits(rnd, 1 + Math.floor(rnd() * 2)) + "." + digits(rnd, 3) + ",00 kr.";
  if (r < 0.70) return digits(rnd, 4) + " " + pick(rnd, PLACES);
  if (r < 0.78) return "sag " + (rnd() < 0.5 ? "2024-" + digits(rnd, 6) : "24/" + digits(rnd, 5));
  if (r < 0.83) return "CVR " + digits(rnd, 8);
  if (r < 0.88) return "j.nr. " + digits(rnd, 2) + "." + digits(rnd, 2) + "." + digits(rnd, 2) + "-G01-" + digits(rnd, 1) + "-24";
  if (r < 0.92) return "modtaget " + digits(rnd, 6) + " " + digits(rnd, 4);
  if (r < 0.96) return "kl. " + pad2(8 + Math.floor(rnd() * 9)) + ":" + pad2(Math.floor(rnd() * 60));
  return "konto " + digits(rnd, 4) + " " + digits(rnd, 10);
}

function sentence(rnd: () => number): string {
  const n = 6 + Math.floor(rnd() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(rnd, WORDS));
  // About one sentence in three carries a number: roughly one per 250 characters of text.
  if (rnd() < 0.35) words.splice(Math.floor(rnd() * words.length), 0, numberToken(rnd));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function signature(rnd: () => number): string {
  return (
    "Med venlig hilsen\n\n" + pick(rnd, ["Søren Bøgh", "Birgit Hussein", "Anne Ørsted", "Lars Åberg"]) +
    "\nSagsbehandler, " + pick(rnd, ["Jobcenter", "Familieafdelingen", "Borgerservice"]) + "\n" +
    pick(rnd, PLACES) + " Kommune\nTlf. " + digits(rnd, 4) + " " + digits(rnd, 4) + "\n"
  );
}

/** About `length` characters of mail text (LF line ends unless `crlf`), the same for the same seed. */
export function syntheticDanishMail(length: number, seed = 2024, crlf = false): string {
  const rnd = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    let mail = "Hej " + pick(rnd, ["Peter", "Mette", "Ahmed", "Freja"]) + "\n\n";
    const paragraphs = 1 + Math.floor(rnd() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 2 + Math.floor(rnd() * 5);
      for (let s = 0; s < sentences; s++) mail += sentence(rnd) + " ";
      mail += "\n\n";
    }
    mail += signature(rnd) + "\n________________________________\n";
    if (crlf) mail = mail.replace(/\n/g, "\r\n");
    parts.push(mail);
    size += mail.length;
  }
  return parts.join("").slice(0, length);
}

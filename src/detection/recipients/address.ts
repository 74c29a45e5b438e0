// Splits a recipient address into local part and domain. Outlook hands us whatever the caseworker
// typed or autocomplete produced, so this never throws: anything we cannot read as
// local@domain.tld comes back as invalid with a stable reason code.
import { toAsciiDomain } from "./idn";

export type AddressProblem =
  | "empty"
  | "too-long"
  | "no-at"
  | "empty-local"
  | "bad-local"
  | "empty-domain"
  | "ip-literal"
  | "bad-domain";

export type ParsedAddress =
  | { valid: true; local: string; /** lower-case ASCII (xn--) form */ domain: string }
  | { valid: false; problem: AddressProblem; local: string; domain: string };

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// Unquoted local parts: RFC 5322 atext plus dots (Exchange accepts the same set).
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;
const QUOTED = /^"(?:[^"\\\r\n]|\\.)*"$/;

function invalid(problem: AddressProblem, local = "", domain = ""): ParsedAddress {
  return { valid: false, problem, local, domain };
}

/** "Name <x@y>" and "<x@y>" forms are reduced to the bare address first. */
function bareAddress(input: string): string {
  const s = input.trim();
  const open = s.lastIndexOf("<");
  if (open >= 0 && s.charAt(s.length - 1) === ">") return s.slice(open + 1, -1).trim();
  return s;
}

export function parseAddress(input: string): ParsedAddress {
  if (typeof input !== "string") return invalid("empty");
  const address = bareAddress(input);
  if (address === "") return invalid("empty");
  if (address.length > MAX_ADDRESS) return invalid("too-long");
  const at = address.lastIndexOf("@");
  if (at < 0) return invalid("no-at");
  const local = address.slice(0, at);
  const rawDomain = address.slice(at + 1).toLowerCase();
  const domainText = rawDomain.charAt(rawDomain.length - 1) === "." ? rawDomain.slice(0, -1) : rawDomain;
  if (local === "") return invalid("empty-local", local, domainText);
  if (local.length > MAX_LOCAL || !(DOT_ATOM.test(local) || QUOTED.test(local))) {
    return invalid("bad-local", local, domainText);
  }
  if (domainText === "") return invalid("empty-domain", local);
  if (domainText.charAt(0) === "[") return invalid("ip-literal", local, domainText);
  const domain = toAsciiDomain(domainText);
  if (domain === undefined) return invalid("bad-domain", local, domainText);
  const labels = domain.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length < 2 || !TLD.test(tld) || !labels.every((l) => LABEL.test(l))) {
    return invalid(/^[0-9.]+$/.test(domain) ? "ip-literal" : "bad-domain", local, domain);
  }
  return { valid: true, local, domain };
}

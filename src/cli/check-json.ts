// The --json shape of `check`: per mail the verdict and findings as the core returns them, minus
// the CPR hashes and the fingerprint (salted per run, so of no use outside it), with masked paths.
import type { Finding, Verdict } from "./core";
import { isCprFinding } from "./core";
import { maskDigits } from "./mask";

export interface CheckedMailJson {
  file: string;
  action: Verdict["action"];
  findings: unknown[];
}

export interface UnreadableJson {
  file: string;
  reason: string;
  detail?: string;
}

export function checkedMailJson(path: string, verdict: Verdict): CheckedMailJson {
  return { file: maskDigits(path), action: verdict.action, findings: verdict.findings.map(findingJson) };
}

function findingJson(finding: Finding): unknown {
  if (isCprFinding(finding)) {
    return {
      ...finding,
      cprs: finding.cprs.map(({ hash: _hash, ...cpr }) =>
        cpr.location.part === "attachment" ? { ...cpr, location: { ...cpr.location, name: maskDigits(cpr.location.name) } } : cpr,
      ),
    };
  }
  if (finding.rule === "attachment-unchecked") return { ...finding, attachment: maskDigits(finding.attachment) };
  return finding;
}

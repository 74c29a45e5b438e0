// The backstop rules as one idempotent PowerShell script for Exchange Online: connect, check the
// organisation's rule count, then create or update each rule by name. Every string is a
// single-quoted PowerShell literal ('' for '), so nothing in a pattern or a policy name is
// expanded or executed.
import { EXCHANGE_LIMITS } from "./limits";
import { commentText, type ParameterValue, type TransportRuleSpec } from "./rules";

export interface ScriptHeader {
  /** "YYYY-MM-DD". */
  generated: string;
  organization: string;
  policyVersion: string;
  mode: string;
}

/** A single-quoted PowerShell string: only ' is special inside one, and doubling it escapes it. */
export function psQuote(text: string): string {
  return `'${text.replace(/'/g, "''").replace(/[\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;
}

export function psValue(value: ParameterValue): string {
  if (typeof value === "boolean") return value ? "$true" : "$false";
  if (typeof value === "string") return psQuote(value);
  return `@(${value.map(psQuote).join(", ")})`;
}

function hashtable(entries: [string, ParameterValue][], indent: string): string {
  return [`@{`, ...entries.map(([name, value]) => `${indent}  ${name} = ${psValue(value)}`), `${indent}}`].join("\n");
}

/** Actions a previous mode set, emptied when the rule is updated (e.g. moderate → reject). */
function clearTable(names: readonly string[]): string {
  return names.length === 0 ? "@{}" : `@{ ${names.map((name) => `${name} = $null`).join("; ")} }`;
}

const PRELUDE = (rules: readonly TransportRuleSpec[]): string[] => [
  "$ErrorActionPreference = 'Stop'",
  "",
  "# Forbind til Exchange Online (kræver modulet ExchangeOnlineManagement og rollen Transport Rules).",
  "# Connect to Exchange Online (needs the ExchangeOnlineManagement module and the Transport Rules role).",
  "Connect-ExchangeOnline",
  "",
  "$existing = @(Get-TransportRule)",
  `$ours = @(${rules.map((r) => psQuote(r.name)).join(", ")})`,
  "$added = @($ours | Where-Object { $existing.Name -notcontains $_ }).Count",
  "# Exchange Online tillader højst 300 regler i alt / Exchange Online allows at most 300 rules in all.",
  `if ($existing.Count + $added -gt ${EXCHANGE_LIMITS.rulesPerOrganization}) {`,
  `  throw ${psQuote(`Sendevagt: for mange regler / too many rules (> ${EXCHANGE_LIMITS.rulesPerOrganization}). Intet er ændret / nothing was changed.`)}`,
  "}",
  "",
  "# Opret eller opdatér en regel efter navn / create or update a rule by name.",
  "function Set-SendevagtRule {",
  "  param([string]$Name, [int]$Priority, [hashtable]$Parameters, [hashtable]$ClearOnUpdate)",
  "  if ($existing.Name -contains $Name) {",
  "    Set-TransportRule -Identity $Name -Priority $Priority @Parameters @ClearOnUpdate",
  "    Write-Host \"Opdateret / updated: $Name\"",
  "  } else {",
  "    New-TransportRule -Name $Name -Priority $Priority @Parameters | Out-Null",
  "    Write-Host \"Oprettet / created: $Name\"",
  "  }",
  "}",
];

export function renderPowerShell(rules: readonly TransportRuleSpec[], header: ScriptHeader): string {
  const lines = [
    `# Sendevagt backstop — ${header.organization}, politik/policy ${header.policyVersion}, tilstand/mode ${header.mode}.`,
    `# Genereret/generated ${header.generated} af/by \`sendevagt backstop\`. Se/see docs/backstop.md.`,
    "# Scriptet kan køres igen: eksisterende regler med samme navn opdateres.",
    "# The script can be run again: existing rules with the same name are updated.",
    ...PRELUDE(rules),
  ];
  rules.forEach((rule, priority) => {
    lines.push(
      "",
      `# ${priority + 1}. ${rule.comment.da}`,
      `#    ${rule.comment.en}`,
      `Set-SendevagtRule -Name ${psQuote(rule.name)} -Priority ${priority} -Parameters ${hashtable(
        [...rule.parameters, ["Comments", commentText(rule)]],
        "",
      )} -ClearOnUpdate ${clearTable(rule.clearOnUpdate)}`,
    );
  });
  lines.push("", "Write-Host 'Sendevagt backstop: færdig / done.'", "");
  return lines.join("\n");
}

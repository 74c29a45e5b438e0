// The backstop rules as a Microsoft365DSC configuration (EXOTransportRule resources), for tenants
// managed as code. Same rules, same order, same single-quoted strings as the PowerShell script.
import { psQuote, psValue, type ScriptHeader } from "./powershell";
import { commentText, type TransportRuleSpec } from "./rules";

export function renderDsc(rules: readonly TransportRuleSpec[], header: ScriptHeader): string {
  const resources = rules.map((rule, priority) => {
    const entries: [string, string][] = [
      ["Name", psQuote(rule.name)],
      ["Ensure", "'Present'"],
      ["Priority", String(priority)],
      ...rule.parameters.map(([name, value]) => [name, psValue(value)] as [string, string]),
      ["Comments", psQuote(commentText(rule))],
      ["ApplicationId", "$ApplicationId"],
      ["TenantId", "$TenantId"],
      ["CertificateThumbprint", "$CertificateThumbprint"],
    ];
    return [
      `        # ${priority + 1}. ${rule.comment.da}`,
      `        #    ${rule.comment.en}`,
      `        EXOTransportRule ${psQuote(`SendevagtRule${priority + 1}`)}`,
      "        {",
      ...entries.map(([name, value]) => `            ${name} = ${value}`),
      "        }",
    ].join("\n");
  });
  return [
    `# Sendevagt backstop — ${header.organization}, politik/policy ${header.policyVersion}, tilstand/mode ${header.mode}.`,
    `# Microsoft365DSC-konfiguration, genereret/generated ${header.generated}. Se/see docs/backstop.md.`,
    "Configuration SendevagtBackstop",
    "{",
    "    param(",
    "        [Parameter(Mandatory = $true)] [String] $ApplicationId,",
    "        [Parameter(Mandatory = $true)] [String] $TenantId,",
    "        [Parameter(Mandatory = $true)] [String] $CertificateThumbprint",
    "    )",
    "    Import-DscResource -ModuleName 'Microsoft365DSC'",
    "    Node localhost",
    "    {",
    resources.join("\n\n"),
    "    }",
    "}",
    "",
  ].join("\n");
}

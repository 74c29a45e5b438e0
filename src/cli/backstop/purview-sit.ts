// A Microsoft Purview custom sensitive information type (rule package XML) for tenants that
// license Purview DLP. It can do what a mail flow rule cannot: a modulus-11 checksum validator, a
// date validator, the CPR office's exempt 1 January dates, and CPR keywords as evidence. What it
// cannot express (century table, "not in the future", keyword on the same line) is in
// docs/backstop.md. Ids are derived from the organisation's name, so regenerating gives the same
// ids and an upload updates the type instead of adding a second one.
import { createHash } from "node:crypto";
import type { Policy } from "../core";

/** Purview regex (full .NET syntax): date structure, the finder's separators, no digit glued on. */
const DAY = "(0[1-9]|[12][0-9]|3[01])";
const MONTH = "(0[1-9]|1[0-2])";
const SEPARATOR = "( - | \\u2013 |[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212/. \\t\\u00a0\\u202f])?";
export const SIT_CPR_REGEX = `(?<![0-9])${DAY}${MONTH}[0-9]{2}${SEPARATOR}[0-9]{4}(?![0-9])`;

export const SIT_KEYWORDS = ["cpr", "cpr-nr", "cpr nr", "personnummer", "personnr", "person nr", "pers.nr", "personal number"];

/** DDMMYY of each exempt 1 January date ("1960-01-01" → "010160"). */
function exemptDateRegex(dates: readonly string[]): string {
  const heads = Array.from(new Set(dates.filter((d) => /^\d{4}-01-01$/.test(d)).map((d) => `0101${d.slice(2, 4)}`))).sort();
  return `(?<![0-9])(${heads.join("|")})${SEPARATOR}[0-9]{4}(?![0-9])`;
}

function stableGuid(seed: string): string {
  const hex = createHash("sha256").update(`sendevagt-sit\u0000${seed}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderPurviewSit(policy: Policy, exemptDates: readonly string[]): string {
  const org = policy.organization.name;
  const id = (what: string) => stableGuid(`${org}\u0000${what}`);
  const entity = id("entity");
  const name = `CPR-nummer (Sendevagt, ${org})`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<!-- Sendevagt: CPR-nummer som brugerdefineret følsom informationstype / CPR number as a custom sensitive information type. -->",
    '<RulePackage xmlns="http://schemas.microsoft.com/office/2011/mce">',
    `  <RulePack id="${id("rulepack")}">`,
    '    <Version major="1" minor="0" build="0" revision="0"/>',
    `    <Publisher id="${id("publisher")}"/>`,
    '    <Details defaultLangCode="da-dk">',
    '      <LocalizedDetails langcode="da-dk">',
    `        <PublisherName>${xml(org)}</PublisherName>`,
    `        <Name>${xml(`Sendevagt ${org}`)}</Name>`,
    "        <Description>CPR-numre efter samme regel som Sendevagt (modulus 11, undtagelsesdatoer, nøgleord).</Description>",
    "      </LocalizedDetails>",
    "    </Details>",
    "  </RulePack>",
    "  <Rules>",
    `    <Entity id="${entity}" patternsProximity="300" recommendedConfidence="85">`,
    "      <!-- Modulus 11 holder og datoen findes / modulus 11 holds and the date exists. -->",
    '      <Pattern confidenceLevel="85">',
    '        <IdMatch idRef="Regex_sendevagt_cpr_mod11"/>',
    "      </Pattern>",
    "      <!-- Undtaget 1. januar-dato (numre uden modulus 11) / exempt 1 January date (numbers without modulus 11). -->",
    '      <Pattern confidenceLevel="75">',
    '        <IdMatch idRef="Regex_sendevagt_cpr_exempt"/>',
    "      </Pattern>",
    "      <!-- Gyldig dato og et CPR-nøgleord i nærheden / valid date and a CPR keyword nearby. -->",
    '      <Pattern confidenceLevel="75">',
    '        <IdMatch idRef="Regex_sendevagt_cpr_date"/>',
    '        <Match idRef="Keyword_sendevagt_cpr"/>',
    "      </Pattern>",
    "    </Entity>",
    `    <Regex id="Regex_sendevagt_cpr_mod11" validators="Validator_sendevagt_mod11,Validator_sendevagt_date">${xml(SIT_CPR_REGEX)}</Regex>`,
    `    <Regex id="Regex_sendevagt_cpr_exempt">${xml(exemptDateRegex(exemptDates))}</Regex>`,
    `    <Regex id="Regex_sendevagt_cpr_date" validators="Validator_sendevagt_date">${xml(SIT_CPR_REGEX)}</Regex>`,
    '    <Validators id="Validator_sendevagt_mod11">',
    '      <Validator type="Checksum">',
    '        <Param name="Weights">4, 3, 2, 7, 6, 5, 4, 3, 2, 1</Param>',
    '        <Param name="Mod">11</Param>',
    '        <Param name="CheckDigit">10</Param>',
    '        <Param name="AllowAlphabets">0</Param>',
    "      </Validator>",
    "    </Validators>",
    '    <Validators id="Validator_sendevagt_date">',
    '      <Validator type="DateSimple">',
    '        <Param name="Pattern">DDMMYY</Param>',
    "      </Validator>",
    "    </Validators>",
    '    <Keyword id="Keyword_sendevagt_cpr">',
    '      <Group matchStyle="word">',
    ...SIT_KEYWORDS.map((k) => `        <Term>${xml(k)}</Term>`),
    "      </Group>",
    "    </Keyword>",
    "    <LocalizedStrings>",
    `      <Resource idRef="${entity}">`,
    `        <Name default="true" langcode="da-dk">${xml(name)}</Name>`,
    `        <Name default="false" langcode="en-us">${xml(`CPR number (Sendevagt, ${org})`)}</Name>`,
    '        <Description default="true" langcode="da-dk">Dansk CPR-nummer efter Sendevagts regel.</Description>',
    '        <Description default="false" langcode="en-us">Danish CPR number by Sendevagt\'s rule.</Description>',
    "      </Resource>",
    "    </LocalizedStrings>",
    "  </Rules>",
    "</RulePackage>",
    "",
  ].join("\n");
}

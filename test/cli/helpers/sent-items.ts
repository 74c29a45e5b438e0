// Generated Sent Items for the audit: each mail of a known class (stamped by the handler,
// confirmed, Digital Post, unstamped from a phone, internal, pane record only), so a test knows
// the right coverage and bypass list from the classes alone. Synthetic CPR numbers only.
import { syntheticCpr } from "./cpr";

export type SentClass = "stamped" | "confirmed" | "digital-post" | "phone-cpr" | "phone-clean" | "internal" | "pane-only" | "scanner-cpr-dp";

export interface SentMail {
  cls: SentClass;
  eml: string;
  /** The masked number, when the mail holds one. */
  masked?: string;
  month: string;
  recipientDomain: string;
}

const STAMP = "sendevagt 0.1.0; result=allow; policy=2026-11-01";

function eml(headers: string[], body: string): string {
  return [...headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\r\n");
}

/** A deterministic pseudo-random generator, so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function sentMail(cls: SentClass, i: number, random: () => number): SentMail {
  const day = 1 + Math.floor(random() * 27);
  const month = random() < 0.5 ? "10" : "11";
  const date = new Date(Date.UTC(2026, Number(month) - 1, day, 9, 0, 0));
  const ddmmyy = `${String(1 + Math.floor(random() * 27)).padStart(2, "0")}${String(1 + Math.floor(random() * 12)).padStart(2, "0")}${String(40 + Math.floor(random() * 50))}`;
  const cpr = syntheticCpr(ddmmyy);
  const masked = `${ddmmyy}-XXXX`;
  const external = ["gmail.com", "hotmail.com", "advokat-jensen.dk"][i % 3] as string;
  const head = (to: string, extra: string[] = []) => [
    "From: Sagsbehandler <sb@randers.dk>",
    `To: ${to}`,
    `Subject: Sag ${i}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <m${i}@randers.dk>`,
    ...extra,
  ];
  const base = { cls, month: `2026-${month}` };
  switch (cls) {
    case "stamped":
      return { ...base, recipientDomain: external, eml: eml(head(`x@${external}`, [`x-sendevagt: ${STAMP}`]), "Hej, tak for mødet.") };
    case "confirmed":
      return {
        ...base,
        recipientDomain: external,
        masked,
        eml: eml(
          head(`x@${external}`, [
            `x-sendevagt: sendevagt 0.1.0; result=confirmed; policy=2026-11-01; decision=confirmed; rules=cpr-external; reason=andet; other=Borgeren%20bad%20selv%20om%20det; cpr=1; occurrences=2; findings=1`,
          ]),
          `Borgerens CPR ${cpr} som aftalt.`,
        ),
      };
    case "digital-post":
      return {
        ...base,
        recipientDomain: "mitdk.digital-post.dk",
        eml: eml(head(`p@randers.mitdk.digital-post.dk`, [`x-sendevagt: ${STAMP}; decision=digital-post,fixed-domain; rules=cpr-external,lookalike`]), `Afgørelse vedlagt.`),
      };
    case "phone-cpr":
      return { ...base, recipientDomain: external, masked, eml: eml(head(`x@${external}`, ["X-Mailer: iPhone Mail (20A362)"]), `CPR: ${cpr}\r\nSendt fra min iPhone`) };
    case "phone-clean":
      return { ...base, recipientDomain: external, eml: eml(head(`x@${external}`, ["X-Mailer: iPhone Mail (20A362)"]), "Jeg kommer kl. 10.") };
    case "internal":
      return { ...base, recipientDomain: "randers.dk", eml: eml(head("kollega@randers.dk"), `Internt: ${cpr}`) };
    case "pane-only":
      // A draft record that never passed the handler: no valid stamp.
      return { ...base, recipientDomain: external, masked, eml: eml(head(`x@${external}`, ["x-sendevagt: v=1; decision=confirmed; rules=cpr-external; policy=2026-11-01"]), `Nr. ${cpr}`) };
    case "scanner-cpr-dp":
      // A scanner mailing the gateway directly: unstamped, but the Digital Post route, not a bypass.
      return { ...base, recipientDomain: "mitdk.digital-post.dk", eml: eml(head(`p@randers.mitdk.digital-post.dk`, ["X-Mailer: RICOH Network Scanner"]), `Scan ${cpr}`) };
  }
}

export const POLICY = {
  organization: { name: "Randers Kommune", domains: ["randers.dk"] },
  version: "2026-11-01",
  trustedDomains: [{ domain: "aarhus.dk", name: "Aarhus Kommune" }],
  digitalPost: {
    type: "gateway",
    name: "Digital Post",
    addressTemplate: "{cpr}@randers.mitdk.digital-post.dk",
    gatewayDomains: ["mitdk.digital-post.dk"],
    allowedSenders: ["sikkerpost@randers.dk"],
  },
};

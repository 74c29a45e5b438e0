// A small synthetic "Sent Items" export: one mail per situation a pilot report must count.
import { buildEml } from "./eml";
import { buildMsg } from "../../../dev/testing/msg-builder";
import { syntheticCpr } from "./cpr";

export const CPR_HTML = syntheticCpr("150372");
export const CPR_QUOTED = syntheticCpr("220481");
export const CPR_SUBJECT = syntheticCpr("030765");
export const CPR_MSG = syntheticCpr("110459");
export const CPR_TRUSTED = syntheticCpr("280893");
export const ALL_CPRS = [CPR_HTML, CPR_QUOTED, CPR_SUBJECT, CPR_MSG, CPR_TRUSTED];

const JENS = "Jens Hansen <jens@randers.dk>";

export function sentItems(): Record<string, string | Uint8Array> {
  return {
    // internal only, nothing to find
    "01-intern.eml": buildEml({ from: JENS, to: ["kollega@randers.dk"], subject: "Møde i morgen", text: "Hej, vi ses kl. 10.\r\n" }),
    // the number stands only in the HTML part
    "02-borger-html.eml": buildEml({
      from: JENS,
      to: ["Anna Borger <anna.borger@gmail.com>"],
      subject: "Din ansøgning",
      text: "Kære Anna\r\nSe brevet.\r\n",
      html: `<html><body><p>Kære Anna</p><p>Vi har registreret dig med CPR-nr.: <b>${CPR_HTML}</b>.</p></body></html>`,
    }),
    // a reply whose only number is in the quoted thread
    "03-svar-citeret.eml": buildEml({
      from: JENS,
      to: ["ole.borger@hotmail.com"],
      subject: "SV: Spørgsmål",
      text: `Hej Ole\r\nDet er modtaget.\r\n\r\n> Hej\r\n> Mit CPR-nummer er ${CPR_QUOTED}\r\n> Venlig hilsen Ole\r\n`,
    }),
    // a number in the subject, internal recipient
    [`04-emne.eml`]: buildEml({ from: JENS, to: ["leder@randers.dk"], subject: `Sag om ${CPR_SUBJECT}`, text: "Se emnet.\r\n" }),
    // the anders.dk incident, with a base64 attachment
    "05-anders.eml": buildEml({
      from: JENS,
      to: ["sagsbehandler@anders.dk"],
      subject: "Akter",
      text: "Hermed akterne.\r\n",
      attachments: [
        { name: "akter.txt", mimeType: "text/plain", content: "Akt 1\r\nAkt 2\r\n" },
        // a picture: its text cannot be read, so the mail says the file was not checked
        { name: "scan.png", mimeType: "image/png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) },
      ],
    }),
    // classic Outlook's .msg to a citizen
    "06-sag.msg": buildMsg({
      subject: "Afgørelse",
      body: `Kære Peter\r\nDin afgørelse vedrører CPR ${CPR_MSG}.\r\n`,
      sender: { name: "Jens Hansen", address: "jens@randers.dk" },
      recipients: [{ name: "Peter", address: "peter@gmail.com", type: "to" }],
      attachments: [{ name: "afgørelse.txt", content: new Uint8Array(Buffer.from(`Afgørelse\r\nCPR-nr. ${CPR_MSG}\r\n`, "utf8")) }],
    }),
    // a text export to a trusted partner: allowed
    "07-partner.txt": `Fra: ${JENS}\r\nTil: kollega@aarhus.dk\r\nEmne: Overdragelse\r\n\r\nBorgeren har CPR ${CPR_TRUSTED}.\r\n`,
    // not a .msg at all
    "08-beskadiget.msg": new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256)),
  };
}

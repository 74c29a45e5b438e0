// Real, independent organisations named after a Danish town or municipality (clubs, zoos,
// utilities, harbours, libraries, tourist offices, schools, newspapers, local media): the
// domains a caseworker mails every day that share a protected name. The lookalike finder must
// never stop them. Columns: domain | what it is | where it is known from.
//   page: <url>  a stored public web page seen while building this list (the domain appears as
//                the organisation's own site or mail address there);
//   known        widely known Danish organisation and domain, not re-checked from here;
//   believed     a real organisation whose domain is believed to be this one, not verified;
//   synthetic    a plausible pattern, not checked to exist (kept to widen the test, not claimed real).
// Add a row only with its source; never mark a guess as known.
export interface LegitRow {
  domain: string;
  what: string;
  source: string;
}

const ROWS = `
silkeborgforsyning.dk|Silkeborg Forsyning (water, heating, waste water utility)|page: https://www.silkeborgforsyning.dk/kundeservice/regning-og-betaling
aabenraahavn.dk|Aabenraa Havn (industrial harbour)|page: https://altomteknik.dk/indhold/marine-og-offshore/havne-og-industrihavne/
vores-randers.dk|Vores Randers (local news site)|page: https://vores-randers.dk/artikler?side=814
newsnetavisranders.dk|Newsnet avis Randers (local news site)|page: https://newsnetavisranders.dk/category/randers/page/5
historiskranders.dk|Randers Amts Historiske Samfund (local history society)|page: https://historiskranders.dk/randers-amt/
fck.dk|F.C. København (football club; a one-letter neighbour of fmk.dk)|page: https://wiki.studentb.eu/view_html.php?lang=de&q=FC_Kopenhagen&sq=engine (infobox "Website fck.dk")
randersfc.dk|Randers FC (football club)|known
randersregnskov.dk|Randers Regnskov (zoo)|known
randersbib.dk|Randers Bibliotek (public library)|known
randersamtsavis.dk|Randers Amtsavis (newspaper)|known
aarhusvand.dk|Aarhus Vand (water utility)|known
aakb.dk|Aarhus Kommunes Biblioteker (libraries)|known
visitaarhus.dk|VisitAarhus (tourist office)|known
aarhusteater.dk|Aarhus Teater (theatre)|known
aarhusfremad.dk|Aarhus Fremad (football club)|believed
odensezoo.dk|Odense Zoo|known
visitodense.dk|VisitOdense (tourist office)|known
odensebib.dk|Odense Bibliotekerne (libraries)|believed
aalborgzoo.dk|Aalborg Zoo|known
visitaalborg.dk|VisitAalborg (tourist office)|known
aalborgforsyning.dk|Aalborg Forsyning (utility)|known
aalborgbibliotekerne.dk|Aalborg Bibliotekerne (libraries)|known
aalborghandelsskole.dk|Aalborg Handelsskole (business school)|known
vejleboldklub.dk|Vejle Boldklub (football club)|known
vejlebib.dk|Vejle Bibliotekerne (libraries)|believed
visitvejle.dk|VisitVejle (tourist office)|known
vejleamtsfolkeblad.dk|Vejle Amts Folkeblad (newspaper)|believed
herningfolkeblad.dk|Herning Folkeblad (newspaper)|known
herningbib.dk|Herning Bibliotekerne (libraries)|believed
herningvand.dk|Herning Vand (water utility)|believed
visitherning.dk|VisitHerning (tourist office)|known
silkeborgbib.dk|Silkeborg Bibliotekerne (libraries)|believed
silkeborgif.dk|Silkeborg IF (football club)|believed
silkeborg-gymnasium.dk|Silkeborg Gymnasium (upper secondary school)|believed
viborg-folkeblad.dk|Viborg Folkeblad (newspaper)|believed
viborg-katedralskole.dk|Viborg Katedralskole (upper secondary school)|known
horsensfolkeblad.dk|Horsens Folkeblad (newspaper)|believed
frederiksbergforsyning.dk|Frederiksberg Forsyning (utility)|known
frederiksbergbibliotek.dk|Frederiksberg Bibliotek (library)|believed
frederiksborgamtsavis.dk|Frederiksborg Amts Avis (newspaper)|believed
helsingordagblad.dk|Helsingør Dagblad (newspaper)|believed
hilleroedforsyning.dk|Hillerød Forsyning (utility)|believed
skanderborgforsyning.dk|Skanderborg Forsyning (utility)|believed
struerforsyning.dk|Struer Forsyning (utility)|believed
guldborgsundforsyning.dk|Guldborgsund Forsyning (utility)|believed
kalundborgforsyning.dk|Kalundborg Forsyning (utility)|believed
sonderborgforsyning.dk|Sønderborg Forsyning (utility)|believed
favrskovforsyning.dk|Favrskov Forsyning (utility)|believed
koldingbib.dk|Kolding Bibliotekerne (libraries)|believed
roskildebib.dk|Roskilde Bibliotekerne (libraries)|believed
koegebib.dk|Køge Bibliotekerne (libraries)|believed
lyngbybib.dk|Lyngby-Taarbæk Bibliotekerne (libraries)|believed
fredericiabib.dk|Fredericia Bibliotek (library)|believed
fredericiadagblad.dk|Fredericia Dagblad (newspaper)|believed
lemvigfolkeblad.dk|Lemvig Folkeblad (newspaper)|believed
skivefolkeblad.dk|Skive Folkeblad (newspaper)|believed
morsofolkeblad.dk|Morsø Folkeblad (newspaper)|believed
bornholmstidende.dk|Bornholms Tidende (newspaper)|believed
holstebro-gym.dk|Holstebro Gymnasium (upper secondary school)|believed
herninggymnasium.dk|Herning Gymnasium (upper secondary school)|known
svendborg-gym.dk|Svendborg Gymnasium (upper secondary school)|believed
nyborg-gym.dk|Nyborg Gymnasium (upper secondary school)|believed
fredericia-gym.dk|Fredericia Gymnasium (upper secondary school)|believed
naestved-gym.dk|Næstved Gymnasium (upper secondary school)|believed
koege-gym.dk|Køge Gymnasium (upper secondary school)|believed
greve-gym.dk|Greve Gymnasium (upper secondary school)|believed
roskildegym.dk|Roskilde Gymnasium (upper secondary school)|believed
hjoerring-gymnasium.dk|Hjørring Gymnasium (upper secondary school)|believed
thisted-gymnasium.dk|Thisted Gymnasium (upper secondary school)|believed
lyngby-boldklub.dk|Lyngby Boldklub (football club)|believed
kolding-gym.dk|Kolding Gymnasium (upper secondary school)|believed
fcm.dk|FC Midtjylland (football club; neighbour of fmk.dk and fm.dk)|known
fcn.dk|FC Nordsjælland (football club; one letter from fmn.dk)|known
agf.dk|AGF (Aarhus football club)|known
ob.dk|OB, Odense Boldklub (football club; two letters)|known
fdm.dk|FDM (motorists' association; one letter from fm.dk)|known
rmc.dk|Rytmisk Musikkonservatorium (one letter from rm.dk)|known
esbjerghavn.dk|Port Esbjerg (harbour)|synthetic
randershavn.dk|Randers Havn (harbour)|synthetic
odensehavn.dk|Odense Havn (harbour)|synthetic
kolding-havn.dk|Kolding Havn (harbour)|synthetic
aarhus-skole.dk|a school named after the town|synthetic
vejlekirke.dk|a church named after the town|synthetic
horsenshallen.dk|a sports hall named after the town|synthetic
viborghallen.dk|a sports hall named after the town|synthetic
holstebrobib.dk|a library named after the town|synthetic
nyborgbibliotek.dk|a library named after the town|synthetic
visitkolding.dk|a tourist office named after the town|synthetic
visitviborg.dk|a tourist office named after the town|synthetic
visit-randers.dk|a tourist office named after the town|synthetic
skiveavis.dk|a newspaper named after the town|synthetic
kolding-amtsavis.dk|a newspaper named after the town|synthetic
struerzoo.dk|a zoo named after the town|synthetic
thistedforsyning.dk|a utility named after the town|synthetic
ikast-brande-forsyning.dk|a utility named after the municipality|synthetic
vardeif.dk|a sports club named after the town|synthetic
holbaekfc.dk|a football club named after the town|synthetic
naestvedfc.dk|a football club named after the town|synthetic
hjoerringfc.dk|a football club named after the town|synthetic
`;

export const LEGIT_TOWN_COMPOUNDS: LegitRow[] = ROWS.split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [domain = "", what = "", source = ""] = line.split("|");
    return { domain, what, source };
  });

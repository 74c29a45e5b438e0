// Known Danish organisations and mail providers, with the names a caseworker knows them by.
//
// Where the data comes from (source tags in the third column):
//   KML  KL's 2011 "digitale landkort" file (each municipality's contact mail address)
//   SSP  a current list of all 98 municipal web domains;  DU  a list of web-domain exceptions
//   CAM  map notes;  LIB  library-agency records          (all four via docs/public-bodies.md)
//   W    municipalities where only the web domain was found and is assumed to be the mail domain
//   REG  regions, Danske Regioner and KL as listed in docs/public-bodies.md
//   GOV  state bodies by the domain of their official website (ministries, agencies, courts,
//        universities); IT confirms each partner's accepted mail domains in policy.json
//   ORG  large Danish organisations and companies that mail public bodies daily, and real
//        organisations one letter from a short public-body label (fck.dk next to fmk.dk,
//        rmc.dk next to rm.dk): there one edit is not evidence, so they get a named notice
//   MAIL webmail and ISP mail providers (citizens' private addresses)
// The municipalities' 2011 mail domains that have since changed are kept as extra domains,
// because old addresses live on in address books.
//
// Row format: "domain [more domains]|Name[;other name]|source". The first name is the one shown.

const DATA = `albertslund.dk|Albertslund Kommune|KML
alleroed.dk|Allerød Kommune|KML
balk.dk ballerup.dk|Ballerup Kommune|KML
brk.dk bornholm.dk|Bornholms Regionskommune;Bornholms Kommune|KML
brondby.dk|Brøndby Kommune|W
dragoer.dk|Dragør Kommune|W
egekom.dk egedalkommune.dk|Egedal Kommune|KML
fredensborg.dk|Fredensborg Kommune|W
frederiksberg.dk|Frederiksberg Kommune|KML
frederikssund.dk|Frederikssund Kommune|KML
furesoe.dk|Furesø Kommune|KML
gentofte.dk|Gentofte Kommune|KML
gladsaxe.dk|Gladsaxe Kommune|KML
glostrup.dk|Glostrup Kommune|KML
gribskov.dk|Gribskov Kommune|KML
halsnaes.dk|Halsnæs Kommune|KML
helsingor.dk|Helsingør Kommune|KML
herlev.dk|Herlev Kommune|W
hillerod.dk|Hillerød Kommune|KML
hvidovre.dk|Hvidovre Kommune|KML
htk.dk|Høje-Taastrup Kommune|W
horsholm.dk|Hørsholm Kommune|KML
ishoj.dk|Ishøj Kommune|KML
kk.dk|Københavns Kommune|KML
ltk.dk|Lyngby-Taarbæk Kommune|KML
rudersdal.dk|Rudersdal Kommune|KML
rk.dk|Rødovre Kommune|KML
taarnby.dk|Tårnby Kommune|KML
vallensbaek.dk|Vallensbæk Kommune|KML
faxekommune.dk|Faxe Kommune|KML
greve.dk|Greve Kommune|KML
guldborgsund.dk|Guldborgsund Kommune|KML
holb.dk holbaek.dk|Holbæk Kommune|KML
kalundborg.dk|Kalundborg Kommune|KML
koege.dk|Køge Kommune|KML
lejre.dk|Lejre Kommune|KML
lolland.dk|Lolland Kommune|W
naestved.dk|Næstved Kommune|W
odsherred.dk|Odsherred Kommune|KML
ringsted.dk|Ringsted Kommune|KML
roskilde.dk|Roskilde Kommune|KML
slagelse.dk|Slagelse Kommune|KML
solrod.dk|Solrød Kommune|W
soroe.dk xn--sor-2na.dk|Sorø Kommune|KML
stevns.dk|Stevns Kommune|KML
vordingborg.dk|Vordingborg Kommune|KML
assens.dk|Assens Kommune|KML
billund.dk|Billund Kommune|W
esbjerg.dk esbjergkommune.dk|Esbjerg Kommune|KML
fanoe.dk|Fanø Kommune|KML
fredericia.dk|Fredericia Kommune|KML
fmk.dk faaborgmidtfyn.dk|Faaborg-Midtfyn Kommune|KML
haderslev.dk|Haderslev Kommune|KML
kerteminde.dk|Kerteminde Kommune|KML
kolding.dk|Kolding Kommune|W
langelandkommune.dk|Langeland Kommune|KML
middelfart.dk|Middelfart Kommune|KML
nordfynskommune.dk|Nordfyns Kommune|KML
nyborg.dk|Nyborg Kommune|KML
odense.dk|Odense Kommune|KML
svendborg.dk|Svendborg Kommune|KML
sonderborg.dk sonderborgkommune.dk|Sønderborg Kommune|KML
toender.dk|Tønder Kommune|KML
varde.dk vardekommune.dk|Varde Kommune|KML
vejen.dk vejenkom.dk|Vejen Kommune|KML
vejle.dk|Vejle Kommune|KML
aeroekommune.dk|Ærø Kommune|W
aabenraa.dk|Aabenraa Kommune|KML
favrskov.dk|Favrskov Kommune|W
hedensted.dk|Hedensted Kommune|KML
herning.dk|Herning Kommune|KML
holstebro.dk|Holstebro Kommune|KML
horsens.dk|Horsens Kommune|KML
ikast-brande.dk|Ikast-Brande Kommune|KML
lemvig.dk|Lemvig Kommune|KML
norddjurs.dk|Norddjurs Kommune|W
odder.dk|Odder Kommune|KML
randers.dk|Randers Kommune|KML
rksk.dk|Ringkøbing-Skjern Kommune|KML
samsoe.dk|Samsø Kommune|W
silkeborg.dk silkeborgkommune.dk|Silkeborg Kommune|KML
skanderborg.dk|Skanderborg Kommune|KML
skive.dk skivekommune.dk|Skive Kommune|KML
struer.dk|Struer Kommune|KML
syddjurs.dk|Syddjurs Kommune|KML
viborg.dk|Viborg Kommune|KML
aarhus.dk aarhuskommune.dk|Aarhus Kommune|KML
bronderslev.dk broenderslev.dk 99454545.dk|Brønderslev Kommune|KML
frederikshavn.dk|Frederikshavn Kommune|KML
hjoerring.dk|Hjørring Kommune|KML
jammerbugt.dk|Jammerbugt Kommune|KML
laesoe.dk|Læsø Kommune|W
mariagerfjord.dk|Mariagerfjord Kommune|KML
morsoe.dk|Morsø Kommune|W
rebild.dk|Rebild Kommune|KML
thisted.dk|Thisted Kommune|W
vesthimmerland.dk|Vesthimmerlands Kommune|KML
aalborg.dk|Aalborg Kommune|W
regionh.dk|Region Hovedstaden|REG
regionsjaelland.dk|Region Sjælland|REG
rsyd.dk regionsyddanmark.dk|Region Syddanmark|REG
rm.dk regionmidtjylland.dk|Region Midtjylland|REG
rn.dk regionnordjylland.dk|Region Nordjylland|REG
regioner.dk|Danske Regioner|REG
kl.dk|KL – Kommunernes Landsforening;KL;Kommunernes Landsforening|REG
stm.dk|Statsministeriet|GOV
fm.dk|Finansministeriet|GOV
fmn.dk|Forsvarsministeriet|GOV
um.dk|Udenrigsministeriet|GOV
jm.dk|Justitsministeriet|GOV
im.dk|Indenrigsministeriet|GOV
ism.dk|Indenrigs- og Sundhedsministeriet|GOV
sum.dk|Sundhedsministeriet|GOV
oim.dk|Økonomi- og Indenrigsministeriet|GOV
bm.dk|Beskæftigelsesministeriet|GOV
em.dk|Erhvervsministeriet|GOV
sm.dk|Social- og Boligministeriet|GOV
km.dk|Kirkeministeriet|GOV
kum.dk|Kulturministeriet|GOV
trm.dk|Transportministeriet|GOV
uvm.dk|Børne- og Undervisningsministeriet|GOV
ufm.dk|Uddannelses- og Forskningsministeriet|GOV
skm.dk|Skatteministeriet|GOV
mim.dk|Miljøministeriet|GOV
kefm.dk|Klima-, Energi- og Forsyningsministeriet|GOV
uim.dk|Udlændinge- og Integrationsministeriet|GOV
ft.dk|Folketinget|GOV
ombudsmanden.dk|Folketingets Ombudsmand|GOV
rigsrevisionen.dk|Rigsrevisionen|GOV
skat.dk|Skattestyrelsen;SKAT|GOV
ufst.dk|Udviklings- og Forenklingsstyrelsen|GOV
gaeldst.dk|Gældsstyrelsen|GOV
vurdst.dk|Vurderingsstyrelsen|GOV
toldst.dk|Toldstyrelsen|GOV
motorst.dk|Motorstyrelsen|GOV
borger.dk|borger.dk|GOV
sundhed.dk|sundhed.dk|GOV
politi.dk|Politiet;Rigspolitiet;Københavns Politi;Københavns Vestegns Politi;Nordsjællands Politi;Midt- og Vestsjællands Politi;Sydsjællands og Lolland-Falsters Politi;Bornholms Politi;Fyns Politi;Syd- og Sønderjyllands Politi;Sydøstjyllands Politi;Østjyllands Politi;Midt- og Vestjyllands Politi;Nordjyllands Politi|GOV
anklagemyndigheden.dk|Anklagemyndigheden|GOV
kriminalforsorgen.dk|Kriminalforsorgen|GOV
domstol.dk|Danmarks Domstole|GOV
virk.dk|Virk;Erhvervsstyrelsen|GOV
erst.dk virksomhedsguiden.dk|Erhvervsstyrelsen;Virksomhedsguiden|GOV
datatilsynet.dk|Datatilsynet|GOV
digst.dk|Digitaliseringsstyrelsen|GOV
mitid.dk|MitID|GOV
kombit.dk|KOMBIT|GOV
udbetalingdanmark.dk|Udbetaling Danmark|GOV
atp.dk|ATP|GOV
ast.dk|Ankestyrelsen|GOV
star.dk jobnet.dk|Styrelsen for Arbejdsmarked og Rekruttering;STAR;Jobnet|GOV
at.dk|Arbejdstilsynet|GOV
siri.dk|Styrelsen for International Rekruttering og Integration;SIRI|GOV
sst.dk|Sundhedsstyrelsen|GOV
ssi.dk|Statens Serum Institut|GOV
stps.dk|Styrelsen for Patientsikkerhed|GOV
sundhedsdatastyrelsen.dk|Sundhedsdatastyrelsen|GOV
fmk-online.dk|Fælles Medicinkort|GOV
socialstyrelsen.dk|Socialstyrelsen|GOV
sbst.dk|Social- og Boligstyrelsen|GOV
stil.dk|Styrelsen for IT og Læring|GOV
dst.dk|Danmarks Statistik|GOV
brs.dk|Beredskabsstyrelsen|GOV
sik.dk|Sikkerhedsstyrelsen|GOV
mst.dk|Miljøstyrelsen|GOV
ens.dk|Energistyrelsen|GOV
fvst.dk|Fødevarestyrelsen|GOV
lbst.dk|Landbrugsstyrelsen|GOV
vd.dk|Vejdirektoratet|GOV
forsvaret.dk|Forsvaret|GOV
dmi.dk|DMI|GOV
ku.dk|Københavns Universitet|GOV
au.dk|Aarhus Universitet|GOV
sdu.dk|Syddansk Universitet|GOV
aau.dk|Aalborg Universitet|GOV
dtu.dk|Danmarks Tekniske Universitet|GOV
ruc.dk|Roskilde Universitet|GOV
cbs.dk|Copenhagen Business School|GOV
itu.dk|IT-Universitetet i København|GOV
kp.dk|Københavns Professionshøjskole|GOV
kb.dk|Det Kgl. Bibliotek|GOV
smk.dk|Statens Museum for Kunst|GOV
natmus.dk|Nationalmuseet|GOV
auh.dk|Aarhus Universitetshospital|GOV
ouh.dk|Odense Universitetshospital|GOV
rigshospitalet.dk|Rigshospitalet|GOV
via.dk|VIA University College|GOV
nst.dk|Naturstyrelsen|GOV
kfst.dk|Konkurrence- og Forbrugerstyrelsen|GOV
finanstilsynet.dk|Finanstilsynet|GOV
sdfi.dk|Styrelsen for Dataforsyning og Infrastruktur|GOV
laegemiddelstyrelsen.dk|Lægemiddelstyrelsen|GOV
fvm.dk|Ministeriet for Fødevarer, Landbrug og Fiskeri|GOV
kammeradvokaten.dk|Kammeradvokaten|GOV
patienterstatningen.dk|Patienterstatningen|GOV
nationalbanken.dk|Danmarks Nationalbank|GOV
kongehuset.dk|Kongehuset|GOV
hoejesteret.dk|Højesteret|GOV
fmi.dk|Forsvarsministeriets Materiel- og Indkøbsstyrelse|GOV
hjv.dk|Hjemmeværnet|GOV
bane.dk|Banedanmark|GOV
nyidanmark.dk|Ny i Danmark|GOV
ucl.dk|UCL Erhvervsakademi og Professionshøjskole|GOV
ucn.dk|Professionshøjskolen UCN|GOV
ucsyd.dk|UC SYD|GOV
phabsalon.dk|Professionshøjskolen Absalon|GOV
e-boks.dk|e-Boks|ORG
kmd.dk|KMD|ORG
netcompany.com|Netcompany|ORG
dr.dk|DR|ORG
tv2.dk|TV 2|ORG
dsb.dk|DSB|ORG
postnord.dk postnord.com|PostNord|ORG
tdc.dk|TDC|ORG
sas.dk|SAS|ORG
lb.dk|LB Forsikring|ORG
mp.dk|MP Pension|ORG
jv.dk|JydskeVestkysten|ORG
aal.dk|Aalborg Lufthavn|ORG
cph.dk|Københavns Lufthavn|ORG
ase.dk|ASE|ORG
dba.dk|DBA|ORG
bec.dk|BEC Financial Technologies|ORG
sdc.dk|SDC|ORG
ikea.dk|IKEA|ORG
dn.dk|Danmarks Naturfredningsforening|ORG
ae.dk|Arbejderbevægelsens Erhvervsråd|ORG
dgi.dk|DGI|ORG
dif.dk|Danmarks Idrætsforbund|ORG
dbu.dk|DBU|ORG
ok.dk|OK|ORG
danskebank.dk|Danske Bank|ORG
nordea.dk|Nordea|ORG
jyskebank.dk|Jyske Bank|ORG
bt.dk|B.T.|ORG
eb.dk|Ekstra Bladet|ORG
jp.dk|Jyllands-Posten|ORG
pol.dk|Politiken|ORG
hk.dk|HK|ORG
foa.dk|FOA|ORG
3f.dk|3F|ORG
dm.dk|Dansk Magisterforening|ORG
fh.dk|Fagbevægelsens Hovedorganisation|ORG
di.dk|Dansk Industri|ORG
da.dk|Dansk Arbejdsgiverforening|ORG
dsr.dk|Dansk Sygeplejeråd|ORG
ida.dk|IDA|ORG
lf.dk|Landbrug & Fødevarer|ORG
fck.dk|F.C. København|ORG
fcm.dk|FC Midtjylland|ORG
fcn.dk|FC Nordsjælland|ORG
agf.dk|AGF|ORG
ob.dk|OB – Odense Boldklub|ORG
fdm.dk|FDM|ORG
rmc.dk|Rytmisk Musikkonservatorium|ORG
gmail.com googlemail.com|Gmail|MAIL
hotmail.com hotmail.dk outlook.com outlook.dk live.com live.dk msn.com|Microsoft Outlook.com|MAIL
yahoo.com yahoo.dk|Yahoo Mail|MAIL
icloud.com me.com mac.com|iCloud Mail|MAIL
aol.com|AOL Mail|MAIL
protonmail.com protonmail.ch proton.me pm.me|Proton Mail|MAIL
gmx.com gmx.net gmx.de|GMX|MAIL
mail.com|mail.com|MAIL
mail.dk|mail.dk|MAIL
jubii.dk|Jubii|MAIL
webspeed.dk|Webspeed|MAIL
stofanet.dk|Stofa|MAIL
youmail.dk yousee.dk|YouSee|MAIL
get2net.dk|get2net|MAIL
fibianet.dk|Fibia|MAIL
tdcadsl.dk mail.tele.dk post.tele.dk|TDC|MAIL
ofir.dk|Ofir|MAIL`;

export type BodySource = "KML" | "W" | "REG" | "GOV" | "ORG" | "MAIL";

export interface KnownOrganisation {
  /** The name shown to the caseworker, e.g. "Københavns Kommune". */
  name: string;
  /** Other names people write in display names ("KL", "SKAT"). */
  aliases: string[];
  /** Every known mail domain, the main one first. */
  domains: string[];
  source: BodySource;
  /** A public body (municipality, region, state) rather than a company or mail provider. */
  public: boolean;
  webmail: boolean;
}

let organisations: KnownOrganisation[] | undefined;
let byDomain: Record<string, KnownOrganisation> | undefined;

function load(): KnownOrganisation[] {
  if (organisations) return organisations;
  const list: KnownOrganisation[] = [];
  const index: Record<string, KnownOrganisation> = Object.create(null);
  for (const line of DATA.split("\n")) {
    const [domains = "", names = "", source = ""] = line.split("|");
    const [name = "", ...aliases] = names.split(";");
    const org: KnownOrganisation = {
      name,
      aliases,
      domains: domains.split(" "),
      source: source as BodySource,
      public: source !== "ORG" && source !== "MAIL",
      webmail: source === "MAIL",
    };
    list.push(org);
    // The first row that names a domain owns it (virk.dk is Virk, run by Erhvervsstyrelsen).
    for (const d of org.domains) if (!index[d]) index[d] = org;
  }
  organisations = list;
  byDomain = index;
  return list;
}

export function knownOrganisations(): readonly KnownOrganisation[] {
  return load();
}

/**
 * The organisation that owns this domain (lower-case ASCII) or a parent of it, if known:
 * jobcenter.randers.dk belongs to Randers Kommune.
 */
export function findKnownOrganisation(domain: string): KnownOrganisation | undefined {
  load();
  if (!byDomain || typeof domain !== "string") return undefined;
  let rest = domain.toLowerCase();
  while (rest.indexOf(".") > 0) {
    const hit = byDomain[rest];
    if (hit) return hit;
    rest = rest.slice(rest.indexOf(".") + 1);
  }
  return undefined;
}

/** The public body (municipality, region, KL, ministry, agency …) that owns this domain. */
export function findPublicBody(domain: string): KnownOrganisation | undefined {
  const org = findKnownOrganisation(domain);
  return org && org.public ? org : undefined;
}

/** Webmail and ISP mail domains: where citizens' private addresses live. */
export function isWebmailDomain(domain: string): boolean {
  const org = findKnownOrganisation(domain);
  return !!org && org.webmail;
}

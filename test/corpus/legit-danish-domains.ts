// Legitimate Danish domains for the false-positive check of the lookalike finder: companies,
// associations, local institutions whose names contain a municipality's name, media, schools,
// and invented one-person-firm domains (marked in the comment). None of them is a lookalike of a
// protected domain in the evaluation policy, though many sit near one.
export const LEGIT_DANISH_DOMAINS: string[] = `
novonordisk.com lego.com maersk.com carlsberg.dk vestas.com orsted.dk danfoss.dk grundfos.dk coloplast.dk
pandora.net dsv.com netcompany.com jysk.dk matas.dk salling.dk coop.dk rema1000.dk lidl.dk netto.dk bilka.dk
foetex.dk elgiganten.dk power.dk proshop.dk komplett.dk zalando.dk boozt.com magasin.dk illum.dk
danskebank.dk nordea.dk jyskebank.dk sydbank.dk sparnord.dk arbejderneslandsbank.dk nykredit.dk realkredit.dk
totalkredit.dk bankdata.dk nets.eu mobilepay.dk tryg.dk topdanmark.dk almbrand.dk codan.dk lb.dk gjensidige.dk
pfa.dk pensiondanmark.dk sampension.dk industriensPension.dk mp.dk akademikerpension.dk
telenor.dk telia.dk yousee.dk 3.dk norlys.dk andelenergi.dk ewii.dk energifyn.dk
dr.dk tv2.dk politiken.dk berlingske.dk jyllands-posten.dk information.dk weekendavisen.dk ekstrabladet.dk
bt.dk borsen.dk altinget.dk fyens.dk nordjyske.dk jv.dk stiften.dk amtsavisen.dk herningfolkeblad.dk
dsb.dk movia.dk midttrafik.dk fynbus.dk nordjyllandstrafikselskab.dk rejsekort.dk rejseplanen.dk
cph.dk aal.dk billund-airport.dk sas.dk norwegian.com
ku.dk au.dk sdu.dk aau.dk dtu.dk ruc.dk cbs.dk itu.dk kp.dk via.dk ucl.dk ucn.dk ucsyd.dk kea.dk easv.dk
eal.dk zealand.dk tec.dk nextkbh.dk sosuh.dk sosu-nord.dk aarhustech.dk mercantec.dk
ida.dk djoef.dk dm.dk hk.dk foa.dk 3f.dk dsr.dk dlf.org bupl.dk socialraadgiverne.dk laeger.dk
di.dk da.dk danskerhverv.dk lf.dk dn.dk dgi.dk dif.dk dbu.dk ase.dk krifa.dk
kb.dk natmus.dk smk.dk louisiana.dk aros.dk tivoli.dk zoo.dk bakken.dk legoland.dk
ok.dk circlek.dk q8.dk shell.dk
visitaarhus.dk visitodense.dk visitvejle.dk visitherning.dk visitaalborg.dk visitrandersdk.com visitnordsjaelland.com
randersfc.dk randersregnskov.dk randersbib.dk randers-gymnasium.dk randershf.dk
aakb.dk aarhusvand.dk aarhusteater.dk musikhusetaarhus.dk aarhushavn.dk aarhus-festuge.dk aarhusboligforening.dk
odensebib.dk odensezoo.dk odense-marcipan.dk odensecentrum.dk odensefjernvarme.dk
aalborgzoo.dk aalborghandelsskole.dk aalborgbibliotekerne.dk aalborgforsyning.dk aalborg-lufthavn.dk
vejlebib.dk vejleboldklub.dk vejlefjord.dk vejle-amts-avis.dk
herningbib.dk herninggymnasium.dk herning-centret.dk
helsingorbib.dk helsingor-theater.dk helsingorgymnasium.dk
hjoerringbib.dk hjoerring-gymnasium.dk
frederiksberggymnasium.dk frederiksbergforsyning.dk frederiksbergcentret.dk
skatteankestyrelsen.dk skatterevisor.dk borgerforslag.dk borgerraadgiveren.dk
sundhedsstyrelsen.dk sundhedsplatformen.dk sundhedsjobs.dk politiforbundet.dk
regionshospitalet-randers.dk auh.dk ouh.dk rigshospitalet.dk herlevhospital.dk
kkik.dk kkbib.dk kk-handel.dk
lund-vvs.dk familienbak.dk dahl-consult.dk krogh-tandklinik.dk bjerre-regnskab.dk friis-familien.dk
koch-advokat.dk juhl-el.dk schmidt-maleren.dk storm-psykolog.dk berg-toemrer.dk kofoed-design.dk nygaard-it.dk
ravn-familie.dk holst-fysio.dk hansen-tag.dk jensens-bageri.dk nielsenvvs.dk pedersen-revision.dk
andersen-auto.dk christensenbyg.dk larsen-kloak.dk soerensen-el.dk rasmussens.dk petersen-ure.dk
madsen-murer.dk kristensen-advokater.dk olsen-consult.dk thomsen-vvs.dk poulsen-ejendomme.dk
johansen-tandlaege.dk knudsen-revision.dk moellers.dk mortensen-maler.dk jakobsenfysioterapi.dk
anders-andersen.dk hans-jensen.dk mette-frederiksen.dk ejendomsmaegler-aarhus.dk tandlaege-odense.dk
gmail.com hotmail.com outlook.com outlook.dk live.dk yahoo.dk mail.dk jubii.dk icloud.com protonmail.com
webspeed.dk stofanet.dk youmail.dk get2net.dk
`
  .split(/\s+/)
  .filter((d) => d !== "")
  .map((d) => d.toLowerCase());

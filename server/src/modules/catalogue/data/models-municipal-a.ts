/**
 * Report 002, chapter 2, sections 2.1–2.8: models within a municipality (level 1) and between
 * municipalities (level 2). Text in bokmål, close to the report's own words; numbers exactly as
 * the report gives them; null or empty where the report is silent.
 */
import type { CollaborationModelContent } from '../domain/model.js';
import { chapter4Source, coordination, facts, reportSource } from './report-002.js';

const senjalegen: CollaborationModelContent = {
  slug: 'senjalegen-interkommunal-legetjeneste-med-utekontor',
  reportSection: '2.1',
  title: 'Interkommunal legetjeneste med utekontor i tre kommuner',
  idealTypeSummary: [
    'Modellen forutsetter kommunalt ansatte fastleger, som betjener utekontor på deltid.',
    'Fastlegen er ansatt i én kommune, men tjenestegjør i to.',
    'Fastlegen har offentlige legetjenester også i utekontor-kommunen.',
    'Fastlegen får lønnstillegg for å betjene utekontor.',
    'Transport til og fra utekontor inngår i arbeidstiden og dekkes av arbeidsgiver.',
  ],
  inspiredBy: 'Senjalegen (Lenvik, Berg, Torsken og Tranøy)',
  levels: ['between_municipalities'],
  domains: ['gp_service'],
  sites: [
    { municipality: 'Lenvik', county: 'Troms', population: 11300, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 120 },
    { municipality: 'Tranøy, Torsken og Berg', county: 'Troms', population: 3200, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'mixed',
  purpose:
    'Å møte behovet for legetjenester i tre utkantkommuner gjennom samarbeid med en stor kommune. Samarbeidet omfatter fastlegeordningen, allmennmedisinske offentlige legeoppgaver og samfunnsmedisinske oppgaver (fra 2011).',
  participants: [
    'Lenvik kommune (vertskommune)',
    'Berg, Torsken og Tranøy kommuner',
    'Senjalegen-kontoret på Silsand i Lenvik (5 leger og 2 turnusleger)',
    'Fire utekontor i de tre små kommunene',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Hver fastlege knyttet til Silsand-kontoret har to arbeidsplasser: hovedkontoret på Silsand og ett utekontor, som legen reiser ut til én til to dager i uka. Fastlegene har i tillegg offentlige legeoppgaver (helsestasjon, skolehelse, sykehjemstjeneste m.m.).',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: 'Å møte behovet for legetjenester i tre utkantkommuner gjennom samarbeid med en stor kommune.',
  trigger: 'De minste kommunene hadde i lang tid hatt ustabil bemanning av fastleger.',
  phases: [
    'Etablert høsten 2009: fastlegeordningen og allmennmedisinske offentlige legeoppgaver',
    'Fra 2011: også samfunnsmedisinske oppgaver',
  ],
  coordination: coordination({
    rolesAndResponsibilities:
      'Fastlegen er ansatt i én kommune, men tjenestegjør i to, og har offentlige legeoppgaver også i utekontor-kommunen.',
    routines:
      'Samarbeidsrutinene har måttet gå seg til; legene må lære seg rutinene, organiseringen og de ulike tilbudene i hver kommune.',
    partners: 'Fire kommuner (vertskommunen og tre små kommuner), 23 leger til sammen',
    timeSetAside: 'Fastlegen er på utekontoret én til to dager i uka; reisetiden er en del av arbeidstiden.',
    conflictSources:
      'Logistikken ved to arbeidsplasser; ulike tilbud i kommunene (særlig sykehjemstjeneste); møter må legges til dagene legen er på utekontoret.',
  }),
  financing:
    'Det koster penger å ha utekontor: fastlegene bruker to leiebiler, transporttiden er en del av arbeidstiden, transportkostnadene dekkes, og leger som betjener utekontor har et lønnstillegg på 50 000 kroner.',
  tariffs: 'Reisetiden til og fra utekontor gir ikke inntjening gjennom takster (kap. 4).',
  legalBasis: [],
  prerequisites: [
    'Krever kommunalt ansatte fastleger (fastlønn): kommunene betaler transporten og reisetid uten takstinntekter, og gir lønnstillegg (kap. 4)',
  ],
  experiences: {
    works: [],
    challenges: [
      'Logistikken ved å ha to arbeidsplasser; legene må bruke tid på å lære seg å arbeide slik',
      'Legene må lære seg samarbeidsrutinene, organiseringen og tilbudene i kommunene; tilbudet om sykehjemstjeneste er svært ulikt',
      'Møtedeltakelse: NAV Gryllefjord må kalle inn til møter (f.eks. dialogmøter ved sykmelding) de dagene legene er på utekontoret der',
      'Samarbeidsrutinene har måttet gå seg til',
    ],
  },
  facts: facts(
    ['Innbyggere i vertskommunen Lenvik', '11 300'],
    ['Innbyggere i Tranøy, Torsken og Berg til sammen', '3 200'],
    ['Leger i de fire kommunene', '23, hvorav 10 kommunalt ansatt (derav 2 samfunnsmedisinske stillinger); de øvrige er private'],
    ['Leger med utekontor', 'Alle er fastlønnet'],
    ['Senjalegen-kontoret på Silsand', '5 leger og 2 turnusleger'],
    ['Utekontor', '4 utekontor i 3 kommuner, inntil 7 mil fra hovedkontoret'],
    ['Reisetid fra Lenvik til nærmeste sykehus', '2 timer'],
    ['Lokalmedisinsk senter', 'Lenvik har lokalmedisinsk senter'],
    ['Lønnstillegg for å betjene utekontor', '50 000 kroner'],
    ['Etablert', 'Høsten 2009'],
    ['Rekruttering og fagutvikling', 'Vertskommunen har hatt betydelige fortrinn etter etableringen (Nordby 2012)'],
    ['Merknad om kilden', 'Overskriften sier tre kommuner; teksten beskriver vertskommunen og tre små kommuner, fire i alt'],
  ),
  status: 'established',
  sources: [reportSource('§2.1', 'L601–663', 'Fastlege Karsten Kehlet'), chapter4Source('L1903–1919')],
};

const grongNamsskogan: CollaborationModelContent = {
  slug: 'grong-namsskogan-felles-kommuneoverlege',
  reportSection: '2.2',
  title: 'Interkommunalt samarbeid om kommuneoverlege og legetjeneste',
  idealTypeSummary: [
    'Kommuneoverlegestilling som dekker to kommuner (liten og bitteliten).',
    'Kommuneoverlegestillingen er lokalisert til den største kommunen.',
    'Fastlegen som er kommuneoverlege er leid ut til den minste kommunen fire dager i uka.',
    'Samarbeid gir et større faglig kollegium.',
  ],
  inspiredBy: 'Grong og Namsskogan kommuner',
  levels: ['between_municipalities'],
  domains: ['chief_physician', 'gp_service'],
  sites: [
    { municipality: 'Grong', county: 'Nord-Trøndelag', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
    { municipality: 'Namsskogan', county: 'Nord-Trøndelag', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'municipal',
  purpose:
    'Én felles kommuneoverlege for to kommuner, som de nye lovene (folkehelseloven og helse- og omsorgstjenesteloven) åpnet for fra nyttår 2013, og en felles legetjeneste styrt fra legekontoret på Grong.',
  participants: [
    'Grong kommune',
    'Namsskogan kommune',
    'Fastlegen i Namsskogan (ansatt i Grong, kommuneoverlege for begge kommunene)',
    'Legekontoret på Grong og dets avdelingsleder',
  ],
  gpRole: {
    intensity: 'passive',
    description:
      'Felles kommuneoverlege er en samarbeidsmodell der fastlegene er ganske perifere. Konsekvensen for fastlegen er først og fremst at den forholder seg til en kommuneoverlege som kan være lokalisert i en annen kommune enn den fastlegen jobber i.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [
    'Stillingsprosenten er foreløpig 20 %, men blir muligens utvidet noe',
    'Nok en kommune er aktuell for å være med i samarbeidet',
  ],
  coordination: coordination({
    rolesAndResponsibilities:
      'Fastlegen i Namsskogan er ansatt i Grong, har kontordager i Namsskogan 4 dager per uke og er kommuneoverlege for Grong og Namsskogan. Kommuneoverlegerollen utøves i hovedsak fra Grong. Legekontoret på Grong styrer legetjenesten i Namsskogan.',
    partners: 'To kommuner (en tredje er aktuell)',
    timeSetAside: 'Kommuneoverlegestilling på 20 %; 4 kontordager per uke i Namsskogan',
  }),
  financing: 'Grong selger 20 % av lederressursen til avdelingslederen ved legekontoret på Grong til Namsskogan.',
  tariffs: null,
  legalBasis: [
    'Folkehelseloven: fra 2013 åpning for én felles kommuneoverlege for flere kommuner',
    'Lov om kommunale helse- og omsorgstjenester (helse- og omsorgstjenesteloven), fra 2013',
  ],
  prerequisites: [],
  experiences: { works: ['Legen i Namsskogan blir del av et større faglig kollegium'], challenges: [] },
  facts: facts(
    ['Kommuner med kommuneoverlege i 2012', '82 prosent; de øvrige har i hovedsak avtale med kommunens fastleger (Helgesen og Hofstad 2012)'],
    ['Kommuneoverlegestilling', '20 %'],
    ['Kontordager i Namsskogan', '4 dager per uke'],
    ['Krav til kommuneoverlegen', 'Det er ikke krav om spesialisering i samfunnsmedisin'],
  ),
  status: 'established',
  sources: [reportSource('§2.2', 'L664–707')],
};

const stavangerHats: CollaborationModelContent = {
  slug: 'stavanger-kommuneoverleger-med-flere-hatter',
  reportSection: '2.3',
  title: 'Kommuneoverlegearbeid i stor by – delt av fastleger med flere hatter',
  idealTypeSummary: [
    'Delte stillinger i to dimensjoner: kommuneoverlegestillingen deles på flere personer.',
    'Alle som deler på kommuneoverlegestillingen jobber også som fastleger.',
    'Organiseringen er en nøkkel til bedre samhandling i lokale samarbeidsorganer: flere roller gir breiere erfaring og kompetanse, som er positivt for samhandlingen mellom kommune og fastlege.',
  ],
  inspiredBy: 'Stavanger',
  levels: ['within_municipality'],
  domains: ['chief_physician'],
  sites: [{ municipality: 'Stavanger', county: 'Rogaland', population: 127000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose:
    'En hensikt som man i ettertid kan tilskrive modellen, er en positiv samarbeidseffekt for samarbeidet mellom fastleger og kommunen.',
  participants: [
    'Fem fastleger med hver sin 30 % stilling som kommuneoverlege',
    'Tre av de fem har i tillegg en liten stilling som praksiskonsulent i helseforetaket',
    'Stavanger kommune',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Fra 2012 har fire bydeler hver sin kommuneoverlege; den femte har ansvar for eldreomsorgen. De deler ellers oppgavene barn/unge, psykiatri, beredskap, svangerskapsomsorg og turnuslegene. Fem fastleger sitter altså på begge sider av bordet, med 2–3 hatter samtidig.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive:
    'En overbevisning om at flere roller (fastlege, praksiskonsulent og kommuneoverlege) gir breiere erfaring og kompetanse som er positiv i samhandlingssammenheng.',
  trigger:
    'Både litt bevisst og litt tilfeldig: da fastlegeordningen ble innført, hadde Stavanger i en periode ikke helsesjef, og kommuneoverlegene delte denne stillingen og tok et større ansvar for de administrative oppgavene i primærhelsetjenesten.',
  phases: [
    'Innføringen av fastlegeordningen: kommuneoverlegene delte helsesjefstillingen i en periode',
    'Fra 2012: fire bydeler med hver sin kommuneoverlege, og én kommuneoverlege med ansvar for eldreomsorgen',
  ],
  coordination: coordination({
    rolesAndResponsibilities:
      'Fire kommuneoverleger har hver sin bydel, den femte eldreomsorgen; felles oppgaver er barn/unge, psykiatri, beredskap, svangerskapsomsorg og turnuslegene.',
    partners: 'Kommunen, fastlegene og helseforetaket (gjennom praksiskonsulentstillingene)',
    timeSetAside: '30 % kommuneoverlegestilling per fastlege',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: {
    works: [
      'Forbindelsen gjennom personer med flere roller kan gjøre at det ikke så lett blir fronter og polarisering mellom fastleger og kommune, og mellom kommune og helseforetak',
    ],
    challenges: [
      'Vanskelig å rendyrke i en idealmodell: samarbeidet er komplekst, og det gode ryktet kan være sterkt knyttet til lokale kontekster og personer',
    ],
  },
  facts: facts(
    ['Innbyggere', '127 000'],
    ['Sykehus', 'Byen har universitetssykehus'],
    ['Kommuneoverlegestillinger', 'Fem fastleger i hver sin 30 % stilling'],
    ['Praksiskonsulenter blant dem', 'Tre av de fem'],
    ['Omdømme', 'Flere informanter peker på Stavangerområdet som et sted med godt ry for samarbeid med fastlegene'],
    ['Merknad om kilden', 'Innledningen omtaler «et samarbeid om legetjenester mellom fire kommuner», men modellen gjelder Stavanger alene'],
  ),
  status: 'established',
  sources: [reportSource('§2.3', 'L708–759')],
};

const stavangerLsu: CollaborationModelContent = {
  slug: 'stavanger-samarbeidsutvalg-og-allmennlegeutvalg',
  reportSection: '2.4',
  title: 'Lokalt samarbeidsutvalg og allmennlegeutvalg i stor by',
  idealTypeSummary: [
    'Delte stillinger i to dimensjoner: kommuneoverlegestillingen deles på flere personer.',
    'Alle kommuneoverleger jobber også som fastleger og praksiskonsulent.',
    'Organisering som nøkkel til bedre samhandling i lokale samarbeidsorgan og mellom fastleger og helseforetak: flere roller gir breiere erfaring og kompetanse, som er positivt for samhandling mellom kommune, fastleger og foretak.',
  ],
  inspiredBy: 'Stavanger',
  levels: ['within_municipality'],
  domains: ['collaboration_bodies'],
  sites: [{ municipality: 'Stavanger', county: 'Rogaland', population: 127000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose:
    'Allmennlegeutvalgsmøtene er en møteplass der fastleger og kommuneoverleger møtes og kan fatte beslutninger. Det lokale samarbeidsutvalget (LSU) skal legge til rette for at driften av allmennlegetjenesten skjer på en hensiktsmessig måte gjennom samarbeid mellom kommunen og allmennlegene.',
  participants: [
    'Lokalt samarbeidsutvalg (LSU) med like mange representanter fra kommunen og fra allmennlegene',
    'Allmennlegeutvalget (ALU): ca. 100 fastleger i Stavanger',
    'Kommuneoverlegene',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Fastlegene har møteplikt i allmennlegeutvalget, som er forbeholdt legene og velger legenes representanter til LSU. Møtene er på kveldstid og i utgangspunktet sagt å være obligatoriske. Allmennlegene kommer selv med innspill til saker.',
  },
  steering: ['municipality', 'doctor'],
  relationshipType: null,
  motive:
    'En antakelse er at samarbeidet blir mer smidig, uten så sterk polarisering mellom fastleger og kommuneoverlege, når fem er kommuneoverleger i 30 % stilling og samtidig fastleger.',
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities:
      'LSU administrerer allmennlegeutvalget, tar i forkant opp saker som senere skal tas opp der, kan ta mindre saker selv og bestemmer sakskartet og prioriteringen. ALU er et beslutningsorgan for fastleger og kommuneoverleger.',
    routines: 'Allmennlegene melder inn saker; LSU forbehandler og setter sakskartet; allmennlegeutvalget behandler sakene.',
    partners: 'Kommunen og ca. 100 fastleger',
    timeSetAside: 'Allmennlegeutvalget møtes to ganger i halvåret, på kveldstid',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [
    'Sentrale avtaler: kommunen skal ta initiativ til at det opprettes et lokalt samarbeidsutvalg (LSU)',
    'Prop. 91 L (2010–2011) om lov om kommunale helse- og omsorgstjenester',
  ],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Innbyggere', '127 000'],
    ['Fastleger i allmennlegeutvalget', 'Ca. 100'],
    ['Oppmøte i allmennlegeutvalget', 'Rundt halvparten, to ganger i halvåret'],
    ['Typiske saker', 'Administrative saker, rutiner, kvalitet, kapasitetsproblemer på legevakt, åpningstider i ferier; den siste tiden mye om akuttsenger (ø-hjelpssenger)'],
    ['LSU i store og små kommuner', 'LSU tillegges stor betydning i store kommuner, mindre i små (Paulsen et al. 2010)'],
    ['Merknad om kilden', 'Sammendragsboksen sier at alle kommuneoverlegene også er praksiskonsulenter; teksten i §2.3 sier tre av fem'],
  ),
  status: 'established',
  sources: [reportSource('§2.4', 'L760–822')],
};

const indreTromsCancer: CollaborationModelContent = {
  slug: 'indre-troms-interkommunalt-kreftteam',
  reportSection: '2.5',
  title: 'Interkommunalt tverrfaglig ambulerende kreftteam',
  idealTypeSummary: [
    'Modellen er basert på en sammenslåing av ressurser fra flere kommuner for å skape et fagteam/fagmiljø rundt en pasientgruppe.',
    'En fastlege er «ressurslege» for fagteamet.',
    'Andre fastleger er samarbeidspartnere til fagteamet.',
  ],
  inspiredBy: 'Indre Troms (Målselv, Bardu, Salangen og Lavangen)',
  levels: ['between_municipalities'],
  domains: ['cancer_palliative'],
  sites: [
    { municipality: 'Målselv, Bardu, Salangen og Lavangen', county: 'Troms', population: 13700, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'mixed',
  purpose:
    'Kreftteamet skal i første omgang ta for seg prosedyrene i kommunene for kreftomsorg, bistå i fagutvikling, lage et større fagmiljø blant annet gjennom fagdager, og om mulig bidra i enkelttilfeller (pasientcase).',
  participants: [
    'To kreftsykepleiere fra én av kommunene',
    'Én ressurssykepleier fra hver av de tre andre kommunene (som ikke har kreftsykepleiere)',
    'En kreftkoordinator',
    'En fastlege som ressurslege',
    'Pasientenes fastleger ved pasientcase',
  ],
  gpRole: {
    intensity: 'passive',
    description:
      'En fastlege er foreløpig knyttet til teamet som «ressurslege», som kan komme med innspill og eventuelt delta på møter. Ved pasientcase skal teamet forholde seg til pasientenes fastleger.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: 'Fire relativt små kommuner ønsker å slå sammen ressurser og lage et større fagmiljø sammen (kap. 4).',
  trigger: null,
  phases: [
    'Under etablering: en arbeidsgruppe av kreft- og ressurssykepleiere, kreftkoordinator og én fastlege',
    'Plan: frikjøpe en fastlege til møtevirksomhet, knyttet til søknad om midler til cytostatikabehandling i kommunene',
  ],
  coordination: coordination({
    rolesAndResponsibilities: 'Ressurslegen gir innspill og deltar eventuelt på møter; ved pasientcase forholder teamet seg til pasientens fastlege.',
    partners: 'Fire kommuner',
    conflictSources: 'Reiseavstanden mellom kommunene gjør det utfordrende å få teamet til å fungere i praksis.',
  }),
  financing:
    'Planen er etter hvert å frikjøpe en fastlege til møtevirksomhet; dette er knyttet til søknad om midler til utvikling av tilbud med cytostatikabehandling i kommunene.',
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: {
    works: [],
    challenges: [
      'Hvordan teamet skal fungere i praksis på grunn av reiseavstanden mellom kommunene; foreløpig uklart hvordan det skal håndteres',
    ],
  },
  facts: facts(
    ['Innbyggere i de fire kommunene til sammen', '13 700'],
    ['Reiseavstand til nærmeste sykehus', 'Mellom 13 og 20 mil til UNN Tromsø, eller mellom 7 og 12 mil til UNN Narvik'],
    ['Fastleger', 'Enten ansatt i kommunene eller private'],
  ),
  status: 'in_development',
  sources: [reportSource('§2.5', 'L823–877', 'Prosjektleder Hege Hammer Bech'), chapter4Source('L1936–1940')],
};

const altaDiabetes: CollaborationModelContent = {
  slug: 'alta-kommunalt-diabetesteam',
  reportSection: '2.6',
  title: 'Kommunalt diabetesteam som utløser takst',
  idealTypeSummary: [
    'Lokale samarbeids- og behandlingsrutiner for oppfølging av pasienter med diabetes type 1 og 2.',
    'To diabetessykepleiere samarbeider med en fastlege; virksomheten er knyttet til en legehjemmel og kan utløse forskjellige typer takster.',
    'Pasientens fastlege (eventuelt spesialist) har det overordnede medisinske ansvaret for pasientbehandlingen.',
    'Diabetesteamet representerer et substitutt til poliklinisk spesialistbehandling.',
    'Svake økonomiske insentiver gjør at virksomheten er en merkostnad for kommunen, men gevinst for pasienter og helseforetak.',
  ],
  inspiredBy: 'Alta',
  levels: ['within_municipality'],
  domains: ['chronic_care'],
  sites: [{ municipality: 'Alta', county: 'Finnmark', population: 19000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 120 }],
  gpOfficeKind: 'unknown',
  purpose:
    'Å bedre diagnostikk, behandling og oppfølging av pasienter med diabetes, og å utvikle lokale samarbeids- og behandlingsrutiner for denne pasientgruppen (Eggesvik 1995).',
  participants: [
    'To diabetessykepleiere (til sammen 80 % stilling)',
    'En fastlege (ca. 2 timer per uke)',
    'Pasientens fastlege (eventuelt spesialist)',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Pasientens fastlege (eller en spesialist) har det overordnede medisinske ansvaret for pasientbehandlingen, men behandling og oppfølging gjennomføres i stor grad av diabetesteamet. Virksomheten er organisatorisk knyttet til en legehjemmel.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Diabetesomsorgen i Alta har vært organisert i et kommunalt diabetesteam siden 1991'],
  coordination: coordination({
    rolesAndResponsibilities:
      'Diabetessykepleierne jobber på delegasjon under en legehjemmel; pasientens fastlege har det overordnede medisinske ansvaret.',
    routines: 'Lokale samarbeids- og behandlingsrutiner for oppfølging av diabetes type 1 og 2',
    partners: 'En fastlege og to diabetessykepleiere',
    timeSetAside: 'Fastlegen ca. 2 timer per uke; sykepleierne til sammen 80 % stilling',
  }),
  financing:
    'Teamet gir økonomisk gevinst for pasienter, helseforetak og arbeidsgivere, men er en merkostnad for kommunen (Abelsen og Gaski 2011). Kommunal medfinansiering gir mulighet for gevinst, men de svake insentivene gjør at teamet fortsatt vil være en merkostnad for kommunen.',
  tariffs: 'Virksomheten er knyttet til en legehjemmel; sykepleierne jobber på delegasjon og kan utløse forskjellige typer takster.',
  legalBasis: [],
  prerequisites: ['Virksomheten knyttes til en legehjemmel, slik at arbeid på delegasjon kan utløse takster'],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Innbyggere', '19 000'],
    ['Reisetid til nærmeste sykehus', '2 timer'],
    ['Diabetespasienter i Alta', 'Ca. 600 (diabetes type 1 og 2)'],
    ['Lokalmedisinsk senter', 'Blant annet indremedisiner, ernæringsfysiolog og øyespesialist; fundusfotografering'],
    ['Kommunalt diabetesteam siden', '1991'],
    ['Henvisninger', 'Lavt innslag av type 1-pasienter henvist fra Alta ses som tegn på at teamet er et substitutt til poliklinisk spesialistbehandling (Abelsen og Gaski 2011)'],
  ),
  status: 'established',
  sources: [reportSource('§2.6', 'L878–929'), chapter4Source('L1887–1892')],
};

const eikerDementia: CollaborationModelContent = {
  slug: 'eiker-fastleger-og-demensteam',
  reportSection: '2.7',
  title: 'Samarbeid mellom fastleger og demensteam',
  idealTypeSummary: [
    'Demensteamet utreder og følger opp demente pasienter.',
    'Teamet består av to faste sykepleiere og en sykehjemslege.',
    'Innspill fra sykehusleger tas med i utredningene.',
    'Fastlegen har i dette tilfellet en passiv rolle; får utredning og holdes informert.',
  ],
  inspiredBy: 'Øvre Eiker og Nedre Eiker (generell modell med eksempel fra to nabokommuner)',
  levels: ['within_municipality'],
  domains: ['dementia_elderly'],
  sites: [
    { municipality: 'Øvre Eiker', county: 'Buskerud', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
    { municipality: 'Nedre Eiker', county: 'Buskerud', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'unknown',
  purpose:
    'Fastlegene tilbys en egen utredning fra demensteamet, fordi det er tidkrevende for en fastlege å få gjort utredningsjobben. Det er en ambisjon at teamet også skal gi tjenester utenfor sykehjemmet.',
  participants: ['To faste sykepleiere (deltidsstillinger)', 'En sykehjemslege (100 %)', 'Sykehusleger (forslag tas med i utredningen)', 'Fastlegene'],
  gpRole: {
    intensity: 'passive',
    description: 'Fastlegene får utredning og holdes informert, og kan ta initiativ til utredning fra demensteamet.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: 'Det er tidkrevende for en fastlege å få gjort utredningsjobben.',
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities:
      'Demensteamet tar initiativ til utredningen. Helseansatte, inkludert fastlegene, kan kontakte teamet om begynnende demente så tidlig som mulig.',
    partners: 'Demensteamene i to nabokommuner samarbeider',
    informationChannels: 'Fastlegen får utredningen og holdes informert',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Kommuner med demensteam', '45 prosent'],
    ['Demensteam som inkluderer en fastlege', 'Drøyt halvparten (Gausdal og Michelet 2011)'],
    ['Fastleger i teamet i Øvre Eiker', 'Fastleger er ikke lenger med i teamet'],
    ['Merknad om kilden', 'Rapporten fant ingen lokal modell pekt ut som eksempel til etterfølgelse; den beskriver fastlegens rolle i modellen i Øvre og Nedre Eiker'],
  ),
  status: 'general_model',
  sources: [reportSource('§2.7', 'L930–979', 'Kommuneoverlegen i Øvre og Nedre Eiker', '2013-03')],
};

const ferskvare1234: CollaborationModelContent = {
  slug: 'larvik-ferskvare-1234',
  reportSection: '2.8',
  title: 'Samarbeid om oppfølging av sykefravær: Ferskvare 1234',
  idealTypeSummary: [
    'Fastlegene er sentrale i sykefraværsarbeid.',
    'Systemet sikrer tydelighet om hvem som skal følge opp at sykefraværet blir kortest mulig: lege, NAV eller arbeidsgiver.',
    'Ferskvare 1234 gir et bevisst fokus hos fastlegen.',
  ],
  inspiredBy: 'Larvik kommune (NAV Larvik)',
  levels: ['within_municipality'],
  domains: ['sick_leave_follow_up'],
  sites: [{ municipality: 'Larvik', county: 'Vestfold', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose:
    'Alle sykmeldinger skal resultere i en ener, toer, treer eller firer: 1 = kortvarig, trenger ikke hjelp fra noen; 2 = medisinsk, med oppfølging fra legen; 3 = arbeidsgiver kan/bør tilrettelegge; 4 = legen vil at NAV skal starte oppfølging. Systemet skal si tydelig hvem legen og den sykmeldte tror har størst påvirkning på at arbeidet kan gjenopptas.',
  participants: ['Den sykmeldte', 'Fastlegen', 'NAV (NAV arbeidslivssenter i Larvik)', 'Arbeidsgiver'],
  gpRole: {
    intensity: 'active',
    description:
      'Det er ikke hos legen sykefraværet oppstår, men det er i hovedsak legen og arbeidstakeren som fastsetter varigheten. Alle sykmeldinger vurderes av legen, og hvis det er medisinske årsaker, skal legen følge opp. Ferskvare 1234 gir et bevisst fokus hos legen og starter en bevisstgjøring hos arbeidstakeren.',
  },
  steering: ['nav'],
  relationshipType: null,
  motive: 'Bedre informasjon mellom de fire partene (sykmeldt, fastlege, NAV, arbeidsgiver) for bedre oppfølging av sykefravær og tidlig intervensjon.',
  trigger:
    'NAV tenkte igjennom hva som måtte til for bedre oppfølging av sykefravær. Legene hadde ulik praksis for hva de informerte om på sykmeldingen, særlig om fremdriften og hvem som kan påvirke at fraværet blir kortest mulig, og legene fikk ikke tilbakemelding fra NAV på hva NAV foretok seg.',
  phases: ['Satt ut i praksis i 2011, først som prosjekt', 'Nå implementert i den daglige driften'],
  coordination: coordination({
    rolesAndResponsibilities:
      'Klassen 1–4 sier hvem som skal følge opp: den sykmeldte selv, legen, arbeidsgiver eller NAV. I Larvik er NAV ofte fastlegens forlengede arm i dialogmøte 1.',
    routines: 'Alle sykmeldinger får en klasse (1–4). Dialogmøter holdes på rett tid, når behovet er der, og ikke på lovbestemte tidspunkt.',
    partners: 'Fire parter: den sykmeldte, fastlegen, NAV og arbeidsgiver',
    technology: 'NAV har en kalender for planlegging av legemøter, slik at NAV vet når legen er ledig',
    informationChannels: 'Klassen på sykmeldingen',
    communicationChannels: 'Legemøter ute på legekontoret; dialogmøter',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [
    'Intensjonsavtalen om et mer inkluderende arbeidsliv (IA-avtalen): fastlegen skal kalles inn til møter om tilpasning av arbeidssituasjonen for egne listepasienter',
    'Lovbestemt dialogmøte 1 innen uke 7, der fastlegen også skal møte',
    'Dialogmøte 2 skal berammes innen 26 uker',
  ],
  prerequisites: [],
  experiences: {
    works: [
      'Tydelighet om hvem som skal følge opp at sykefraværet blir kortest mulig: lege, NAV eller arbeidsgiver',
      'Et bevisst fokus hos fastlegen og en bevisstgjøring hos arbeidstakeren',
    ],
    challenges: ['Oppfatningen i Larvik er at dialogmøte 2 (berammes innen 26 uker) er alt for sent'],
  },
  facts: facts(
    ['Klasse 1', 'Kortvarig, trenger ikke hjelp fra noen'],
    ['Klasse 2', 'Medisinsk, med oppfølging fra legen'],
    ['Klasse 3', 'Arbeidsgiver kan/bør tilrettelegge'],
    ['Klasse 4', 'Legen vil at NAV skal starte oppfølging'],
    ['Dialogmøte 1 andre steder', 'Andre steder er NAV sjelden med på dialogmøte 1'],
    ['NAV-møter', 'NAV innkaller også til møte etter 6 måneder og etter 1 år, der fastlegen skal møte (fotnote 6)'],
    ['Bakgrunn', 'Effekten av dialogmøter og oppfølgingsplaner er ikke evaluert (Bjørner 2013); systemet beskrives som for rigid og ressurskrevende (Ose et al. 2013)'],
    ['Kapittel 4', 'Eksempel på en mer bevisst og aktiv fastlegerolle'],
  ),
  status: 'established',
  sources: [reportSource('§2.8', 'L980–1042', 'Bjørnar Berge, NAV Larvik'), chapter4Source('L1893–1899')],
};

export const MUNICIPAL_MODELS_A: readonly CollaborationModelContent[] = [
  senjalegen,
  grongNamsskogan,
  stavangerHats,
  stavangerLsu,
  indreTromsCancer,
  altaDiabetes,
  eikerDementia,
  ferskvare1234,
];

/**
 * Report 002, chapter 2, sections 2.9–2.15: public health, the interdisciplinary meeting, the
 * sexual-assault centre, emergency-medicine training and the two legevakt models (levels 1 and 2).
 */
import type { CollaborationModelContent } from '../domain/model.js';
import { LONG_DISTANCE_PREREQUISITE, chapter4Source, coordination, facts, reportSource } from './report-002.js';

const barduHealthyLiving: CollaborationModelContent = {
  slug: 'bardu-frisklivssentral',
  reportSection: '2.9',
  title: 'Friskliv og folkehelse',
  idealTypeSummary: [
    'Lavterskeltilbud med veiledning og oppfølging innenfor fysisk aktivitet, kosthold og tobakksbruk.',
    'Frisklivsveiledere.',
    'Fastleger er i en tilbaketrukket rolle, kan henvise.',
    'Samarbeid med fysioterapeut, helsesøster, kulturkontor, ressurspersoner og frivillige organisasjoner.',
  ],
  inspiredBy: 'Bardu kommune',
  levels: ['within_municipality'],
  domains: ['public_health'],
  sites: [{ municipality: 'Bardu', county: 'Troms', population: 4000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose:
    'Et lavterskeltilbud: frisklivssentraler er kommunale kompetansesenter med veiledning og oppfølging innenfor fysisk aktivitet, kosthold og tobakksbruk, med et strukturert henvisnings- og oppfølgingssystem (frisklivssamtaler, reseptperiode, aktiviteter og kurs, egenaktivitet).',
  participants: [
    'Frisklivsveiledere ved frisklivssentralen',
    'Fastlege',
    'Fysioterapeut',
    'Helsesøster',
    'Kulturkontor',
    'Andre ressurspersoner og frivillige organisasjoner',
  ],
  gpRole: {
    intensity: 'passive',
    description:
      'Fastlegen er i en tilbaketrukket rolle og kan henvise. En frisklivsresept kan skrives ut av lege, annet helsepersonell eller NAV, men frisklivsveilederen spiller hovedrollen, blant annet med helsesamtalen som kartlegger motivasjon og muligheter før det lages en plan sammen med deltakeren.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Frisklivsarbeid siden 2001', 'Frisklivssentral siden 2005'],
  coordination: coordination({
    rolesAndResponsibilities: 'Frisklivsveilederen har hovedrollen; lege, annet helsepersonell eller NAV kan skrive ut frisklivsresept.',
    routines: 'Frisklivsresept (tre måneder), helsesamtale, plan sammen med deltakeren, aktiviteter og kurs, egenaktivitet',
    partners: 'Mange: fastlege, fysioterapeut, helsesøster, kulturkontor, ressurspersoner og frivillige organisasjoner',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [
    'Prop. 91 L (2010–2011) om helse- og omsorgstjenesteloven: fastlegens ansvar for forebyggende tjenester',
    'Fastlegeforskriften § 20: fastlegen skal etter individuell vurdering tilby forebyggende tiltak til egne listeinnbyggere',
  ],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Innbyggere', '4 000'],
    ['Frisklivsresept', 'Varer i tre måneder'],
    ['Lokaler', 'Frisklivsveilederne har kontor i idrettshallen, som er utgangspunkt for aktivitetene'],
    ['Aktiviteter', 'Lettspinn, step, styrketrening, røykavvenningskurs, kostveiledning og stavgangsgruppe; egen gruppe forbeholdt menn'],
    ['Folkehelsemeldingen (april 2013)', 'Beskriver fastlegens rolle som en nøkkelrolle i det individrettede forebyggende arbeidet'],
    ['Læring fra Finland', 'Norge kan lære av Finland om å trekke leger inn i frisklivstilbud og få dem til å henvise (Kallings 2010)'],
  ),
  status: 'established',
  sources: [reportSource('§2.9', 'L1043–1089')],
};

const nordkappWednesday: CollaborationModelContent = {
  slug: 'nordkapp-onsdagsmote',
  reportSection: '2.10',
  title: '«Onsdagsmøte» i liten kommune',
  // The section has no summary box in the report's text; these points restate the section's own text.
  idealTypeSummary: [
    'Ukentlig samarbeidsmøte mellom omsorgstjenesten, rehabiliteringsavdelingen og legene.',
    'Ingen saksliste, men en fast prosedyre: først redegjørelse fra åpen omsorg, deretter fra institusjonstjenesten.',
    'Saker meldes inn på forhånd til leder for hjemmebaserte tjenester, som deler ut et skriv dagen før.',
    'Alt som besluttes om pasienter, journalføres i pasientjournalen.',
    'Fastlegene er pliktige til å delta.',
  ],
  inspiredBy: 'Nordkapp kommune',
  levels: ['within_municipality'],
  domains: ['collaboration_bodies'],
  sites: [{ municipality: 'Nordkapp', county: 'Finnmark', population: 3200, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 150 }],
  gpOfficeKind: 'municipal',
  purpose:
    'Et ukentlig samarbeidsmøte der vanskelige spørsmål som krever flere fagfolks deltakelse, løses raskt, og der det skjer kompetanseoverføring; særlig om tjenestetilbudet til brukere med sammensatte utfordringer, for eksempel hjemmeboende med demens.',
  participants: [
    'Legene i Nordkapp kommune',
    'Avdelingsleder på sykestue/korttidsenhet',
    'Leder hjemmetjeneste',
    'Leder rehabilitering/koordinerende enhet',
    'Kreftsykepleier',
    'Helse- og omsorgssjefen',
    'Helsefaglige studenter i praksis (inviteres)',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Fastlegene er pliktige til å delta. Fastlegen er ikke organisert inn i koordinerende enhet, men møter koordinerende enhet med flere på onsdagsmøtet.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Prosedyren for møtet ble utarbeidet på 1990-tallet', 'Brukt gjennom mange år'],
  coordination: coordination({
    routines: 'Redegjørelse først fra åpen omsorg og deretter fra institusjonstjenesten; alle kan komme med saker, som går på runde.',
    writtenGuidelines: 'En skriftlig prosedyre for møtet (fra 1990-tallet); ingen saksliste til hvert enkelt møte.',
    partners: 'Legene og lederne for sykestue, hjemmetjeneste, rehabilitering/koordinerende enhet, kreftsykepleier og helse- og omsorgssjef',
    timeSetAside: 'Ukentlig, knapt 45 minutter',
    informationChannels: 'Saker meldes inn på forhånd til leder for hjemmebaserte tjenester, som lager og deler ut et skriv dagen før.',
    communicationChannels: 'Fysisk møte; beslutninger om pasienter journalføres i pasientjournalen.',
    sharedKnowledge: 'Åpent for å snakke om hvordan man vurderer situasjonen; de tilstedeværende kan komme med faglige bidrag.',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: {
    works: [
      'Onsdagsmøtet er brukt gjennom mange år, og deltakerne vurderer det som veldig bra',
      'Vanskelige spørsmål som krever flere fagfolk, løses raskt',
      'Lite administrativ møteforberedelse',
    ],
    challenges: [],
  },
  facts: facts(
    ['Innbyggere', '3 200'],
    ['Reisetid til nærmeste sykehus', '2,5 timer'],
    ['Fastleger', 'Seks, alle kommunalt ansatt; en ekstra fastlegestilling for å kunne bemanne egen legevakt'],
    ['Møtelengde', 'Knapt 45 minutter'],
  ),
  status: 'established',
  sources: [reportSource('§2.10', 'L1090–1125', 'Kommuneoverlegen i Nordkapp')],
};

const sorRogalandAssault: CollaborationModelContent = {
  slug: 'sor-rogaland-interkommunalt-voldtektsmottak',
  reportSection: '2.11',
  title: 'Interkommunalt voldtektsmottak',
  idealTypeSummary: [
    'Interkommunalt samarbeid om voldtektsmottak.',
    'Samlokalisert med legevakten.',
    'Faste leger og sykepleiere til stede på dagtid, beredskap på kveld, natt og i helg.',
    'Samarbeid med politi, sykehus, barnehus, krisesenter og psykiatrisk sykepleier.',
  ],
  inspiredBy: 'Sør-Rogaland (Stavanger som vertskommune)',
  levels: ['between_municipalities'],
  domains: ['violence_abuse', 'legevakt'],
  sites: [
    { municipality: 'Stavanger (vertskommune for 16 kommuner i Sør-Rogaland)', county: 'Rogaland', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'unknown',
  purpose: 'Et døgnåpent interkommunalt voldtektsmottak for alle kommunene i et område, lokalisert til legevakten i Stavanger.',
  participants: [
    '16 kommuner i Sør-Rogaland, med Stavanger som vertskommune',
    'Faste leger og sykepleiere på dagtid',
    'Leger fra gynekologisk avdeling og legekontor i beredskap kveld, natt og helg (10 leger og 8 sykepleiere)',
    'Politi',
    'Barnehus',
    'Krisesenter',
    'Psykiatrisk sykepleier',
    'Sykehuset',
  ],
  gpRole: {
    intensity: 'passive',
    description:
      'Fastleger er knyttet til mottaket gjennom vaktberedskap. Medisinsk faglig ansvarlig på legevakten er leder for mottaket.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Interkommunalt mottak ved legevakten i Stavanger', 'Fra 2015 skal tilbudet forankres i spesialisthelsetjenesten'],
  coordination: coordination({
    rolesAndResponsibilities: 'Medisinsk faglig ansvarlig på legevakten leder mottaket; fastleger deltar i vaktberedskapen.',
    partners: 'Mange: 16 kommuner, sykehuset, politi, barnehus, krisesenter og psykiatrisk sykepleier',
    timeSetAside: 'Døgnåpent; faste leger og sykepleiere på dagtid, beredskap kveld, natt og helg',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [
    'Meldingen om vold i nære relasjoner (mars 2013): tilbudet til barn og voksne utsatt for seksuelle overgrep skal forankres i spesialisthelsetjenesten fra 2015',
  ],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Kommuner', '16 (alle kommunene i området)'],
    ['Innbyggere i ansvarsområdet', 'Over 300 000'],
    ['Beredskap kveld, natt og helg', '10 leger og 8 sykepleiere'],
    ['Lokalisering', 'De fleste av landets overgrepsmottak er lokalisert på legevakten'],
  ),
  status: 'established',
  sources: [reportSource('§2.11', 'L1126–1158', 'Fagansvarlig sykepleier')],
};

const bjarkoyEmergency: CollaborationModelContent = {
  slug: 'bjarkoy-akuttmedisinsk-samarbeid',
  reportSection: '2.12',
  title: 'Akuttmedisinsk samarbeid i bitteliten kommune',
  idealTypeSummary: [
    'Akuttmedisinsk trening i tverrfaglig samhandling hver sjette uke.',
    'Stor bredde i typen ansatte som øver sammen (sykepleier, lege, legesekretær, helsesøster og ambulansepersonell).',
    'Teoretiske leksjoner som forberedelse til trening.',
    'Debrifing som avslutning av trening.',
  ],
  inspiredBy: 'Bjarkøy (fra 2013 en del av Harstad kommune)',
  levels: ['within_municipality'],
  domains: ['emergency_medicine'],
  sites: [{ municipality: 'Bjarkøy', county: 'Troms', population: 482, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose:
    'Trening i akuttmedisinsk samarbeid. I motsetning til individuell trening gir teamtrening deltakerne mulighet til å lære med, fra og om andres kompetanseområder, profesjonelle roller og erfaringer.',
  participants: [
    'Sykepleiere fra pleie- og omsorgstjenesten',
    'Legesekretær',
    'Helsesøster',
    'Kommuneleger',
    'Lokalt ambulansepersonell (fra 2006)',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Teamlederen (legen) har totaloversikt fordi han har best medisinsk innsikt. Gruppen gjennomfører intern opplæring og praktiske fellesøvelser to timer hver sjette uke: først en leksjon, deretter trening designet for den lokale settingen, og til slutt debrifing.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger:
    'I 2000 fikk alle kommunene i Troms og Finnmark og de fleste kommunene i Nordland nytt standardisert akuttmedisinsk utstyr fra Helse Nord, med en opplæringspakke.',
  phases: [
    'Siden 2000: det lokale helsepersonellet organisert i en akuttgruppe',
    'Fra 2006: lokalt ambulansepersonell deltar i øvelsene',
    'Fra 2013: Bjarkøy er en del av Harstad kommune',
  ],
  coordination: coordination({
    rolesAndResponsibilities:
      'Legen er teamleder med overordnet medisinsk ansvar; de tradisjonelle lederoppgavene deles i teamet.',
    routines: 'Leksjon som forberedelse, trening designet for den lokale settingen, debrifing',
    partners: 'Pleie- og omsorgstjenesten, legetjenesten og ambulansetjenesten',
    timeSetAside: 'To timer hver sjette uke, innenfor ordinær tjeneste og vaktturnus',
    communicationChannels: 'Varsling av akuttgruppen skjer via sykehjemmet, enten fra akuttmedisinsk alarmsentral (AMK) eller fra pasient',
  }),
  financing: 'Sykepleiere, helsesøster og legesekretær mottar et beskjedent årlig tilskudd fra kommunen for deltakelse i akuttgruppen.',
  tariffs: null,
  legalBasis: ['Akuttforskriften § 4: det skal legges til rette for trening i samhandling, gjerne i form av teamtrening'],
  prerequisites: [LONG_DISTANCE_PREREQUISITE],
  experiences: {
    works: ['Ansatte i pleie- og omsorgstjenesten øver i stor grad med legene og ambulansepersonellet; Bjarkøy har en bredde som andre ikke har'],
    challenges: [],
  },
  facts: facts(
    ['Innbyggere', '482'],
    ['Geografi', 'Øykommune på fire øyer'],
    ['Trening', 'To timer hver sjette uke'],
    ['Referansemodell', 'Kommune-BEST (Bedre og systematisk teamarbeid), implementert siden 2003'],
    ['Ambulansetjenesten i lokale akuttøvelser', 'Deltar bare i en firedel av kommunene som driver lokale akuttøvelser (Troms og Finnmark 2009, Hilpüsch et al. 2011)'],
  ),
  status: 'established',
  sources: [reportSource('§2.12', 'L1159–1254', 'Helen Brandstorp, Nasjonalt senter for distriktsmedisin'), chapter4Source('L1926–1935')],
};

const altaTeamTraining: CollaborationModelContent = {
  slug: 'alta-akuttmedisinsk-teamtrening',
  reportSection: '2.13',
  title: 'Akuttmedisinsk teamtrening i stor kommune',
  idealTypeSummary: [
    'Akuttmedisinsk trening i tverrfaglig samhandling en gang hver måned; personell får om lag én trening hvert år.',
    'Ansatte som øver sammen, er sykepleiere, leger og ambulansepersonell.',
    'Teoretiske leksjoner som forberedelse til trening.',
    'Vekt på debrifing som avslutning av trening.',
  ],
  inspiredBy: 'Alta kommune',
  levels: ['within_municipality'],
  domains: ['emergency_medicine'],
  sites: [{ municipality: 'Alta', county: 'Finnmark', population: 19000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 120 }],
  gpOfficeKind: 'mixed',
  purpose:
    'Ett akuttmedisinsk team trenes i måneden, slik at leger og annet personell får om lag én heldags trening per år. Den forberedende leksjonen fokuserer på praktisk traumebehandling og teamarbeidsferdigheter som kommunikasjon og lederskap.',
  participants: [
    'De som er på vakt: 1–2 leger, 2 sykepleiere (fast på legevakten, noen ganger fra sykestua) og 2–4 ambulansepersonell',
    'Instruktører: erfarent ambulansepersonell og 1–2 allmennleger som bytter på',
    'Kommunen ved legevaktansvarlig',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Fastlegen blir teammedlem og ofte teamleder (ikke alltid, for det kan være to leger). Modellen er preget av likeverdighet mellom profesjonene, spesielt i debrifen, der en fasilitator gir ordet like mange ganger til alle i tre runder rundt bordet.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Har holdt på i snart seks år (per 2013)'],
  coordination: coordination({
    rolesAndResponsibilities: 'Kommunen ved legevaktansvarlig holder treningen i gang; instruktørene legger opp treningen; legen er ofte teamleder.',
    routines: '2 timer teori med små praktiske øvelser, ½ time scenariotrening, 45 minutter debrifing, ½ time nytt scenario og ny debrifing',
    partners: 'Legetjenesten, legevakten, sykestua og ambulansetjenesten',
    timeSetAside: 'Ett team i måneden; om lag én heldags trening per person per år, i fastlegenes «kommunale tid»',
    sharedKnowledge: 'Debrifing i tre runder rundt bordet: hva gikk bra, og hva kunne vært gjort annerledes; viktig for lokal kvalitet (kontinuerlig forbedring) og læring',
  }),
  financing: 'Treningen gjøres i fastlegenes «kommunale tid». Alle legene i Alta har forhandlet frem to fagutviklingsdager i året.',
  tariffs: null,
  legalBasis: ['Akuttforskriften § 4: det skal legges til rette for trening i samhandling, gjerne i form av teamtrening'],
  prerequisites: [LONG_DISTANCE_PREREQUISITE],
  experiences: { works: ['Motivasjonen øker når man opplever læringsverdien av treningen'], challenges: [] },
  facts: facts(
    ['Innbyggere', '19 000'],
    ['Reiseavstand til sykehus', 'To timer'],
    ['Trening', 'Ett team i måneden; om lag én trening per person per år, med en dags varighet'],
    ['Private eller kommunalt ansatte leger', 'Har liten betydning for treningen, siden den gjøres i den kommunale tiden'],
    ['Fagutviklingsdager', 'To per år for alle legene i Alta'],
    ['Kunnskapsgrunnlag', 'Deltakelse på 19 teamtreninger i løpet av ett år (Brandstorp et al. 2012)'],
  ),
  status: 'established',
  sources: [reportSource('§2.13', 'L1255–1303', 'Helen Brandstorp'), chapter4Source('L1926–1935')],
};

const altaLegevakt: CollaborationModelContent = {
  slug: 'alta-legevakt-langt-fra-sykehus',
  reportSection: '2.14',
  title: 'Legevakt i stor kommune langt fra sykehus',
  idealTypeSummary: [
    'Heldøgns legevakt for en stor kommune.',
    'Kun fastleger, inkludert turnuskandidater og langtidsvikarer for fastleger, går legevakt.',
    'Fast hjelpepersonell til stede.',
    'Samlokalisering med ambulanse og røntgenavdeling på spesialistpoliklinikk.',
    'Lang vei til sykehus.',
    'Benytter laboratorium som tar avanserte prøver.',
    'Legevaktlege kan reise ut på intermediære enheter.',
  ],
  inspiredBy: 'Legevakten i Alta kommune',
  levels: ['within_municipality'],
  domains: ['legevakt', 'emergency_medicine'],
  // Population and travel time are the report's figures for Alta in §2.6 and §2.13.
  sites: [{ municipality: 'Alta', county: 'Finnmark', population: 19000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 120 }],
  gpOfficeKind: 'unknown',
  purpose:
    'Heldøgns legevakt for én kommune. Alta har en «tung» daglegevakt med over halvparten av henvendelsene på dagtid og flere henvendelser på hverdagene; den er ikke «helgetung» som de fleste andre (Eikeland 2012).',
  participants: [
    'Fastleger, inkludert turnuskandidater og langtidsvikarer for fastleger',
    'Fast hjelpepersonell (sykepleiere)',
    'Ambulansetjenesten (i bygget ved siden av)',
    'Røntgenavdelingen på spesialistpoliklinikken',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Kun fastleger går legevakt: 21 fastleger inkludert tre turnuskandidater. Leger fra legevakten reiser ut til pasienter på intermediære enheter.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities:
      'Daglegevakten: én lege, én turnuslege og to sykepleiere. Kl. 16–08 og helger: én lege og to sykepleiere til kl. 23, deretter lege i hjemmevakt og én sykepleier; en lege har bakvakt hele døgnet.',
    partners: 'Én kommune og én ambulansetjeneste; røntgenavdelingen på spesialistpoliklinikken ved øyeblikkelig hjelp',
    technology: 'Godt utstyrt laboratorium som tar avanserte blodprøver (som blodgass)',
  }),
  financing: null,
  tariffs: null,
  legalBasis: ['Fastlegeforskriften § 13: fritak fra legevakt fra 55 år (tidligere 60)'],
  prerequisites: [LONG_DISTANCE_PREREQUISITE],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Fastleger som går legevakt', '21, inkludert tre turnuskandidater'],
    ['Daglegevakt', '1 lege, 1 turnuslege og 2 sykepleiere'],
    ['Kveld, natt og helg', '1 lege og 2 sykepleiere til kl. 23, deretter lege i hjemmevakt og 1 sykepleier; bakvakt hele døgnet'],
    ['Henvendelser', 'Over halvparten på dagtid'],
    ['Laboratorium', 'Avanserte blodprøver (som blodgass), som få andre legevakter gjør'],
    ['Nasjonalt', 'Bare 50 % av fastlegene deltar fullt ut i legevakt (Nasjonalt kompetansesenter for legevaktmedisin 2009)'],
    ['Variasjon mellom legevakter', 'Størrelse, hjelpepersonell, støttefunksjoner, utrykning til intermediære enheter, hvilke leger som går vakt, legebil, lokalisering til ambulanse, varsling'],
  ),
  status: 'established',
  sources: [reportSource('§2.14', 'L1304–1391'), reportSource('§2.6 og §2.13 (Altas innbyggertall og reisetid)', 'L901, L1269'), chapter4Source('L1926–1935')],
};

const nordhordlandLegevakt: CollaborationModelContent = {
  slug: 'nordhordland-interkommunal-legevakt-med-ohjelpssenger',
  reportSection: '2.15',
  title: 'Interkommunal legevakt med ø-hjelpsenger',
  idealTypeSummary: [
    'Heldøgns interkommunal legevakt for 7 kommuner.',
    'I første rekke turnusleger, dernest fastleger, faste vikarer og enkelte sykehusleger går legevakt.',
    'Legevaktsledelse (60 %) og store ressurser til administrativ ledelse.',
    'Hjelpepersonell til stede.',
    'Samlokalisering med ambulanse.',
    'Kort vei til sykehus.',
    'Benytter laboratorium som tar avanserte prøver.',
    'Legevaktlege kan reise ut på intermediære enheter.',
  ],
  inspiredBy: 'Nordhordland legevakt',
  levels: ['between_municipalities'],
  domains: ['legevakt', 'intermediate_beds'],
  sites: [
    {
      municipality: 'Austrheim, Fedje, Lindås, Masfjorden, Meland, Modalen og Radøy',
      county: 'Hordaland',
      population: 32000,
      distanceToHospitalKm: null,
      travelTimeToHospitalMinutes: 25,
    },
  ],
  gpOfficeKind: 'unknown',
  purpose:
    'En døgnåpen interkommunal legevakttjeneste for sju kommuner. Legevakten skal starte med fem øyeblikkelig hjelp-senger høsten 2013, og har derfor bemannet opp til to leger på vakt samtidig.',
  participants: [
    'Turnusleger (den største gruppen som tar legevakter)',
    'Fastleger',
    'Faste vikarer',
    'Enkelte sykehusleger',
    'Innleide vikarer fra Danmark',
    'Fast stab i ledelse og på sykepleiersiden',
    'Ambulansetjenesten (2 ambulanser)',
  ],
  gpRole: {
    intensity: 'mixed',
    description:
      'Fastlegene går legevakt i en 25-delt vaktordning, etter turnuslegene som er den største gruppen. Legene kjører ambulanse på utrykning. Legevaktsjefstillingen (60 %) er ikke en del av kommunelegejobben. Ingen penger er involvert for legen; alt er ordnet administrativt av legevakten.',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: 'Oppstart av fem øyeblikkelig hjelp-senger høsten 2013.',
  phases: ['Fra høsten 2013: fem ø-hjelpssenger og to leger på vakt samtidig'],
  coordination: coordination({
    rolesAndResponsibilities:
      'Legevaktsjef i 60 % stilling med egen avsatt tid; to fulle stillinger til administrasjon, personalledelse, økonomi og prosedyrer.',
    routines: 'Mange prosedyrer på plass; 25-delt vakt',
    partners: 'Sju kommuner og ambulansetjenesten',
    technology: 'Godt utstyrt diagnostisk og terapeutisk; avansert laboratorium; ambulanseinngang og tilgang på legehelikopter; ikke røntgen',
  }),
  financing:
    'Legevaktsjefstilling på 60 %, to fulle administrative stillinger og ressurser til kursing og trening. Ingen penger er involvert for legen; alt er ordnet administrativt av legevakten.',
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Kommuner', '7 (Austrheim, Fedje, Lindås, Masfjorden, Meland, Modalen og Radøy)'],
    ['Innbyggere', '32 000'],
    ['Reiseavstand fra ytterpunkt til ytterpunkt', 'Nærmer seg 3,5 timer'],
    ['Avstand til sykehus', '25 minutter'],
    ['Lokalisering', 'Knarvik i Lindås, samlokalisert med ambulansetjenesten (2 ambulanser)'],
    ['Øyeblikkelig hjelp-senger', '5, fra høsten 2013'],
    ['Vaktordning', '25-delt vakt; to leger på vakt samtidig'],
    ['Legevaktsjef', '60 % stilling'],
    ['Administrasjon', 'To fulle stillinger'],
  ),
  status: 'established',
  sources: [reportSource('§2.15', 'L1392–1436')],
};

export const MUNICIPAL_MODELS_B: readonly CollaborationModelContent[] = [
  barduHealthyLiving,
  nordkappWednesday,
  sorRogalandAssault,
  bjarkoyEmergency,
  altaTeamTraining,
  altaLegevakt,
  nordhordlandLegevakt,
];

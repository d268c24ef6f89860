/**
 * Report 002, chapter 3, sections 3.1–3.8: models for collaboration between GPs and health trusts
 * (level 3). The area geriatric team, the practice consultant scheme and the doctor-driven
 * infirmary are general models from the literature, not one place (chapter 3 introduction).
 */
import type { CollaborationModelContent } from '../domain/model.js';
import { LONG_DISTANCE_PREREQUISITE, chapter4Source, coordination, facts, reportSource } from './report-002.js';

const areaGeriatricTeam: CollaborationModelContent = {
  slug: 'omradegeriatrisk-team',
  reportSection: '3.1',
  title: 'Områdegeriatrisk team',
  idealTypeSummary: [
    'Team fra sykehus reiser ut til primærhelsetjenesten i pasientenes hjemkommuner.',
    'Teamet møter fagfolk, inkludert fastleger, fra primærhelsetjenesten.',
    'Fastlegen kan være til stede under konsultasjon med teamet.',
    'Virksomheten skal sikre bedre utredning, behandling og rehabilitering.',
  ],
  inspiredBy: 'Generell modell fra litteraturen, med «Namsos-modellen» (startet 1993) som forbilde',
  levels: ['gp_hospital'],
  domains: ['dementia_elderly'],
  sites: [],
  gpOfficeKind: 'unknown',
  purpose:
    'Områdegeriatrisk team, også kalt områdegeriatrisk tjeneste (OGT), er ute i pasientenes hjemkommuner og bistår ved overføring av ansvar for pasienter fra spesialisthelsetjenesten til primærhelsetjenesten, og sikrer at geriatriske pasienter får bedre utredning, behandling og rehabilitering (Ronge 2002).',
  participants: [
    'Geriatrisk team fra sykehus, eller desentralisert ved for eksempel distriktsmedisinske sentra',
    'Fastlegene',
    'Sykehjemsbestyrere',
    'Pleie- og omsorgsledere',
    'Pårørende',
  ],
  gpRole: {
    intensity: 'passive',
    description:
      'Selv om det ofte er sykepleiere som definerer behovet for tilsyn, går alle henvisninger som vanlig gjennom pasientens fastlege. Fastlegen kan være til stede når pasienten er til konsultasjon hos teamet.',
  },
  steering: ['health_trust'],
  relationshipType: null,
  motive: 'Bare et fåtall geriatere arbeider i sykehjem; geriatriske team i sykehusregi skal overføre kunnskapen til primærhelsetjenesten.',
  trigger: null,
  phases: ['«Namsos-modellen» startet i 1993', 'Senere evaluert av Folkehelseinstituttet (Narum og Romøren 2000)'],
  coordination: coordination({
    rolesAndResponsibilities:
      'Legene ved OGT kontakter pårørende, hjemkommune og fastlege. Fastlegene, sykehjemsbestyrerne og pleie- og omsorgslederne avgjør i samarbeid hva besøket av teamet skal brukes til (Sellæg 2005).',
    routines: 'Alle henvisninger går gjennom pasientens fastlege',
    partners: 'Sykehusets team, fastlegene og den kommunale pleie- og omsorgstjenesten',
    sharedKnowledge: 'Ideelt lærer alle deltakerne av hverandre, og samarbeidet preges av gjensidig respekt mellom nivåene.',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Typer ambulante team', 'Fra spesialisthelsetjenesten, blandede team, eller bare primærhelsetjeneste (Ranheim et al. 2010)'],
    ['Teamenes base', 'Sykehus eller desentralisert, for eksempel ved distriktsmedisinske sentra'],
  ),
  status: 'general_model',
  sources: [reportSource('§3.1', 'L1446–1494')],
};

const ambulatoryRehabilitation: CollaborationModelContent = {
  slug: 'ambulant-rehabiliteringsteam',
  reportSection: '3.2',
  title: 'Ambulant rehabiliteringsteam',
  idealTypeSummary: [
    'Fastlege henviser pasienter med komplekse og sammensatte behov for rehabiliteringstjenester til ambulant rehabiliteringsteam.',
    'Teamet skal koordinere tiltak mellom ulike tjenester.',
    'Fastlegens rolle er i beskrivelsene ikke definert foruten å være den som henviser.',
  ],
  inspiredBy: 'Sykehuset Innlandet, Gjøvik',
  levels: ['gp_hospital'],
  domains: ['rehabilitation'],
  sites: [
    { municipality: 'Gjøvik', county: 'Oppland', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
    { municipality: 'Lillehammer', county: 'Oppland', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
    { municipality: 'Ottestad/Hamar', county: 'Hedmark', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'unknown',
  purpose:
    'Å styrke samarbeid og kompetanse innen rehabiliteringsfeltet i både spesialist- og primærhelsetjenesten, gjennom direkte og individuell oppfølging av pasienter som skal overføres mellom sykehus og kommune, og veiledning og undervisning til pasienter, pårørende og helsepersonell.',
  participants: [
    'Sykepleier',
    'Ergoterapeut',
    'Fysioterapeut',
    'Sosionom',
    'Lege',
    'Sekretær',
    'Logoped, nevropsykolog og dietiker på konsulentbasis',
    'Fastlegen (henviser)',
  ],
  gpRole: { intensity: 'passive', description: 'Fastlegen henviser. Rollen er i beskrivelsene ikke definert utover å være den som henviser.' },
  steering: ['health_trust'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [
    'Inntil 01.01.2012: avdelinger i Gjøvik og Hamar, og ART på Lillehammer',
    'Nå: ambulante rehabiliteringsteam i tre byer (Lillehammer, Ottestad/Hamar og Gjøvik)',
  ],
  coordination: coordination({ rolesAndResponsibilities: 'Teamet skal koordinere tiltak mellom ulike tjenester; fastlegen henviser.' }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Målgruppe', 'Personer med komplekse og sammensatte problemstillinger med behov for spesialisttjeneste'],
    ['Merknad om kilden', 'Setningen om samarbeidspart i kommunene er avkortet i rapporten («Samarbeidspart i kommunene er …»)'],
  ),
  status: 'established',
  sources: [reportSource('§3.2', 'L1495–1524')],
};

const romerike: CollaborationModelContent = {
  slug: 'romerike-forpliktende-samhandling-psykiatri-rus',
  reportSection: '3.3',
  title: 'Forpliktende samhandling psykiatri- og ruspasienter',
  idealTypeSummary: [
    'Modellen bruker ansatte i primær- og spesialisthelsetjenesten i et forpliktende samarbeid.',
    'Målgruppen er mennesker med alvorlige psykiske lidelser, ofte i kombinasjon med bruk av rusmidler.',
    'Fastlege deltar i samhandlingsgruppe sammen med representant for NAV, kommunen og i enkelte tilfeller en medarbeider med brukererfaring.',
  ],
  inspiredBy: 'Romeriksprosjektet (sju kommuner på Romerike og Akershus universitetssykehus)',
  levels: ['gp_hospital'],
  domains: ['mental_health_substance'],
  sites: [
    { municipality: 'Ullensaker', county: 'Akershus', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
    { municipality: 'Skedsmo', county: 'Akershus', population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null },
  ],
  gpOfficeKind: 'unknown',
  purpose:
    'Å bedre tilbudet til brukerne. De ansatte skal vurdere nye arbeidsmåter med mer oppsøkende virksomhet, og fagfolk skal samarbeide på tvers og bli mer kjent med hverandre og hverandres kompetanse.',
  participants: [
    'Sju kommuner på Romerike',
    'Akershus universitetssykehus (psykoseteam og ruspoliklinikk på Jessheim og Lillestrøm)',
    'Mental Helse Akershus',
    'Rusmiddelbrukernes interesseorganisasjon',
    'Landsforeningen for pårørende innen psykisk helse Romerike',
    'Fastleger',
    'NAV',
    'Erfaringskonsulent (medarbeider med brukererfaring) i én av gruppene',
  ],
  gpRole: { intensity: 'active', description: 'Fastleger deltar i samhandlingsgruppene.' },
  steering: ['municipality', 'health_trust'],
  relationshipType: null,
  motive: null,
  trigger:
    'Romerikskommunene Ullensaker og Skedsmo tok initiativ til samarbeidet sammen med Akershus universitetssykehus, brukerorganisasjoner og etter hvert flere kommuner.',
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities:
      'Samhandlingsgruppene overvåker pasientbehandlingen og ser til at tilbudet ikke glipper, at ansvarsgrupper opprettes og at individuell plan utvikles og iverksettes. Til daglig har ansvarsgrupper med individuell plan og koordinator ansvaret.',
    routines: 'To nivå: ansvarsgrupper og samhandlingsgrupper',
    partners: 'Mange: sju kommuner, sykehuset, bruker- og pårørendeorganisasjoner, fastleger og NAV',
    timeSetAside: 'Samhandlingsgruppene møtes to til fire ganger i måneden',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Kommuner', 'Sju'],
    ['Samhandlingsgruppe', 'Tre representanter fra kommunen, fastlege, NAV-representant, to fra rehabiliterings-/psykoseteamet og minst én fra ruspoliklinikken (Hansen og Ramsdal 2012)'],
    ['Møtefrekvens', 'To til fire ganger i måneden'],
    ['Alternativ til', 'Ambulante team (ACT-team) innenfor psykisk helse'],
    ['Merknad om kilden', 'Rapporten omtaler både «to samhandlingsgrupper» (Øvre og Nedre Romerike) og «hver av de fem samhandlingsgruppene»'],
  ),
  status: 'established',
  sources: [reportSource('§3.3', 'L1525–1563')],
};

const practiceConsultants: CollaborationModelContent = {
  slug: 'praksiskonsulentordningen',
  reportSection: '3.4',
  title: 'Praksiskonsulentordningen: brobygging eller foretakets forlengede arm?',
  idealTypeSummary: [
    'PKO består av fastleger med små deltidsstillinger i sykehus.',
    'Fastlegene er enten kommunalt ansatt eller selvstendig næringsdrivende.',
  ],
  inspiredBy: 'Generell modell (finnes i mange varianter)',
  levels: ['gp_hospital'],
  domains: ['hospital_liaison'],
  sites: [],
  gpOfficeKind: 'mixed',
  purpose:
    'Praksiskonsulentene skal gjennom sin kjennskap til både første- og andrelinjetjenesten identifisere områder der samarbeidet mellom nivåene ikke fungerer optimalt. Arbeidet skjer på to nivå: systemnivå (gode samarbeidsmodeller, viktige møteplasser, primærhelseperspektivet inn i sykehusene) og beskrivelser av pasientforløp (hvem skal gjøre hva, og hvordan).',
  participants: ['Fastleger i små deltidsstillinger i sykehus (praksiskonsulenter)', 'Helseforetaket'],
  gpRole: {
    intensity: 'active',
    description:
      'Praksiskonsulenten går imellom og forhandler seg frem til gode løsninger. Ordningen er i stor grad uformell, uten juridisk mandat eller makt til å utføre eller bestemme noe: den kan påpeke ting og gi gule eller røde kort, men ikke overprøve fastlegene eller sykehusene. Diplomatiske evner og god kommunikasjon er viktig.',
  },
  steering: ['health_trust'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities:
      'Praksiskonsulentene er ansatt i helseforetaket, mer eller mindre direkte under direktøren, og skal ikke være «løpegutter» for seksjoner eller avdelinger. Som fastleger er de i de fleste tilfeller selvstendig næringsdrivende uten ansettelsesforhold til kommunene.',
    partners: 'Fastleger og sykehus',
    conflictSources: 'Ingen juridisk mandat eller makt; praksiskonsulenten kan påpeke, men ikke overprøve.',
  }),
  financing: 'Praksiskonsulentene er ansatt i små deltidsstillinger i helseforetaket.',
  tariffs: null,
  legalBasis: [
    'Avtale om praksiskonsulenter mellom de regionale helseforetakene og Legeforeningen (2005)',
    'St.meld. nr. 47 (2008–2009) Samhandlingsreformen, s. 93',
  ],
  prerequisites: [],
  experiences: { works: [], challenges: [] },
  facts: facts(
    ['Samarbeidsavtaler', 'Mange praksiskonsulenter har bidratt til å få samarbeidsavtalene mellom kommuner og foretak på plass'],
    ['St.meld. 47 om PKO', 'En godt utprøvd metode for å bedre samhandling mellom leger; bør omstruktureres, forankres mer formelt og kan brukes på alle grensesnitt'],
  ),
  status: 'general_model',
  sources: [reportSource('§3.4', 'L1564–1617')],
};

const vake: CollaborationModelContent = {
  slug: 'vake-videobasert-akuttmedisinsk-konferanse',
  reportSection: '3.5',
  title: 'VAKe – videobasert akuttmedisinsk konferanse',
  idealTypeSummary: [
    'Legevaktsleger og sykepleiere kommuniserer med de ønskede spesialistene på sykehuset over skjerm i vanskelige akuttmedisinske situasjoner.',
    'Akuttmedisinsk alarmsentral (AMK) kobler opp konferansen.',
    'Legevakten trenger ikke å bruke ressurser på å styre kamera eller formidle opplysninger om blodtrykk, puls osv.',
  ],
  inspiredBy: 'Finnsnes interkommunale legevakt og Universitetssykehuset Nord-Norge (UNN)',
  levels: ['gp_hospital'],
  domains: ['emergency_medicine', 'legevakt'],
  sites: [
    { municipality: 'Finnsnes (interkommunal legevakt for 6 kommuner)', county: 'Troms', population: 19000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 120 },
  ],
  gpOfficeKind: 'unknown',
  purpose:
    'Enkeltklinikere ved lokale legesentre, legevaktsentraler eller lokale akuttsykehus kan konsultere kolleger eller team av spesialister ved større sykehus i vanskelige akuttmedisinske situasjoner, både ved akutt sykdom og skade.',
  participants: ['Legevaktslege', 'Sykepleiere på legevakten', 'AMK ved Universitetssykehuset Nord-Norge', 'Spesialist(er) på sykehuset'],
  gpRole: {
    intensity: 'active',
    description:
      'Legevaktslegen har dialog med spesialisten på sykehuset samtidig som legetjenesten utføres. Fastleger, turnusleger og langtidsvikarer for fastleger (enkelte ganger korttidsvikarer) går legevakt.',
  },
  // The report names no initiator; the hospital side runs the conference (AMK connects it, the hospital controls the camera).
  steering: ['health_trust'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: ['Utviklet i 2004 av Nasjonalt senter for telemedisin og UNN', 'Først og fremst brukt mellom Longyearbyen sykehus og UNN'],
  coordination: coordination({
    rolesAndResponsibilities: 'AMK kobler opp konferansen; sykehuset styrer kamera; legen har ofte dialogen, men alle som jobber med pasienten kan kommunisere med sykehuset.',
    routines:
      'Legevakten ringer AMK ved UNN og ber om VAKe og hvilken spesialist den trenger; vakthavende spesialist alarmeres og stiller i konferanserommet i akuttmottaket innen få minutter.',
    partners: 'Legevakten, AMK og sykehusets spesialister',
    technology: 'Videokonferanse; en monitor viser blodtrykk, puls osv. automatisk på spesialistens skjerm; sykehuset styrer kamera',
    communicationChannels: 'Telefon til AMK, deretter skjerm mellom legevakt og spesialist',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [LONG_DISTANCE_PREREQUISITE],
  experiences: {
    works: [],
    challenges: [
      'Få kommuner har tatt VAKe i bruk, til tross for at utstyret er på plass',
      'Det er utfordringer med å få lokalsykehusene til å ta imot slike konferanser',
    ],
  },
  facts: facts(
    ['Kommuner i legevaktsamarbeidet', '6'],
    ['Innbyggere', '19 000'],
    ['Reisetid til nærmeste sykehus', 'To timer'],
    ['Lokalisering', 'Det lokalmedisinske senteret'],
    ['På vakt', '1 lege og 2 sykepleiere'],
    ['Telemedisin generelt', 'Fastlegene jobber vanligvis alene med ca. 80 % av pasientene, så volumet er ofte for lite for telemedisinske løsninger'],
    ['Dialogmeldinger fastlege–sykehus (fotnote 15)', 'Pilot stanset fordi ny fastlegeforskrift gir 10 dagers frist for å svare på henvisning (tidligere 30 dager)'],
  ),
  status: 'pilot',
  sources: [
    reportSource('§3.5', 'L1618–1702', 'Fagleder Marit Storli, Finnsnes interkommunale legevakt'),
    reportSource('§3.5', 'L1618–1702', 'Oddvar Hagen, Nasjonalt senter for telemedisin og samhandling'),
    chapter4Source('L1926–1935'),
  ],
};

const doctorDrivenInfirmary: CollaborationModelContent = {
  slug: 'legedrevet-sykestue',
  reportSection: '3.6',
  title: 'Legedrevet sykestue',
  idealTypeSummary: [
    'Sykestue tilknyttet legetjenesten.',
    'Fastlege er sykestuelege.',
    'Utgangspunktet er stabil legebemanning.',
    'Fastlege tar hånd om det faglig-administrative og strategiske arbeidet.',
    'Den praktisk-administrative delen ivaretas av andre.',
  ],
  inspiredBy: 'Generell modell (Olsen og Gjertsen 2011)',
  levels: ['within_municipality', 'gp_hospital'],
  domains: ['intermediate_beds'],
  sites: [],
  gpOfficeKind: 'municipal',
  purpose:
    'Sykestuene erstatter til en viss grad sykehusinnleggelser og innebærer på noen områder en utvidelse av det kommunale helsetjenestetilbudet. I en legedrevet sykestue er legene i større grad med i styring, planlegging og langsiktig forvaltning av oppgaver og utvikling.',
  participants: ['Sykestuelege (fastlege)', 'Pleiere på sykestue', 'Sykehus'],
  gpRole: {
    intensity: 'active',
    description:
      'Legene står svært sentralt, ikke bare i den faglige, men i den organisatoriske siden av sykestuene; den praktisk-administrative siden ivaretas av andre. Legen tilknyttet sykestua avgjør, eventuelt i samråd med lege på sykehus, om og når pasienten skal sendes til sykehus.',
  },
  steering: ['doctor'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities: 'Fastlegen tar hånd om det faglig-administrative og strategiske arbeidet; andre ivaretar det praktisk-administrative.',
    writtenGuidelines: 'Samhandlingspraksisen er sannsynligvis ikke nedskrevet noe sted, selv om det er en innarbeidet forståelse for hvordan man samarbeider.',
    partners: 'Sykestuen (kommunen) og sykehuset',
    conflictSources: 'Relasjonen mellom sykestue og sykehus er asymmetrisk; personellet ved sykehusene er den dominerende parten (Olsen og Gjertsen 2011).',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [
    'Forutsetter en kommunalt ansatt fastlege som sykestuelege: ansvaret for det faglig-administrative og strategiske arbeidet krever engasjement utover det medisinsk-faglige (kap. 4)',
    'Stabil legebemanning',
  ],
  experiences: {
    works: [],
    challenges: ['Noen kommuner med nyopprettede ø-hjelpssenger klarer ikke å drive dem fordi fastlegene ikke har tid til utskrivelser'],
  },
  facts: facts(
    ['Senger', 'Kommunal sykestue med 1–9 senger'],
    ['Ansvarsfordeling sykestue–sykehus', 'Tydelig for 57 %, ikke tydelig for 22 %, «både og» for 22 % av nøkkelpersonellet (Olsen og Gjertsen 2011)'],
    ['Typer sykestuer', '«Sykepleierdrevne» og «legedrevne»'],
    ['Stavanger', 'Ø-hjelpssenger på et stort sykehjem med fast ansatte sykehjemsleger'],
  ),
  status: 'general_model',
  sources: [reportSource('§3.6', 'L1703–1768'), chapter4Source('L1919–1922')],
};

const nordkappInfirmary: CollaborationModelContent = {
  slug: 'nordkapp-styrket-sykestuefunksjon',
  reportSection: '3.7',
  title: 'Styrket sykestuefunksjon i liten kommune',
  idealTypeSummary: [
    'Sykestue tilknyttet legetjenesten.',
    'Lindrende behandling og cellegift gis lokalt.',
    'Fastlegen er medisinsk ansvarlig.',
    'Kreftsykepleier spiller hovedrollen.',
    'Styrker lite lokalt fagmiljø gjennom kontinuerlig kompetanseheving og nettverksdeltakelse.',
  ],
  inspiredBy: 'Nordkapp kommune og Lindring i Nord ved Universitetssykehuset Nord-Norge',
  levels: ['within_municipality', 'gp_hospital'],
  domains: ['intermediate_beds', 'cancer_palliative'],
  sites: [{ municipality: 'Nordkapp', county: 'Finnmark', population: 3200, distanceToHospitalKm: null, travelTimeToHospitalMinutes: 150 }],
  gpOfficeKind: 'municipal',
  purpose:
    'Kommunen står bak et forutsigbart tilbud som inkluderer cellegift og lindrende behandling ved sykestua. Det gir ro og tillit for pasient, pårørende og helsepersonell, og sparer ett til to liggedøgn ved sykehuset.',
  participants: [
    'Nordkapp kommune (sykestue, fastleger, kreftsykepleiere, omsorgstjenesten)',
    'Lindring i Nord ved Universitetssykehuset Nord-Norge',
  ],
  gpRole: {
    intensity: 'active',
    description:
      'Fastlegene har en mindre rolle i den daglige gjennomføringen, og kreftsykepleierne står i sentrum. Legene har et mer aktivt medisinsk ansvar (dosering av cellegift).',
  },
  steering: ['municipality'],
  relationshipType: null,
  motive: null,
  trigger: null,
  phases: [],
  coordination: coordination({
    rolesAndResponsibilities: 'Kreftsykepleieren har hovedrollen; fastlegen er medisinsk ansvarlig og doserer cellegift.',
    routines:
      'Blodprøver på fastlegekontoret før behandlingen, behandling på sykestua, vanligvis hjem etter noen timer; lege, omsorgstjeneste og institusjonsplass er umiddelbart tilgjengelig ved behov.',
    partners: 'Kommunen og Lindring i Nord (UNN)',
    sharedKnowledge: 'Det lille lokale fagmiljøet styrkes gjennom kontinuerlig kompetanseheving og nettverksdeltakelse.',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: ['Det er en fordel, men ikke en forutsetning, at fastlegen er kommunalt ansatt (kap. 4)', 'En sykestue tilknyttet legetjenesten'],
  experiences: {
    works: ['Erfaringsmessig gir tilbudet ro og tillit for pasienten, pårørende og helsepersonell', 'Sparer ett til to liggedøgn ved sykehuset'],
    challenges: [],
  },
  facts: facts(
    ['Innbyggere', '3 200'],
    ['Reisetid til nærmeste sykehus', '2,5 timer'],
    ['Fastleger', 'Seks, alle kommunalt ansatt'],
    ['Sparte liggedøgn ved sykehuset', 'Ett til to'],
  ),
  status: 'established',
  sources: [reportSource('§3.7', 'L1769–1808', 'Kommuneoverlegen i Nordkapp'), chapter4Source('L1922–1925')],
};

const hamarAcuteTeam: CollaborationModelContent = {
  slug: 'hamar-dps-akutt-team-og-fastleger',
  reportSection: '3.8',
  title: 'Umiddelbar kommunikasjon – ambulant akutt-team og fastleger',
  idealTypeSummary: [
    'Kommunikasjon på et minimumsnivå, som passer inn i fastlegens hverdag.',
    'Elektroniske notater (ikke nødvendigvis fullstendige) sendes umiddelbart fra DPS til fastlege: hva slags tiltak settes i gang, og er det behov for kontakt med fastlegen.',
    'Fastlege responderer umiddelbart.',
    'Alternativ: kommunikasjon gjennom direktenummer til fastlegen (i nødsfall).',
    'Motiv: helhetlig behandlingstilbud.',
    'Når akutt-teamet sier «nå trenger vi deg», er fastlegene der.',
  ],
  inspiredBy: 'Hamarområdet (DPS Hamar)',
  levels: ['gp_hospital'],
  domains: ['mental_health_substance', 'hospital_liaison'],
  sites: [{ municipality: 'Hamar, Ringsaker, Stange og Løten', county: 'Hedmark', population: 89000, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
  gpOfficeKind: 'unknown',
  purpose: 'At pasienten skal ha et helhetlig behandlingstilbud, med kommunikasjon på et minimumsnivå som passer inn i fastlegens hverdag.',
  participants: ['Akutt-teamet i DPS Hamarområdet', '70–80 fastleger i Hamar, Ringsaker, Stange og Løten'],
  gpRole: {
    intensity: 'active',
    description:
      'Fastlegen får et elektronisk notat straks akutt-teamet har hatt kontakt med fastlegens pasient, og responderer umiddelbart. Når akutt-teamet sier «nå trenger vi deg», er fastlegene der. Fastlegene kan ikke sende notat tilbake, så de ringer.',
  },
  steering: ['health_trust'],
  relationshipType: null,
  motive: 'Et mål om at pasienten skal ha et helhetlig behandlingstilbud.',
  trigger: 'Man hadde sett at det er veldig mye dødtid på møtene mellom nivåene, noe som passer dårlig inn i en akuttmedisinsk hverdag.',
  phases: [
    'Kommunikasjonsformen ble drøftet med en tidligere praksiskonsulent, som også stilte som «prøvekanin» i en forsøksperiode',
  ],
  coordination: coordination({
    routines: 'Et «EDI-notat» sendes øyeblikkelig etter kontakt med fastlegens pasient; notatet trenger ikke være fullstendig.',
    partners: 'Ett akutt-team og 70–80 fastleger i fire kommuner',
    technology: '«EDI-notat», en mulighet alle med journalsystemet DIPS har',
    informationChannels: 'Elektroniske notater fra DPS til fastlege: tiltak som settes i gang, og om det er behov for umiddelbar kontakt med fastlegen',
    communicationChannels: 'Direkte telefonnummer til alle fastlegene i opptaksområdet, kun i nødsfall og utenom sentralbordet; fastlegene ringer tilbake',
    conflictSources: 'Fastlegene kan ikke sende notat tilbake på grunn av manglende tekniske løsninger.',
  }),
  financing: null,
  tariffs: null,
  legalBasis: [],
  prerequisites: [],
  experiences: {
    works: ['Akutt-teamet får umiddelbar respons fra nesten alle de 70–80 fastlegene i de fire kommunene'],
    challenges: ['Fastlegene kan ikke sende notat tilbake på grunn av manglende tekniske løsninger; løsningen er at de ringer tilbake'],
  },
  facts: facts(
    ['Innbyggere i de fire kommunene', '89 000'],
    ['Fastleger', '70–80'],
    ['Uten fastlegens oppdrag', 'Akutt-teamet kan gi tjenester også uten at fastlegen har gitt dem oppdraget'],
    ['Resten av DPS', 'Tradisjonell kommunikasjon: henvisninger, foreløpige rapporter og epikrise etter behandling (sendes innen 7 dager)'],
  ),
  status: 'established',
  sources: [reportSource('§3.8', 'L1809–1865', 'Leder for akutt-teamet')],
};

export const HOSPITAL_MODELS: readonly CollaborationModelContent[] = [
  areaGeriatricTeam,
  ambulatoryRehabilitation,
  romerike,
  practiceConsultants,
  vake,
  doctorDrivenInfirmary,
  nordkappInfirmary,
  hamarAcuteTeam,
];

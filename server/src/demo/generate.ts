import type { OpeningHours, OrganisationKind, Protection } from '../platform/db/schema.js';
import type { Role } from '../platform/access/roles.js';
import { FAMILY_NAMES, GIVEN_NAMES, STREETS } from './names.js';
import { SeededRandom } from './random.js';
import { syntheticFnr, syntheticOrgNumber } from './synthetic-ids.js';

/**
 * Deterministic synthetic demo data: real Norwegian municipalities with their NAV offices and
 * health trusts, and invented offices, employers and people with valid synthetic identifiers.
 * Pure: returns rows; seed.ts writes them.
 */
export interface DemoOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  org_number: string | null;
  her_ids: number[];
  street: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_number: string;
  municipality_name: string;
  phone: string | null;
  email: string | null;
  opening_hours: OpeningHours[];
}
export interface DemoPerson {
  id: string;
  given_name: string;
  family_name: string;
  hpr_number: number | null;
  /** Health personnel's own HER-id (address register), used in national messages. */
  her_id: number | null;
  phone: string | null;
  email: string | null;
}
export interface DemoPosition {
  person_id: string;
  organisation_id: string;
  role: Role;
  title: string;
  share_percent: number;
  valid_from: string;
}
export interface DemoContactRole {
  organisation_id: string;
  person_id: string;
  purpose: 'nav_contact' | 'escalation' | 'callback' | 'gp_contact' | 'other';
  note: string | null;
}
export interface DemoCitizen {
  id: string;
  fnr: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  street: string;
  postal_code: string;
  city: string;
  municipality_number: string;
  municipality_name: string;
  phone: string;
  protection: Protection;
  shielded: boolean;
  regular_gp_person_id: string;
  gp_office_id: string;
  nav_office_id: string;
  employer_id: string | null;
}
export interface DemoUser {
  id: string;
  role: Role;
  person_id: string | null;
  citizen_id: string | null;
  organisation_id: string | null;
  grants: string[];
  description: string;
}
export interface DemoData {
  organisations: DemoOrganisation[];
  people: DemoPerson[];
  positions: DemoPosition[];
  contactRoles: DemoContactRole[];
  citizens: DemoCitizen[];
  users: DemoUser[];
}

interface MunicipalitySpec {
  number: string;
  name: string;
  postalCode: string;
  county: string;
  hospital: string;
  gpOffices: string[];
  employers: string[];
}

export const DEMO_MUNICIPALITIES: readonly MunicipalitySpec[] = [
  {
    number: '3805', name: 'Larvik', postalCode: '3256', county: 'Vestfold', hospital: 'Sykehuset i Vestfold HF',
    gpOffices: ['Torget legesenter', 'Stavern legekontor', 'Tjølling legesenter'],
    employers: ['Larvik Havnebygg AS', 'Kystbakeriet AS', 'Vestfold Omsorgstjenester AS'],
  },
  {
    number: '4204', name: 'Kristiansand', postalCode: '4611', county: 'Agder', hospital: 'Sørlandet sykehus HF',
    gpOffices: ['Kvadraturen legesenter', 'Lund legekontor', 'Vågsbygd legesenter'],
    employers: ['Sørlandet Maskin AS', 'Kristiansand Renhold AS', 'Agder Logistikk AS'],
  },
  {
    number: '3205', name: 'Lillestrøm', postalCode: '2000', county: 'Akershus', hospital: 'Akershus universitetssykehus HF',
    gpOffices: ['Lillestrøm torg legesenter', 'Skjetten legekontor', 'Kjeller legesenter'],
    employers: ['Romerike Transport AS', 'Nitelva Barnehager AS', 'Strømmen Elektro AS'],
  },
  {
    number: '3411', name: 'Ringsaker', postalCode: '2380', county: 'Innlandet', hospital: 'Sykehuset Innlandet HF',
    gpOffices: ['Brumunddal legesenter', 'Moelv legekontor'],
    employers: ['Mjøsa Trevare AS', 'Ringsaker Landbruksservice AS'],
  },
];

const WEEKDAYS = [1, 2, 3, 4, 5];
const GP_HOURS: OpeningHours[] = WEEKDAYS.map((weekday) => ({ weekday, opens: '08:00', closes: weekday === 5 ? '15:00' : '15:30' }));
// The clinicians' line at NAV is open 09–15 (report 001).
const NAV_HOURS: OpeningHours[] = WEEKDAYS.map((weekday) => ({ weekday, opens: '09:00', closes: '15:00' }));
const HOSPITAL_HOURS: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' }));

export function generateDemoData(seed = 20_261_125): DemoData {
  const random = new SeededRandom(seed);
  const orgNumbers = new Set<string>();
  const data: DemoData = { organisations: [], people: [], positions: [], contactRoles: [], citizens: [], users: [] };
  let nextHer = 8_100_000;
  let nextHpr = 9_100_000;
  // Counted, not drawn: adding HER-ids changed none of the other demo data.
  let nextPersonHer = 8_600_000;
  const usedNames = new Set<string>();

  const phone = () => `${random.pick(['3', '4', '9'])}${String(random.int(1_000_000, 9_999_999))}`;
  const slug = (text: string) =>
    text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');

  function org(kind: OrganisationKind, name: string, m: MunicipalitySpec, hours: OpeningHours[], withHer: boolean): DemoOrganisation {
    const o: DemoOrganisation = {
      id: random.uuid(),
      kind,
      name,
      org_number: syntheticOrgNumber(random, orgNumbers),
      her_ids: withHer ? [(nextHer += random.int(7, 97))] : [],
      street: `${random.pick(STREETS)} ${random.int(1, 80)}`,
      postal_code: m.postalCode,
      city: m.name,
      municipality_number: m.number,
      municipality_name: m.name,
      phone: phone(),
      email: `post@${slug(name)}.example.no`,
      opening_hours: hours,
    };
    data.organisations.push(o);
    return o;
  }

  function person(withHpr: boolean): DemoPerson {
    let given: string, family: string;
    do {
      given = random.pick(GIVEN_NAMES);
      family = random.pick(FAMILY_NAMES);
    } while (usedNames.has(`${given} ${family}`));
    usedNames.add(`${given} ${family}`);
    const p: DemoPerson = {
      id: random.uuid(),
      given_name: given,
      family_name: family,
      hpr_number: withHpr ? (nextHpr += random.int(11, 997)) : null,
      her_id: withHpr ? ++nextPersonHer : null,
      phone: phone(),
      email: `${slug(given)}.${slug(family)}@example.no`,
    };
    data.people.push(p);
    return p;
  }

  function staff(o: DemoOrganisation, role: Role, title: string, withHpr: boolean, share = 100): DemoPerson {
    const p = person(withHpr);
    data.positions.push({ person_id: p.id, organisation_id: o.id, role, title, share_percent: share, valid_from: `${random.int(2008, 2024)}-0${random.int(1, 9)}-01` });
    return p;
  }

  const byMunicipality = DEMO_MUNICIPALITIES.map((m) => {
    const municipality = org('municipality', `${m.name} kommune`, m, NAV_HOURS, true);
    const nav = org('nav_office', `NAV ${m.name}`, m, NAV_HOURS, true);
    const hospital = org('hospital', m.hospital, m, HOSPITAL_HOURS, true);
    const rolUnit = org('nav_office', `NAV ${m.county} – rådgivende leger`, m, NAV_HOURS, true);
    const gpOffices = m.gpOffices.map((name) => org('gp_office', name, m, GP_HOURS, true));
    const employers = m.employers.map((name) => org('employer', name, m, [], false));

    const gpsByOffice = gpOffices.map((office) => [1, 2, 3].map(() => staff(office, 'gp', 'Fastlege', true)));
    const advisers = [1, 2, 3].map(() => staff(nav, 'nav_adviser', 'Veileder sykefraværsoppfølging', false));
    const manager = staff(nav, 'nav_manager', 'Avdelingsleder', false);
    const advisoryPhysicians = [1, 2].map(() => staff(rolUnit, 'advisory_physician', 'Rådgivende lege', true, 40));
    const coordinator = staff(rolUnit, 'coordinating_physician', 'Koordinerende rådgivende lege', true, 60);
    const municipalPhysician = staff(municipality, 'municipal_physician', 'Kommuneoverlege', true);
    const practiceConsultant = staff(hospital, 'practice_consultant', 'Praksiskonsulent', true, 20);
    const forumSecretary = staff(hospital, 'forum_secretary', 'Sekretær for samarbeidsforum', false, 50);
    const teamMember = staff(gpOffices[0]!, 'team_member', random.chance(0.5) ? 'Kognitiv terapeut' : 'Jobbspesialist', false);
    const managers = employers.map((e) => staff(e, 'employer', 'Nærmeste leder', false));

    gpOffices.forEach((office, i) => {
      data.contactRoles.push(
        { organisation_id: office.id, person_id: advisers[i % advisers.length]!.id, purpose: 'nav_contact', note: 'Fast kontaktperson i NAV for legekontoret' },
        { organisation_id: office.id, person_id: manager.id, purpose: 'escalation', note: 'Ved uteblitte svar fra NAV' },
        { organisation_id: office.id, person_id: advisoryPhysicians[i % 2]!.id, purpose: 'callback', note: 'Rådgivende lege ringer tilbake innen to virkedager' },
      );
    });
    data.contactRoles.push({ organisation_id: nav.id, person_id: gpsByOffice[0]![0]!.id, purpose: 'gp_contact', note: 'Kontaktlege for NAV-kontoret' });

    return { m, municipality, nav, hospital, rolUnit, gpOffices, employers, gpsByOffice, advisers, manager, advisoryPhysicians, coordinator, municipalPhysician, practiceConsultant, forumSecretary, teamMember, managers };
  });

  // A person with two hats: GP 80 % in Larvik and municipal physician 20 % in Sandefjord.
  const larvik = byMunicipality[0]!;
  const sandefjordSpec: MunicipalitySpec = { number: '3907', name: 'Sandefjord', postalCode: '3210', county: 'Vestfold', hospital: '', gpOffices: [], employers: [] };
  const sandefjord = org('municipality', 'Sandefjord kommune', sandefjordSpec, NAV_HOURS, true);
  const twoHats = larvik.gpsByOffice[0]![0]!;
  const twoHatsGpPosition = data.positions.find((p) => p.person_id === twoHats.id)!;
  twoHatsGpPosition.share_percent = 80;
  data.positions.push({ person_id: twoHats.id, organisation_id: sandefjord.id, role: 'municipal_physician', title: 'Kommuneoverlege', share_percent: 20, valid_from: '2021-01-01' });

  for (const group of byMunicipality) {
    const count = 60;
    for (let i = 0; i < count; i++) {
      const drawnOffice = random.int(0, group.gpOffices.length - 1);
      const drawnGp = random.pick(group.gpsByOffice[drawnOffice]!);
      // Every fourth person in Larvik is on the demo GP's list, so their lists are not near empty.
      // (Drawn first anyway, so the rest of the demo data stays the same.)
      const onDemoList = group === larvik && i % 4 === 0;
      const officeIndex = onDemoList ? 0 : drawnOffice;
      const gp = onDemoList ? twoHats : drawnGp;
      const year = random.int(1960, 2004);
      const birth = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const protection: Protection = i === 5 ? 'strengt_fortrolig' : i === 6 || i === 7 ? 'fortrolig' : 'none';
      data.citizens.push({
        id: random.uuid(),
        fnr: syntheticFnr(random, birth),
        given_name: random.pick(GIVEN_NAMES),
        family_name: random.pick(FAMILY_NAMES),
        birth_date: birth,
        street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
        postal_code: group.m.postalCode,
        city: group.m.name,
        municipality_number: group.m.number,
        municipality_name: group.m.name,
        phone: phone(),
        protection,
        shielded: i === 8 || i === 9,
        regular_gp_person_id: gp.id,
        gp_office_id: group.gpOffices[officeIndex]!.id,
        nav_office_id: group.nav.id,
        employer_id: random.chance(0.85) ? random.pick(group.employers).id : null,
      });
    }
  }

  // The demo patient is a patient of the demo GP, so a visit by one shows in the other's access log.
  const demoPatient = data.citizens.find((c) => c.regular_gp_person_id === twoHats.id && c.protection === 'none' && !c.shielded)!;
  const kristiansand = byMunicipality[1]!;
  const protectedPatient = data.citizens.find((c) => c.nav_office_id === larvik.nav.id && c.protection === 'strengt_fortrolig')!;
  const user = (role: Role, person: DemoPerson | null, organisation: DemoOrganisation | null, description: string, grants: string[] = [], citizen?: DemoCitizen) =>
    data.users.push({ id: random.uuid(), role, person_id: person?.id ?? null, citizen_id: citizen?.id ?? null, organisation_id: organisation?.id ?? null, grants, description });

  user('gp', twoHats, larvik.gpOffices[0]!, 'Fastlege med 80 % stilling; har også en hatt som kommuneoverlege i Sandefjord');
  user('municipal_physician', twoHats, sandefjord, 'Samme person som fastlegen over, her i rollen som kommuneoverlege (20 %)');
  user('gp', kristiansand.gpsByOffice[1]![0]!, kristiansand.gpOffices[1]!, 'Fastlege i Kristiansand');
  user('nav_adviser', larvik.advisers[0]!, larvik.nav, 'Veileder for sykefraværsoppfølging');
  user('nav_adviser', larvik.advisers[1]!, larvik.nav, 'Veileder med særskilt tilgang til vernede og skjermede personer', ['protected_address', 'shielded']);
  user('nav_manager', larvik.manager, larvik.nav, 'Leder og eskaleringspunkt for NAV Larvik');
  user('advisory_physician', larvik.advisoryPhysicians[0]!, larvik.rolUnit, 'Rådgivende lege, 40 % stilling');
  user('coordinating_physician', larvik.coordinator, larvik.rolUnit, 'Leder de rådgivende legene i fylket');
  user('practice_consultant', larvik.practiceConsultant, larvik.hospital, 'Fastlege i bistilling som praksiskonsulent ved sykehuset');
  user('forum_secretary', larvik.forumSecretary, larvik.hospital, 'Sekretariat for samarbeidsforum fastleger–sykehus');
  user('forum_member', kristiansand.practiceConsultant, kristiansand.hospital, 'Medlem av samarbeidsutvalg (LSU)');
  user('team_member', larvik.teamMember, larvik.gpOffices[0]!, 'Samlokalisert team på legekontoret (Arbeidsfokus): kognitiv terapeut og teamleder');
  user('employer', larvik.managers[0]!, larvik.employers[0]!, 'Nærmeste leder hos arbeidsgiver');
  user('patient', null, null, 'Sykmeldt, pasient hos fastlegen over', [], demoPatient);
  user('patient', null, null, 'Person med strengt fortrolig adresse', [], protectedPatient);
  const admin = person(false);
  user('admin', admin, null, 'Forvalter katalog og konfigurasjon; ser ikke saksinnhold');

  // The work-focus team (issue 8, report 003): drawn last, so every earlier draw stays the same.
  // The co-located team member is its cognitive therapist (the title says so, whatever was drawn);
  // the job specialist (IPS) comes from NAV Larvik to the GP office on Tuesdays and Thursdays.
  const therapistPosition = data.positions.find((p) => p.person_id === larvik.teamMember.id)!;
  therapistPosition.title = 'Kognitiv terapeut';
  const jobSpecialist = staff(larvik.nav, 'team_member', 'Jobbspesialist (IPS)', false, 50);
  user('team_member', jobSpecialist, larvik.nav, 'Jobbspesialist (IPS) i Arbeidsfokus-teamet, fra NAV Larvik');

  return data;
}

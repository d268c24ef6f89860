import type { TestClient } from './test-app.js';

/** Small, complete catalogue contents for the integration tests (synthetic, not report 002). */
export function fixtureModel(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    reportSection: null,
    title: `Testmodell ${slug}`,
    idealTypeSummary: ['Fastleger og sykehuset møtes fast om pasientforløp', 'Praksiskonsulent leder arbeidet'],
    inspiredBy: 'Testkommune',
    levels: ['gp_hospital'],
    domains: ['hospital_liaison'],
    sites: [{ municipality: 'Testvik', county: 'Testfylke', population: 12_000, distanceToHospitalKm: 80, travelTimeToHospitalMinutes: 70 }],
    gpOfficeKind: 'private',
    purpose: 'Bedre samhandling om utskrivning og epikriser.',
    participants: ['Fastleger', 'Sykehusleger'],
    gpRole: { intensity: 'active', description: 'Fastlegene deltar i møtene.' },
    steering: ['health_trust'],
    relationshipType: 'collaboration',
    motive: null,
    trigger: null,
    phases: [],
    coordination: {},
    financing: null,
    tariffs: null,
    legalBasis: [],
    prerequisites: [],
    experiences: { works: [], challenges: [] },
    facts: [],
    status: 'established',
    sources: [{ citation: 'Testkilde', informant: null, date: null }],
    ...overrides,
  };
}

export function fixtureMeasure(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    title: `Testtiltak ${slug}`,
    titleEn: `Test measure ${slug}`,
    category: 'sick_leave_option',
    summary: 'Et tiltak som gjør det lettere å kombinere sykmelding og arbeid.',
    whatItIs: ['Pasienten er delvis sykmeldt og jobber resten av tiden.'],
    whoMayQualify: ['Arbeidstakere med sykepenger'],
    whoDecides: null,
    howGpSuggests: [{ channel: 'sick_note', howTo: 'Kryss av i sykmeldingen.' }],
    misunderstandings: [],
    legalBasis: [],
    relatedSickNoteFields: [],
    related: [],
    sources: [{ citation: 'Testkilde', url: null }],
    ...overrides,
  };
}

type Entry = { id: string; workingVersion: number; status: string };

/** Creates a draft as `author`, submits it, and publishes it as `reviewer`: the entry as published. */
export async function publishNew(author: TestClient, reviewer: TestClient, kind: string, slug: string, content: Record<string, unknown>): Promise<Entry> {
  const created = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind, slug, content } });
  if (created.statusCode !== 201) throw new Error(`create ${slug}: ${created.statusCode} ${created.body}`);
  const entry = created.json() as Entry;
  const submitted = await author.request({ method: 'POST', url: `/api/catalogue/entries/${entry.id}/transitions`, payload: { action: 'submit', version: entry.workingVersion } });
  if (submitted.statusCode !== 200) throw new Error(`submit ${slug}: ${submitted.statusCode} ${submitted.body}`);
  const published = await reviewer.request({ method: 'POST', url: `/api/catalogue/entries/${entry.id}/transitions`, payload: { action: 'publish', version: entry.workingVersion } });
  if (published.statusCode !== 200) throw new Error(`publish ${slug}: ${published.statusCode} ${published.body}`);
  return published.json() as Entry;
}

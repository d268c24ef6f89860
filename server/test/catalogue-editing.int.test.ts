import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureModel, publishNew } from './catalogue-fixtures.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

type Entry = { id: string; workingVersion: number; publishedVersion: number | null; status: string; problems: Array<{ code: string; fields: string[] }>; allowedTransitions: string[]; mayPublish: boolean };

describe.each(DB_KINDS)('catalogue editing (%s)', (kind) => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let admin: TestClient;
  let gp: TestClient;

  const create = async (client: TestClient, slug: string, content: Record<string, unknown>, entryKind = 'model') => {
    const res = await client.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: entryKind, slug, content } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Entry;
  };
  const transition = (client: TestClient, entry: { id: string; workingVersion: number }, action: string, note?: string) =>
    client.request({ method: 'POST', url: `/api/catalogue/entries/${entry.id}/transitions`, payload: { action, version: entry.workingVersion, ...(note ? { note } : {}) } });
  const save = (client: TestClient, id: string, baseVersion: number, content: Record<string, unknown>) =>
    client.request({ method: 'PUT', url: `/api/catalogue/entries/${id}`, payload: { baseVersion, content } });
  const publicModel = (slug: string) => t.request({ method: 'GET', url: `/api/public/catalogue/models/${slug}` });

  beforeAll(async () => {
    t = await startTestApp({ db: kind });
    author = await t.signIn('practice_consultant');
    reviewer = await t.signIn('forum_secretary');
    admin = await t.signIn('admin');
    gp = await t.signIn('gp');
  });
  afterAll(async () => t?.close());

  it('tells who is an editor, and refuses editing to others', async () => {
    expect((await author.request({ method: 'GET', url: '/api/catalogue/me' })).json()).toEqual({ editor: true });
    expect((await gp.request({ method: 'GET', url: '/api/catalogue/me' })).json()).toEqual({ editor: false });
    const refused = await gp.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'model', slug: 'gp-forsok', content: fixtureModel('gp-forsok') } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CATALOGUE_NOT_EDITOR');
    expect((await t.request({ method: 'GET', url: '/api/catalogue/entries' })).statusCode).toBe(401);
  });

  it('keeps drafts and entries in review out of public view, and shows them once published by another editor', async () => {
    const entry = await create(author, 'arbeidsflyt-modell', fixtureModel('arbeidsflyt-modell'));
    expect(entry.status).toBe('draft');
    expect((await publicModel('arbeidsflyt-modell')).statusCode).toBe(404);
    const submitted = await transition(author, entry, 'submit');
    expect(submitted.json().status).toBe('in_review');
    expect((await publicModel('arbeidsflyt-modell')).statusCode).toBe(404);
    const list = (await t.request({ method: 'GET', url: '/api/public/catalogue/models?q=arbeidsflyt' })).json() as { items: Array<{ slug: string }> };
    expect(list.items.map((i) => i.slug)).not.toContain('arbeidsflyt-modell');

    const selfPublish = await transition(author, entry, 'publish');
    expect(selfPublish.statusCode).toBe(403);
    expect(selfPublish.json().code).toBe('CATALOGUE_REVIEWER_IS_AUTHOR');
    const published = await transition(reviewer, entry, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedVersion: 1 });
    const page = (await publicModel('arbeidsflyt-modell')).json();
    expect(page).toMatchObject({ slug: 'arbeidsflyt-modell', version: 1, content: { title: 'Testmodell arbeidsflyt-modell' } });
    expect(page.versions[0]).toMatchObject({ version: 1 });
  });

  it('keeps the published version public while a revision is drafted, and keeps every version readable', async () => {
    const entry = await publishNew(author, reviewer, 'model', 'revisjon-modell', fixtureModel('revisjon-modell'));
    const revised = await save(reviewer, entry.id, 1, fixtureModel('revisjon-modell', { purpose: 'Nytt formål' }));
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ status: 'draft', workingVersion: 2, publishedVersion: 1 });
    expect((await publicModel('revisjon-modell')).json().content.purpose).toBe('Bedre samhandling om utskrivning og epikriser.');
    const v1 = await author.request({ method: 'GET', url: `/api/catalogue/entries/${entry.id}/versions/1` });
    expect(v1.json().content.purpose).toBe('Bedre samhandling om utskrivning og epikriser.');
    const v2 = (await author.request({ method: 'GET', url: `/api/catalogue/entries/${entry.id}/versions/2` })).json();
    expect(v2.changes).toEqual([{ field: 'purpose', before: 'Bedre samhandling om utskrivning og epikriser.', after: 'Nytt formål' }]);
    expect(v2.authorName).toBe(reviewer.me.name);
    // The reviser cannot publish their own revision; the original author, who did not write it, can.
    await transition(reviewer, { id: entry.id, workingVersion: 2 }, 'submit');
    expect((await transition(reviewer, { id: entry.id, workingVersion: 2 }, 'publish')).json().code).toBe('CATALOGUE_REVIEWER_IS_AUTHOR');
    expect((await transition(author, { id: entry.id, workingVersion: 2 }, 'publish')).statusCode).toBe(200);
    expect((await publicModel('revisjon-modell')).json()).toMatchObject({ version: 2, content: { purpose: 'Nytt formål' } });
  });

  it('refuses illegal transitions with a code, naming what is allowed', async () => {
    const entry = await create(author, 'overgang-modell', fixtureModel('overgang-modell'));
    const early = await transition(reviewer, entry, 'publish');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'CATALOGUE_TRANSITION_INVALID', details: { status: 'draft', action: 'publish', allowed: ['submit', 'archive'] } });
    expect((await transition(author, entry, 'return')).json().code).toBe('CATALOGUE_TRANSITION_INVALID');
    expect((await transition(author, entry, 'restore')).json().code).toBe('CATALOGUE_TRANSITION_INVALID');
    await transition(author, entry, 'submit');
    expect((await transition(author, entry, 'submit')).json().code).toBe('CATALOGUE_TRANSITION_INVALID');
    const editInReview = await save(author, entry.id, 1, fixtureModel('overgang-modell'));
    expect(editInReview.statusCode).toBe(409);
    expect(editInReview.json().code).toBe('CATALOGUE_TRANSITION_INVALID');
    const returned = await transition(reviewer, entry, 'return', 'Mangler kilder');
    expect(returned.json()).toMatchObject({ status: 'draft', reviewNote: 'Mangler kilder' });
    const archived = await transition(author, entry, 'archive');
    expect(archived.json().status).toBe('archived');
    expect((await save(author, entry.id, 1, fixtureModel('overgang-modell'))).json().code).toBe('CATALOGUE_TRANSITION_INVALID');
    expect((await transition(author, entry, 'restore')).json().status).toBe('draft');
  });

  it('archiving takes a published entry out of public view', async () => {
    const entry = await publishNew(author, reviewer, 'model', 'arkiv-modell', fixtureModel('arkiv-modell'));
    expect((await publicModel('arkiv-modell')).statusCode).toBe(200);
    await transition(author, { id: entry.id, workingVersion: 1 }, 'archive');
    expect((await publicModel('arkiv-modell')).statusCode).toBe(404);
  });

  it.each([
    ['required fields missing', { purpose: '', participants: [], gpRole: { description: '' } }, 'CATALOGUE_REQUIRED_FIELDS_MISSING', ['purpose', 'participants', 'gpRole.intensity', 'gpRole.description']],
    ['a population that is not positive', { sites: [{ municipality: 'A', county: null, population: -5, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }] }, 'CATALOGUE_NUMBER_NOT_POSITIVE', ['sites[0].population']],
    ['a population that is not a whole number', { sites: [{ municipality: 'A', county: null, population: 12.5, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }] }, 'CATALOGUE_NUMBER_NOT_POSITIVE', ['sites[0].population']],
    ['a distance of zero and a negative travel time', { sites: [{ municipality: 'A', county: null, population: 100, distanceToHospitalKm: 0, travelTimeToHospitalMinutes: -10 }] }, 'CATALOGUE_NUMBER_NOT_POSITIVE', ['sites[0].distanceToHospitalKm', 'sites[0].travelTimeToHospitalMinutes']],
    ['a broken internal link', { purpose: 'Se [tiltaket](/kunnskap/tiltak/finnes-ikke) og [modellen](/kunnskap/modell/finnes-heller-ikke).' }, 'CATALOGUE_LINK_BROKEN', ['/kunnskap/tiltak/finnes-ikke', '/kunnskap/modell/finnes-heller-ikke']],
  ])('refuses to publish a model with %s (%s)', async (label, overrides, code, fields) => {
    const slug = `feil-${label.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;
    const entry = await create(author, slug, fixtureModel(slug, overrides));
    expect(entry.problems.map((p) => p.code)).toContain(code);
    await transition(author, entry, 'submit');
    const res = await transition(reviewer, entry, 'publish');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code, details: { fields } });
    expect((await publicModel(slug)).statusCode).toBe(404);
    const after = (await reviewer.request({ method: 'GET', url: `/api/catalogue/entries/${entry.id}` })).json();
    expect(after).toMatchObject({ status: 'in_review', publishedVersion: null });
  });

  it('accepts an internal link to something published, and refuses content of the wrong shape', async () => {
    await publishNew(author, reviewer, 'model', 'lenkemaal', fixtureModel('lenkemaal'));
    const entry = await create(author, 'lenker-riktig', fixtureModel('lenker-riktig', { purpose: 'Bygger på [lenkemålet](/kunnskap/modell/lenkemaal).' }));
    expect(entry.problems).toEqual([]);
    await transition(author, entry, 'submit');
    expect((await transition(reviewer, entry, 'publish')).statusCode).toBe(200);
    const linked = (await publicModel('lenkemaal')).json();
    expect(linked.linkedFrom).toEqual([{ kind: 'model', slug: 'lenker-riktig', title: 'Testmodell lenker-riktig' }]);

    const wrong = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'model', slug: 'feil-form', content: { ...fixtureModel('feil-form'), rating: 5 } } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('CATALOGUE_CONTENT_INVALID');
    const badLevel = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'model', slug: 'feil-niva', content: fixtureModel('feil-niva', { levels: ['national'] }) } });
    expect(badLevel.json().code).toBe('CATALOGUE_CONTENT_INVALID');
    const numberAsText = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'model', slug: 'feil-tall', content: fixtureModel('feil-tall', { sites: [{ municipality: 'A', county: null, population: 'mange', distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }] }) } });
    expect(numberAsText.json().code).toBe('CATALOGUE_CONTENT_INVALID');
    const taken = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'model', slug: 'lenkemaal', content: fixtureModel('lenkemaal') } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('CATALOGUE_SLUG_TAKEN');
  });

  it('refuses a stale save with the other editor’s name, time and changes', async () => {
    const entry = await create(author, 'konflikt-modell', fixtureModel('konflikt-modell'));
    const first = await save(reviewer, entry.id, 1, fixtureModel('konflikt-modell', { purpose: 'Redaktør B sitt formål', financing: 'Kommunen betaler' }));
    expect(first.statusCode).toBe(200);
    const stale = await save(author, entry.id, 1, fixtureModel('konflikt-modell', { purpose: 'Redaktør A sitt formål' }));
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body.code).toBe('CATALOGUE_EDIT_CONFLICT');
    expect(body.details.current.version).toBe(2);
    expect(body.details.current.editors).toEqual([{ version: 2, name: reviewer.me.name, at: expect.any(String) }]);
    expect(body.details.current.changes).toEqual([
      { field: 'financing', before: null, after: 'Kommunen betaler' },
      { field: 'purpose', before: 'Bedre samhandling om utskrivning og epikriser.', after: 'Redaktør B sitt formål' },
    ]);
    // Nothing was overwritten: the stored version is B's.
    const now = (await author.request({ method: 'GET', url: `/api/catalogue/entries/${entry.id}` })).json();
    expect(now.content.purpose).toBe('Redaktør B sitt formål');
    // A transition based on the old version is refused the same way.
    expect((await transition(author, entry, 'submit')).json().code).toBe('CATALOGUE_EDIT_CONFLICT');
  });

  it('lets two saves race on one version with exactly one winner', async () => {
    const entry = await create(author, 'kapplop-modell', fixtureModel('kapplop-modell'));
    const results = await Promise.all([
      save(author, entry.id, 1, fixtureModel('kapplop-modell', { purpose: 'A' })),
      save(reviewer, entry.id, 1, fixtureModel('kapplop-modell', { purpose: 'B' })),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('lets an admin publish their own work, and audits editorial writes as content editing', async () => {
    const entry = await create(admin, 'admin-modell', fixtureModel('admin-modell'));
    await transition(admin, entry, 'submit');
    expect((await transition(admin, entry, 'publish')).statusCode).toBe(200);
    const rows = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'catalogue_entry').where('object_id', '=', entry.id).select(['action', 'purpose', 'actor_name']).orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
    expect(new Set(rows.map((r) => r.purpose))).toEqual(new Set(['content_editing']));
  });

  it('lists entries for editors, newest first, with the demo model waiting for review', async () => {
    const list = (await reviewer.request({ method: 'GET', url: '/api/catalogue/entries?status=in_review' })).json() as { items: Array<{ slug: string; status: string; lastAuthorName: string }> };
    expect(list.items.every((i) => i.status === 'in_review')).toBe(true);
    expect(list.items.map((i) => i.slug)).toContain('faste-moter-fastleger-og-nav-larvik');
  });

  it('pre-fills a new draft model from the structured interview', async () => {
    const guide = (await author.request({ method: 'GET', url: '/api/catalogue/interview-guide' })).json() as { questions: Array<{ key: string; choices: string[] }> };
    expect(guide.questions.find((q) => q.key === 'q3-legekontor')!.choices).toEqual(['municipal', 'private', 'mixed', 'unknown']);
    const res = await author.request({
      method: 'POST',
      url: '/api/catalogue/interviews',
      payload: {
        slug: 'intervju-modell',
        title: 'Modell fra intervju',
        informant: 'Kommuneoverlege',
        sites: [{ municipality: 'Småby', county: 'Nordland', population: 3000, distanceToHospitalKm: 150, travelTimeToHospitalMinutes: 120 }],
        answers: { 'q1-kommunestorrelse': 'Om lag 3 000 innbyggere', 'q3-legekontor': 'municipal', 'q6b-rutiner': 'Faste møter hver uke', 't-deltakere': 'Fastleger\nHjemmetjenesten', 'q6i-styring': 'doctor,municipality' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const entry = res.json();
    expect(entry).toMatchObject({ kind: 'model', slug: 'intervju-modell', status: 'draft', workingVersion: 1 });
    expect(entry.content).toMatchObject({
      title: 'Modell fra intervju',
      gpOfficeKind: 'municipal',
      participants: ['Fastleger', 'Hjemmetjenesten'],
      coordination: { routines: 'Faste møter hver uke' },
      steering: ['doctor', 'municipality'],
      sites: [{ municipality: 'Småby', population: 3000 }],
      sources: [{ informant: 'Kommuneoverlege' }],
    });
    expect(entry.content.facts).toContainEqual({ label: expect.stringContaining('Kommunestørrelse'), value: 'Om lag 3 000 innbyggere' });
    expect(entry.problems[0].code).toBe('CATALOGUE_REQUIRED_FIELDS_MISSING');
    const badChoice = await author.request({ method: 'POST', url: '/api/catalogue/interviews', payload: { slug: 'intervju-feil-valg', title: 'X', answers: { 'q3-legekontor': 'hospital' } } });
    expect(badChoice.json()).toMatchObject({ code: 'CATALOGUE_INTERVIEW_ANSWER_INVALID', details: { invalid: ['q3-legekontor: hospital'] } });
  });

  it('refuses interview answers to questions the guide does not have', async () => {
    const res = await author.request({ method: 'POST', url: '/api/catalogue/interviews', payload: { slug: 'intervju-feil', title: 'Intervju', answers: { 'no-such-question': 'svar' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'CATALOGUE_INTERVIEW_ANSWER_INVALID', details: { invalid: ['no-such-question'] } });
  });
});

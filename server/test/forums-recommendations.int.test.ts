import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_TEMPLATE } from '../src/modules/forums/domain/assessment-template.js';
import { readAtom } from './atom-reader.js';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

const DAY = 86_400_000;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

interface Setup {
  bodyId: string;
  submissionId: string;
  members: Record<'leader' | 'secretary' | 'a' | 'b' | 'c' | 'ended', string>;
}

/** A committee of five current members and one whose term has ended, with an accepted deviation from a GP. */
async function setUp(t: TestApp, users: Record<'leader' | 'secretary' | 'a' | 'b' | 'ended' | 'submitter', TestClient>): Promise<Setup> {
  const db = t.database.db;
  const now = new Date();
  const body = await db
    .insertInto('forum_body')
    .values({ kind: 'committee', name: 'Testutvalget', slug: `testutvalget-${Math.random().toString(36).slice(2, 8)}`, mandate: 'Vurdere avvik', owner: 'Overordnet samarbeidsutvalg', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seat = async (userId: string | null, name: string, role: 'leader' | 'secretary' | 'member', termEnd: string | null = null) =>
    (
      await db
        .insertInto('forum_member')
        .values({ body_id: body.id, user_id: userId, name, represents: 'gp', role, appointed_how: 'elected', term_start: day(-400), term_end: termEnd, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const members = {
    leader: await seat(users.leader.userId, 'Leder Lie', 'leader'),
    secretary: await seat(users.secretary.userId, 'Sekretær Sand', 'secretary'),
    a: await seat(users.a.userId, 'Medlem Aas', 'member'),
    b: await seat(users.b.userId, 'Medlem Berg', 'member'),
    c: await seat(null, 'Medlem Dahl', 'member'),
    ended: await seat(users.ended.userId, 'Tidligere Moe', 'member', day(-10)),
  };
  const submission = await db
    .insertInto('forum_submission')
    .values({
      body_id: body.id,
      kind: 'deviation',
      status: 'accepted',
      title: 'Epikrise kom ikke etter utskrivning',
      fields: JSON.stringify({ whatHappened: 'Epikrisen kom tre uker etter utskrivning fra medisinsk avdeling.' }),
      themes: ['discharge_summaries'],
      submitted_by: users.submitter.userId,
      submitter_name: users.submitter.me.name,
      submitter_role: 'gp',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { bodyId: body.id, submissionId: submission.id, members };
}

async function heldMeeting(t: TestApp, bodyId: string, present: string[], status: 'held' | 'planned' = 'held'): Promise<string> {
  const now = new Date();
  const row = await t.database.db
    .insertInto('forum_meeting')
    .values({ body_id: bodyId, kind: 'ordinary', title: 'Utvalgsmøte', starts_at: new Date(Date.now() - 2 * 3_600_000), status, present_member_ids: present, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each(DB_KINDS)('forum assessment and recommendations (%s)', (kind) => {
  let t: TestApp;
  let users: Record<'leader' | 'secretary' | 'a' | 'b' | 'ended' | 'submitter' | 'admin', TestClient>;
  let setup: Setup;

  beforeAll(async () => {
    t = await startTestApp({ db: kind });
    const demo = (await t.request({ method: 'GET', url: '/api/auth/demo-users' })).json() as Array<{ id: string; role: string }>;
    const gps = demo.filter((u) => u.role === 'gp');
    users = {
      leader: await t.signIn('forum_member'),
      secretary: await t.signIn('forum_secretary'),
      a: await t.signIn('practice_consultant'),
      b: await t.signIn('municipal_physician'),
      ended: await signInAs(t.request, gps[1]!.id),
      submitter: await signInAs(t.request, gps[0]!.id),
      admin: await t.signIn('admin'),
    };
    setup = await setUp(t, users);
  }, 120_000);
  afterAll(async () => t?.close());

  let assessmentId: string;
  let recommendationId: string;
  let slug: string;

  it('serves the shipped SUFF-based template until the body saves its own version', async () => {
    const shipped = await users.a.request({ method: 'GET', url: `/api/forums/${setup.bodyId}/assessment-template` });
    expect(shipped.statusCode).toBe(200);
    expect(shipped.json()).toMatchObject({ version: 1, shipped: true });
    const bad = await users.secretary.request({ method: 'PUT', url: `/api/forums/${setup.bodyId}/assessment-template`, payload: { definition: { sections: [] } } });
    expect(bad.json().code).toBe('FORUM_TEMPLATE_INVALID');
    const own = { sections: [...DEFAULT_ASSESSMENT_TEMPLATE.sections, { key: 'local', nb: 'Lokale forhold', en: 'Local matters', items: [{ key: 'local_routines', nb: 'Lokale rutiner', en: 'Local routines' }] }] };
    const saved = await users.secretary.request({ method: 'PUT', url: `/api/forums/${setup.bodyId}/assessment-template`, payload: { definition: own } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, shipped: false, bodyId: setup.bodyId });
    const member = await users.a.request({ method: 'PUT', url: `/api/forums/${setup.bodyId}/assessment-template`, payload: { definition: own } });
    expect(member.json().code).toBe('FORUM_NOT_A_MANAGER');
  });

  it('assigns current members only, and two members assess the case seeing each other’s answers', async () => {
    const url = `/api/forum-submissions/${setup.submissionId}/assessment`;
    const ended = await users.secretary.request({ method: 'POST', url, payload: { memberIds: [setup.members.a, setup.members.ended] } });
    expect(ended.json().code).toBe('FORUM_ASSIGNEE_INVALID');
    const started = await users.secretary.request({ method: 'POST', url, payload: { memberIds: [setup.members.a, setup.members.b] } });
    expect(started.statusCode).toBe(201);
    assessmentId = started.json().id;
    expect((await users.secretary.request({ method: 'POST', url, payload: { memberIds: [setup.members.a] } })).json().code).toBe('FORUM_ASSESSMENT_EXISTS');

    const answers = `/api/forum-assessments/${assessmentId}/answers`;
    expect((await users.a.request({ method: 'PUT', url: answers, payload: { items: { patient: 'Risiko for feilmedisinering.', local_routines: 'Mangler.' } } })).statusCode).toBe(200);
    expect((await users.b.request({ method: 'PUT', url: answers, payload: { items: { municipality: 'Hjemmetjenesten mangler oppdatert legemiddelliste.' } } })).statusCode).toBe(200);
    expect((await users.a.request({ method: 'PUT', url: answers, payload: { items: { nope: 'x' } } })).json().code).toBe('FORUM_ANSWER_INVALID');
    expect((await users.secretary.request({ method: 'PUT', url: answers, payload: { items: { patient: 'x' } } })).json().code).toBe('FORUM_NOT_ASSIGNED');
    expect((await users.ended.request({ method: 'GET', url: `/api/forum-assessments/${assessmentId}` })).json().code).toBe('FORUM_TERM_ENDED');
    expect((await users.submitter.request({ method: 'GET', url: `/api/forum-assessments/${assessmentId}` })).json().code).toBe('FORUM_NOT_A_MEMBER');

    const seen = (await users.a.request({ method: 'GET', url: `/api/forum-assessments/${assessmentId}` })).json();
    expect(seen.template.definition.sections.at(-1).key).toBe('local');
    expect(seen.answers).toEqual(expect.arrayContaining([expect.objectContaining({ memberName: 'Medlem Berg', itemKey: 'municipality' }), expect.objectContaining({ memberName: 'Medlem Aas', itemKey: 'patient' })]));
    expect(seen.submission.status).toBe('in_assessment');
  });

  it('lets only the leader conclude, which marks the case assessed', async () => {
    const url = `/api/forum-assessments/${assessmentId}/conclusion`;
    expect((await users.secretary.request({ method: 'PUT', url, payload: { text: 'Konklusjon' } })).json().code).toBe('FORUM_NOT_LEADER');
    expect((await users.leader.request({ method: 'PUT', url, payload: { text: '   ' } })).json().code).toBe('FORUM_TEXT_EMPTY');
    const done = await users.leader.request({ method: 'PUT', url, payload: { text: 'Sykehuset bør sende epikrise samme dag som utskrivning.' } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ concludedByName: users.leader.me.name, canAnswer: false, submission: { status: 'assessed' } });
    expect((await users.a.request({ method: 'PUT', url: `/api/forum-assessments/${assessmentId}/answers`, payload: { items: { gp: 'sent' } } })).json().code).toBe('FORUM_ASSESSMENT_CONCLUDED');
  });

  it('drafts a recommendation that cannot be published before approval, nor approved without quorum', async () => {
    const created = await users.secretary.request({
      method: 'POST',
      url: `/api/forums/${setup.bodyId}/recommendations`,
      payload: {
        title: 'Epikrise og legemiddelliste ved utskrivning',
        summary: 'Epikrisen sendes fastlegen samme dag.',
        text: 'Sykehusene sender epikrise med oppdatert legemiddelliste til fastlegen og hjemmetjenesten samme dag som pasienten skrives ut.',
        submissionIds: [setup.submissionId],
        themes: ['discharge_summaries', 'medication_lists'],
        owner: 'Overordnet samarbeidsutvalg',
        administrator: 'Praksiskonsulentordningen',
      },
    });
    expect(created.statusCode).toBe(201);
    recommendationId = created.json().id;
    slug = created.json().slug;
    expect(created.json()).toMatchObject({ status: 'draft', slug: 'epikrise-og-legemiddelliste-ved-utskrivning', submissionIds: [setup.submissionId] });

    const publish = `/api/forum-recommendations/${recommendationId}/publish`;
    expect((await users.secretary.request({ method: 'POST', url: publish })).json().code).toBe('FORUM_NOT_APPROVED');
    const approve = `/api/forum-recommendations/${recommendationId}/approve`;
    // Two of five current members, and one whose term has ended (who does not count).
    const thin = await heldMeeting(t, setup.bodyId, [setup.members.leader, setup.members.a, setup.members.ended]);
    const refused = await users.secretary.request({ method: 'POST', url: approve, payload: { meetingId: thin } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('FORUM_QUORUM_NOT_MET');
    const planned = await heldMeeting(t, setup.bodyId, [setup.members.leader, setup.members.a, setup.members.b], 'planned');
    expect((await users.secretary.request({ method: 'POST', url: approve, payload: { meetingId: planned } })).json().code).toBe('FORUM_APPROVAL_MEETING_INVALID');
    expect((await users.a.request({ method: 'POST', url: approve, payload: { meetingId: thin } })).json().code).toBe('FORUM_NOT_A_MANAGER');
    const mixed = await users.secretary.request({ method: 'POST', url: `/api/forums/${setup.bodyId}/recommendations`, payload: { title: 'X', text: 'Y', submissionIds: [setup.submissionId], themes: ['weather'] } });
    expect(mixed.json().code).toBe('FORUM_THEME_UNKNOWN');
  });

  it('approves at a held meeting with quorum, publishes, answers the case and tells the submitter', async () => {
    const meetingId = await heldMeeting(t, setup.bodyId, [setup.members.leader, setup.members.a, setup.members.b]);
    const approved = await users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/approve`, payload: { meetingId } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().versions[0]).toMatchObject({ version: 1, approvedMeetingId: meetingId });
    const published = await users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/publish` });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedVersion: 1 });

    const submission = await t.database.db.selectFrom('forum_submission').where('id', '=', setup.submissionId).select(['status', 'outcome']).executeTakeFirstOrThrow();
    expect(submission.status).toBe('answered');
    expect(submission.outcome).toContain('Epikrise og legemiddelliste ved utskrivning');
    const told = await t.database.db.selectFrom('notification').where('user_id', '=', users.submitter.userId).where('event', '=', 'answer_received').select('title_nb').execute();
    expect(told.map((n) => n.title_nb)).toContain('Innmeldingen din er besvart');
  });

  it('shows the published recommendation to the public, in search and in the feed, without personal data', async () => {
    const list = await t.request({ method: 'GET', url: '/api/public/recommendations?q=legemiddellistene utskrivning' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { slug: string }) => i.slug)).toContain(slug);
    expect((await t.request({ method: 'GET', url: '/api/public/recommendations?q=snøskuffe' })).json().total).toBe(0);
    expect((await t.request({ method: 'GET', url: '/api/public/recommendations?theme=medication_lists' })).json().items.map((i: { slug: string }) => i.slug)).toContain(slug);

    const page = await t.request({ method: 'GET', url: `/api/public/recommendations/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ owner: 'Overordnet samarbeidsutvalg', administrator: 'Praksiskonsulentordningen', bodyName: 'Testutvalget', status: 'published', version: 1 });
    expect(page.json().cases).toEqual([{ kind: 'deviation', title: 'Epikrise kom ikke etter utskrivning', themes: ['discharge_summaries'] }]);
    expect(page.body).not.toContain(users.submitter.me.name);
    expect(page.body).not.toContain('tre uker etter');

    const feed = await t.request({ method: 'GET', url: '/api/public/recommendations.atom' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    const atom = readAtom(feed.body);
    expect(atom.root).toBe('feed');
    expect(atom.entries.find((e) => e.link?.endsWith(`/anbefalinger/${slug}`))).toMatchObject({ title: 'Epikrise og legemiddelliste ved utskrivning', categories: ['discharge_summaries', 'medication_lists'] });
  });

  it('keeps the published version public while a revision is drafted, then publishes the revision with its history', async () => {
    const revise = (payload: object) => users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/versions`, payload });
    expect((await revise({ title: 'Ny tittel', text: 'Ny tekst' })).json().code).toBe('FORUM_CHANGE_NOTE_MISSING');
    const revised = await revise({ title: 'Epikrise samme dag', summary: 'Også i helger.', text: 'Epikrise sendes samme dag, også i helger og høytider.', changeNote: 'Gjelder også helger' });
    expect(revised.statusCode).toBe(201);
    expect(revised.json()).toMatchObject({ status: 'draft', publishedVersion: 1 });
    expect((await t.request({ method: 'GET', url: `/api/public/recommendations/${slug}` })).json()).toMatchObject({ title: 'Epikrise og legemiddelliste ved utskrivning', version: 1 });

    const meetingId = await heldMeeting(t, setup.bodyId, [setup.members.leader, setup.members.b, setup.members.c]);
    expect((await users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/approve`, payload: { meetingId } })).statusCode).toBe(200);
    expect((await users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/publish` })).statusCode).toBe(200);
    const page = (await t.request({ method: 'GET', url: `/api/public/recommendations/${slug}` })).json();
    expect(page).toMatchObject({ title: 'Epikrise samme dag', version: 2 });
    expect(page.versions.map((v: { version: number; changeNote: string | null }) => [v.version, v.changeNote])).toEqual([
      [2, 'Gjelder også helger'],
      [1, null],
    ]);
    // The list is ordered by the published version's time, kept on the recommendation by the database.
    const listed = (await t.request({ method: 'GET', url: '/api/public/recommendations?q=helger' })).json();
    expect(listed.items.find((i: { slug: string }) => i.slug === slug)).toMatchObject({ title: 'Epikrise samme dag', publishedAt: page.versions[0].publishedAt });
  });

  it('withdraws with a reason; the recommendation leaves the list but stays readable, marked', async () => {
    const url = `/api/forum-recommendations/${recommendationId}/withdraw`;
    expect((await users.secretary.request({ method: 'POST', url, payload: { reason: ' ' } })).json().code).toBe('FORUM_REASON_MISSING');
    const withdrawn = await users.secretary.request({ method: 'POST', url, payload: { reason: 'Erstattet av nasjonal anbefaling' } });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Erstattet av nasjonal anbefaling' });
    expect((await users.secretary.request({ method: 'POST', url: `/api/forum-recommendations/${recommendationId}/versions`, payload: { title: 'x', text: 'y', changeNote: 'z' } })).json().code).toBe('FORUM_RECOMMENDATION_WITHDRAWN');

    const page = (await t.request({ method: 'GET', url: `/api/public/recommendations/${slug}` })).json();
    expect(page).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Erstattet av nasjonal anbefaling' });
    expect(page.versions).toHaveLength(2);
    const list = (await t.request({ method: 'GET', url: '/api/public/recommendations?q=epikrise' })).json();
    expect(list.items.map((i: { slug: string }) => i.slug)).not.toContain(slug);
    const feed = readAtom((await t.request({ method: 'GET', url: '/api/public/recommendations.atom' })).body);
    expect(feed.entries.find((e) => e.link?.endsWith(`/anbefalinger/${slug}`))?.title).toBe('Trukket tilbake: Epikrise samme dag');
  });

  it('registers an external national recommendation as a published source (admins only)', async () => {
    const payload = { sourceName: 'Norsk forening for allmennmedisin', sourceUrl: 'https://www.legeforeningen.no/foreningsledd/fagmed/norsk-forening-for-allmennmedisin/', title: 'Samhandling mellom fastleger og sykehus', summary: 'Nasjonale anbefalinger om henvisninger og epikriser.', themes: ['referrals'] };
    expect((await users.secretary.request({ method: 'POST', url: '/api/forum-recommendations/external', payload })).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await users.admin.request({ method: 'POST', url: '/api/forum-recommendations/external', payload: { ...payload, sourceUrl: 'http://example.no' } })).json().code).toBe('FORUM_SOURCE_URL_INVALID');
    const created = await users.admin.request({ method: 'POST', url: '/api/forum-recommendations/external', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ external: true, status: 'published', bodyId: null });
    const found = (await t.request({ method: 'GET', url: '/api/public/recommendations?q=henvisninger' })).json();
    expect(found.items).toEqual(expect.arrayContaining([expect.objectContaining({ external: true, sourceName: 'Norsk forening for allmennmedisin', bodyName: null })]));
    expect(found.items.find((i: { external: boolean }) => i.external).publishedAt).toEqual(expect.any(String));
    // Dated the day its source issued it; never a day still to come.
    const dated = { ...payload, title: 'Henvisninger til spesialisthelsetjenesten', issuedOn: '2023-03-15' };
    expect((await users.admin.request({ method: 'POST', url: '/api/forum-recommendations/external', payload: { ...dated, issuedOn: '2999-01-01' } })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const datedSlug = (await users.admin.request({ method: 'POST', url: '/api/forum-recommendations/external', payload: dated })).json().slug;
    expect((await t.request({ method: 'GET', url: `/api/public/recommendations/${datedSlug}` })).json().publishedAt.slice(0, 10)).toBe('2023-03-15');
  });

  it('refuses unknown recommendations and pages with 404, never a 500', async () => {
    expect((await t.request({ method: 'GET', url: '/api/public/recommendations/finnes-ikke' })).json().code).toBe('FORUM_RECOMMENDATION_NOT_FOUND');
    expect((await users.secretary.request({ method: 'GET', url: '/api/forum-recommendations/00000000-0000-4000-8000-000000000000' })).json().code).toBe('FORUM_RECOMMENDATION_NOT_FOUND');
    expect((await t.request({ method: 'GET', url: '/api/public/recommendations?page=999' })).json()).toMatchObject({ items: [], page: 999 });
  });
});

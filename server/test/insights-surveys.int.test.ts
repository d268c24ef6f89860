import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '../src/platform/oslo-date.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

/**
 * Pulse surveys (issue 12 point 2) on both databases: composing and opening with every refusal,
 * single-use links answered without sign-in, results that stay hidden below five respondents,
 * earlier rounds beside a round, and answers that cannot be traced to whoever gave them.
 */
const DAY = 86_400_000;
const today = () => osloDate(new Date());
const inDays = (days: number) => osloDate(new Date(Date.now() + days * DAY));
const LILLESTROM = '3205';
const QUESTIONS = ['info_timely', 'more_dialogue', 'barrier_gp_capacity'];
const GOOD_ANSWERS = { info_timely: 'often', more_dialogue: 'yes', barrier_gp_capacity: 'large' };

describe.each(DB_KINDS)('pulse surveys (%s)', (kind) => {
  let t: TestApp;
  let organiser: TestClient;
  let otherOrganiser: TestClient;
  let gp: TestClient;
  const seenTokens = new Set<string>();

  const call = (client: TestClient | TestApp, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    client.request({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const compose = (client: TestClient, changes: Record<string, unknown> = {}) =>
    call(client, 'POST', '/api/insights/surveys', { title: 'Pulsmåling Lillestrøm', questionKeys: QUESTIONS, audiences: ['gps', 'nav_advisers'], municipalityNumbers: [LILLESTROM], ...changes });
  const answer = (token: string, answers: Record<string, string> = GOOD_ANSWERS) => call(t, 'POST', '/api/public/survey-answers', { token, answers });
  const results = async (id: string) => (await call(organiser, 'GET', `/api/insights/surveys/${id}/results`)).json();

  /** The links e-mailed since the last call, by audience (the questionnaire says whose a link is). */
  async function newLinks(): Promise<{ gps: string[]; nav_advisers: string[] }> {
    const mails = await t.database.db.selectFrom('email_outbox').select('body_text').execute();
    const tokens = mails.flatMap((m) => [...m.body_text.matchAll(/\/sporreundersokelse#([A-Za-z0-9_-]{43})/g)].map((x) => x[1]!)).filter((x) => !seenTokens.has(x));
    const byAudience = { gps: [] as string[], nav_advisers: [] as string[] };
    for (const token of new Set(tokens)) {
      seenTokens.add(token);
      const audience = (await call(t, 'POST', '/api/public/survey-invitation', { token })).json().audience as 'gps' | 'nav_advisers';
      byAudience[audience].push(token);
    }
    return byAudience;
  }

  async function openedSurvey(changes: Record<string, unknown> = {}) {
    const created = await compose(organiser, changes);
    expect(created.statusCode, created.body).toBe(201);
    const opened = await call(organiser, 'POST', `/api/insights/surveys/${created.json().id}/open`, { closesOn: inDays(14) });
    expect(opened.statusCode, opened.body).toBe(200);
    return { survey: opened.json(), links: await newLinks() };
  }

  beforeAll(async () => {
    t = await startTestApp({ db: kind });
    organiser = await t.signIn('advisory_physician');
    otherOrganiser = await t.signIn('municipal_physician');
    gp = await t.signIn('gp', '80 %');
  });
  afterAll(async () => t?.close());

  it('offers the question bank with report 001’s figures to organisers only', async () => {
    expect((await call(gp, 'GET', '/api/insights/survey-bank')).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await call(t, 'GET', '/api/insights/surveys')).statusCode).toBe(401);
    const bank = (await call(organiser, 'GET', '/api/insights/survey-bank')).json();
    const timely = bank.questions.find((q: { key: string }) => q.key === 'info_timely');
    expect(timely.baselines.gps).toMatchObject({ valuePercent: 35, n: 138, group: 'gps' });
    expect(timely.baselines.nav_advisers).toMatchObject({ valuePercent: 65 });
    expect(bank.minRespondents).toBe(5);
  });

  it('comes with a closed and an open demo round in Kristiansand, the open one beside the closed one', async () => {
    const list = (await call(organiser, 'GET', '/api/insights/surveys')).json() as { id: string; title: string; status: string }[];
    const spring = list.find((s) => s.title === 'Pulsmåling Kristiansand – vår')!;
    const autumn = list.find((s) => s.title === 'Pulsmåling Kristiansand – høst')!;
    expect([spring.status, autumn.status]).toEqual(['closed', 'open']);
    const [gps, nav] = (await results(autumn.id)).audiences;
    expect(gps).toMatchObject({ suppressed: false, respondents: 6 });
    expect(nav).toMatchObject({ suppressed: true, respondents: null });
    expect(gps.questions[0].earlier).toEqual([expect.objectContaining({ surveyId: spring.id, sharePercent: expect.any(Number) })]);
    // The Kristiansand demo GP was handed a working link.
    const demoGp = await t.signIn('gp', 'Kristiansand');
    const note = (await call(demoGp, 'GET', '/api/notifications')).json().items.find((n: { link: string }) => n.link.startsWith('/sporreundersokelse#'));
    const token = note.link.split('#')[1];
    expect((await call(t, 'POST', '/api/public/survey-invitation', { token })).json()).toMatchObject({ title: 'Pulsmåling Kristiansand – høst', audience: 'gps' });
  });

  it('refuses every bad composition with its own code', async () => {
    const codeOf = async (changes: Record<string, unknown>) => (await compose(organiser, changes)).json().code;
    expect(await codeOf({ questionKeys: [] })).toBe('SURVEY_NO_QUESTIONS');
    expect(await codeOf({ questionKeys: ['info_timely', 'how_are_you'] })).toBe('SURVEY_QUESTION_UNKNOWN');
    expect(await codeOf({ questionKeys: ['info_timely', 'info_timely'] })).toBe('SURVEY_QUESTION_DUPLICATE');
    expect(await codeOf({ audiences: [] })).toBe('SURVEY_AUDIENCE_MISSING');
    expect(await codeOf({ audiences: ['patients'] })).toBe('SURVEY_AUDIENCE_MISSING');
    expect(await codeOf({ municipalityNumbers: ['32O5'] })).toBe('SURVEY_AREA_INVALID');
    expect(await codeOf({ municipalityNumbers: [LILLESTROM, '4204'] })).toBe('SURVEY_AREA_INVALID');
    expect(await codeOf({ municipalityNumbers: [], countyNumber: null })).toBe('SURVEY_AREA_INVALID');
    expect(await codeOf({ municipalityNumbers: ['9999'] })).toBe('SURVEY_AREA_UNKNOWN');
    expect(await codeOf({ title: '' })).toBe('VALIDATION_FAILED');
    expect(await codeOf({ extra: true })).toBe('VALIDATION_FAILED');
    expect((await compose(gp)).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await call(organiser, 'GET', `/api/insights/surveys/${randomUUID()}`)).json().code).toBe('SURVEY_NOT_FOUND');
    expect(await t.database.db.selectFrom('survey').where('title', '=', '').select('id').execute()).toEqual([]);
  });

  it('opens a round for a period, one invitation per GP and NAV adviser of the area, and refuses bad periods', async () => {
    const draft = (await compose(organiser)).json();
    expect(draft).toMatchObject({ status: 'draft', audiences: ['gps', 'nav_advisers'], area: { municipalityNumbers: [LILLESTROM], countyNumber: '32', names: ['Lillestrøm'] } });
    const open = (by: TestClient, closesOn: string) => call(by, 'POST', `/api/insights/surveys/${draft.id}/open`, { closesOn });
    expect((await open(organiser, inDays(-1))).json().code).toBe('SURVEY_PERIOD_INVALID');
    expect((await open(organiser, inDays(91))).json().code).toBe('SURVEY_PERIOD_TOO_LONG');
    expect((await open(organiser, 'soon')).json().code).toBe('VALIDATION_FAILED');
    expect((await open(otherOrganiser, inDays(7))).json().code).toBe('SURVEY_NOT_YOURS');
    const opened = await open(organiser, inDays(7));
    expect(opened.statusCode, opened.body).toBe(200);
    // The directory's Lillestrøm: nine GPs at three offices, three NAV advisers.
    expect(opened.json()).toMatchObject({ status: 'open', opensOn: today(), closesOn: inDays(7), invitations: { invited: 12, answered: 0 } });
    expect((await open(organiser, inDays(7))).json().code).toBe('SURVEY_NOT_DRAFT');
    const links = await newLinks();
    expect([links.gps.length, links.nav_advisers.length]).toEqual([9, 3]);
  });

  it('refuses to open a round nobody in the area would get', async () => {
    const now = new Date();
    await t.database.db.insertInto('organisation').values({ kind: 'employer', name: 'Trondheim Testbedrift AS', municipality_number: '5001', municipality_name: 'Trondheim', opening_hours: '[]', created_at: now, updated_at: now }).execute();
    const draft = (await compose(organiser, { municipalityNumbers: ['5001'] })).json();
    expect((await call(organiser, 'POST', `/api/insights/surveys/${draft.id}/open`, { closesOn: inDays(7) })).json().code).toBe('SURVEY_NO_RECIPIENTS');
  });

  it('answers without sign-in, once per link; refuses unknown links and bad answers without using the link', async () => {
    const { links } = await openedSurvey();
    const token = links.gps[0]!;
    const form = (await call(t, 'POST', '/api/public/survey-invitation', { token })).json();
    expect(form).toMatchObject({ audience: 'gps', closesOn: inDays(14) });
    expect(form.questions.map((q: { key: string }) => q.key)).toEqual(QUESTIONS);
    expect(form.questions[0].text.nb).toBe('Hvor ofte er informasjonen du mottar fra Nav i forbindelse med sykefraværsoppfølging sendt i tide?');
    expect(form.questions[0].options.map((o: { text: { nb: string } }) => o.text.nb)).toEqual(['Svært ofte', 'Ofte', 'Av og til', 'Sjelden', 'Aldri', 'Vet ikke']);

    expect((await call(t, 'POST', '/api/public/survey-invitation', { token: 'A'.repeat(43) })).json().code).toBe('SURVEY_LINK_UNKNOWN');
    expect((await call(t, 'POST', '/api/public/survey-invitation', { token: 'kort' })).json().code).toBe('SURVEY_LINK_UNKNOWN');
    expect((await answer('B'.repeat(43))).json().code).toBe('SURVEY_LINK_UNKNOWN');
    expect((await answer(token, { info_timely: 'often', more_dialogue: 'yes' })).json().code).toBe('SURVEY_ANSWER_INCOMPLETE');
    expect((await answer(token, { ...GOOD_ANSWERS, info_timely: 'yes' })).json().code).toBe('SURVEY_ANSWER_INVALID');
    expect((await answer(token, { ...GOOD_ANSWERS, info_relevant: 'often' })).json().code).toBe('SURVEY_ANSWER_INVALID');
    expect((await call(t, 'POST', '/api/public/survey-answers', { token, answers: GOOD_ANSWERS, who: 'me' })).json().code).toBe('VALIDATION_FAILED');

    const auditBefore = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const first = await answer(token);
    expect(first.statusCode, first.body).toBe(201);
    expect((await answer(token)).json().code).toBe('SURVEY_ALREADY_ANSWERED');
    expect((await call(t, 'POST', '/api/public/survey-invitation', { token })).json().code).toBe('SURVEY_ALREADY_ANSWERED');
    // Answering leaves no trace of who answered in the audit log.
    const auditAfter = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('shows no result for 4 respondents and shows it for 5, group by group', async () => {
    const { survey, links } = await openedSurvey();
    for (const token of links.gps.slice(0, 4)) expect((await answer(token)).statusCode).toBe(201);
    await answer(links.nav_advisers[0]!);
    const atFour = await results(survey.id);
    expect(atFour.audiences).toEqual([
      { audience: 'gps', suppressed: true, respondents: null, questions: [] },
      { audience: 'nav_advisers', suppressed: true, respondents: null, questions: [] },
    ]);
    const countsAtFour = (await call(organiser, 'GET', `/api/insights/surveys/${survey.id}`)).json().invitations;
    expect(countsAtFour).toEqual({ invited: 12, answered: null, byAudience: [{ audience: 'gps', invited: 9, answered: null }, { audience: 'nav_advisers', invited: 3, answered: null }] });

    expect((await answer(links.gps[4]!, { info_timely: 'never', more_dialogue: 'dont_know', barrier_gp_capacity: 'some' })).statusCode).toBe(201);
    const atFive = await results(survey.id);
    const [gps, nav] = atFive.audiences;
    expect(nav).toMatchObject({ audience: 'nav_advisers', suppressed: true, respondents: null });
    expect(gps).toMatchObject({ audience: 'gps', suppressed: false, respondents: 5 });
    const timely = gps.questions.find((q: { questionKey: string }) => q.questionKey === 'info_timely');
    expect(timely.distribution.map((d: { option: string; count: number }) => [d.option, d.count])).toEqual([
      ['very_often', 0], ['often', 4], ['sometimes', 0], ['rarely', 0], ['never', 1], ['dont_know', 0],
    ]);
    expect(timely.reportedSharePercent).toBe(80);
    expect(timely.baseline).toMatchObject({ key: 'r001.gps.nav_info_timely', valuePercent: 35 });
    // The GPs' count shows; the total does not, since it would give away the NAV advisers' 1.
    expect((await call(organiser, 'GET', `/api/insights/surveys/${survey.id}`)).json().invitations).toMatchObject({ answered: null, byAudience: [{ answered: 5 }, { answered: null }] });
    // Results reads are audited, with the organiser and the purpose.
    const audits = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'survey_results').where('object_id', '=', survey.id).select(['actor_user_id', 'purpose', 'action']).execute();
    expect(audits).toContainEqual({ actor_user_id: organiser.userId, purpose: 'pulse_survey', action: 'read' });
  });

  it('stores answers with nothing that leads back to the invitation', async () => {
    const columns = await t.database.db
      .selectFrom('information_schema.columns' as never)
      .where('table_name' as never, '=', 'survey_answer' as never)
      .select('column_name' as never)
      .execute();
    expect((columns as { column_name: string }[]).map((c) => c.column_name).sort()).toEqual(['answer', 'audience', 'question_key', 'response_id', 'survey_id']);
    const invitationColumns = await t.database.db
      .selectFrom('information_schema.columns' as never)
      .where('table_name' as never, '=', 'survey_invitation' as never)
      .select('column_name' as never)
      .execute();
    expect((invitationColumns as { column_name: string }[]).map((c) => c.column_name).sort()).toEqual(['audience', 'id', 'person_id', 'survey_id', 'token_hash', 'used']);
    // One random response id per respondent, three rows each.
    const { survey, links } = await openedSurvey();
    for (const token of links.gps.slice(0, 2)) await answer(token);
    const rows = await t.database.db.selectFrom('survey_answer').where('survey_id', '=', survey.id).select(['response_id']).execute();
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.response_id)).size).toBe(2);
  });

  it('closes a round: no more answers, results kept; an open round past its last day is closed too', async () => {
    const { survey, links } = await openedSurvey();
    for (const token of links.gps.slice(0, 5)) await answer(token);
    expect((await call(otherOrganiser, 'POST', `/api/insights/surveys/${survey.id}/close`)).json().code).toBe('SURVEY_NOT_YOURS');
    const closed = await call(organiser, 'POST', `/api/insights/surveys/${survey.id}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', closesOn: today() });
    expect((await call(organiser, 'POST', `/api/insights/surveys/${survey.id}/close`)).json().code).toBe('SURVEY_NOT_OPEN');
    expect((await answer(links.gps[5]!)).json().code).toBe('SURVEY_CLOSED');
    expect((await call(t, 'POST', '/api/public/survey-invitation', { token: links.gps[5]! })).json().code).toBe('SURVEY_CLOSED');
    expect((await results(survey.id)).audiences[0]).toMatchObject({ suppressed: false, respondents: 5 });

    const late = await openedSurvey();
    await t.database.db.updateTable('survey').set({ opens_on: inDays(-10), closes_on: inDays(-1) }).where('id', '=', late.survey.id).execute();
    expect((await answer(late.links.gps[0]!)).json().code).toBe('SURVEY_CLOSED');
    expect((await call(organiser, 'GET', `/api/insights/surveys/${late.survey.id}`)).json().status).toBe('closed');
  });

  it('puts a round beside the earlier closed rounds of the same area', async () => {
    const first = await openedSurvey({ municipalityNumbers: ['3411'], title: 'Ringsaker vår' });
    for (const token of first.links.gps.slice(0, 5)) await answer(token, { ...GOOD_ANSWERS, more_dialogue: 'no' });
    await call(organiser, 'POST', `/api/insights/surveys/${first.survey.id}/close`);
    const second = await openedSurvey({ municipalityNumbers: ['3411'], title: 'Ringsaker høst' });
    for (const token of second.links.gps.slice(0, 5)) await answer(token);
    const [gps] = (await results(second.survey.id)).audiences;
    const dialogue = gps.questions.find((q: { questionKey: string }) => q.questionKey === 'more_dialogue');
    expect(dialogue.reportedSharePercent).toBe(100);
    expect(dialogue.baseline).toMatchObject({ valuePercent: 45 });
    expect(dialogue.earlier).toEqual([{ surveyId: first.survey.id, title: 'Ringsaker vår', closesOn: today(), sharePercent: 0 }]);
    // Other areas' rounds are not "earlier rounds" of this one.
    expect(gps.questions[0].earlier.map((e: { surveyId: string }) => e.surveyId)).toEqual([first.survey.id]);
  });
});

import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signInAsDemo, demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * A valid synthetic-looking fødselsnummer (both control digits right), so the refusal is the
 * detector's control-digit check and not a mere digit count. Day 15.03.1985, individual number 123.
 */
function validFodselsnummer(): string {
  const first9 = '150385123'.split('').map(Number);
  const control = (digits: number[], weights: number[]) => {
    const rest = 11 - (digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  for (let individual = 123; individual < 500; individual++) {
    const digits = [...first9.slice(0, 6), ...String(individual).split('').map(Number)];
    const k1 = control(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    const k2 = control([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === 10) continue;
    return [...digits, k1, k2].join('');
  }
  throw new Error('no valid fødselsnummer');
}

interface Member {
  id: string;
  userId: string | null;
  role: string;
  current: boolean;
}

/**
 * Issue 9 end to end: the demo GP reports a collaboration deviation to SUFF Vestfold — first with
 * a fødselsnummer (refused, the explanation shown at the field), then without; the secretary
 * accepts it; two members (the demo forum member and the GP) assess it; the secretary drafts a
 * recommendation, holds a meeting with quorum, approves and publishes it; a signed-out browser
 * finds it on /anbefalinger and in the Atom feed; the GP sees the outcome on /mine-innmeldinger.
 */
describe('collaboration forums in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let users: DemoUser[];

  beforeAll(async () => {
    platform = await startPlatform({ env: { DEMO_CLOCK_CONTROL: 'true' } });
    browser = await launchChromium();
    users = await demoUsers(platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** Signs in, unless the page's session (on the server's moved clock) is still alive. */
  async function signIn(page: Page, user: DemoUser) {
    // After the clock has moved the session lives on, and the login page has no button to click.
    const me = await page.request.get(`${platform.url}/api/me`);
    if (me.ok() && ((await me.json()) as { id?: string }).id === user.id) return void (await page.goto(platform.url));
    await signInAsDemo(page, platform.url, user);
  }

  async function ok<T>(page: Page, method: string, path: string, json?: unknown, status = 200): Promise<T> {
    const answer = await apiCall<T>(page, method, path, json);
    expect(answer.status, `${method} ${path}: ${answer.text}`).toBe(status);
    return answer.body;
  }

  /** With E2E_SCREENSHOTS=<dir>, a full-page picture of each step, for looking at the layout. */
  async function picture(page: Page, name: string) {
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/forums-${name}.png`, fullPage: true });
  }

  const isApi = (method: string, path: RegExp) => (response: Response) => response.request().method() === method && path.test(new URL(response.url()).pathname);

  it('a GP’s deviation is refused with a fødselsnummer, accepted, assessed, answered by a published recommendation', { timeout: 300_000 }, async () => {
    // The secretary: the SUFF committee and its members.
    const secretaryUser = users.find((u) => u.role === 'forum_secretary')!;
    const memberUser = users.find((u) => u.role === 'forum_member')!;
    const secretaryPage = await (await browser.newContext()).newPage();
    await signIn(secretaryPage, secretaryUser);
    const bodies = await ok<Array<{ id: string; slug?: string; name: string }>>(secretaryPage, 'GET', '/api/forums');
    const suff = bodies.find((b) => b.name === 'Samarbeidsutvalget for fastleger (SUFF) Vestfold');
    expect(suff, 'the demo SUFF committee').toBeTruthy();
    const body = await ok<{ members: Member[] }>(secretaryPage, 'GET', `/api/forums/${suff!.id}`);
    const current = body.members.filter((m) => m.current);
    const gp = users.find((u) => u.role === 'gp' && current.some((m) => m.userId === u.id));
    expect(gp, 'the demo GP is a SUFF member').toBeTruthy();
    const gpMember = current.find((m) => m.userId === gp!.id)!;
    const forumMember = current.find((m) => m.userId === memberUser.id)!;
    expect(forumMember, 'the demo forum member is a SUFF member').toBeTruthy();

    // The GP reports through the form: first with a fødselsnummer in the text.
    const gpPage = await (await browser.newContext()).newPage();
    await signIn(gpPage, gp!);
    await gpPage.goto(`${platform.url}/samarbeidsforum/meld`);
    await gpPage.getByRole('heading', { level: 1, name: 'Meld avvik eller forslag' }).waitFor({ timeout: 60_000 });
    const form = gpPage.getByTestId('submission-form');
    await form.getByRole('radio', { name: 'Samhandlingsavvik' }).check();
    await form.getByLabel('Til forum eller utvalg').selectOption({ label: suff!.name });
    const title = `Epikrise manglet legemiddelliste ${Date.now().toString(36)}`;
    await form.getByLabel('Kort tittel').fill(title);
    const whatHappened = form.getByLabel('Hva skjedde?');
    await whatHappened.fill(`Pasient ${validFodselsnummer()} ble utskrevet uten oppdatert legemiddelliste i epikrisen.`);
    await form.getByLabel('Hvilken avtale eller rutine gjelder det?').fill('Retningslinje for utskrivning og epikrise');
    await form.getByRole('checkbox', { name: 'Legemiddellister' }).check();
    const refusedAnswer = gpPage.waitForResponse(isApi('POST', /^\/api\/forums\/[^/]+\/submissions$/));
    await form.getByRole('button', { name: 'Send inn' }).click();
    const refused = await refusedAnswer;
    expect(refused.status()).toBe(422);
    const refusal = await refused.text();
    expect(JSON.parse(refusal)).toMatchObject({ code: 'FORUM_PERSONAL_DATA' });
    expect(refusal, 'the number is not echoed').not.toContain(validFodselsnummer());
    await form.getByText(/kan identifisere en pasient/).first().waitFor();
    await picture(gpPage, '01-refused');

    // Then without: sent, and the GP lands on their submissions.
    await whatHappened.fill('Eldre pasient ble utskrevet fra medisinsk avdeling uten oppdatert legemiddelliste i epikrisen.');
    const sentAnswer = gpPage.waitForResponse(isApi('POST', /^\/api\/forums\/[^/]+\/submissions$/));
    await form.getByRole('button', { name: 'Send inn' }).click();
    const sent = await sentAnswer;
    expect(sent.status(), await sent.text()).toBe(201);
    const submissionId = ((await sent.json()) as { id: string }).id;
    await gpPage.waitForURL('**/mine-innmeldinger');
    await gpPage.getByText('Takk! Innmeldingen er mottatt.', { exact: false }).waitFor();
    await picture(gpPage, '02-sent');

    // The secretary accepts it and assigns two members; both answer, each seeing the other's answers.
    await ok(secretaryPage, 'POST', `/api/forum-submissions/${submissionId}/accept`);
    const assessment = await ok<{ id: string }>(secretaryPage, 'POST', `/api/forum-submissions/${submissionId}/assessment`, { memberIds: [forumMember.id, gpMember.id] }, 201);
    // The GP answers through the API; the forum member on the case page, seeing the GP's answer.
    await ok(gpPage, 'PUT', `/api/forum-assessments/${assessment.id}/answers`, { items: { gp: 'Fastlegen må bruke tid på å rekonstruere listen.' } });
    const memberPage = await (await browser.newContext()).newPage();
    await signIn(memberPage, memberUser);
    await memberPage.goto(`${platform.url}/samarbeidsforum/sak/${submissionId}`);
    await memberPage.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    await memberPage.getByText('Fastlegen må bruke tid på å rekonstruere listen.').first().waitFor();
    await memberPage.getByLabel('For pasienten').fill('Risiko for feilmedisinering etter utskrivning.');
    const answered = memberPage.waitForResponse(isApi('PUT', /^\/api\/forum-assessments\/[^/]+\/answers$/));
    await memberPage.getByRole('button', { name: 'Lagre svarene mine' }).click();
    expect((await answered).status()).toBe(200);
    const seen = await ok<{ answers: Array<{ itemKey: string }> }>(gpPage, 'GET', `/api/forum-assessments/${assessment.id}`);
    expect(seen.answers.map((a) => a.itemKey).sort()).toEqual(['gp', 'patient']);
    await picture(memberPage, '03-case');

    // The secretary drafts a recommendation from the case and sets up a meeting in an hour.
    const recommendationTitle = `Epikrise med oppdatert legemiddelliste ${Date.now().toString(36)}`;
    const recommendation = await ok<{ id: string; slug: string }>(
      secretaryPage,
      'POST',
      `/api/forums/${suff!.id}/recommendations`,
      {
        title: recommendationTitle,
        summary: 'Epikrisen skal alltid ha oppdatert legemiddelliste.',
        text: 'Sykehuset sender epikrise med oppdatert og avstemt legemiddelliste til fastlegen samme dag som pasienten skrives ut.',
        submissionIds: [submissionId],
        themes: ['discharge_summaries', 'medication_lists'],
        owner: 'Overordnet samarbeidsutvalg',
        administrator: 'Praksiskonsulentordningen i Vestfold',
      },
      201,
    );
    const startsAt = new Date(Date.now() + 60 * 60_000).toISOString();
    const meeting = await ok<{ id: string }>(secretaryPage, 'POST', `/api/forums/${suff!.id}/meetings`, { kind: 'ordinary', title: 'Utvalgsmøte', startsAt, place: 'Sykehuset i Vestfold, møterom 1' }, 201);

    // The meeting starts: the server's clock moves past its start; everyone signs in again.
    await ok(secretaryPage, 'POST', '/api/demo/clock', { advanceMinutes: 62 });
    await signIn(secretaryPage, secretaryUser);
    await ok(secretaryPage, 'PUT', `/api/forum-meetings/${meeting.id}/minutes`, { presentMemberIds: current.map((m) => m.id), items: [], text: 'Anbefalingen om epikrise ble godkjent.' });
    await ok(secretaryPage, 'POST', `/api/forum-recommendations/${recommendation.id}/approve`, { meetingId: meeting.id });
    await ok(secretaryPage, 'POST', `/api/forum-recommendations/${recommendation.id}/publish`);
    await secretaryPage.goto(`${platform.url}/samarbeidsforum/anbefaling/${recommendation.id}`);
    await secretaryPage.getByRole('heading', { level: 1, name: recommendationTitle }).waitFor({ timeout: 60_000 });
    await picture(secretaryPage, '04-recommendation');
    // A click through the secretary's other pages: the committee and the meeting just held.
    await secretaryPage.goto(`${platform.url}/samarbeidsforum/${suff!.id}`);
    await secretaryPage.getByRole('heading', { level: 1, name: suff!.name }).waitFor({ timeout: 60_000 });
    await picture(secretaryPage, '04b-body');
    await secretaryPage.goto(`${platform.url}/samarbeidsforum/mote/${meeting.id}`);
    await secretaryPage.getByRole('heading', { level: 1, name: 'Utvalgsmøte' }).waitFor({ timeout: 60_000 });
    await secretaryPage.getByText('Anbefalingen om epikrise ble godkjent.').first().waitFor();
    await picture(secretaryPage, '04c-meeting');

    // Signed out: the public list and the feed.
    const publicContext = await browser.newContext();
    const publicPage = await publicContext.newPage();
    await publicPage.goto(`${platform.url}/anbefalinger`);
    await publicPage.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
    const card = publicPage.getByTestId('public-recommendations').getByRole('link', { name: recommendationTitle });
    await card.waitFor({ timeout: 60_000 });
    await picture(publicPage, '05-public-list');
    await card.click();
    await publicPage.waitForURL(`**/anbefalinger/${recommendation.slug}`);
    await publicPage.getByRole('heading', { level: 1, name: recommendationTitle }).waitFor();
    await publicPage.getByText('Praksiskonsulentordningen i Vestfold').first().waitFor();
    expect(await publicPage.getByText(gp!.name).count(), 'no submitter name in public').toBe(0);
    await picture(publicPage, '06-public-page');
    await publicPage.goto(`${platform.url}/forum/suff-vestfold`);
    await publicPage.getByRole('heading', { level: 1, name: suff!.name }).waitFor({ timeout: 60_000 });
    await picture(publicPage, '06b-public-forum');
    const feed = await publicContext.request.get(`${platform.url}/api/public/recommendations.atom`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const atom = await feed.text();
    expect(atom).toContain(recommendationTitle);
    expect(atom).toContain(`/anbefalinger/${recommendation.slug}`);

    // The GP sees the outcome: answered, with a link to the recommendation.
    await signIn(gpPage, gp!);
    await gpPage.goto(`${platform.url}/mine-innmeldinger`);
    const row = gpPage.getByTestId('my-submissions').getByRole('row').filter({ hasText: title });
    await row.waitFor({ timeout: 60_000 });
    await row.getByTestId('submission-outcome').getByRole('link', { name: recommendationTitle }).waitFor();
    await picture(gpPage, '07-gp-outcome');

    await publicContext.close();
    await memberPage.context().close();
    await gpPage.context().close();
    await secretaryPage.context().close();
  });
});

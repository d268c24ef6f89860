import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../server/src/platform/working-days.js';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** `dd.mm.åååå` of the first working day at least `days` from today in Norway (meetings are held on working days). */
function norwegianDate(days: number): string {
  const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${oslo}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  while (!isWorkingDay(date.toISOString().slice(0, 10))) date.setUTCDate(date.getUTCDate() + 1);
  const [y, m, d] = date.toISOString().slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/**
 * Dialogue meetings in a real browser: an adviser convenes dialogue meeting 2 from a case of the
 * demo GP's patient, with the GP for the last 15 minutes; the GP finds the invitation first in
 * `/dialogmoter` and replies "Kommer"; the adviser sees the reply, moves the server's clock to the
 * start (DEMO_CLOCK_CONTROL) and completes the minutes with a task for the GP; the GP reads the
 * minutes and the task. The employer, when invited, sees the minutes without the medical part.
 */
describe('dialogue meetings in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let adviser: DemoUser;
  let employer: DemoUser | undefined;

  beforeAll(async () => {
    platform = await startPlatform({ env: { DEMO_CLOCK_CONTROL: 'true' } });
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    adviser = users.find((u) => u.role === 'nav_adviser' && u.description.includes('Veileder for'))!;
    employer = users.find((u) => u.role === 'employer');
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signIn(page: Page, user: DemoUser) {
    await page.goto(platform.url);
    await page.locator(`table[aria-labelledby="demo-role-${user.role}"]`).getByRole('button', { name: `Logg inn som ${user.name}` }).first().click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  }

  /** A POST with the page's session and CSRF token (what the UI's client sends). */
  async function postAsAdviser(page: Page, path: string, json: unknown): Promise<{ status: number; body: string }> {
    return page.evaluate(
      async ({ path, json }) => {
        const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
        const answer = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(json) });
        return { status: answer.status, body: await answer.text() };
      },
      { path, json },
    );
  }

  /** With E2E_SCREENSHOTS=<dir>, a full-page picture of each step, for looking at the layout. */
  async function picture(page: Page, name: string) {
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  }

  const isApi = (method: string, path: RegExp) => (response: Response) =>
    response.request().method() === method && path.test(new URL(response.url()).pathname);

  it('convene with the GP for the last 15 minutes, the GP replies, the adviser writes the minutes with a task for the GP', { timeout: 240_000 }, async () => {
    // The employer's organisation, so the chosen case can also show what the employer sees.
    let employerPage: Page | undefined;
    let employerOrg: string | undefined;
    if (employer) {
      const context = await browser.newContext();
      employerPage = await context.newPage();
      await signIn(employerPage, employer);
      employerOrg = ((await (await employerPage.request.get(`${platform.url}/api/me`)).json()) as { organisation: { name: string } | null }).organisation?.name;
    }

    // The adviser: a case of the demo GP's patient from the office's work list, employed by the
    // demo employer when the office has one.
    const navContext = await browser.newContext();
    const navPage = await navContext.newPage();
    await signIn(navPage, adviser);
    const options = (await (await navPage.request.get(`${platform.url}/api/nav/work-list/options`)).json()) as { gps: { id: string; name: string }[]; employers: { id: string; name: string }[] };
    const gpId = options.gps.find((g) => g.name === gp.name)!.id;
    const employerId = options.employers.find((e) => e.name === employerOrg)?.id;
    type Row = { caseId: string; citizen: { name: string } };
    const list = async (query: string) => ((await (await navPage.request.get(`${platform.url}/api/nav/work-list?${query}&limit=100`)).json()) as { items: Row[] }).items;
    const both = employerId ? await list(`gpPersonId=${gpId}&employerId=${employerId}`) : [];
    const chosen = both[0] ?? (await list(`gpPersonId=${gpId}`))[0];
    expect(chosen, 'a case of the demo GP at the office').toBeTruthy();
    const patient = chosen!.citizen.name;
    const employerInvited = both.length > 0;
    await navPage.goto(`${platform.url}/saker/${chosen!.caseId}`);
    await navPage.getByRole('heading', { level: 1, name: patient }).waitFor();

    // The case page's section, with the deadline for meeting 2, and the way to convene.
    const section = navPage.getByTestId('case-meetings');
    await section.getByRole('heading', { level: 2, name: 'Dialogmøter' }).waitFor();
    await section.getByTestId('meeting2-deadline').waitFor();
    await picture(navPage, '00-case-page');
    await section.getByRole('link', { name: 'Kall inn til dialogmøte' }).click();
    await navPage.getByRole('heading', { level: 1, name: 'Kall inn til dialogmøte' }).waitFor();

    // The form: dialogue meeting 2, in two days at 10:00 for an hour at the NAV office; the GP the last 15 minutes.
    const form = navPage.getByTestId('convene-form');
    await form.getByRole('radio', { name: 'Dialogmøte 2' }).check();
    // Sending without the GP decision is refused at the field, with a summary that links to it.
    await form.getByRole('button', { name: 'Send innkallingen' }).click();
    const summary = navPage.locator('.aksel-error-summary');
    await summary.getByText('Velg om fastlegen skal inviteres.').waitFor();
    await summary.getByText('Velg datoen for møtet, som dd.mm.åååå.').waitFor();

    await picture(navPage, '01-convene-errors');
    const date = form.getByLabel('Dato', { exact: true });
    await date.fill(norwegianDate(2));
    await date.press('Tab');
    await form.getByLabel('Klokkeslett').fill('10:00');
    await form.getByRole('radio', { name: 'Ja, til den siste delen av møtet' }).check();
    await form.getByLabel('Hvor mange minutter før slutt kommer fastlegen inn?').fill('15');
    await form.getByRole('group', { name: 'Den sykmeldte' }).getByLabel('E-post (valgfritt)').fill('sykmeldt@example.no');
    const employerEmail = form.getByRole('group', { name: 'Arbeidsgiver' }).getByLabel('E-post (valgfritt)');
    if (await employerEmail.count()) await employerEmail.fill('naermeste.leder@example.no');
    const convened = navPage.waitForResponse(isApi('POST', /^\/api\/cases\/[^/]+\/meetings$/));
    await form.getByRole('button', { name: 'Send innkallingen' }).click();
    const convenedResponse = await convened;
    expect(convenedResponse.status(), await convenedResponse.text()).toBe(201);
    expect(convenedResponse.request().headers()['idempotency-key']).toBeTruthy();
    const { meeting } = (await convenedResponse.json()) as { meeting: { id: string; startsAt: string } };
    await navPage.waitForURL(`**/dialogmoter/${meeting.id}`);
    await navPage.getByRole('heading', { level: 1, name: 'Dialogmøte 2' }).waitFor();
    await navPage.getByTestId('meeting-status-message').filter({ hasText: 'Innkallingen er sendt til deltakerne.' }).waitFor();
    await picture(navPage, '02-meeting-convened');
    const gpRow = navPage.locator('[data-testid=participants-table] tr[data-role=gp]');
    await gpRow.filter({ hasText: 'De siste 15 minuttene' }).waitFor();
    expect(await gpRow.getAttribute('data-reply')).toBe('pending');

    // The GP: the invitation first in /dialogmoter, awaiting a reply; the reply "Kommer".
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await signIn(gpPage, gp);
    await gpPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dialogmøter' }).click();
    await gpPage.getByRole('heading', { level: 1, name: 'Dialogmøter' }).waitFor();
    const first = gpPage.getByTestId('invitation-table').locator('tbody tr').first();
    await first.waitFor();
    expect(await first.getAttribute('data-meeting-id')).toBe(meeting.id);
    expect(await first.getAttribute('data-reply-pending')).toBe('true');
    await first.getByText('Venter på svaret ditt').waitFor();
    await picture(gpPage, '02-gp-invitations');
    await first.getByRole('link', { name: `Dialogmøte 2, ${patient}` }).click();
    await gpPage.getByRole('heading', { level: 1, name: 'Dialogmøte 2' }).waitFor();
    const replyForm = gpPage.getByTestId('meeting-reply-form');
    await replyForm.getByRole('radio', { name: 'Kommer' }).check();
    const replied = gpPage.waitForResponse(isApi('POST', /^\/api\/meetings\/[^/]+\/reply$/));
    await replyForm.getByRole('button', { name: 'Send svaret' }).click();
    expect((await replied).status()).toBe(200);
    await gpPage.getByTestId('meeting-status-message').filter({ hasText: 'Svaret ditt er sendt.' }).waitFor();
    await picture(gpPage, '03-gp-replied');
    await gpPage.getByRole('link', { name: 'Last ned kalenderfil (.ics)' }).waitFor();
    const ics = await gpPage.request.get(`${platform.url}/api/meetings/${meeting.id}/calendar.ics`);
    expect(ics.headers()['content-type']).toContain('text/calendar');

    // The adviser sees the GP's reply (words and icon, not colour alone).
    await navPage.reload();
    await gpRow.filter({ hasText: 'Kommer' }).waitFor();
    expect(await gpRow.getAttribute('data-reply')).toBe('coming');

    // The week calendar: the meeting on its day, with the replies counted.
    await navPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dialogmøter' }).click();
    await navPage.getByRole('heading', { level: 1, name: 'Dialogmøter' }).waitFor();
    const week = await navPage.evaluate((startsAt) => {
      const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(startsAt));
      const date = new Date(`${day}T00:00:00Z`);
      const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
      const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      const n = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
      return `${thursday.getUTCFullYear()}-W${String(n).padStart(2, '0')}`;
    }, meeting.startsAt);
    await navPage.goto(`${platform.url}/dialogmoter?uke=${week}`);
    const card = navPage.locator(`[data-testid=meeting-calendar][data-week="${week}"] li[data-meeting-id="${meeting.id}"]`);
    await card.getByRole('link', { name: `Dialogmøte 2, ${patient}` }).waitFor();
    await card.getByText('1 kommer').waitFor();
    await navPage.getByRole('radio', { name: 'Kontorets' }).or(navPage.getByRole('button', { name: 'Kontorets' })).first().click();
    await navPage.waitForURL(/visning=kontor/);
    await card.waitFor();
    await picture(navPage, '03-calendar');

    // The meeting starts: the server's clock moves to its start, and the minutes can be written.
    const minutesToStart = Math.ceil((Date.parse(meeting.startsAt) - Date.now()) / 60_000) + 1;
    const moved = await postAsAdviser(navPage, '/api/demo/clock', { advanceMinutes: minutesToStart });
    expect(moved.status, moved.body).toBe(200);
    // Sessions end after a while on the server's clock too: everyone signs in again.
    await signIn(navPage, adviser);
    await navPage.goto(`${platform.url}/dialogmoter/${meeting.id}`);
    const minutesForm = navPage.getByTestId('minutes-form');
    await minutesForm.waitFor();
    await picture(navPage, '04-minutes-form');
    await minutesForm.getByLabel('Situasjonen').fill('Arbeidstakeren er i gang med tilrettelagte oppgaver, 50 %.');
    await minutesForm.getByLabel('Konklusjon').fill('Gradert sykmelding fortsetter; ny vurdering om fire uker.');
    await minutesForm.getByLabel('Medisinske opplysninger (valgfritt)').fill('MEDISINSK: Ryggsmerter bedres med fysioterapi.');
    await minutesForm.getByRole('button', { name: 'Legg til oppgave' }).click();
    const task = minutesForm.getByTestId('minutes-task').first();
    await expect.poll(() => navPage.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await task.getByLabel('Hvem').selectOption({ label: 'Fastlegen' });
    await task.getByLabel('Hva skal gjøres').fill('Vurdere økt stillingsandel ved neste konsultasjon.');
    await picture(navPage, '05-minutes-filled');
    await minutesForm.getByRole('radiogroup', { name: new RegExp(`^Deltok ${gp.name} \\(Fastlege\\)\\?`) }).getByRole('radio', { name: 'Deltok', exact: true }).check();
    const completed = navPage.waitForResponse(isApi('POST', /^\/api\/meetings\/[^/]+\/complete$/));
    await minutesForm.getByRole('button', { name: 'Fullfør referatet og send det' }).click();
    const completedResponse = await completed;
    expect(completedResponse.status(), await completedResponse.text()).toBe(200);
    await navPage.getByTestId('meeting-status-message').filter({ hasText: 'Referatet er sendt til deltakerne.' }).waitFor();
    await navPage.getByTestId('minutes').getByText('Gradert sykmelding fortsetter; ny vurdering om fire uker.').waitFor();
    await navPage.getByTestId('gp-tariff').waitFor();

    // The GP reads the minutes and the task.
    await signIn(gpPage, gp);
    await gpPage.goto(`${platform.url}/dialogmoter/${meeting.id}`);
    const minutes = gpPage.getByTestId('minutes');
    await minutes.getByText('Arbeidstakeren er i gang med tilrettelagte oppgaver, 50 %.').waitFor();
    const gpTask = minutes.locator('[data-testid=minutes-tasks] tr[data-owner=gp]');
    await gpTask.getByText('Vurdere økt stillingsandel ved neste konsultasjon.').waitFor();
    await gpTask.getByRole('rowheader', { name: 'Fastlegen' }).waitFor();
    await picture(gpPage, '06-gp-minutes');
    await minutes.getByText('MEDISINSK: Ryggsmerter bedres med fysioterapi.').waitFor();

    // The employer gets the minutes without the medical information. When the demo GP has no
    // patient at the demo employer, a second meeting on one of the employer's cases is held through the API.
    if (employerPage && employerId) {
      let employerMeetingId = meeting.id;
      if (!employerInvited) {
        const other = (await list(`employerId=${employerId}`))[0];
        expect(other, 'a case at the demo employer').toBeTruthy();
        const startsAt = new Date(Date.parse(meeting.startsAt) + 3 * 3_600_000).toISOString();
        const created = await postAsAdviser(navPage, `/api/cases/${other!.caseId}/meetings`, {
          kind: 'dm2',
          startsAt,
          durationMinutes: 60,
          place: { kind: 'nav_office' },
          gp: { invite: false, reason: 'Fastlegen har gitt skriftlig uttalelse i saken.' },
          employee: { email: 'ansatt@example.no' },
          employer: { invite: true },
        });
        expect(created.status, created.body).toBe(201);
        const view = (JSON.parse(created.body) as { meeting: { id: string; participants: { id: string; role: string }[] } }).meeting;
        employerMeetingId = view.id;
        const advanced = await postAsAdviser(navPage, '/api/demo/clock', { advanceMinutes: 3 * 60 + 1 });
        expect(advanced.status, advanced.body).toBe(200);
        const done = await postAsAdviser(navPage, `/api/meetings/${view.id}/complete`, {
          situation: 'Arbeidstakeren er i gang med tilrettelagte oppgaver, 50 %.',
          conclusion: 'Gradert sykmelding fortsetter; ny vurdering om fire uker.',
          medicalInformation: 'MEDISINSK: Ryggsmerter bedres med fysioterapi.',
          tasks: [{ owner: 'employer', text: 'Tilrettelegge arbeidsstasjonen.' }],
          attendance: view.participants.map((p) => ({ participantId: p.id, attended: true })),
        });
        expect(done.status, done.body).toBe(200);
      }
      await signIn(employerPage, employer!);
      await employerPage.goto(`${platform.url}/dialogmoter/${employerMeetingId}`);
      const employerMinutes = employerPage.getByTestId('minutes');
      await employerMinutes.getByText('Gradert sykmelding fortsetter; ny vurdering om fire uker.').waitFor();
      await picture(employerPage, '07-employer-minutes');
      expect(await employerPage.getByText('MEDISINSK', { exact: false }).count()).toBe(0);
      expect(await employerPage.getByTestId('minutes-medical').count()).toBe(0);
      expect(await employerPage.getByTestId('gp-tariff').count()).toBe(0);
      const api = (await (await employerPage.request.get(`${platform.url}/api/meetings/${employerMeetingId}`)).json()) as { minutes: Record<string, unknown> };
      expect(api.minutes).not.toHaveProperty('medicalInformation');
    }

    await gpContext.close();
    await navContext.close();
    await employerPage?.context().close();
  });
});

import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../server/src/platform/working-days.js';
import { apiCall, signInAsDemo, demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** Today's date in Norway, `YYYY-MM-DD`. */
function osloToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/** The first working day in Norway after `isoDate` (sessions are held on working days), as ISO and `dd.mm.åååå`. */
function workingDayAfter(isoDate: string): { iso: string; nb: string } {
  const date = new Date(`${isoDate}T12:00:00Z`);
  do {
    date.setUTCDate(date.getUTCDate() + 1);
  } while (!isWorkingDay(date.toISOString().slice(0, 10)));
  const iso = date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, nb: `${d}.${m}.${y}` };
}

/**
 * Teams and referrals in a real browser (issue 8, ADR 0004): the demo GP refers the demo patient
 * to the work-focus team at the office with the patient's consent (after a referral without
 * consent is refused); the therapist takes the referral in from intake and books the first
 * session, then the start session with the GP for its last 15 minutes; the GP is told, with the
 * tariff hint. Outside the consent neither the job specialist nor a GP of no team can open the
 * course, until the consent names the job specialist. The platform's clock moves past the end
 * session (DEMO_CLOCK_CONTROL); the therapist records the start and end sessions as held, writes
 * the final report and closes the course as completed; the GP reads the final report; the patient
 * sees their course and who read it.
 */
describe('teams and referrals in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let otherGp: DemoUser;
  let therapist: DemoUser;
  let jobSpecialist: DemoUser;
  let patient: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform({ env: { DEMO_CLOCK_CONTROL: 'true' } });
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    otherGp = users.find((u) => u.role === 'gp' && u.id !== gp.id)!;
    therapist = users.find((u) => u.role === 'team_member' && u.description.startsWith('Samlokalisert team'))!;
    jobSpecialist = users.find((u) => u.role === 'team_member' && u.description.startsWith('Jobbspesialist'))!;
    patient = users.find((u) => u.role === 'patient' && u.description === 'Sykmeldt, pasient hos fastlegen over')!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** A signed-in page in its own browser context; `clockAt` sets the browser's clock (to the platform's, once it has moved). */
  async function newPage(user: DemoUser, clockAt?: string): Promise<Page> {
    const context: BrowserContext = await browser.newContext();
    if (clockAt) await context.clock.setFixedTime(clockAt);
    const page = await context.newPage();
    await signInAsDemo(page, platform.url, user);
    return page;
  }

  /** With E2E_SCREENSHOTS=<dir>, a full-page picture of each step, for looking at the layout. */
  async function picture(page: Page, name: string) {
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/teams-${name}.png`, fullPage: true });
  }

  const isApi = (method: string, path: RegExp) => (response: Response) => response.request().method() === method && path.test(new URL(response.url()).pathname);

  /** Books a session from the course page's "Book samtale" dialog; answers the course as the server returned it. */
  async function bookSession(page: Page, kind: string, day: string, time: string) {
    await page.getByRole('button', { name: 'Book samtale' }).click();
    const form = page.getByTestId('book-session-form');
    await form.getByLabel('Type samtale').selectOption({ label: kind });
    const date = form.getByLabel('Dato', { exact: true });
    await date.fill(day);
    await date.press('Tab');
    await form.getByLabel('Klokkeslett').fill(time);
    await form.getByLabel('Varighet').selectOption({ label: '60 minutter' });
    await form.getByLabel('Fastlegen deltar de siste (minutter)').fill('15');
    const booked = page.waitForResponse(isApi('POST', /^\/api\/team-courses\/[^/]+\/sessions$/));
    await page.getByRole('dialog').getByRole('button', { name: 'Book', exact: true }).click();
    const response = await booked;
    expect(response.status(), await response.text()).toBeLessThan(300);
    await page.getByTestId('course-status-message').filter({ hasText: 'Samtalen er booket.' }).waitFor();
    return (await response.json()) as { sessions: { kind: string; startsAt: string; durationMinutes: number }[] };
  }

  /** Records a booked session as held; those expected (the GP too, when invited) are ticked already. */
  async function recordHeld(page: Page, kindInSentence: string, note: string, expected: string[]) {
    await page.getByTestId('course-sessions').getByRole('button', { name: new RegExp(`^Registrer ${kindInSentence} `) }).click();
    const form = page.getByTestId('record-session-form');
    await form.getByRole('radio', { name: 'Gjennomført' }).check();
    const attended = form.getByRole('group', { name: 'Hvem deltok?' });
    for (const who of ['Deltakeren', 'Terapeut', 'Fastlege']) expect(await attended.getByRole('checkbox', { name: who }).isChecked(), who).toBe(expected.includes(who));
    await form.getByLabel('Notat (valgfritt)').fill(note);
    const saved = page.waitForResponse(isApi('PATCH', /^\/api\/team-sessions\/[^/]+$/));
    await page.getByRole('dialog').getByRole('button', { name: 'Lagre' }).click();
    const response = await saved;
    expect(response.status(), await response.text()).toBe(200);
    await page.getByTestId('course-status-message').filter({ hasText: 'Samtalen er registrert.' }).waitFor();
  }

  it('a GP refers with consent; the therapist takes in, runs start and end sessions, writes the final report; the GP and the patient read it', { timeout: 300_000 }, async () => {
    const patientPage = await newPage(patient);
    const { citizenId } = (await apiCall<{ citizenId: string }>(patientPage, 'GET', '/api/me')).body;
    const patientName = patient.name;
    const gpPage = await newPage(gp);
    const teams = (await apiCall<{ id: string; kind: string; name: string }[] | { teams: { id: string; kind: string; name: string }[] }>(gpPage, 'GET', '/api/teams')).body;
    const team = (Array.isArray(teams) ? teams : teams.teams).find((t) => t.kind === 'work_focus')!;
    expect(team, 'a work-focus team serving the demo GP’s office').toBeTruthy();

    // A referral without consent is refused by the server with its own code.
    const noConsent = await apiCall<{ code: string }>(gpPage, 'POST', '/api/team-referrals', { teamId: team.id, citizenId, criteria: {}, reason: 'Trenger hjelp med å komme tilbake i jobb.' });
    expect(noConsent.status, noConsent.text).toBe(400);
    expect(noConsent.body.code).toBe('TEAM_CONSENT_MISSING');

    // The GP: the patient's page, "Henvis til team".
    await gpPage.goto(`${platform.url}/personer/${citizenId}`);
    await gpPage.getByRole('heading', { level: 1, name: patientName }).waitFor();
    await gpPage.getByRole('link', { name: 'Henvis til team' }).click();
    await gpPage.waitForURL(/\/henvis\?/);
    await gpPage.getByRole('heading', { level: 1, name: 'Henvis til team' }).waitFor();
    const form = gpPage.getByTestId('referral-form');
    await form.waitFor();
    // What the platform knows is filled in: the person and their sick leave.
    await gpPage.getByRole('heading', { level: 2, name: 'Dette vet plattformen' }).waitFor();
    await gpPage.getByText(patientName, { exact: true }).first().waitFor();

    await form.getByRole('radio', { name: team.name }).check();
    const criteria = form.getByRole('group', { name: 'Inklusjonskriterier' }).getByRole('checkbox');
    for (const box of await criteria.all()) await box.check();
    // Outside the age or the weeks the team takes (it depends on the day), the team is told why.
    const outside = form.getByLabel('Hvorfor henviser du likevel?');
    if (await outside.count()) await outside.fill('Pasienten ønsker samtidig hjelp og er motivert for å komme tilbake i jobb.');
    await form.getByLabel('Kort begrunnelse').fill('Uro og søvnvansker etter omorganisering på jobben. Ønsker hjelp til å stå i jobben.');
    await picture(gpPage, '00-referral-form');

    // Bad input: no one to share with and no confirmation — refused at the fields, nothing sent.
    const consentScope = form.getByRole('group', { name: 'Kan deles med' });
    await consentScope.getByRole('checkbox', { name: 'Behandler / terapeut' }).uncheck();
    let posted = 0;
    const countPosts = (response: Response) => {
      if (isApi('POST', /^\/api\/team-referrals$/)(response)) posted += 1;
    };
    gpPage.on('response', countPosts);
    await form.getByRole('button', { name: 'Send henvisningen' }).click();
    const summary = gpPage.locator('.aksel-error-summary');
    await summary.getByText('Kryss av hvem pasienten samtykker til at opplysningene deles med.').waitFor();
    await summary.getByText('Bekreft at pasienten har samtykket.').waitFor();
    await picture(gpPage, '01-referral-without-consent');
    expect(posted).toBe(0);
    gpPage.off('response', countPosts);

    // With consent (shared with the therapist only), dated today and confirmed: sent to the team.
    await consentScope.getByRole('checkbox', { name: 'Behandler / terapeut' }).check();
    await form.getByRole('checkbox', { name: 'Pasienten har samtykket til dette' }).check();
    const sent = gpPage.waitForResponse(isApi('POST', /^\/api\/team-referrals$/));
    await form.getByRole('button', { name: 'Send henvisningen' }).click();
    const sentResponse = await sent;
    expect(sentResponse.status(), await sentResponse.text()).toBe(201);
    expect(sentResponse.request().headers()['idempotency-key']).toBeTruthy();
    const referral = (await sentResponse.json()) as { id: string; status: string };
    expect(referral.status).toBe('submitted');
    const result = gpPage.getByTestId('referral-result');
    await result.getByRole('heading', { name: 'Sendt til teamet' }).waitFor();
    expect(await result.getAttribute('data-status')).toBe('submitted');
    await picture(gpPage, '02-referral-sent');

    // The therapist: "Mine team" → the team → the referral in intake → "Ta inn", first session booked.
    const assessmentDay = workingDayAfter(osloToday());
    const startDay = workingDayAfter(assessmentDay.iso);
    const endDay = workingDayAfter(startDay.iso);
    const therapistPage = await newPage(therapist);
    await therapistPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine team' }).click();
    await therapistPage.getByRole('heading', { level: 1, name: 'Mine team' }).waitFor();
    await therapistPage.getByTestId('my-teams').getByRole('link', { name: team.name }).click();
    await therapistPage.getByRole('heading', { level: 1, name: team.name }).waitFor();
    const card = therapistPage.getByTestId('intake-referral').filter({ has: therapistPage.getByRole('heading', { name: new RegExp(`^${patientName}`) }) });
    await card.getByText('Uro og søvnvansker etter omorganisering på jobben.', { exact: false }).waitFor();
    await card.getByText('Behandler / terapeut', { exact: false }).waitFor();
    expect(await card.getAttribute('data-status')).toBe('submitted');
    await picture(therapistPage, '03-intake');
    await card.getByRole('button', { name: 'Ta inn' }).click();
    const acceptDialog = therapistPage.getByRole('dialog', { name: `Ta inn ${patientName}` });
    const firstDate = acceptDialog.getByLabel('Dato', { exact: true });
    await firstDate.fill(assessmentDay.nb);
    await firstDate.press('Tab');
    await acceptDialog.getByLabel('Klokkeslett').fill('09:00');
    // The one taking the person in is the therapist, offered once although they also lead the team.
    const therapistChoice = acceptDialog.getByLabel('Behandler', { exact: true });
    expect(await therapistChoice.locator('option', { hasText: therapist.name }).count()).toBe(1);
    expect(await therapistChoice.locator('option:checked').textContent()).toBe(`${therapist.name} (Kognitiv terapeut)`);
    const accepted = therapistPage.waitForResponse(isApi('POST', /^\/api\/team-referrals\/[^/]+\/accept$/));
    await acceptDialog.getByRole('button', { name: 'Ta inn og book samtalen' }).click();
    const acceptedResponse = await accepted;
    expect(acceptedResponse.status(), await acceptedResponse.text()).toBeLessThan(300);
    const { courseId } = (await acceptedResponse.json()) as { courseId: string };
    const teamStatus = therapistPage.getByTestId('team-status');
    await teamStatus.getByText(`${patientName} er tatt inn. Fastlegen har fått beskjed.`).waitFor();
    await therapistPage.getByTestId('team-board').locator(`tr[data-course-id="${courseId}"]`).getByRole('link', { name: patientName }).waitFor();
    await picture(therapistPage, '04-accepted');
    await teamStatus.getByRole('link', { name: 'Åpne forløpet' }).click();
    await therapistPage.waitForURL(`**/team/forlop/${courseId}`);
    await therapistPage.getByRole('heading', { level: 1, name: patientName }).waitFor();
    const sessions = therapistPage.getByTestId('course-sessions');
    await sessions.locator('tr[data-session-kind=assessment][data-session-status=booked]').waitFor();

    // The start session with the GP for the last 15 minutes, and the end session.
    await bookSession(therapistPage, 'Oppstartssamtale', startDay.nb, '10:00');
    await sessions.locator('tr[data-session-kind=start][data-session-status=booked]').getByText('De siste 15 min').waitFor();
    const course = await bookSession(therapistPage, 'Avslutningssamtale', endDay.nb, '10:00');
    await sessions.locator('tr[data-session-kind=end][data-session-status=booked]').waitFor();
    await picture(therapistPage, '05-sessions-booked');

    // The GP is told: the start session, with the time they join and the tariff hint.
    await gpPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Henvisninger' }).click();
    await gpPage.getByRole('heading', { level: 1, name: 'Henvisninger til team' }).waitFor();
    const gpCard = gpPage.getByTestId('gp-referral').filter({ has: gpPage.getByRole('heading', { level: 2, name: patientName }) });
    expect(await gpCard.getAttribute('data-status')).toBe('accepted');
    const startUpdate = gpCard.locator('[data-testid=gp-update][data-kind=started]');
    await startUpdate.getByText('Foreslått takst for fastlegen:').first().waitFor();
    await startUpdate.getByText('de siste 15 minuttene', { exact: false }).first().waitFor();
    expect(await gpCard.locator('[data-testid=gp-update][data-kind=accepted]').count()).toBe(1);
    await picture(gpPage, '06-gp-told');

    // Outside the consent: the job specialist and a GP of no team cannot open the course.
    const jobSpecialistPage = await newPage(jobSpecialist);
    expect((await apiCall(jobSpecialistPage, 'GET', `/api/team-courses/${courseId}`)).status).toBe(403);
    const board = await apiCall<{ courses: { courseId: string }[] }>(jobSpecialistPage, 'GET', `/api/teams/${team.id}/board`);
    expect(board.status, board.text).toBe(200);
    expect(board.body.courses.map((c) => c.courseId)).not.toContain(courseId);
    const otherGpPage = await newPage(otherGp);
    expect((await apiCall(otherGpPage, 'GET', `/api/team-courses/${courseId}`)).status).toBe(403);
    await otherGpPage.goto(`${platform.url}/team/forlop/${courseId}`);
    await otherGpPage.getByRole('heading', { level: 1, name: 'Ingen tilgang til forløpet' }).waitFor();

    // The patient lets the job specialist in; the therapist records the wider consent, dated today.
    const consentPanel = therapistPage.getByTestId('consent-panel');
    await consentPanel.getByRole('checkbox', { name: 'Jobbspesialist' }).check();
    await consentPanel.getByRole('button', { name: 'Lagre samtykket' }).click();
    await therapistPage.getByTestId('course-status-message').filter({ hasText: 'Samtykket er endret.' }).waitFor();
    await jobSpecialistPage.goto(`${platform.url}/team/forlop/${courseId}`);
    await jobSpecialistPage.getByRole('heading', { level: 1, name: patientName }).waitFor();

    // The sessions take place: the platform's clock moves past the end session's start, and the
    // therapist's browser keeps the same time (sessions are recorded once they have started).
    const end = course.sessions.find((s) => s.kind === 'end')!;
    const minutes = Math.ceil((Date.parse(end.startsAt) - Date.now()) / 60_000) + end.durationMinutes + 1;
    const moved = await apiCall<{ now: string }>(therapistPage, 'POST', '/api/demo/clock', { advanceMinutes: minutes });
    expect(moved.status, moved.text).toBe(200);
    await therapistPage.context().close();
    const laterPage = await newPage(therapist, moved.body.now);
    await laterPage.goto(`${platform.url}/team/forlop/${courseId}`);
    await laterPage.getByRole('heading', { level: 1, name: patientName }).waitFor();
    const withGp = ['Deltakeren', 'Terapeut', 'Fastlege'];
    await recordHeld(laterPage, 'kartleggingssamtale', 'Kartlegging: passer for tilbudet.', ['Deltakeren', 'Terapeut']);
    await recordHeld(laterPage, 'oppstartssamtale', 'Oppstart med fastlegen de siste 15 minuttene. Plan: samtaler hver uke og gradert jobb.', withGp);
    await recordHeld(laterPage, 'avslutningssamtale', 'Avslutning med fastlegen. Tilbakefallsplan gjennomgått.', withGp);
    const laterSessions = laterPage.getByTestId('course-sessions');
    await laterSessions.locator('tr[data-session-kind=assessment][data-session-status=held]').waitFor();
    await laterSessions.locator('tr[data-session-kind=start][data-session-status=held]').waitFor();
    await laterSessions.locator('tr[data-session-kind=end][data-session-status=held]').getByRole('cell', { name: 'Deltakeren, Terapeut, Fastlege' }).waitFor();

    // The final report, section by section.
    await laterPage.getByRole('button', { name: 'Skriv sluttrapporten' }).click();
    const reportForm = laterPage.getByTestId('final-report-form');
    const report: [string, string][] = [
      ['Bakgrunn for henvisningen', 'Henvist for uro og søvnvansker, helt sykmeldt fra lageret.'],
      ['Forløpet', 'Kartlegging, oppstart med fastlegen, samtaler og avslutning med fastlegen.'],
      ['Funksjon i arbeid nå', 'Klarer halve dager med faste oppgaver; tåler ikke nattskift ennå.'],
      ['Mål og resultat', 'Hovedmålet 50 % stilling innen seks uker er nådd.'],
      ['Plan for å forebygge tilbakefall', 'TILBAKEFALL: Ved søvnvansker over en uke tar han kontakt med fastlegen.'],
      ['Anbefalinger til fastlegen og NAV', 'Gradert sykmelding 50 % i fire uker til, deretter vurdere økning.'],
    ];
    for (const [label, text] of report) await reportForm.getByLabel(label).fill(text);
    const savedReport = laterPage.waitForResponse(isApi('PUT', /^\/api\/team-courses\/[^/]+\/final-report$/));
    await reportForm.getByRole('button', { name: 'Lagre sluttrapporten' }).click();
    expect((await savedReport).status()).toBe(200);
    await laterPage.getByTestId('course-status-message').filter({ hasText: 'Sluttrapporten er lagret.' }).waitFor();
    await laterPage.getByTestId('final-report').getByText(report[4]![1]).waitFor();
    await picture(laterPage, '07-final-report');

    // Closing the course as completed, with the work status at the end.
    const closeForm = laterPage.getByTestId('close-course-form');
    await closeForm.getByRole('radio', { name: 'Fullført' }).check();
    await closeForm.getByLabel('Arbeidsstatus ved avslutning').selectOption({ label: 'I gradert arbeid' });
    const closed = laterPage.waitForResponse(isApi('POST', /^\/api\/team-courses\/[^/]+\/close$/));
    await closeForm.getByRole('button', { name: 'Avslutt forløpet' }).click();
    const closedResponse = await closed;
    expect(closedResponse.status(), await closedResponse.text()).toBe(200);
    await laterPage.getByTestId('course-status-message').filter({ hasText: 'Forløpet er avsluttet. Fastlegen har fått beskjed.' }).waitFor();
    expect(await laterPage.getByTestId('close-course-form').count()).toBe(0);
    await laterPage.getByText('Fullført', { exact: true }).first().waitFor();
    expect(await laterSessions.getByRole('button', { name: /^Registrer / }).count()).toBe(0);
    await picture(laterPage, '08-closed');

    // The GP reads the final report on "Henvisninger".
    await gpPage.context().close();
    const gpLater = await newPage(gp);
    await gpLater.goto(`${platform.url}/henvisninger`);
    const gpLaterCard = gpLater.getByTestId('gp-referral').filter({ has: gpLater.getByRole('heading', { level: 2, name: patientName }) });
    await gpLaterCard.getByRole('button', { name: 'Les sluttrapporten' }).click();
    const gpReport = gpLaterCard.getByTestId('final-report');
    await gpReport.getByText(report[4]![1]).waitFor();
    await gpReport.getByText(report[5]![1]).waitFor();
    await picture(gpLater, '09-gp-final-report');

    // The patient: their course, completed, with the final report; and who read it in /innsyn.
    await patientPage.context().close();
    const patientLater = await newPage(patient);
    await patientLater.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mitt forløp' }).click();
    await patientLater.getByRole('heading', { level: 1, name: 'Mitt forløp' }).waitFor();
    const mine = patientLater.getByTestId('my-referral').filter({ has: patientLater.getByRole('heading', { level: 2, name: team.name }) });
    await mine.getByText('Fullført', { exact: true }).first().waitFor();
    await mine.getByTestId('final-report').getByText(report[4]![1]).waitFor();
    await picture(patientLater, '10-my-course');
    await patientLater.getByRole('link', { name: 'Se hvem som har lest opplysningene dine' }).click();
    await patientLater.waitForURL('**/innsyn');
    await patientLater.getByTestId('access-log-table').getByRole('row').filter({ hasText: therapist.name }).filter({ hasText: 'Lest' }).first().waitFor();
    await picture(patientLater, '11-access-log');

    for (const page of [laterPage, gpLater, patientLater, jobSpecialistPage, otherGpPage]) await page.context().close();
  });
});

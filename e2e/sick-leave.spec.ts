import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../server/src/demo/generate.js';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * The sick-leave loop in a real browser: a GP issues a graded note with an early-meeting tick,
 * the NAV adviser sees the task and takes it, the GP sees it taken.
 */
describe('sick notes and NAV tasks in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let adviser: DemoUser;
  let patient: { id: string; name: string };

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    adviser = users.find((u) => u.role === 'nav_adviser' && u.description.includes('Veileder for'))!;
    // Every third demo citizen has no sick-leave case (demo/sick-leave.ts): take one of this GP's.
    const data = generateDemoData();
    const gpUser = data.users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    const citizen = data.citizens.find((c, i) => i % 3 === 2 && c.regular_gp_person_id === gpUser.person_id && c.protection === 'none' && !c.shielded)!;
    patient = { id: citizen.id, name: `${citizen.given_name} ${citizen.family_name}` };
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signIn(page: Page, user: DemoUser) {
    await page.goto(platform.url);
    await page.locator(`table[aria-labelledby="demo-role-${user.role}"]`).getByRole('button', { name: `Logg inn som ${user.name}` }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  }

  it('a GP issues a graded note with an early-meeting tick; the adviser takes the task; the GP sees it taken', async () => {
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await signIn(gpPage, gp);
    await gpPage.goto(`${platform.url}/personer/${patient.id}`);
    await gpPage.getByRole('link', { name: 'Ny sykmelding', exact: true }).click();
    await gpPage.getByRole('heading', { level: 1, name: 'Ny sykmelding' }).waitFor();

    await gpPage.getByLabel('Diagnosekode').fill('L03');
    const period = gpPage.getByTestId('note-period').first();
    await period.getByLabel('Type').selectOption('graded');
    await period.getByLabel('Grad i prosent').fill('50');
    await gpPage.getByLabel('Sykehistorie, symptomer og funn').fill('Smerter i korsryggen etter løft');
    await gpPage.getByLabel('Funksjon i dagliglivet').fill('Klarer daglige gjøremål');
    await gpPage.getByLabel('Funksjon i arbeidet').fill('Kan ikke løfte tungt');
    await gpPage.getByLabel('Gjenværende arbeidsevne').fill('Halv dag med lette oppgaver');
    await gpPage.getByLabel('Jeg ønsker et tidlig dialogmøte med arbeidsgiver og NAV').check();
    await gpPage.getByRole('radio', { name: /^3 –/ }).check();
    await gpPage.getByRole('button', { name: 'Send sykmelding' }).click();

    const status = gpPage.getByTestId('case-status-message');
    await status.filter({ hasText: 'Sykmeldingen er sendt.' }).waitFor();
    const caseUrl = gpPage.url();
    expect(caseUrl).toMatch(/\/saker\/[0-9a-f-]{36}$/);
    await gpPage.getByTestId('timeline-table').waitFor();
    expect(await gpPage.getByTestId('timeline-table').locator('[data-milestone=activity_requirement]').count()).toBe(1);

    const navContext = await browser.newContext();
    const navPage = await navContext.newPage();
    await signIn(navPage, adviser);
    await navPage.goto(`${platform.url}/oppgaver`);
    const row = navPage.getByTestId('task-table').locator('tr[data-task-kind=early_meeting_requested]', { hasText: patient.name });
    await row.first().waitFor();
    await row.first().getByRole('button', { name: /^Ta oppgaven/ }).click();
    await navPage.getByTestId('task-table').locator('tr[data-task-kind=early_meeting_requested][data-status=taken]', { hasText: patient.name }).first().waitFor();

    await navPage.goto(caseUrl);
    await navPage.getByTestId('timeline-table').waitFor();

    await gpPage.goto(caseUrl);
    await gpPage.getByTestId('case-task-table').getByText('NAV har tatt oppgaven').first().waitFor();
    await gpPage.getByText(/NAV har sett sykmeldingen/).first().waitFor();
    await navContext.close();
    await gpContext.close();
  });
});

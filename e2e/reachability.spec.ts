import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * Reachability in a real browser: a GP sees whom to contact on a case and asks to be called back;
 * an advisory physician takes the request from the call list and records the call; the GP sees it
 * called back.
 */
describe('contacts and call-backs in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let physician: DemoUser;
  const reason = 'Ønsker å drøfte om graderingen kan økes – e2e';

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    physician = users.find((u) => u.role === 'advisory_physician')!;
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

  it('a GP asks to be called back on a case; an advisory physician claims and completes it; the GP sees it called back', async () => {
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await signIn(gpPage, gp);
    const cases = (await gpPage.evaluate(() => fetch('/api/gp/cases').then((r) => r.json()))) as { caseId: string }[];
    const caseUrl = `${platform.url}/saker/${cases[0]!.caseId}`;
    await gpPage.goto(caseUrl);

    // Whom to contact: the named NAV contact, escalation, the clinicians' line with open/closed now.
    const contacts = gpPage.getByTestId('contacts-panel');
    await contacts.getByRole('heading', { name: 'Hvem du kan kontakte' }).waitFor();
    await contacts.getByTestId('contacts-nav-contact').getByText('Veileder sykefraværsoppfølging, NAV Larvik').waitFor();
    await contacts.getByTestId('contacts-escalation').getByText('Avdelingsleder, NAV Larvik').waitFor();
    const line = contacts.getByTestId('contacts-clinician-line');
    expect(['true', 'false']).toContain(await line.getAttribute('data-open'));
    await line.getByText(/^(Åpen nå|Stengt nå)/).waitFor();

    // The request.
    await gpPage.getByRole('button', { name: 'Be om å bli ringt opp' }).click();
    await gpPage.getByLabel('Hva vil du drøfte?').fill(reason);
    await gpPage.getByRole('radio', { name: 'I dag' }).check();
    await gpPage.getByLabel('Telefonnummer legen skal ringe').fill('912 34 567');
    await gpPage.getByRole('button', { name: 'Send forespørselen' }).click();
    await gpPage.getByTestId('callback-status-message').getByText('Forespørselen er sendt.', { exact: false }).waitFor();
    await gpPage.getByTestId('callback-list').locator('li[data-status=requested]', { hasText: reason }).waitFor();

    // The advisory physician's call list.
    const rolContext = await browser.newContext();
    const rolPage = await rolContext.newPage();
    await signIn(rolPage, physician);
    await rolPage.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ringeliste' }).first().click();
    await rolPage.getByRole('heading', { level: 1, name: 'Ringeliste' }).waitFor();
    const item = rolPage.getByTestId('callback-queue').locator('li', { hasText: reason });
    await item.getByRole('button', { name: /^Ta forespørselen fra/ }).click();
    await rolPage.getByTestId('callback-queue').locator('li[data-status=claimed][data-mine=true]', { hasText: reason }).waitFor();
    await item.getByRole('button', { name: /^Ringt opp/ }).click();
    const dialog = rolPage.getByRole('dialog');
    await dialog.getByLabel('Hva ble avtalt?').fill('Drøftet gradering; fastlegen prøver 60 % i to uker.');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await rolPage.getByTestId('queue-status').getByText('er registrert som ringt opp', { exact: false }).waitFor();
    expect(await rolPage.getByTestId('callback-queue').locator('li', { hasText: reason }).count()).toBe(0);

    // The GP sees it called back, with the outcome, and was told in the platform.
    await gpPage.goto(caseUrl);
    const done = gpPage.getByTestId('callback-list').locator('li[data-status=called_back]', { hasText: reason });
    await done.waitFor();
    await done.getByText('Drøftet gradering; fastlegen prøver 60 % i to uker.').waitFor();
    await gpPage.getByRole('link', { name: /^Varsler, \d+ uleste?$/ }).waitFor();

    // The directory of advisory physicians, with who is on call.
    await gpPage.goto(`${platform.url}/radgivende-leger?fylke=Vestfold`);
    await gpPage.getByRole('heading', { level: 1, name: 'Rådgivende leger' }).waitFor();
    await gpPage.locator('#physician-count').getByText('3 rådgivende leger.').waitFor();
    expect(await gpPage.getByTestId('physician-table').locator('tbody tr').count()).toBe(3);

    await rolContext.close();
    await gpContext.close();
  });
});

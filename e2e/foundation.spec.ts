import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

describe('foundation in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let patient: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    patient = users.find((u) => u.role === 'patient' && u.description.includes('pasient hos'))!;
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

  it('opens on a sign-in page listing demo users by role', async () => {
    const page = await browser.newPage();
    await page.goto(platform.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Logg inn/);
    await page.getByRole('button', { name: /^Logg inn som / }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Logg inn som / }).count()).toBeGreaterThanOrEqual(13);
    await page.close();
  });

  it('lets a GP search the directory, open an office and see its contact person, then open a patient', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, gp);
    await expect(page.getByText(gp.name).first().isVisible()).resolves.toBe(true);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Katalog' }).click();
    await page.getByLabel('Søk i katalogen').fill('Torget lege');
    const results = page.getByTestId('org-results');
    await results.getByRole('link', { name: 'Torget legesenter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Torget legesenter' }).waitFor();
    await page.getByRole('heading', { name: 'Kontaktpersoner' }).waitFor();
    const contacts = await page.locator('section, div').filter({ has: page.getByRole('heading', { name: 'Kontaktpersoner' }) }).last().textContent();
    expect(contacts).toMatch(/NAV-kontaktperson/);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: /Pasienter|Personer/ }).click();
    await page.getByTestId('citizen-table').waitFor();
    await page.getByTestId('citizen-table').getByRole('link', { name: patient.name }).first().click();
    await page.getByText(/Fødselsnummer/i).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the patient the access log that the GP’s visit produced', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, patient);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Hvem har sett mine opplysninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hvem har sett mine opplysninger' }).waitFor();
    const table = page.getByTestId('access-log-table');
    await table.getByRole('row').filter({ hasText: gp.name }).first().waitFor();
    expect(await table.getByRole('row').filter({ hasText: gp.name }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('switches to English and remembers it after a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, gp);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  it('can be used with the keyboard alone: sign in and search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(platform.url);
    const button = page.locator(`table[aria-labelledby="demo-role-${gp.role}"]`).getByRole('button', { name: `Logg inn som ${gp.name}` });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await page.goto(`${platform.url}/katalog`);
    await page.getByLabel('Søk i katalogen').focus();
    await page.keyboard.type('NAV Larvik');
    await page.locator('#directory-search-status').filter({ hasText: /funnet/ }).waitFor();
    expect(await page.getByTestId('org-results').getByRole('link', { name: 'NAV Larvik' }).count()).toBe(1);
    await context.close();
  });
});

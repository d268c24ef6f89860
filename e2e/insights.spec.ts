import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, demoUsers, launchChromium, signInAsDemo, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

interface Dashboard {
  scope: { name: string };
  kpis: { key: string; nb: string; value: number | null; basis: number | string; trend: { bucket: string; basis: number | string }[] }[];
}

/**
 * Issue 12 end to end: the demo municipal physician opens the dialogue dashboard for Larvik from
 * the menu entry "Innsikt", switches the first chart to its table view with the keyboard, and reads
 * the same months and bases the API gives; the GP sees their own figures on the same page.
 */
describe('KPI dashboards in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let users: DemoUser[];

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    users = await demoUsers(platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens a dashboard and reads a chart as a table', { timeout: 180_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAsDemo(page, platform.url, users.find((u) => u.role === 'municipal_physician')!);
    await page.getByRole('link', { name: 'Innsikt' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Innsikt' }).waitFor({ timeout: 60_000 });

    const form = page.getByRole('search');
    await form.getByLabel('Nivå', { exact: true }).selectOption('municipality');
    await form.getByLabel('Område', { exact: true }).selectOption('3805');
    const panel = page.getByTestId('dashboard-dialogue');
    await panel.waitFor({ timeout: 60_000 });
    await panel.getByText('Larvik').first().waitFor();

    const query = new URL(page.url()).search;
    const api = await apiCall<Dashboard>(page, 'GET', `/api/insights/dashboards/dialogue${query.replace(/&?d=dialogue/, '')}`);
    expect(api.status, api.text).toBe(200);
    const first = api.body.kpis[0]!;
    // With E2E_SCREENSHOTS=<dir>, a full-page picture of the dashboard, for looking at the layout.
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/insights-dashboard.png`, fullPage: true });

    const card = panel.locator(`[data-kpi="${first.key}"]`);
    await card.getByRole('heading', { level: 3, name: first.nb }).waitFor();
    // The screen-reader summary says the period's figure in words.
    expect(await card.locator('.aksel-sr-only').first().textContent()).toContain(first.nb);
    const toggle = card.getByRole('button', { name: 'Vis som tabell' });
    await toggle.focus();
    await page.keyboard.press('Enter');

    const table = card.locator('.insights-view').getByRole('table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(0, 3)).toEqual(['Periode', 'Verdi', 'Grunnlag']);
    const rowHeaders = await table.getByRole('rowheader').allTextContents();
    expect(rowHeaders).toEqual([...first.trend.map((p) => p.bucket), 'Hele perioden']);
    const lastRow = await table.getByRole('row').last().getByRole('cell').allTextContents();
    expect(lastRow[1]).toBe(String(first.basis));
    await card.getByRole('button', { name: 'Vis som diagram' }).waitFor();
  });

  it("shows a GP their own figures beside the area's spread", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAsDemo(page, platform.url, users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!);
    await page.goto(`${platform.url}/innsikt`);
    const figures = page.getByTestId('gp-figures');
    await figures.waitFor({ timeout: 60_000 });
    await figures.getByRole('columnheader', { name: 'Din verdi' }).waitFor();
    expect(await figures.getByRole('rowheader').count()).toBe(4);
  });
});

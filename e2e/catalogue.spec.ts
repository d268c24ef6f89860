import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startPlatform, type RunningPlatform } from './platform.js';

interface ModelList {
  total: number;
  items: Array<{ slug: string; title: string }>;
}

/**
 * Issue 11 end to end: an anonymous visitor (never signed in) opens the knowledge base from the
 * header, filters the collaboration models to level 3 with an active GP role, compares two of
 * them side by side in a real table, and searches with an inflected word.
 */
describe('the knowledge base in a real browser, signed out', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('filters to level-3 models with an active GP role and compares two of them', async () => {
    const expected = (await (await fetch(`${platform.url}/api/public/catalogue/models?level=3&gpRole=active`)).json()) as ModelList;
    expect(expected.total).toBeGreaterThanOrEqual(2);

    await page.goto(`${platform.url}/logg-inn`);
    await page.getByRole('link', { name: 'Kunnskap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunnskap' }).waitFor();
    await page.getByRole('link', { name: 'Se alle samarbeidsmodellene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samarbeidsmodeller' }).waitFor();
    await page.getByRole('status').filter({ hasText: '23 modeller' }).waitFor();

    const filters = page.getByTestId('model-filters');
    // The filters live in the address: each click navigates, and the box shows checked once it has.
    await filters.getByRole('group', { name: 'Nivå' }).getByRole('checkbox', { name: /^Nivå 3: fastleger og helseforetak/ }).click();
    await page.waitForURL(/level=gp_hospital/);
    await filters.getByRole('group', { name: 'Fastlegens rolle' }).getByRole('checkbox', { name: /^Aktiv \/ sentral/ }).click();
    await page.waitForURL(/gpRole=active/);
    await page.getByRole('status').filter({ hasText: `${expected.total} modeller` }).waitFor();
    expect(await filters.getByRole('checkbox', { name: /^Nivå 3/ }).isChecked()).toBe(true);
    const shown = page.getByTestId('model-results').getByRole('article');
    expect(await shown.count()).toBe(expected.total);
    // The active-role group now counts within level 3, and says so.
    expect(await filters.getByRole('checkbox', { name: `Aktiv / sentral (${expected.total})` }).count()).toBe(1);

    const [first, second] = expected.items;
    await page.getByRole('checkbox', { name: `Sammenlign «${first!.title}»` }).check();
    await page.getByRole('checkbox', { name: `Sammenlign «${second!.title}»` }).check();
    await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sammenlign samarbeidsmodeller' }).waitFor();
    const table = page.getByRole('table', { name: /Modellene side om side/ });
    await table.waitFor();
    const columns = await table.getByRole('columnheader').allInnerTexts();
    expect(columns.slice(1)).toEqual([first!.title, second!.title]);
    const roleRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Fastlegens rolle', exact: true }) });
    expect(await roleRow.getByRole('cell').allInnerTexts()).toEqual(['Aktiv / sentral', 'Aktiv / sentral']);
    const levelRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nivå', exact: true }) });
    for (const cell of await levelRow.getByRole('cell').allInnerTexts()) expect(cell).toContain('Nivå 3');
    expect(page.url()).toContain(`m=${first!.slug},${second!.slug}`);
    // Never signed in along the way.
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
  });

  it('finds inflected forms and marks the matches', async () => {
    await page.goto(`${platform.url}/kunnskap`);
    await page.getByRole('searchbox', { name: 'Søk i kunnskapsbanken' }).fill('sykmeldinger');
    const results = page.getByTestId('search-results');
    await results.getByRole('link').first().waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    await results.getByRole('link', { name: 'Gradert sykmelding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gradert sykmelding' }).waitFor();
  });
});

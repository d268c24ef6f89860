import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, demoUsers, launchChromium, signInAsDemo, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** A date in Norway `days` from today, as `dd.mm.åååå` (what the date field takes). */
function osloDay(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + days * 86_400_000)).split('-');
  return `${d}.${m}.${y}`;
}

/** The cells of the coverage summary's total row: offices, contacted, booked, done, declined, share done. */
async function coverageTotal(page: Page): Promise<string[]> {
  const cells = await page.getByTestId('coverage-total').locator('td').allInnerTexts();
  return cells.map((c) => c.trim());
}

/**
 * Visit rounds in a real browser (issue 10 point 3, ADR 0006 "Outreach"): the demo NAV adviser sets
 * up a round over Larvik's GP offices, moves one office through the pipeline — letter sent, called,
 * booked for yesterday, done — and sees the coverage summary per municipality change; a move the
 * pipeline does not allow is refused by the server with its code.
 */
describe('visit rounds in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let adviser: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    adviser = (await demoUsers(platform.url)).find((u) => u.role === 'nav_adviser' && u.description === 'Veileder for sykefraværsoppfølging')!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function moveTo(panel: Locator, stage: string, visit?: { day: string; time: string }) {
    const form = panel.getByTestId('visit-move-form');
    await form.getByLabel('Flytt til').selectOption({ label: stage });
    if (visit) {
      await form.getByLabel('Dato for besøket').fill(visit.day);
      await form.getByLabel('Klokkeslett').fill(visit.time);
    }
    await form.getByRole('button', { name: 'Flytt' }).click();
    await form.getByRole('status').filter({ hasText: `Kontoret står nå på «${stage}».` }).waitFor();
  }

  it('moves an office through the pipeline to done, and the coverage summary follows', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAsDemo(page, platform.url, adviser);
    await page.getByRole('link', { name: 'Besøksrunder' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Besøksrunder til legekontor' }).waitFor();

    await page.getByLabel('Navn på runden').fill('Høstrunden i Larvik');
    await page.getByLabel('Kommunenummer').fill('3805');
    await page.getByRole('button', { name: 'Opprett besøksrunden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Høstrunden i Larvik' }).waitFor();

    const before = await coverageTotal(page);
    const offices = Number(before[0]);
    expect(offices).toBeGreaterThanOrEqual(3);
    expect(before.slice(1)).toEqual(['0', '0', '0', '0', '0 %']);

    await page.getByTestId('visit-offices').getByRole('button', { name: 'Torget legesenter' }).click();
    const panel = page.getByTestId('visit-office-panel');
    await moveTo(panel, 'Brev sendt');
    expect((await coverageTotal(page))[1]).toBe('1');
    await moveTo(panel, 'Ringt');
    await moveTo(panel, 'Avtalt', { day: osloDay(-1), time: '11:30' });
    expect((await coverageTotal(page))[2]).toBe('1');
    await moveTo(panel, 'Gjennomført');

    const row = page.getByTestId('visit-office-Torget legesenter');
    await expect.poll(() => row.getByTestId('visit-stage').innerText()).toBe('Gjennomført');
    await panel.getByText('Besøket er gjennomført. Kontoret står ferdig i runden.').waitFor();
    expect(await coverageTotal(page)).toEqual([String(offices), '1', '0', '1', '0', `${Math.round(100 / offices)} %`]);
    const larvik = (await page.getByTestId('coverage-3805').locator('td').allInnerTexts()).map((c) => c.trim());
    expect(larvik[3]).toBe('1');
    await panel.getByTestId('visit-history').getByText('Avtalt → Gjennomført', { exact: false }).waitFor();

    // The pipeline ends at "done": the server refuses any further move with its code.
    const roundId = new URL(page.url()).pathname.split('/').pop()!;
    const round = await apiCall<{ offices: Array<{ id: string; organisation: { name: string } }> }>(page, 'GET', `/api/visit-rounds/${roundId}`);
    const torget = round.body.offices.find((o) => o.organisation.name === 'Torget legesenter')!;
    const refused = await apiCall<{ code: string }>(page, 'POST', `/api/visit-offices/${torget.id}/move`, { to: 'called' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ARENA_VISIT_MOVE_INVALID');
  });
});

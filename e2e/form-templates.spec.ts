import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsDemo, demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * Form templates in a real browser: the admin opens `/admin/skjemamaler`, opens the follow-up plan,
 * makes version 2 with a changed title and publishes it; the list shows version 2. Invalid JSON is
 * caught in the browser, a template without sections is refused with its problems, and publishing
 * version 2 again is refused as not higher.
 */
describe('form templates in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let admin: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    admin = users.find((u) => u.role === 'admin' && u.description.includes('Forvalter katalog og konfigurasjon'))!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const editor = (page: Page) => page.getByRole('textbox', { name: 'Malen som JSON' });

  it('publishes version 2 of the follow-up plan, and refuses it again as not higher', { timeout: 180_000 }, async () => {
    expect(admin).toBeDefined();
    const page = await (await browser.newContext()).newPage();
    await signInAsDemo(page, platform.url, admin);

    // The menu leads there.
    await page.getByRole('link', { name: 'Skjemamaler' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Skjemamaler' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/skjemamaler');
    const row = page.locator('[data-testid="form-template-table"] tr[data-key="follow-up-plan"]');
    await expect.poll(() => row.getAttribute('data-version')).toBe('1');

    await page.getByRole('button', { name: 'Vis Oppfølgingsplan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Oppfølgingsplan, versjon 1' }).waitFor();
    const shown = JSON.parse((await page.getByTestId('form-template-json').textContent()) ?? '') as { key: string; version: number };
    expect(shown).toMatchObject({ key: 'follow-up-plan', version: 1 });

    await page.getByRole('button', { name: 'Lag ny versjon' }).click();
    const draft = JSON.parse(await editor(page).inputValue()) as { version: number; title: { nb: string; en: string } };
    expect(draft.version).toBe(2);

    // Not JSON: caught in the browser, the summary takes the focus.
    await editor(page).fill('{ "key": ');
    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByRole('link', { name: /Teksten er ikke gyldig JSON/ }).waitFor();
    // The focus is on the summary (its heading), close to the message.
    const focusedSummary = () =>
      page.evaluate(() => {
        let element: Element | null = document.activeElement;
        for (let i = 0; i < 4 && element; i++, element = element.parentElement) {
          if (element.textContent?.includes('Teksten er ikke gyldig JSON')) return true;
        }
        return false;
      });
    await expect.poll(focusedSummary).toBe(true);

    // Without sections: refused by the server with its problems listed.
    await editor(page).fill(JSON.stringify({ ...draft, sections: [] }, null, 2));
    await page.getByRole('button', { name: 'Publiser' }).click();
    const refusal = page.getByTestId('form-template-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('FORM_TEMPLATE_INVALID');
    expect(await page.getByTestId('form-template-problems').locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('form-template-refusal');

    // A changed title: published, announced, and version 2 in the list.
    await editor(page).fill(JSON.stringify({ ...draft, title: { nb: 'Oppfølgingsplan (ny)', en: 'Follow-up plan (new)' } }, null, 2));
    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByTestId('form-template-admin-status').getByText('Versjon 2 av follow-up-plan er publisert.').waitFor();
    await expect.poll(() => row.getAttribute('data-version')).toBe('2');
    await page.getByRole('heading', { level: 2, name: 'Oppfølgingsplan (ny), versjon 2' }).waitFor();

    // The same version again: refused as not higher.
    await page.getByRole('button', { name: 'Lag ny versjon' }).click();
    const again = JSON.parse(await editor(page).inputValue()) as { version: number };
    expect(again.version).toBe(3);
    await editor(page).fill(JSON.stringify({ ...again, version: 2 }, null, 2));
    await page.getByRole('button', { name: 'Publiser' }).click();
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('FORM_TEMPLATE_VERSION_NOT_HIGHER');
    expect(text).toContain('høyere versjonsnummer');
    expect(await row.getAttribute('data-version')).toBe('2');
  });
});

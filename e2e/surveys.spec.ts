import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsDemo, demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** `dd.mm.åååå` of today + `days` in Norway, as the date pickers take it. */
function osloDay(days: number): string {
  const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${oslo}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const [y, m, d] = date.toISOString().slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/**
 * Pulse surveys end to end (issue 12 point 2): an advisory physician composes a round for the GPs
 * of Lillestrøm from the report's questions and opens it; the invitations land in the outbox; a
 * signed-out browser opens one link, is told to answer every question, answers on the radio
 * groups, and sees the thank-you page, and the same link again says it is used; the organiser sees
 * "For få svar" until the fifth GP has answered, then the round's share beside the report's 35 %.
 */
describe('pulse surveys in a real browser', () => {
  let platform: RunningPlatform | undefined;
  let browser: Browser;
  let organiser: DemoUser;
  const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-e2e-surveys-'));
  const outboxDir = join(dataDir, 'outbox');

  beforeAll(async () => {
    platform = await startPlatform({ env: { DATA_DIR: dataDir, MAIL_SEND_INTERVAL_SECONDS: '1' } });
    browser = await launchChromium();
    organiser = (await demoUsers(platform.url)).find((u) => u.role === 'advisory_physician')!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The invitation links in the outbox folder, once at least `count` have been written. */
  async function invitationLinks(count: number): Promise<string[]> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      let files: string[] = [];
      try {
        files = readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
      } catch {
        // not written yet
      }
      const links = files.flatMap((f) => {
        const raw = readFileSync(join(outboxDir, f), 'utf8').replace(/=\r?\n/g, '');
        return [...raw.matchAll(/https?:\/\/[^\s]+\/sporreundersokelse#[A-Za-z0-9_-]{43}/g)].map((m) => m[0]);
      });
      if (links.length >= count) return [...new Set(links)];
      if (Date.now() > deadline) throw new Error(`only ${links.length} invitation links in the outbox`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** A fresh page per link: links differ only after '#', which a page already open would treat as the same document. */
  async function answerInBrowser(context: BrowserContext, link: string) {
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'E2E pulsmåling Lillestrøm' }).waitFor();
    const timely = page.getByRole('radiogroup', { name: /sendt i tide\?/ });
    await timely.getByRole('radio', { name: 'Ofte', exact: true }).check();
    await page.getByRole('radiogroup', { name: /Manglende kapasitet hos fastlegene/ }).getByRole('radio', { name: 'I stor grad', exact: true }).check();
    await page.getByRole('button', { name: 'Send svarene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Takk for svaret!' }).waitFor();
    await page.close();
  }

  it('an organiser opens a round; GPs answer signed out, once each; results stay hidden until five have answered', { timeout: 300_000 }, async () => {
    const organiserContext = await browser.newContext();
    const page = await organiserContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInAsDemo(page, platform!.url, organiser);

    // Compose from the bank: the GPs of Lillestrøm, two of the report's questions.
    // The menu offers the surveys to an organiser.
    await page.getByRole('link', { name: 'Spørreundersøkelser' }).first().waitFor({ state: 'attached' });
    await page.goto(`${platform!.url}/innsikt/sporreundersokelser`);
    await page.getByRole('heading', { level: 1, name: 'Spørreundersøkelser' }).waitFor();
    await page.getByRole('button', { name: 'Ny spørreundersøkelse' }).click();
    await page.getByLabel('Tittel').fill('E2E pulsmåling Lillestrøm');
    await page.getByLabel('Kommunenumre').fill('3205');
    await page.getByRole('checkbox', { name: 'NAV-veiledere (sykefraværsoppfølging)' }).uncheck();
    await page.getByRole('checkbox', { name: /Nav i forbindelse med sykefraværsoppfølging sendt i tide\?/ }).check();
    await page.getByRole('checkbox', { name: /^Manglende kapasitet hos fastlegene\./ }).check();
    await page.getByText('Slik ser fastleger spørsmålene').waitFor();
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2E pulsmåling Lillestrøm' }).waitFor();

    // Open it for two weeks: nine GPs are invited.
    await page.getByLabel('Siste svardag').fill(osloDay(14));
    await page.getByLabel('Siste svardag').press('Tab');
    await page.getByRole('button', { name: 'Åpne og send invitasjoner' }).click();
    const invitations = page.getByTestId('survey-invitations');
    await invitations.waitFor();
    await expect(invitations.getByRole('row', { name: /Fastleger/ }).textContent()).resolves.toContain('9');
    const links = await invitationLinks(9);
    expect(links).toHaveLength(9);

    // A signed-out browser: refused until every question is answered, then thanked; the link then says it is used.
    const respondent = await browser.newContext();
    const answerPage = await respondent.newPage();
    await answerPage.goto(links[0]!);
    await answerPage.getByRole('heading', { level: 1, name: 'E2E pulsmåling Lillestrøm' }).waitFor();
    expect(await answerPage.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    await answerPage.getByRole('button', { name: 'Send svarene' }).click();
    await answerPage.getByText('Svar på alle spørsmålene før du sender.').waitFor();
    expect(await answerPage.getByText('Velg et svar').count()).toBe(2);
    await answerPage.close();
    await answerInBrowser(respondent, links[0]!);
    const again = await respondent.newPage();
    await again.goto(links[0]!);
    await again.getByRole('heading', { level: 1, name: 'Lenken er allerede brukt' }).waitFor();
    await again.close();

    // Four answers: "For få svar".
    for (const link of links.slice(1, 4)) await answerInBrowser(respondent, link);
    await page.reload();
    const gps = page.getByTestId('survey-results-gps');
    await gps.getByTestId('survey-too-few').getByText('For få svar').waitFor();
    expect(await gps.getByTestId('survey-comparison-table').count()).toBe(0);
    await expect(invitations.getByRole('row', { name: /Fastleger/ }).textContent()).resolves.toContain('under 5');

    // The fifth: the share beside the report's figure.
    await answerInBrowser(respondent, links[4]!);
    await page.reload();
    const table = gps.getByTestId('survey-comparison-table');
    await table.waitFor();
    expect(await gps.getByTestId('survey-too-few').count()).toBe(0);
    const timelyRow = table.getByRole('row', { name: /sendt i tide/ });
    await expect(timelyRow.textContent()).resolves.toContain('100 %');
    await expect(timelyRow.textContent()).resolves.toContain('35 %');
    await gps.getByText('5 har svart').waitFor();
    expect(errors).toEqual([]);
    await respondent.close();
    await organiserContext.close();
  });
});

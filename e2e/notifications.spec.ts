import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../server/src/demo/generate.js';
import { systemClock } from '../server/src/platform/clock.js';
import { openDatabase } from '../server/src/platform/db/database.js';
import { notify } from '../server/src/platform/notify/notify.js';
import { demoUsers, freePort, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * Notifications as a user meets them: the header's unread count, the list on /varsler, marking
 * read, the e-mail in the demo outbox folder, and the notification choices.
 *
 * No module sends notifications yet, so the test makes two the way a module will: with notify()
 * against the platform's own embedded database, while the platform is stopped (PGlite has one
 * writer), then starts it again on the same data.
 */
describe('notifications in a real browser', () => {
  let platform: RunningPlatform | undefined;
  let browser: Browser;
  let gp: DemoUser;
  let gpEmail: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-e2e-notify-'));
  const outboxDir = join(dataDir, 'outbox');

  beforeAll(async () => {
    const port = await freePort();
    const env = { DATA_DIR: dataDir, MAIL_SEND_INTERVAL_SECONDS: '1' };
    platform = await startPlatform({ port, env });
    gp = (await demoUsers(platform.url)).find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    const data = generateDemoData();
    const personId = data.users.find((u) => u.id === gp.id)!.person_id;
    gpEmail = data.people.find((p) => p.id === personId)!.email!;
    await platform.stop();
    platform = undefined;

    const database = await openDatabase({ dataDir });
    try {
      for (const [i, event] of (['request_received', 'message_received'] as const).entries()) {
        await database.db.transaction().execute((tx) =>
          notify(
            tx,
            systemClock,
            {
              userIds: [gp.id],
              event,
              title: { nb: `Testvarsel ${i + 1}`, en: `Test notification ${i + 1}` },
              body: { nb: 'Åpne saken for å se hva det gjelder.', en: 'Open the case to see what it is about.' },
              link: '/katalog',
            },
            { publicUrl: `http://localhost:${port}` },
          ),
        );
      }
    } finally {
      await database.close();
    }
    platform = await startPlatform({ port, env });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page, user: DemoUser) {
    await page.goto(platform!.url);
    await page.locator(`table[aria-labelledby="demo-role-${user.role}"]`).getByRole('button', { name: `Logg inn som ${user.name}` }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  }

  it('shows the unread count in the header, lists the notifications and marks them read', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, gp);

    await page.getByRole('link', { name: 'Varsler, 2 uleste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
    const list = page.getByTestId('notification-list');
    await list.getByRole('listitem').first().waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);
    // Newest first.
    await expect(list.getByRole('listitem').first().textContent()).resolves.toContain('Testvarsel 2');

    await page.getByRole('button', { name: 'Marker som lest: Testvarsel 1' }).click();
    await page.getByTestId('notification-status').getByText('Varselet er markert som lest.').waitFor();
    await page.getByRole('link', { name: 'Varsler, 1 ulest' }).waitFor();
    // Focus stays on the notification whose button went away.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Testvarsel 1');

    await page.getByRole('button', { name: 'Marker alle som lest' }).click();
    await page.getByTestId('notification-status').getByText('1 varsel er markert som lest.').waitFor();
    await page.getByRole('link', { name: 'Varsler, ingen uleste' }).waitFor();
    expect(await list.locator('[data-read="false"]').count()).toBe(0);

    // The title leads to what the notification is about.
    await list.getByRole('link', { name: 'Testvarsel 2' }).click();
    await page.waitForURL(`${platform!.url}/katalog`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the e-mail for an event with e-mail on into the outbox folder, with the link and nothing more', async () => {
    const deadline = Date.now() + 15_000;
    let files: string[] = [];
    while (files.length === 0 && Date.now() < deadline) {
      files = (() => {
        try {
          return readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
        } catch {
          return [];
        }
      })();
      if (files.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    // request_received mails by default, message_received does not.
    expect(files).toHaveLength(1);
    const raw = readFileSync(join(outboxDir, files[0]!), 'utf8');
    expect(raw).toContain(`To: ${gpEmail}`);
    expect(raw).toContain('Subject: =?UTF-8?Q?Ny_foresp=C3=B8rsel_i_Samhandling?=');
    expect(raw.replace(/=\r?\n/g, '')).toContain(`${platform!.url}/katalog`);
    expect(raw).not.toContain('Testvarsel');
  });

  it('saves the user’s notification choices', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, gp);
    await page.goto(`${platform!.url}/varsler`);
    const table = page.getByTestId('notification-preferences-table');
    const emailForRequests = table.getByRole('checkbox', { name: 'Varsle på e-post: Ny forespørsel til meg' });
    const inAppForMessages = table.getByRole('checkbox', { name: 'Varsle i Samhandling: Ny melding' });
    await expect(emailForRequests.isChecked()).resolves.toBe(true);
    await expect(inAppForMessages.isChecked()).resolves.toBe(true);
    await page.getByText(`E-post sendes til ${gpEmail}.`).waitFor();

    await emailForRequests.uncheck();
    await inAppForMessages.uncheck();
    await page.getByRole('button', { name: 'Lagre valgene' }).click();
    await page.getByTestId('notification-preferences-status').getByText('Valgene dine er lagret.').waitFor();

    await page.reload();
    await table.waitFor();
    await expect(emailForRequests.isChecked()).resolves.toBe(false);
    await expect(inAppForMessages.isChecked()).resolves.toBe(false);
    await expect(table.getByRole('checkbox', { name: 'Varsle på e-post: Påminnelse om en frist' }).isChecked()).resolves.toBe(true);
    await context.close();
  });
});

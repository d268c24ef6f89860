import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * National messages (MsgHead + Dialogmelding) in a real browser: a NAV adviser writing to the GP
 * is warned, before sending, of characters the GP's record system cannot show (and of those it
 * converts); the note is sent anyway, kept as written, and its national status goes from ordered
 * to sent as the background exchange (every second here, through folders in a temporary
 * directory) produces the document. An administrator finds the document in the message log,
 * opens it and downloads its XML.
 */
const INTEROP_TOKEN = 'e2e-interop-token';

/** A GP system's AppRec refusing one of NAV's documents: "recipient does not exist" (E21). */
function rejectionAppRec(msgId: string, reason: string): string {
  const now = new Date().toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21">
  <MsgType V="APPREC" DN="Applikasjonskvittering"/>
  <MIGversion>1.0 2004-11-21</MIGversion>
  <GenDate>${now}</GenDate>
  <Id>e2e-apprec-${msgId}</Id>
  <Sender><HCP><Inst><Name>Legekontoret</Name></Inst></HCP></Sender>
  <Receiver><HCP><Inst><Name>NAV</Name></Inst></HCP></Receiver>
  <Status V="2" DN="Avvist"/>
  <Error V="E21" S="2.16.578.1.12.4.1.1.8221" DN="Mottaker finnes ikke" OT="${reason}"/>
  <OriginalMsgId>
    <MsgType V="DIALOG_NOTAT" DN="Notat"/>
    <IssueDate>${now}</IssueDate>
    <Id>${msgId}</Id>
  </OriginalMsgId>
</AppRec>
`;
}

describe('national messages (Dialogmelding) in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let adviser: DemoUser;
  let admin: DemoUser;
  let interopDir: string;
  /** The note the adviser sends in the first test: the administrator looks for it, the GP's system rejects it. */
  let sentMessageId: string | undefined;
  let sentConversationId: string | undefined;
  let caseUrl: string | undefined;

  beforeAll(async () => {
    interopDir = mkdtempSync(join(tmpdir(), 'samhandling-e2e-interop-'));
    platform = await startPlatform({
      env: {
        INTEROP_POLL_SECONDS: '1',
        INTEROP_INBOX_DIR: join(interopDir, 'inbox'),
        INTEROP_OUTBOX_DIR: join(interopDir, 'outbox'),
        INTEROP_TOKEN: INTEROP_TOKEN,
      },
    });
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    adviser = users.find((u) => u.role === 'nav_adviser' && u.description.includes('Veileder for'))!;
    admin = users.find((u) => u.role === 'admin')!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    if (interopDir) rmSync(interopDir, { recursive: true, force: true });
  });

  async function signIn(page: Page, user: DemoUser) {
    await page.goto(platform.url);
    await page.locator(`table[aria-labelledby="demo-role-${user.role}"]`).getByRole('button', { name: `Logg inn som ${user.name}` }).first().click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  }

  const isApi = (method: string, path: RegExp) => (response: Response) =>
    response.request().method() === method && path.test(new URL(response.url()).pathname);

  it('an adviser is warned before sending of an emoji and typographic quotes, sends the note anyway, and sees it ordered and then sent as a Dialogmelding', { timeout: 180_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, adviser);

    await page.goto(`${platform.url}/arbeidsliste`);
    await page.getByTestId('work-list-table').waitFor();
    const caseLink = page.getByTestId('work-list-table').locator('tbody tr th').getByRole('link').first();
    const patient = (await caseLink.textContent())!.trim();
    await caseLink.click();
    await page.getByRole('heading', { level: 1, name: patient }).waitFor();
    caseUrl = page.url();
    await page.getByRole('link', { name: 'Send melding til legen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Send melding til legen' }).waitFor();

    const form = page.getByTestId('nav-note-form');
    const field = form.getByRole('textbox', { name: 'Melding', exact: true });
    const notice = form.getByTestId('latin1-notice');

    // Only characters with a safe equivalent: a quiet line naming what they become.
    const checked = page.waitForResponse(isApi('POST', /^\/api\/interop\/text-check$/));
    await field.fill('Pasienten sier “snart tilbake” – vi følger opp.');
    const check = await checked;
    expect(check.status()).toBe(200);
    expect(check.request().headers()['x-csrf-token']).toBeTruthy();
    await page.locator('[data-testid=nav-note-form] [data-testid=latin1-notice][data-kind=replaced]').waitFor();
    await notice.getByText('Tegn som legekontorets journalsystem ikke kan vise, blir gjort om: “ ” → ", – → -').waitFor();
    expect(await notice.getByText('Noen tegn kan ikke vises hos legekontoret').count()).toBe(0);

    // An emoji as well: a warning under the field, which the field is described by.
    const text = 'Pasienten sier “snart tilbake” – vi følger opp 👍';
    await field.fill(text);
    await page.locator('[data-testid=nav-note-form] [data-testid=latin1-notice][data-kind=unsupported]').waitFor();
    await notice.getByText('Noen tegn kan ikke vises hos legekontoret').waitFor();
    await notice.getByText('Teksten inneholder 1 tegn fastlegens journalsystem ikke kan vise: 👍 (U+1F44D).').waitFor();
    await notice.getByText('Tegn som legekontorets journalsystem ikke kan vise, blir gjort om: “ ” → ", – → -').waitFor();
    const noticeId = (await notice.getAttribute('id'))!;
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(noticeId);

    // Sending is still allowed; the text is kept as written.
    const sent = page.waitForResponse(isApi('POST', /^\/api\/cases\/[^/]+\/notes$/));
    await form.getByRole('button', { name: 'Send til legen' }).click();
    const response = await sent;
    expect(response.status()).toBe(201);
    expect(JSON.parse(response.request().postData() ?? '{}')).toMatchObject({ text });
    const { conversationId } = (await response.json()) as { conversationId: string };
    sentConversationId = conversationId;
    await page.waitForURL(`**/dialog/${conversationId}`);
    await page.getByTestId('dialogue-status').filter({ hasText: 'Meldingen er sendt til fastlegen.' }).waitFor();

    const note = page.locator('[data-testid=dialogue-message][data-kind=note]').last();
    await note.getByText(text).waitFor();
    sentMessageId = (await note.getAttribute('data-message-id'))!;
    // Ordered with the message; the exchange may already have sent it.
    const status = note.getByTestId('national-status');
    await status.getByText(/^(Bestilt|Sendt som Dialogmelding)$/).waitFor();
    expect(['ordered', 'sent']).toContain(await status.getAttribute('data-status'));
    expect(await status.getAttribute('data-direction')).toBe('out');

    // The exchange runs every second: after a reload the document has been handed over.
    const deadline = Date.now() + 30_000;
    while ((await status.getAttribute('data-status')) !== 'sent') {
      expect(Date.now(), 'the document is sent within 30 s').toBeLessThan(deadline);
      await page.waitForTimeout(1_000);
      await page.reload();
      await status.waitFor();
    }
    await status.getByText('Sendt som Dialogmelding', { exact: true }).waitFor();
    await status.getByText(/venter på kvittering fra legekontorets journalsystem/).waitFor();
    expect(await note.getByTestId('national-problem').count()).toBe(0);

    await context.close();
  });

  it('an administrator finds the outbound document in the message log, opens it and sees and downloads its XML', { timeout: 120_000 }, async () => {
    expect(sentMessageId, 'the note of the previous test').toBeTruthy();
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, admin);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).first().getByRole('link', { name: 'Meldingslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingslogg (Dialogmelding)' }).waitFor();
    await page.getByTestId('interop-log-table').waitFor();

    // Outbound only: the filter goes to the server and into the address.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/admin/interop/messages?') && r.url().includes('direction=out') && r.ok());
    await page.getByLabel('Retning').selectOption({ label: 'Ut til legekontor' });
    await filtered;
    await page.waitForURL(/[?&]retning=out\b/);
    const row = page.locator(`[data-testid=interop-log-table] tbody tr[data-msg-id="${sentMessageId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-direction')).toBe('out');
    expect(await row.getAttribute('data-status')).toBe('sent');
    await row.getByText('Sendt', { exact: true }).waitFor();
    await row.getByText('Ut til legekontor', { exact: true }).waitFor();

    // The row's link (the keyboard's way in) opens the document.
    const opened = page.waitForResponse(isApi('GET', /^\/api\/admin\/interop\/messages\/[^/]+$/));
    await row.getByRole('link', { name: 'Dialogmelding: notat' }).click();
    expect((await opened).ok()).toBe(true);
    await page.getByRole('heading', { level: 1, name: /^Dialogmelding: notat/ }).waitFor();
    await page.getByText(sentMessageId!, { exact: true }).waitFor();

    const documentRegion = page.getByRole('region', { name: 'Dokumentet' });
    const xml = documentRegion.locator('pre');
    await xml.waitFor();
    const shown = (await xml.textContent()) ?? '';
    expect(shown).toContain('<MsgHead');
    expect(shown).toContain('DIALOG_NOTAT');
    expect(shown).toContain(sentMessageId!);

    const download = page.waitForEvent('download');
    await documentRegion.getByRole('button', { name: 'Last ned XML' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${sentMessageId}.xml`);
    const saved = readFileSync((await file.path())!, 'utf8');
    expect(saved).toContain('<MsgHead');
    expect(saved).toContain(sentMessageId!);

    // No record system has answered in this test: no AppRec yet; the deviations are explained.
    await page.getByRole('region', { name: 'Kvittering (AppRec)' }).getByText('Ingen kvittering ennå.').waitFor();
    await page.getByRole('region', { name: 'Avvik fra XSD' }).getByText('Avvik fra XSD som journalsystemer sender og NAV godtar; meldingen ble likevel vurdert.').waitFor();

    await page.getByRole('link', { name: 'Tilbake til meldingsloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingslogg (Dialogmelding)' }).waitFor();

    await context.close();
  });
  it('the GP office’s system rejects the note (E21): the adviser sees the reason and what to do, and the case has the address task', { timeout: 120_000 }, async () => {
    expect(sentMessageId && sentConversationId && caseUrl, 'the note of the first test').toBeTruthy();
    const reason = 'HER-id-en er ikke i bruk hos oss.';
    const answer = await fetch(`${platform.url}/api/interop/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${INTEROP_TOKEN}`, 'content-type': 'application/xml' },
      body: rejectionAppRec(sentMessageId!, reason),
    });
    expect(answer.status).toBe(204);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, adviser);
    await page.goto(`${platform.url}/dialog/${sentConversationId}`);
    const note = page.locator(`[data-testid=dialogue-message][data-message-id="${sentMessageId}"]`);
    const status = note.getByTestId('national-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('rejected');
    await status.getByText('Avvist av legekontorets system', { exact: true }).waitFor();
    const problem = note.getByTestId('national-problem');
    await problem.getByRole('heading', { name: 'Legekontorets journalsystem avviste meldingen' }).waitFor();
    await problem.getByText(`E21 Mottaker finnes ikke: ${reason}`).waitFor();
    await problem.getByText('Legekontorets adresse må sjekkes.').waitFor();
    await problem.getByText(/Ring legekontoret, eller sjekk adressen i katalogen\.$/).waitFor();
    await problem.getByRole('link', { name: 'Se fastlegen i katalogen' }).waitFor();

    // The office gets the task, named in the case's task list.
    await page.goto(caseUrl!);
    const task = page.locator('[data-testid=case-task-table] tr[data-task-kind=gp_address_unknown]');
    await task.waitFor();
    await task.getByText('Legekontorets meldingsadresse må sjekkes (E21)').first().waitFor();

    await context.close();
  });
});

import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** A small but real PDF: the server checks attachments by their content, not their name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * The dialogue in a real browser: a NAV adviser asks the GP for information (L8) from a case in
 * the work list; the GP finds it at the top of the inbox with its deadline, opens it (the adviser
 * sees it read, and by whom), answers each question with a PDF attached; the adviser sees the
 * answer and the attachment in the thread.
 */
describe('the dialogue between NAV and the GP in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let gp: DemoUser;
  let adviser: DemoUser;
  let manager: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    adviser = users.find((u) => u.role === 'nav_adviser' && u.description.includes('Veileder for'))!;
    manager = users.find((u) => u.role === 'nav_manager')!;
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

  const isApi = (method: string, path: RegExp) => (response: Response) =>
    response.request().method() === method && path.test(new URL(response.url()).pathname);

  it('an adviser asks the GP (L8); the GP reads and answers with a PDF; the adviser sees the read receipt, the answer and the attachment', { timeout: 180_000 }, async () => {
    const navContext = await browser.newContext();
    const navPage = await navContext.newPage();
    await signIn(navPage, adviser);

    // The work list, narrowed to the demo GP's patients: a request goes to the GP who wrote the notes.
    await navPage.goto(`${platform.url}/arbeidsliste`);
    await navPage.getByTestId('work-list-table').waitFor();
    const gpFilter = navPage.getByLabel('Fastlege (sykmelder)');
    await gpFilter.locator('option', { hasText: gp.name }).first().waitFor({ state: 'attached' });
    const filtered = navPage.waitForResponse((r) => r.url().includes('/api/nav/work-list?') && r.url().includes('gpPersonId=') && r.ok());
    await gpFilter.selectOption({ label: gp.name });
    await filtered;
    // The filtered page is on screen once the list is no longer busy.
    await navPage.locator('[aria-busy="false"]').filter({ has: navPage.getByTestId('work-list-table') }).waitFor();

    // A patient without a thread yet (the demo data has some), so the GP's search finds only ours.
    const threads = (await (await navPage.request.get(`${platform.url}/api/inbox/nav?show=all&limit=200`)).json()) as { items: { citizen: { name: string } }[] };
    const busy = new Set(threads.items.map((i) => i.citizen.name));
    const names = await navPage.getByTestId('work-list-table').locator('tbody tr th').allTextContents();
    const patient = names.map((n) => n.trim()).find((n) => !busy.has(n));
    expect(patient, 'a patient of the GP without a thread').toBeTruthy();
    await navPage.getByTestId('work-list-table').locator('tbody tr th').getByRole('link', { name: patient!, exact: true }).first().click();
    await navPage.getByRole('heading', { level: 1, name: patient! }).waitFor();

    // The request builder: L8, two sharp questions and the open one last.
    await navPage.getByRole('link', { name: 'Be legen om opplysninger' }).click();
    await navPage.getByRole('heading', { level: 1, name: 'Be legen om opplysninger' }).waitFor();
    await navPage.getByRole('radio', { name: /^L8/ }).check();
    await navPage.getByLabel('Spørsmål 1', { exact: true }).fill('Hvilke arbeidsoppgaver kan pasienten gjøre nå?');
    await navPage.getByRole('button', { name: 'Legg til spørsmål' }).click();
    await navPage.getByLabel('Spørsmål 2', { exact: true }).fill('Hvor lenge regner du med at sykmeldingen varer?');
    await navPage.getByLabel('Åpent spørsmål til slutt (valgfritt)').fill('Er det annet NAV bør vite?');
    const deadline = await navPage.getByLabel('Svarfrist').inputValue();
    expect(deadline).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const sent = navPage.waitForResponse(isApi('POST', /^\/api\/cases\/[^/]+\/requests$/));
    await navPage.getByRole('button', { name: 'Send forespørselen' }).click();
    expect((await sent).status()).toBe(201);
    await navPage.getByTestId('dialogue-status').filter({ hasText: `Forespørselen er sendt til ${gp.name}. Svarfrist ${deadline}.` }).waitFor();
    const threadUrl = navPage.url();
    expect(threadUrl).toMatch(/\/dialog\/[0-9a-f-]{36}$/);
    const request = navPage.locator('[data-testid=dialogue-message][data-kind=request]');
    await request.getByTestId('message-receipts').filter({ hasText: 'Ikke lest ennå' }).waitFor();

    // The GP: the request at the top of the inbox (searched by the patient), unread, with the deadline.
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await signIn(gpPage, gp);
    await gpPage.goto(`${platform.url}/innboks`);
    await gpPage.getByTestId('gp-inbox-table').waitFor();
    await gpPage.getByLabel('Søk i innboksen').fill(patient!);
    const searched = gpPage.waitForResponse((r) => r.url().includes('/api/inbox/gp?') && r.url().includes('q=') && r.ok());
    await gpPage.getByRole('button', { name: 'Søk', exact: true }).click();
    await searched;
    const top = gpPage.getByTestId('gp-inbox-table').locator('tbody tr').first();
    await top.filter({ hasText: patient! }).waitFor();
    await top.filter({ hasText: `Ditt svar innen ${deadline}` }).waitFor();
    expect(await top.getAttribute('data-unread')).toBe('true');
    expect(await top.getAttribute('data-awaiting')).toBe('gp');

    // Opening the thread is the read receipt.
    const opened = gpPage.waitForResponse(isApi('GET', /^\/api\/conversations\/[^/]+$/));
    await top.getByRole('link').first().click();
    expect((await opened).ok()).toBe(true);
    await gpPage.getByTestId('answer-form').waitFor();

    await navPage.reload();
    await request.getByTestId('message-receipts').filter({ hasText: new RegExp(`Lest \\d{2}\\.\\d{2} kl\\. \\d{2}:\\d{2} av ${gp.name}`) }).waitFor();

    // The answer: one field per question, and a PDF.
    await gpPage.getByLabel('Svar på spørsmål 1').fill('Lette kontoroppgaver, fire timer om dagen.');
    await gpPage.getByLabel('Svar på spørsmål 2').fill('Omtrent fire uker til.');
    await gpPage.getByLabel('Svar på det åpne spørsmålet (valgfritt)').fill('Nei.');
    const uploaded = gpPage.waitForResponse(isApi('POST', /^\/api\/conversations\/[^/]+\/attachments$/));
    await gpPage.getByTestId('answer-form').locator('input[type=file]').setInputFiles({ name: 'svar.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect((await uploaded).status()).toBe(201);
    await gpPage.getByTestId('answer-attachments').locator('li[data-status=ready]').waitFor();
    const answered = gpPage.waitForResponse(isApi('POST', /^\/api\/requests\/[^/]+\/answer$/));
    await gpPage.getByRole('button', { name: 'Send svaret' }).click();
    expect((await answered).status()).toBe(201);
    await gpPage.getByTestId('dialogue-status').filter({ hasText: 'Svaret er sendt til NAV.' }).waitFor();
    await gpPage.locator('[data-testid=dialogue-message][data-kind=answer]').waitFor();
    expect(await gpPage.getByTestId('answer-form').count()).toBe(0);

    // The adviser: the answer under each question, and the attachment to download.
    await navPage.reload();
    const answer = navPage.locator('[data-testid=dialogue-message][data-kind=answer]');
    await answer.getByText('Lette kontoroppgaver, fire timer om dagen.').waitFor();
    await answer.getByText('Omtrent fire uker til.').waitFor();
    const link = answer.getByTestId('message-attachments').getByRole('link', { name: 'svar.pdf' });
    await link.waitFor();
    const file = await navPage.request.get(new URL((await link.getAttribute('href'))!, platform.url).toString());
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await request.getByTestId('message-receipts').filter({ hasText: 'Besvart' }).waitFor();

    await gpContext.close();
    await navContext.close();
  });

  it('a manager assigns an unassigned thread from the NAV inbox to an adviser; the thread page shows the adviser as assigned', { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, manager);
    await page.goto(`${platform.url}/nav-innboks?scope=unassigned&show=all`);
    const row = page.getByTestId('nav-inbox-table').locator('tbody tr').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-conversation-id'))!;
    const patient = (await row.locator('th').textContent())!.trim();

    // The row's select is named by the thread; the adviser is one of the office's advisers.
    const select = row.getByLabel(/^Tildel til: /);
    const option = select.locator('option', { hasText: adviser.name }).first();
    await option.waitFor({ state: 'attached' });
    const adviserUserId = (await option.getAttribute('value'))!;
    await select.selectOption(adviserUserId);
    const assigned = page.waitForResponse(isApi('POST', new RegExp(`^/api/conversations/${id}/assign$`)));
    await row.getByRole('button', { name: new RegExp(`^Tildel samtalen: .*, ${patient}$`) }).click();
    expect((await assigned).status()).toBe(200);
    await page.getByTestId('nav-inbox-status').filter({ hasText: `Tildelt ${adviser.name}: samtalen om ${patient}.` }).waitFor();
    // Assigned, it has left "Ikke tildelt"; the focus is on the count, not lost.
    await page.locator(`[data-testid=nav-inbox-table] tr[data-conversation-id="${id}"]`).waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nav-inbox-count');

    await page.goto(`${platform.url}/dialog/${id}`);
    const assignment = page.getByTestId('thread-assignment');
    await assignment.filter({ hasText: adviser.name }).waitFor();
    // The select shows the adviser once the office's advisers have loaded.
    await expect.poll(() => assignment.getByLabel('Tildel til').inputValue()).toBe(adviserUserId);
    await context.close();
  });

  it('an adviser informs the GP from a case (8127, "Informasjon fra NAV"); the thread opens and the GP has it unread in the inbox', { timeout: 120_000 }, async () => {
    const navContext = await browser.newContext();
    const navPage = await navContext.newPage();
    await signIn(navPage, adviser);

    // A case of the demo GP from the work list: the note goes to the GP who wrote the sick notes.
    await navPage.goto(`${platform.url}/arbeidsliste`);
    await navPage.getByTestId('work-list-table').waitFor();
    const gpFilter = navPage.getByLabel('Fastlege (sykmelder)');
    await gpFilter.locator('option', { hasText: gp.name }).first().waitFor({ state: 'attached' });
    const filtered = navPage.waitForResponse((r) => r.url().includes('/api/nav/work-list?') && r.url().includes('gpPersonId=') && r.ok());
    await gpFilter.selectOption({ label: gp.name });
    await filtered;
    await navPage.locator('[aria-busy="false"]').filter({ has: navPage.getByTestId('work-list-table') }).waitFor();
    const caseLink = navPage.getByTestId('work-list-table').locator('tbody tr th').getByRole('link').first();
    const patient = (await caseLink.textContent())!.trim();
    await caseLink.click();
    await navPage.getByRole('heading', { level: 1, name: patient }).waitFor();

    await navPage.getByRole('link', { name: 'Send melding til legen' }).click();
    await navPage.getByRole('heading', { level: 1, name: 'Send melding til legen' }).waitFor();
    expect(await navPage.getByLabel('Meldingstype').inputValue()).toBe('9');
    await navPage.getByLabel('Melding', { exact: true }).fill('Arbeidsgiveren har meldt at tilrettelagt arbeid kan starte neste uke.');
    const sent = navPage.waitForResponse(isApi('POST', /^\/api\/cases\/[^/]+\/notes$/));
    await navPage.getByRole('button', { name: 'Send til legen' }).click();
    const response = await sent;
    expect(response.status()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toBeTruthy();
    const { conversationId } = (await response.json()) as { conversationId: string };
    await navPage.waitForURL(`**/dialog/${conversationId}`);
    await navPage.getByTestId('dialogue-status').filter({ hasText: 'Meldingen er sendt til fastlegen.' }).waitFor();
    await navPage.locator('[data-testid=dialogue-message][data-kind=note]').getByRole('heading', { name: 'Informasjon fra NAV' }).waitFor();

    // The GP: the note in the inbox's unread list, marked unread.
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await signIn(gpPage, gp);
    await gpPage.goto(`${platform.url}/innboks?show=unread`);
    await gpPage.getByTestId('gp-inbox-table').waitFor();
    await gpPage.getByLabel('Søk i innboksen').fill(patient);
    const searched = gpPage.waitForResponse((r) => r.url().includes('/api/inbox/gp?') && r.url().includes('q=') && r.ok());
    await gpPage.getByRole('button', { name: 'Søk', exact: true }).click();
    await searched;
    const row = gpPage.locator(`[data-testid=gp-inbox-table] tr[data-conversation-id="${conversationId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-unread')).toBe('true');
    await row.getByText('Ulest', { exact: true }).waitFor();
    await row.getByRole('link', { name: new RegExp(`^Informasjon fra NAV\\b.*${patient}`) }).waitFor();

    await gpContext.close();
    await navContext.close();
  });
});

import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signInAsDemo, demoUsers, launchChromium, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/** `YYYY-MM-DD` and `dd.mm.åååå` of today + `days` in Norway. */
function osloDay(days: number): { iso: string; nb: string } {
  const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${oslo}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const iso = date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, nb: `${d}.${m}.${y}` };
}

/**
 * Plans and forms in a real browser (issue 7, ADR 0003): the employer's nearest manager creates a
 * follow-up plan on the case of the demo patient, fills in a work task and the other required
 * fields (the draft saves itself), and approves; the employee approves and shares it with the GP
 * and NAV; the GP comments on it; NAV reads the comment; the week-4 milestone is done. The
 * employer never sees "Funksjon i arbeid" (medical), and the patient sees the change between two
 * rounds of it.
 */
describe('plans and forms in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let employer: DemoUser;
  let patient: DemoUser;
  let gp: DemoUser;
  let adviser: DemoUser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    const users = await demoUsers(platform.url);
    employer = users.find((u) => u.role === 'employer' && u.description === 'Nærmeste leder hos arbeidsgiver')!;
    patient = users.find((u) => u.role === 'patient' && u.description === 'Sykmeldt, pasient hos fastlegen over')!;
    gp = users.find((u) => u.role === 'gp' && u.description.includes('80 %'))!;
    adviser = users.find((u) => u.role === 'nav_adviser' && u.description.includes('Veileder for'))!;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function newPage(user: DemoUser): Promise<Page> {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    const page = await context.newPage();
    await signInAsDemo(page, platform.url, user);
    return page;
  }

  /** With E2E_SCREENSHOTS=<dir>, a full-page picture of each step, for looking at the layout. */
  async function picture(page: Page, name: string) {
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/forms-${name}.png`, fullPage: true });
  }

  const isApi = (method: string, path: RegExp) => (response: Response) => response.request().method() === method && path.test(new URL(response.url()).pathname);

  it('the follow-up plan: written and approved by both, shared, commented by the GP, read by NAV; the week-4 milestone is done', { timeout: 300_000 }, async () => {
    const employerPage = await newPage(employer);
    const patientPage = await newPage(patient);
    const employerMe = (await apiCall<{ organisation: { id: string } }>(employerPage, 'GET', '/api/me')).body;
    const patientMe = (await apiCall<{ citizenId: string }>(patientPage, 'GET', '/api/me')).body;

    // A case where the demo patient works for the demo employer. The demo data draws employers at
    // random, so when there is none the GP writes a sick note naming the demo employer (a new case).
    type EmployerCase = { caseId: string; citizen: { id: string; name: string } };
    const employerCases = (await apiCall<EmployerCase[]>(employerPage, 'GET', '/api/employer/cases')).body;
    let caseId = employerCases.find((c) => c.citizen.id === patientMe.citizenId)?.caseId;
    const gpPage = await newPage(gp);
    if (!caseId) {
      const citizen = (await apiCall<{ fnr: string }>(gpPage, 'GET', `/api/citizens/${patientMe.citizenId}`)).body;
      const organisation = (await apiCall<{ orgNumber: string }>(gpPage, 'GET', `/api/directory/organisations/${employerMe.organisation.id}`)).body;
      const issued = await apiCall<{ caseId: string }>(
        gpPage,
        'POST',
        '/api/sick-notes',
        {
          employerOrgNumber: organisation.orgNumber,
          diagnosis: { system: 'ICPC-2', code: 'L03', text: 'Korsryggsmerter' },
          periods: [{ fom: osloDay(-20).iso, tom: osloDay(14).iso, grade: 50, type: 'graded' }],
          symptomsFindings: 'Smerter i korsryggen ved løft.',
          functionDailyLife: 'Klarer dagliglivets gjøremål.',
          functionWork: 'Kan ikke løfte tungt.',
          remainingCapacity: 'Halv dag med lette oppgaver.',
          followUpClass: 2,
        },
        { 'nav-personident': citizen.fnr },
      );
      expect(issued.status, issued.text).toBe(201);
      caseId = issued.body.caseId;
    }

    // The employer: the case page's "Planer og skjema", "Nytt skjema" → Oppfølgingsplan.
    await employerPage.goto(`${platform.url}/saker/${caseId}`);
    const section = employerPage.getByTestId('case-forms');
    await section.getByRole('heading', { level: 2, name: 'Planer og skjema' }).waitFor();
    await picture(employerPage, '00-employer-case');
    await section.getByRole('button', { name: 'Nytt skjema' }).click();
    await expect.poll(() => employerPage.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await section.getByLabel('Hvilket skjema?').selectOption({ label: 'Oppfølgingsplan' });
    const created = employerPage.waitForResponse(isApi('POST', /^\/api\/cases\/[^/]+\/forms$/));
    await section.getByRole('button', { name: 'Opprett skjemaet' }).click();
    const createdResponse = await created;
    expect(createdResponse.status(), await createdResponse.text()).toBe(201);
    const formId = ((await createdResponse.json()) as { id: string }).id;
    await employerPage.waitForURL(`**/skjema/${formId}`);
    await employerPage.getByRole('heading', { level: 1, name: 'Oppfølgingsplan' }).waitFor();

    // Approving an empty plan is refused at the fields, with a summary that links to them.
    const editor = employerPage.getByTestId('form-editor');
    await editor.getByTestId('approval-field').filter({ has: employerPage.getByRole('button', { name: 'Godkjenn' }) }).getByRole('button', { name: 'Godkjenn' }).click();
    const summary = employerPage.locator('.aksel-error-summary');
    await summary.getByText('Fyll ut «Stilling og arbeidssted».').waitFor();
    await summary.getByText('Fyll ut «Arbeidsoppgaver nå».').waitFor();
    await picture(employerPage, '01-errors');
    await summary.getByRole('link', { name: 'Fyll ut «Stilling og arbeidssted».' }).click();
    await expect.poll(() => employerPage.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')).toContain('Stilling og arbeidssted');

    // The plan: position, first day, a work task row, what is hard, the agreed adjustments, NAV's
    // help (a field that appears with "Ja"), openness, the goal, an action and the evaluation date.
    await editor.getByRole('textbox', { name: 'Stilling og arbeidssted' }).fill('Butikkmedarbeider, Larvik sentrum');
    const firstDay = editor.getByRole('textbox', { name: 'Første fraværsdag' });
    await firstDay.fill(osloDay(-20).nb);
    await firstDay.press('Tab');
    await editor.getByRole('button', { name: 'Legg til rad: Arbeidsoppgaver nå' }).click();
    const taskRow = editor.getByRole('group', { name: 'Arbeidsoppgaver nå, rad 1' });
    await expect.poll(() => employerPage.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await taskRow.getByRole('textbox', { name: 'Arbeidsoppgave' }).fill('Ta imot kunder i kassen');
    await taskRow.getByLabel('Kan oppgaven gjøres nå?').selectOption({ label: 'Kan gjøres med tilrettelegging' });
    await taskRow.getByRole('textbox', { name: 'Hva skal til? (valgfritt)' }).fill('Stol ved kassen');
    await editor.getByRole('textbox', { name: 'Hva er vanskelig i jobben nå?' }).fill('Å stå lenge og løfte varer.');
    await editor.getByRole('textbox', { name: 'Tilrettelegging vi avtaler' }).fill('Kortere vakter og ingen tunge løft i fire uker.');
    expect(await editor.getByRole('textbox', { name: 'Hva slags hjelp trenger dere fra NAV?' }).count()).toBe(0);
    await editor.getByRole('radiogroup', { name: 'Trenger dere hjelp fra NAV?' }).getByRole('radio', { name: 'Ja' }).check();
    await editor.getByRole('textbox', { name: 'Hva slags hjelp trenger dere fra NAV?' }).fill('Råd om tilskudd til hjelpemidler.');
    await editor.getByRole('radiogroup', { name: 'Hva kan deles på arbeidsplassen?' }).getByRole('radio', { name: 'Ikke noe utover det som står i planen' }).check();
    await editor.getByRole('textbox', { name: 'Målet med planen' }).fill('Tilbake i full stilling innen seks uker.');
    await editor.getByRole('button', { name: 'Legg til rad: Tiltak og ansvar' }).click();
    const actionRow = editor.getByRole('group', { name: 'Tiltak og ansvar, rad 1' });
    await actionRow.getByRole('textbox', { name: 'Tiltak' }).fill('Skaffe stol til kassen');
    await actionRow.getByLabel('Ansvarlig').selectOption({ label: 'Nærmeste leder' });
    const evaluation = editor.getByRole('textbox', { name: 'Når skal planen evalueres?' });
    await evaluation.fill(osloDay(14).nb);
    await evaluation.press('Tab');
    // Saved by itself: "Lagret kl. hh.mm" in a polite live region.
    const saveStatus = employerPage.getByTestId('form-save-status');
    await saveStatus.filter({ hasText: /^Lagret kl\. \d{2}\.\d{2}$/ }).waitFor({ timeout: 15_000 });
    expect(await saveStatus.getAttribute('aria-live')).toBe('polite');
    await expect.poll(async () => ((await apiCall<{ values: Record<string, unknown> }>(employerPage, 'GET', `/api/forms/${formId}`)).body.values.evaluationDate ?? null), { timeout: 10_000 }).toBe(osloDay(14).iso);
    await picture(employerPage, '02-filled');

    // The preview is the server's document: the work task's row is there.
    await employerPage.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    await employerPage.getByTestId('form-document').getByRole('cell', { name: 'Ta imot kunder i kassen' }).waitFor();

    // The nearest manager approves; the plan waits for the employee.
    const approved = employerPage.waitForResponse(isApi('POST', /^\/api\/forms\/[^/]+\/approve$/));
    await editor.getByRole('button', { name: 'Godkjenn' }).click();
    expect((await approved).status()).toBe(200);
    await employerPage.getByTestId('form-status-message').filter({ hasText: 'Godkjenningen din er registrert.' }).waitFor();
    await editor.locator('[data-testid=approval-field][data-role=employer][data-approved=true]').getByText(`Godkjent av ${employer.name}`).waitFor();
    await picture(employerPage, '03-employer-approved');

    // Sharing before the employee has approved is refused by the server (the API says why).
    const early = await apiCall<{ code: string; details: { missing?: string[] } }>(employerPage, 'POST', `/api/forms/${formId}/share`, {});
    expect(early.status, early.text).toBeGreaterThanOrEqual(400);

    // The employee approves and shares with the GP and NAV.
    await patientPage.goto(`${platform.url}/skjema/${formId}`);
    await patientPage.getByRole('heading', { level: 1, name: 'Oppfølgingsplan' }).waitFor();
    const patientEditor = patientPage.getByTestId('form-editor');
    await patientEditor.getByRole('textbox', { name: 'Stilling og arbeidssted' }).waitFor();
    expect(await patientEditor.getByRole('textbox', { name: 'Stilling og arbeidssted' }).inputValue()).toBe('Butikkmedarbeider, Larvik sentrum');
    await patientEditor.locator('[data-testid=approval-field][data-role=employee]').getByRole('button', { name: 'Godkjenn' }).click();
    await patientPage.getByTestId('form-status-message').filter({ hasText: 'Skjemaet er godkjent.' }).waitFor();
    const shared = patientPage.waitForResponse(isApi('POST', /^\/api\/forms\/[^/]+\/share$/));
    await patientPage.getByRole('button', { name: 'Del med fastlege og NAV' }).click();
    const sharedResponse = await shared;
    expect(sharedResponse.status(), await sharedResponse.text()).toBe(200);
    await patientPage.getByTestId('form-status-message').filter({ hasText: 'Planen er delt med fastlegen og NAV.' }).waitFor();
    await patientPage.getByRole('button', { name: 'Lag ny versjon' }).waitFor();
    await patientPage.getByTestId('form-document').getByText('Ta imot kunder i kassen').waitFor();
    await picture(patientPage, '04-shared');
    const pdf = await patientPage.request.get(`${platform.url}/api/forms/${formId}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // The GP opens the shared plan from the case page and comments on it.
    await gpPage.goto(`${platform.url}/saker/${caseId}`);
    const gpRow = gpPage.locator(`[data-testid=case-form-table] tr[data-form-id="${formId}"]`);
    await gpRow.getByText('Delt').waitFor();
    await gpRow.getByRole('link', { name: 'Oppfølgingsplan' }).click();
    await gpPage.getByRole('heading', { level: 1, name: 'Oppfølgingsplan' }).waitFor();
    await gpPage.getByTestId('form-document').getByText('Ta imot kunder i kassen').waitFor();
    expect(await gpPage.getByTestId('form-editor').count()).toBe(0);
    const commentForm = gpPage.getByTestId('form-comment-form');
    await commentForm.getByRole('button', { name: 'Kommenter' }).click();
    await gpPage.locator('.aksel-error-summary').getByText('Skriv kommentaren.').waitFor();
    await commentForm.getByRole('textbox', { name: 'Kommentar' }).fill('Stol ved kassen er fornuftig. Vurder også pauser hver time.');
    await commentForm.getByRole('button', { name: 'Kommenter' }).click();
    await gpPage.getByTestId('form-status-message').filter({ hasText: 'Kommentaren er lagt til.' }).waitFor();
    await gpPage.getByTestId('form-comments').getByText('Stol ved kassen er fornuftig. Vurder også pauser hver time.').waitFor();
    expect(await commentForm.getByRole('button', { name: 'Be arbeidsgiver forbedre planen' }).count()).toBe(0);
    await picture(gpPage, '05-gp-commented');

    // NAV reads the GP's comment, and may ask the employer to improve the plan.
    const navPage = await newPage(adviser);
    await navPage.goto(`${platform.url}/skjema/${formId}`);
    await navPage.getByRole('heading', { level: 1, name: 'Oppfølgingsplan' }).waitFor();
    const navComment = navPage.getByTestId('form-comments').locator('li[data-kind=comment]');
    await navComment.getByText('Stol ved kassen er fornuftig. Vurder også pauser hver time.').waitFor();
    await navComment.getByText(gp.name, { exact: false }).waitFor();
    await navPage.getByTestId('form-comment-form').getByRole('button', { name: 'Be arbeidsgiver forbedre planen' }).waitFor();
    await picture(navPage, '06-nav-reads');

    // The week-4 milestone (follow-up plan) is done.
    await navPage.goto(`${platform.url}/saker/${caseId}`);
    const milestone = navPage.locator('[data-testid=timeline-table] tr[data-milestone=follow_up_plan]');
    await milestone.waitFor();
    expect(await milestone.getAttribute('data-status')).toBe('done');
    await milestone.getByText('Utført').waitFor();
    await navPage.getByTestId('case-forms').locator(`tr[data-form-id="${formId}"][data-status=shared][data-comments="1"]`).getByRole('link', { name: 'Oppfølgingsplan' }).waitFor();
    await picture(navPage, '07-nav-case');

    // NAV asks the employer to improve the plan (a task for the employer).
    await navPage.goto(`${platform.url}/skjema/${formId}`);
    const navCommentForm = navPage.getByTestId('form-comment-form');
    await navCommentForm.getByRole('textbox', { name: 'Kommentar' }).fill('Beskriv også varepåfylling som arbeidsoppgave.');
    await navCommentForm.getByRole('button', { name: 'Be arbeidsgiver forbedre planen' }).click();
    await navPage.getByTestId('form-status-message').filter({ hasText: 'Arbeidsgiveren er bedt om å forbedre planen.' }).waitFor();
    await navPage.getByTestId('form-comments').locator('li[data-kind=improvement_request]').getByText('Beskriv også varepåfylling som arbeidsoppgave.').waitFor();

    // "Funksjon i arbeid", two rounds through the API: medical, never the employer's; the patient
    // sees the change between the rounds; the GP takes it into the sick note in one action.
    const rounds: string[] = [];
    for (const [round, concentration, pace] of [['start', 3, 6], ['follow_up', 5, 4]] as const) {
      const made = await apiCall<{ id: string; editCount: number }>(patientPage, 'POST', `/api/cases/${caseId}/forms`, { templateKey: 'function-in-work' });
      expect(made.status, made.text).toBe(201);
      const values = { round, filledOn: osloDay(0).iso, job: 'Butikkmedarbeider: kasse og varepåfylling.', workingNow: 50, concentration, pace, symptoms: 'MEDISINSK: ryggsmerter ved løft' };
      const saved = await apiCall(patientPage, 'PUT', `/api/forms/${made.body.id}/draft`, { values, editCount: made.body.editCount });
      expect(saved.status, saved.text).toBe(200);
      const done = await apiCall(patientPage, 'POST', `/api/forms/${made.body.id}/approve`, {});
      expect(done.status, done.text).toBe(200);
      rounds.push(made.body.id);
    }
    await patientPage.goto(`${platform.url}/skjema/${rounds[1]}`);
    await patientPage.getByRole('heading', { level: 1, name: 'Funksjon i arbeid' }).waitFor();
    const comparison = patientPage.getByTestId('round-comparison');
    await comparison.locator('tr[data-field-id=concentration]').getByText('Opp 2 (bedre)').waitFor();
    await comparison.locator('tr[data-field-id=pace]').getByText('Ned 2 (dårligere)').waitFor();
    await picture(patientPage, '08-rounds');

    await gpPage.goto(`${platform.url}/skjema/${rounds[1]}`);
    await gpPage.getByRole('heading', { level: 1, name: 'Funksjon i arbeid' }).waitFor();
    await gpPage.getByRole('button', { name: 'Hent til sykmeldingen' }).click();
    await gpPage.getByTestId('sick-note-copy-status').filter({ hasText: /Teksten er kopiert|kunne ikke kopieres/ }).waitFor();
    await picture(gpPage, '09-gp-sick-note-text');
    // Writing the person's next sick note, one button puts "Funksjon i arbeid" into the function field.
    await gpPage.goto(`${platform.url}/sykmeldinger/ny?person=${patientMe.citizenId}`);
    const fill = gpPage.getByRole('button', { name: 'Hent fra «Funksjon i arbeid»' });
    await fill.waitFor();
    await fill.click();
    await gpPage.getByText('«Funksjon i arbeid» er lagt inn i feltet for funksjon i arbeidet.').waitFor();
    expect(await gpPage.getByRole('textbox', { name: /Funksjon i arbeidet/ }).inputValue()).toContain('Funksjon i arbeid');

    // The employer: the plan (with the GP's comment kept from them), never "Funksjon i arbeid".
    await employerPage.goto(`${platform.url}/saker/${caseId}`);
    const employerForms = employerPage.getByTestId('case-form-table');
    await employerForms.locator(`tr[data-form-id="${formId}"]`).waitFor();
    expect(await employerForms.locator('tr[data-template=function-in-work]').count()).toBe(0);
    for (const id of rounds) expect((await apiCall(employerPage, 'GET', `/api/forms/${id}`)).status).toBeGreaterThanOrEqual(400);
    await employerPage.goto(`${platform.url}/skjema/${formId}`);
    await employerPage.getByTestId('form-document').getByText('Ta imot kunder i kassen').waitFor();
    expect(await employerPage.getByText('MEDISINSK', { exact: false }).count()).toBe(0);
    await picture(employerPage, '10-employer-plan');

    // The employer sees NAV's request (not the GP's comment) and makes a new version: version 1
    // stays in the history with its PDF.
    await employerPage.getByTestId('improvement-requested').getByText('Beskriv også varepåfylling som arbeidsoppgave.', { exact: false }).waitFor();
    expect(await employerPage.getByText('Vurder også pauser hver time.', { exact: false }).count()).toBe(0);
    await employerPage.getByRole('button', { name: 'Lag ny versjon' }).click();
    await employerPage.getByTestId('form-status-message').filter({ hasText: 'Versjon 2 er laget som et nytt utkast.' }).waitFor();
    const editor2 = employerPage.getByTestId('form-editor');
    await editor2.getByRole('textbox', { name: 'Stilling og arbeidssted' }).waitFor();
    const history = employerPage.getByTestId('form-history');
    await history.locator('tr[data-revision="1"]').getByRole('link', { name: 'PDF av versjon 1' }).waitFor();
    await history.locator('tr[data-current=true]').getByText('Versjon 2 (gjeldende)').waitFor();
    const oldPdf = await employerPage.request.get(`${platform.url}/api/forms/${formId}/pdf?revision=1`);
    expect(oldPdf.status()).toBe(200);

    // A lost connection: the change is kept in the browser, restored after a reload, and saved.
    await employerPage.route('**/api/forms/*/draft', (route) => route.abort('internetdisconnected'));
    const goal = editor2.getByRole('textbox', { name: 'Målet med planen' });
    await goal.fill('Tilbake i full stilling innen åtte uker.');
    await employerPage.getByTestId('form-save-status').filter({ hasText: 'Ikke lagret: ingen forbindelse.' }).waitFor();
    const kept = await employerPage.evaluate((key) => window.localStorage.getItem(key), `samhandling.formDraft.${formId}.2`);
    expect(kept).toContain('innen åtte uker');
    await picture(employerPage, '11-offline');
    await employerPage.reload();
    await employerPage.getByTestId('form-draft-restored').getByText('Vi fant et utkast som ikke var lagret').waitFor();
    expect(await employerPage.getByTestId('form-editor').getByRole('textbox', { name: 'Målet med planen' }).inputValue()).toBe('Tilbake i full stilling innen åtte uker.');
    await picture(employerPage, '12-restored');
    await employerPage.unroute('**/api/forms/*/draft');
    await employerPage.getByRole('button', { name: 'Prøv å lagre nå' }).click();
    await employerPage.getByTestId('form-save-status').filter({ hasText: /^Lagret kl\. \d{2}\.\d{2}$/ }).waitFor();
    await expect.poll(async () => (await apiCall<{ values: { goal?: string } }>(employerPage, 'GET', `/api/forms/${formId}`)).body.values.goal).toBe('Tilbake i full stilling innen åtte uker.');
    expect(await employerPage.evaluate((key) => window.localStorage.getItem(key), `samhandling.formDraft.${formId}.2`)).toBeNull();

    // Two writing at once: the employee saves first; the manager's next save is refused, and the
    // page offers the employee's version.
    const current = (await apiCall<{ values: Record<string, unknown>; editCount: number }>(patientPage, 'GET', `/api/forms/${formId}`)).body;
    const theirs = await apiCall(patientPage, 'PUT', `/api/forms/${formId}/draft`, { values: { ...current.values, goal: 'Arbeidstakerens forslag: full stilling innen ti uker.' }, editCount: current.editCount });
    expect(theirs.status, theirs.text).toBe(200);
    await employerPage.getByTestId('form-editor').getByRole('textbox', { name: 'Hva er vanskelig i jobben nå?' }).fill('Å stå lenge, løfte varer og stress i kassen.');
    const conflict = employerPage.getByTestId('form-edit-conflict');
    await conflict.getByText('Noen andre har endret skjemaet').waitFor();
    await picture(employerPage, '13-conflict');
    await conflict.getByRole('button', { name: 'Last inn den nye versjonen' }).click();
    await employerPage.getByTestId('form-status-message').filter({ hasText: 'Den nye versjonen er lastet inn.' }).waitFor();
    expect(await employerPage.getByTestId('form-editor').getByRole('textbox', { name: 'Målet med planen' }).inputValue()).toBe('Arbeidstakerens forslag: full stilling innen ti uker.');

    for (const page of [employerPage, patientPage, gpPage, navPage]) await page.context().close();
  });
});

import type { Browser, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, demoUsers, launchChromium, signInAsDemo, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');

/** Today in Norway as the date pickers take it: dd.mm.åååå. */
const typedToday = () => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

/**
 * Issue 9's remaining forms end to end. An admin sets up a committee with composition rules
 * (first refused for a missing name) and makes the demo secretary its secretary (the server lets
 * only admins create bodies); the secretary adds a member, logs hours for them (the overview and
 * its CSV), ends a term, and publishes a new version of the assessment template (first refused
 * for an empty item); the admin registers an external recommendation, seen signed out. Then a GP
 * submits a deviation with files (a disguised HTML file refused by the file it concerns), and the
 * secretary downloads one from the case page.
 */
describe('forum administration in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let users: DemoUser[];
  const unique = Date.now().toString(36);
  const bodyName = `Samhandlingsutvalget Vestfold ${unique}`;
  let bodyId = '';

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    users = await demoUsers(platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const isApi = (method: string, path: RegExp) => (response: Response) => response.request().method() === method && path.test(new URL(response.url()).pathname);
  async function pageFor(user: DemoUser): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signInAsDemo(page, platform.url, user);
    return page;
  }
  async function expand(card: Locator) {
    await card.getByRole('button', { expanded: false }).first().click();
  }
  async function picture(page: Page, name: string) {
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/forums-admin-${name}.png`, fullPage: true });
  }

  it('an admin sets up a body; its secretary adds a member, logs hours, ends a term and publishes a template; an external recommendation is registered', { timeout: 300_000 }, async () => {
    const admin = await pageFor(users.find((u) => u.role === 'admin')!);
    const secretaryUser = users.find((u) => u.role === 'forum_secretary')!;

    // The admin sets up the committee: refused without a name, then created with two rules.
    await admin.goto(`${platform.url}/samarbeidsforum`);
    // Aksel's Button drawn as a link keeps the role of a button.
    await admin.getByRole('button', { name: 'Opprett forum eller utvalg' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Nytt forum eller utvalg' }).waitFor({ timeout: 60_000 });
    const form = admin.getByTestId('body-form');
    await form.getByLabel('Type').selectOption({ label: 'Utvalg' });
    await form.getByRole('button', { name: 'Opprett' }).click();
    await form.getByText('Fyll ut «Navn».').first().waitFor();
    await form.getByLabel('Navn', { exact: true }).fill(bodyName);
    expect(await form.getByLabel('Kortnavn i nettadressen').inputValue()).toBe(`samhandlingsutvalget-vestfold-${unique}`);
    await form.getByLabel('Mandat').fill('Vurdere samhandlingsavvik og endringsforslag mellom fastleger og sykehuset.');
    await form.getByLabel('Eier').fill('Overordnet samarbeidsutvalg i Vestfold');
    await form.getByRole('button', { name: 'Legg til regel' }).click();
    const gpRule = form.getByRole('group', { name: 'Regel 1' });
    await gpRule.getByLabel('Representerer').selectOption('gp');
    await gpRule.getByLabel('Antall plasser').fill('5');
    await gpRule.getByLabel('Beskrivelse (bokmål)').fill('Fastleger, én per region');
    await gpRule.getByLabel('Beskrivelse (engelsk)').fill('GPs, one per region');
    await gpRule.getByLabel('Funksjonstid i år (valgfritt)').fill('2');
    await gpRule.getByLabel('Én plass per region').check();
    await form.getByRole('button', { name: 'Legg til regel' }).click();
    const hospitalRule = form.getByRole('group', { name: 'Regel 2' });
    await hospitalRule.getByLabel('Representerer').selectOption('hospital');
    await hospitalRule.getByLabel('Antall plasser').fill('2');
    await hospitalRule.getByLabel('Beskrivelse (bokmål)').fill('Sykehusrepresentanter');
    await hospitalRule.getByLabel('Beskrivelse (engelsk)').fill('Hospital representatives');
    await form.getByLabel('Vedtaksført med (antall medlemmer, valgfritt)').fill('3');
    await form.getByLabel('Praksiskompensasjon per time (kroner, valgfritt)').fill('1200');
    await form.getByLabel('Åpne temamøter per år (mål)').fill('3');
    const created = admin.waitForResponse(isApi('POST', /^\/api\/forums$/));
    await form.getByRole('button', { name: 'Opprett' }).click();
    const createdAnswer = await created;
    expect(createdAnswer.status(), await createdAnswer.text()).toBe(201);
    bodyId = ((await createdAnswer.json()) as { id: string }).id;
    await admin.getByRole('heading', { level: 1, name: bodyName }).waitFor({ timeout: 60_000 });
    await admin.getByTestId('composition-rules').getByText('Fastleger, én per region').waitFor();
    await picture(admin, '01-created');

    // The admin makes the demo secretary the body's secretary.
    const addCard = admin.locator('section[aria-label="Legg til medlem"]');
    await expand(addCard);
    await addCard.getByLabel('Navn', { exact: true }).fill(secretaryUser.name);
    await addCard.getByLabel('Representerer (f.eks. gp, hospital, municipal_physician)').fill('hospital');
    await addCard.getByLabel('Rolle').selectOption('secretary');
    await addCard.getByLabel('Periode fra').fill('01.01.2025');
    await addCard.getByLabel('Bruker-id (for pålogging)').fill(secretaryUser.id);
    await addCard.getByRole('button', { name: 'Lagre' }).click();
    await admin.getByTestId('forum-members').getByRole('rowheader', { name: secretaryUser.name }).waitFor();

    // The secretary adds a GP member from Nord.
    const secretary = await pageFor(secretaryUser);
    await secretary.goto(`${platform.url}/samarbeidsforum/${bodyId}?fane=sammensetning`);
    await secretary.getByRole('heading', { level: 1, name: bodyName }).waitFor({ timeout: 60_000 });
    const memberCard = secretary.locator('section[aria-label="Legg til medlem"]');
    await expand(memberCard);
    await memberCard.getByLabel('Navn', { exact: true }).fill('Fastlege Nord');
    await memberCard.getByLabel('Representerer (f.eks. gp, hospital, municipal_physician)').fill('gp');
    await memberCard.getByLabel('Region').fill('Nord');
    await memberCard.getByLabel('Hvordan').selectOption('elected');
    await memberCard.getByLabel('Periode fra').fill('01.01.2025');
    await memberCard.getByLabel('Periode til').fill('31.12.2026');
    await memberCard.getByRole('button', { name: 'Lagre' }).click();
    const members = secretary.getByTestId('forum-members');
    await members.getByRole('rowheader', { name: 'Fastlege Nord' }).waitFor();
    await picture(secretary, '02-members');

    // Hours for the new member: refused over 24, then logged; the overview and its CSV show them.
    await secretary.getByRole('tab', { name: 'Timer og honorar' }).click();
    const hoursForm = secretary.getByTestId('log-hours-form');
    await hoursForm.getByLabel('Medlem').selectOption({ label: 'Fastlege Nord' });
    await hoursForm.getByLabel('Timer').fill('25');
    await hoursForm.getByRole('button', { name: 'Før timer' }).click();
    await hoursForm.getByText('Timene må være et tall større enn 0 og høyst 24.').first().waitFor();
    await hoursForm.getByLabel('Timer').fill('2,5');
    await hoursForm.getByLabel('Merknad (valgfritt)').fill('Forberedelse til utvalgsmøtet');
    const logged = secretary.waitForResponse(isApi('POST', /^\/api\/forum-members\/[^/]+\/hours$/));
    await hoursForm.getByRole('button', { name: 'Før timer' }).click();
    expect((await logged).status()).toBe(201);
    await secretary.getByText('2,5 timer er ført for Fastlege Nord.').waitFor();
    const hoursRow = secretary.getByTestId('forum-hours').getByRole('row').filter({ hasText: 'Fastlege Nord' });
    await hoursRow.getByText('2,5').waitFor();
    expect(await hoursRow.textContent()).toMatch(/2\s?670/); // 2.5 h × 1,200 kr × 89 %
    const download = secretary.waitForEvent('download');
    await secretary.getByRole('button', { name: 'Last ned som CSV' }).click();
    const csv = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of csv) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('Fastlege Nord;gp;2,5;2670');
    await picture(secretary, '03-hours');

    // The secretary ends the GP's term today.
    await secretary.getByRole('tab', { name: 'Sammensetning' }).click();
    await secretary.getByRole('button', { name: 'Avslutt perioden til Fastlege Nord' }).click();
    const dialog = secretary.getByRole('dialog', { name: 'Avslutt perioden til Fastlege Nord' });
    expect(await dialog.getByLabel('Siste dag i perioden').inputValue()).toBe(typedToday());
    const ended = secretary.waitForResponse(isApi('PUT', /^\/api\/forum-members\/[^/]+$/));
    await dialog.getByRole('button', { name: 'Avslutt periode' }).click();
    expect((await ended).status()).toBe(200);
    await members.getByRole('row').filter({ hasText: 'Fastlege Nord' }).getByText(`–${typedToday()}`).waitFor();

    // The assessment template: the shipped default; an empty new item is refused; then the body's own
    // version 1 (versions count per body), and after one more change, version 2.
    await secretary.getByRole('tab', { name: 'Vurderingsmal' }).click();
    await secretary.getByTestId('template-version').getByText('Versjon 1').waitFor();
    await secretary.getByText('Standardmalen', { exact: false }).waitFor();
    await secretary.getByText('beholder versjonen de startet med', { exact: false }).waitFor();
    const firstSection = secretary.getByTestId('template-section-0');
    await firstSection.getByRole('button', { name: 'Legg til punkt' }).click();
    const templateForm = secretary.getByTestId('template-form');
    await templateForm.getByRole('button', { name: 'Publiser ny versjon' }).click();
    await templateForm.getByText('Fyll ut «Punkt (bokmål)».').first().waitFor();
    const newItem = firstSection.getByRole('group', { name: /^Punkt 5/ });
    await newItem.getByLabel('Punkt (bokmål)').fill('For pårørende');
    await newItem.getByLabel('Punkt (engelsk)').fill('For next of kin');
    const publish = async (version: number) => {
      const saved = secretary.waitForResponse(isApi('PUT', /^\/api\/forums\/[^/]+\/assessment-template$/));
      await templateForm.getByRole('button', { name: 'Publiser ny versjon' }).click();
      expect((await saved).status()).toBe(200);
      await secretary.getByText(`Versjon ${version} er publisert.`).waitFor();
      await secretary.getByTestId('template-version').getByText(`Versjon ${version}`).waitFor();
    };
    await publish(1);
    await secretary.getByText(`Lagret av ${secretaryUser.name}`, { exact: false }).waitFor();
    await firstSection.getByRole('group', { name: /^Punkt 5/ }).getByLabel('Veiledning (bokmål, valgfritt)').fill('Belastning og informasjon til pårørende.');
    await publish(2);
    const template = await apiCall<{ version: number; definition: { sections: Array<{ items: Array<{ key: string; nb: string; help?: { nb: string } }> }> } }>(secretary, 'GET', `/api/forums/${bodyId}/assessment-template`);
    expect(template.body.version).toBe(2);
    expect(template.body.definition.sections[0]!.items.at(-1)).toMatchObject({ key: 'for_parorende', nb: 'For pårørende', help: { nb: 'Belastning og informasjon til pårørende.' } });
    await picture(secretary, '04-template');

    // The admin registers the Norwegian College of General Practice's recommendations.
    await admin.goto(`${platform.url}/samarbeidsforum`);
    const externalCard = admin.locator('section[aria-label="Registrer ekstern anbefaling"]');
    await expand(externalCard);
    const externalTitle = `Samhandling mellom fastleger og sykehus ${unique}`;
    await externalCard.getByLabel('Tittel').fill(externalTitle);
    await externalCard.getByLabel('Utgiver').fill('Norsk forening for allmennmedisin');
    await externalCard.getByLabel('Nettadresse (https)').fill('legeforeningen.no/nfa');
    await externalCard.getByLabel('Sammendrag').fill('Anbefalinger for god samhandling om henvisninger, epikriser og oppgavefordeling.');
    await externalCard.getByRole('button', { name: 'Registrer' }).click();
    await externalCard.getByText('Skriv en full https-adresse', { exact: false }).first().waitFor();
    await externalCard.getByLabel('Nettadresse (https)').fill('https://www.legeforeningen.no/foreningsledd/fagmed/norsk-forening-for-allmennmedisin/');
    await externalCard.getByLabel('Utgitt (valgfritt)').fill('15.03.2023');
    const registered = admin.waitForResponse(isApi('POST', /^\/api\/forum-recommendations\/external$/));
    await externalCard.getByRole('button', { name: 'Registrer' }).click();
    const answer = await registered;
    expect(answer.status()).toBe(201);
    const { slug } = (await answer.json()) as { slug: string };
    await externalCard.getByText(`«${externalTitle}» er registrert og publisert.`).waitFor();
    await picture(admin, '05-external');

    // Dated the day its source issued it, so it sits among 2023's on the list: open it by its address.
    const publicPage = await (await browser.newContext()).newPage();
    await publicPage.goto(`${platform.url}/anbefalinger/${slug}`);
    await publicPage.getByRole('heading', { level: 1, name: externalTitle }).waitFor({ timeout: 60_000 });
    await publicPage.getByText('Norsk forening for allmennmedisin').first().waitFor();
    await publicPage.getByText('15.03.2023', { exact: false }).first().waitFor();
    await picture(publicPage, '06-external-public');
    await publicPage.context().close();
    await admin.context().close();
    await secretary.context().close();
  });

  it('a GP attaches files to a deviation, a disguised one is refused by its name, and the secretary downloads one', { timeout: 180_000 }, async () => {
    expect(bodyId, 'the body from the first test').not.toBe('');
    const gp = await pageFor(users.find((u) => u.role === 'gp')!);
    await gp.goto(`${platform.url}/samarbeidsforum/meld?forum=${bodyId}`);
    await gp.getByRole('heading', { level: 1, name: 'Meld avvik eller forslag' }).waitFor({ timeout: 60_000 });
    const form = gp.getByTestId('submission-form');
    const title = `Epikrise uten legemiddelliste ${unique}`;
    await form.getByLabel('Kort tittel').fill(title);
    await form.getByLabel('Hva skjedde?').fill('Eldre pasient ble utskrevet uten oppdatert legemiddelliste.');
    await form.locator('input[type=file]').setInputFiles([
      { name: 'rutine.txt', mimeType: 'text/plain', buffer: Buffer.from('Rutine: epikrise med legemiddelliste samme dag.\n') },
      { name: 'skjermbilde.png', mimeType: 'image/png', buffer: PNG },
      { name: 'side.txt', mimeType: 'text/plain', buffer: HTML },
    ]);
    const picked = gp.getByTestId('picked-attachments');
    await picked.getByText('skjermbilde.png', { exact: true }).waitFor();
    const refused = gp.waitForResponse(isApi('POST', /^\/api\/forums\/[^/]+\/submissions$/));
    await form.getByRole('button', { name: 'Send inn' }).click();
    const refusedAnswer = await refused;
    expect(refusedAnswer.status()).toBe(415);
    expect(await refusedAnswer.json()).toMatchObject({ code: 'FORUM_ATTACHMENT_TYPE_FORBIDDEN', details: { index: 2 } });
    await picked.getByRole('listitem').filter({ hasText: 'side.txt' }).getByText('Vedlegg må være PDF', { exact: false }).waitFor();
    await picture(gp, '07-refused-file');
    await picked.getByRole('button', { name: 'Fjern side.txt' }).click();
    const sent = gp.waitForResponse(isApi('POST', /^\/api\/forums\/[^/]+\/submissions$/));
    await form.getByRole('button', { name: 'Send inn' }).click();
    const sentAnswer = await sent;
    expect(sentAnswer.status(), await sentAnswer.text()).toBe(201);
    const caseId = ((await sentAnswer.json()) as { id: string }).id;
    await gp.waitForURL('**/mine-innmeldinger');

    // The GP adds one more file on the case page while it is received.
    await gp.goto(`${platform.url}/samarbeidsforum/sak/${caseId}`);
    await gp.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    const addForm = gp.getByTestId('add-attachments-form');
    await addForm.locator('input[type=file]').setInputFiles({ name: 'tillegg.txt', mimeType: 'text/plain', buffer: Buffer.from('Et tillegg.') });
    await addForm.getByRole('button', { name: 'Last opp' }).click();
    await addForm.getByText('Vedlegget er lagt til.').waitFor();
    await gp.getByTestId('case-attachments').getByRole('link', { name: 'tillegg.txt' }).waitFor();
    await gp.context().close();

    // The secretary sees the three files on the case and downloads the routine.
    const secretary = await pageFor(users.find((u) => u.role === 'forum_secretary')!);
    await secretary.goto(`${platform.url}/samarbeidsforum/sak/${caseId}`);
    await secretary.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    const list = secretary.getByTestId('case-attachments');
    expect(await list.getByRole('link').allTextContents()).toEqual(['rutine.txt', 'skjermbilde.png', 'tillegg.txt']);
    await list.getByText('Bilde: ikke sjekket automatisk', { exact: false }).waitFor();
    const download = secretary.waitForEvent('download');
    await list.getByRole('link', { name: 'rutine.txt' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('rutine.txt');
    await picture(secretary, '08-case-attachments');
    expect(await secretary.getByTestId('add-attachments-form').count(), 'only the submitter adds files').toBe(0);
    await secretary.context().close();
  });
});

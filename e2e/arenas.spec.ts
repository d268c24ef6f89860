import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, demoUsers, launchChromium, signInAsDemo, startPlatform, type DemoUser, type RunningPlatform } from './platform.js';

/**
 * Issue 10 end to end, on the demo small group in Larvik: the municipal physician sends the
 * invitation from the series' page; the demo GP follows the notification's link and signs up for
 * the whole series; the organiser (the demo advisory physician) records attendance at the two
 * sessions already held; the GP sees the meeting-fee claim (takst 14: 2 × 90 minutes = 6 half
 * hours = 5 454 NOK) and downloads it as a PDF.
 */
describe('small-group series in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let users: DemoUser[];
  const user = (role: string, description?: string) => users.find((u) => u.role === role && (!description || u.description.includes(description)))!;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    users = await demoUsers(platform.url);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function pageAs(who: DemoUser): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInAsDemo(page, platform.url, who);
    return { page, errors };
  }

  it('invites through the municipal physician, signs the GP up from the link, records attendance and gives the fee claim', async () => {
    const gp = user('gp', '80 %');
    const organiser = user('advisory_physician');
    const municipalPhysician = user('municipal_physician');

    // The municipal physician (co-organiser) finds the series under "Mine" and sends the invitation.
    const mp = await pageAs(municipalPhysician);
    await mp.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Møteplasser' }).click();
    await mp.page.getByRole('heading', { level: 1, name: 'Møteplasser' }).waitFor();
    await mp.page.getByTestId('arenas-mine').getByRole('link', { name: 'Smågruppe om sykefravær for fastleger i Larvik' }).click();
    await mp.page.getByRole('heading', { level: 1, name: 'Smågruppe om sykefravær for fastleger i Larvik' }).waitFor();
    const arenaId = new URL(mp.page.url()).pathname.split('/').pop()!;
    const invitation = mp.page.getByTestId('invitation-form');
    await invitation.getByLabel('Melding (valgfritt)').fill('Velkommen til smågruppen!');
    await invitation.getByRole('button', { name: 'Send invitasjon' }).click();
    await invitation.getByRole('status').filter({ hasText: 'Invitasjonen er sendt' }).waitFor();

    // The GP follows the notification's link and signs up for the whole series.
    const doctor = await pageAs(gp);
    await doctor.page.goto(`${platform.url}/varsler`);
    await doctor.page.getByRole('link', { name: /Invitasjon: Smågruppe om sykefravær/ }).first().click();
    await doctor.page.getByRole('heading', { level: 1, name: 'Smågruppe om sykefravær for fastleger i Larvik' }).waitFor();
    expect(doctor.page.url()).toContain(`/moteplasser/${arenaId}?invitasjon=`);
    const signup = doctor.page.getByTestId('signup-panel');
    await signup.getByText('Du er invitert. Påmeldingen gjelder hele serien.').waitFor();
    await signup.getByRole('button', { name: 'Meld meg på hele serien' }).click();
    await signup.getByRole('status').filter({ hasText: 'Du er påmeldt.' }).waitFor();

    // The organiser records attendance at the two sessions held (everyone ticked by default).
    const org = await pageAs(organiser);
    await org.page.goto(`${platform.url}/moteplasser/${arenaId}`);
    const attendance = org.page.getByTestId('attendance-form');
    await attendance.waitFor();
    await expect(attendance.getByRole('checkbox', { name: `${gp.name} var til stede` }).isChecked()).resolves.toBe(true);
    // The select lists the sessions that have started, in order: the first two are those held.
    for (const index of [0, 1]) {
      await attendance.getByLabel('Samling', { exact: true }).selectOption({ index });
      await attendance.getByRole('checkbox', { name: `${gp.name} var til stede` }).check();
      await attendance.getByRole('button', { name: 'Lagre oppmøte' }).click();
      await attendance.getByRole('status').filter({ hasText: 'Oppmøtet er lagret.' }).waitFor();
    }

    // The GP sees the claim and downloads it.
    await doctor.page.reload();
    const fee = doctor.page.getByTestId('fee-claim');
    await fee.getByTestId('fee-total').filter({ hasText: '6 halvtimer, til sammen 5 454 kr.' }).waitFor();
    const [download] = await Promise.all([doctor.page.waitForEvent('download'), fee.getByRole('link', { name: 'Last ned krav om møtegodtgjørelse (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^motegodtgjorelse-takst-14-.*\.pdf$/);
    const pdf = await apiCall(doctor.page, 'GET', `/api/arenas/${arenaId}/fee-claim.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    const claim = await apiCall<{ totalNok: number; totalUnits: number; code: string }>(doctor.page, 'GET', `/api/arenas/${arenaId}/fee-claim`);
    expect(claim.body).toMatchObject({ code: '14', totalUnits: 6, totalNok: 5454 });

    for (const p of [mp, doctor, org]) expect(p.errors).toEqual([]);
  });
});

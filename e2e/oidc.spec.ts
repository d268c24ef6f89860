import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, freePort, launchChromium, startPlatform, type RunningPlatform } from './platform.js';

/**
 * Production sign-in against a real OpenID Connect provider (node-oidc-provider, certified),
 * running on this machine: authorization code flow with PKCE, the role taken from a claim.
 */
describe('sign-in with an OpenID Connect provider', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let idp: Server;

  beforeAll(async () => {
    const [appPort, idpPort] = [await freePort(), await freePort()];
    const issuer = `http://127.0.0.1:${idpPort}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'samhandling',
          client_secret: 'e2e-secret',
          redirect_uris: [`http://localhost:${appPort}/api/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      scopes: ['openid', 'samhandling'],
      claims: { openid: ['sub'], samhandling: ['samhandling_role'] },
      conformIdTokenClaims: false,
      // Subjects look like "demo-nav_adviser-1": the role is the middle part.
      findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, samhandling_role: sub.split('-')[1] }) }),
      cookies: { keys: ['e2e-only-key'] },
    });
    idp = provider.listen(idpPort);
    platform = await startPlatform({
      port: appPort,
      env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'samhandling', OIDC_CLIENT_SECRET: 'e2e-secret', OIDC_SCOPE: 'openid samhandling' },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await new Promise((resolve) => idp?.close(resolve));
  });

  async function signInThroughProvider(subject: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(platform.url);
    await page.locator('a[href="/api/auth/oidc/login"]', { hasText: 'Logg inn med ID-porten/HelseID' }).click();
    await page.locator('input[name=login]').fill(subject);
    await page.locator('input[name=password]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    return { context, page };
  }

  it('signs a NAV adviser in through the provider and back into the platform', async () => {
    const advisers = (await demoUsers(platform.url)).filter((u) => u.role === 'nav_adviser').map((u) => u.name);
    const { context, page } = await signInThroughProvider('demo-nav_adviser-1');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me.role).toBe('nav_adviser');
    expect(advisers).toContain(me.name);
    await context.close();
  });

  it('refuses a subject the platform does not know', async () => {
    const { context, page } = await signInThroughProvider('demo-gp-99');
    await page.waitForURL(/\/logg-inn\?error=OIDC_UNKNOWN_USER/);
    await expect(page.getByTestId('sign-in-refused').textContent()).resolves.toContain('ikke registrert som bruker');
    expect((await page.evaluate(async () => (await fetch('/api/me')).status))).toBe(401);
    await context.close();
  });
});

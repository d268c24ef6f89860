import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, isLocalhost, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database with demo sign-in on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, demoMode: true, databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
    expect(isLocalhost(config)).toBe(true);
  });
  it('turns demo sign-in off by default with a PostgreSQL server', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/x' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/x', DEMO_MODE: 'true' }).demoMode).toBe(true);
  });
  it('fails fast on invalid settings', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_MODE: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'x' })).toThrow(ConfigError);
  });
  it('reads OIDC settings when an issuer is given', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', OIDC_ROLE_CLAIM: 'role' });
    expect(config.oidc).toEqual({ issuer: 'https://idp.example', clientId: 'c', clientSecret: 's', roleClaim: 'role', scope: 'openid profile' });
  });
  it('writes e-mails into an outbox folder under DATA_DIR unless an SMTP server is given', () => {
    const config = loadConfig({ DATA_DIR: '/srv/samhandling' });
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      from: 'Samhandling <ikke-svar@samhandling.invalid>',
      outboxDir: resolve('/srv/samhandling/outbox'),
      maxAttempts: 8,
      sendIntervalSeconds: 30,
    });
    const smtp = loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.no:587', MAIL_FROM: 'Samhandling <post@example.no>', MAIL_OUTBOX_DIR: '/tmp/mail' });
    expect(smtp.mail).toMatchObject({ smtpUrl: 'smtp://u:p@mail.example.no:587', from: 'Samhandling <post@example.no>', outboxDir: '/tmp/mail' });
  });
  it('fails fast on invalid mail settings', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.no' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.no', MAIL_FROM: 'post@example.no' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAIL_FROM: 'Samhandling' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAIL_MAX_ATTEMPTS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAIL_SEND_INTERVAL_SECONDS: '-1' })).toThrow(ConfigError);
    expect(loadConfig({ MAIL_SEND_INTERVAL_SECONDS: '0' }).mail.sendIntervalSeconds).toBe(0);
  });
  it('uses secure cookies and HSTS outside localhost', () => {
    expect(isLocalhost(loadConfig({ PUBLIC_URL: 'https://samhandling.example.no' }))).toBe(false);
  });
});

import { resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { projectRoot } from './paths.js';

/**
 * Every setting, read from the environment once at start-up and validated (fail fast).
 * A newcomer needs at most PORT, DATA_DIR and DATABASE_URL; everything else has a default.
 */
const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  dataDir: Type.String({ minLength: 1 }),
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  databasePoolSize: Type.Integer({ minimum: 1, maximum: 200 }),
  demoMode: Type.Boolean(),
  /** Demo mode only: POST /api/demo/clock moves the server's clock forward (end-to-end tests of what happens later). */
  demoClockControl: Type.Boolean(),
  publicUrl: Type.String({ pattern: '^https?://' }),
  sessionHours: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 30 }),
  sessionCacheSeconds: Type.Integer({ minimum: 0, maximum: 300 }),
  directoryCacheSeconds: Type.Integer({ minimum: 0, maximum: 3600 }),
  caseListCacheSeconds: Type.Integer({ minimum: 0, maximum: 300 }),
  /** How often the KPI facts are brought up to date (issue 12); 0 turns the periodic refresh off. */
  insightsRefreshSeconds: Type.Integer({ minimum: 0, maximum: 86_400 }),
  bodyLimitBytes: Type.Integer({ minimum: 1024 }),
  signInRateLimitPerMinute: Type.Integer({ minimum: 1 }),
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  webDistDir: Type.String(),
  mail: Type.Object({
    /** An SMTP server; without it e-mails are written as .eml files into outboxDir. */
    smtpUrl: Type.Optional(Type.String({ pattern: '^smtps?://[^/?#]+' })),
    // "Name <address>" or a bare address.
    from: Type.String({ pattern: '^([^<>]*<[^<>@\\s]+@[^<>@\\s]+>|[^<>@\\s]+@[^<>@\\s]+)$' }),
    outboxDir: Type.String({ minLength: 1 }),
    maxAttempts: Type.Integer({ minimum: 1, maximum: 50 }),
    /** How often the delivery worker runs; 0 turns it off on this instance. */
    sendIntervalSeconds: Type.Integer({ minimum: 0, maximum: 3600 }),
  }),
  interop: Type.Object({
    /** Bearer token record systems present to POST /api/interop/messages; without it the endpoint is closed. */
    token: Type.Optional(Type.String({ minLength: 16 })),
    /** NAV's national address (organisation number and HER-id) that GP systems may write to. */
    navOrgNumber: Type.String({ pattern: '^[0-9]{9}$' }),
    navHerId: Type.String({ pattern: '^[0-9]{1,9}$' }),
    /** The folder transport: inbound files are picked up from inboxDir, documents written to outboxDir. */
    inboxDir: Type.String({ minLength: 1 }),
    outboxDir: Type.String({ minLength: 1 }),
    /** How often the folder is read and owed documents produced; 0 turns it off on this instance. */
    pollSeconds: Type.Integer({ minimum: 0, maximum: 3600 }),
    maxDocumentBytes: Type.Integer({ minimum: 64 * 1024, maximum: 200 * 1024 * 1024 }),
    maxAttachments: Type.Integer({ minimum: 0, maximum: 1000 }),
  }),
  /** Attachments on forum submissions (issue 9): per file, per submission in all, and how many. */
  forums: Type.Object({
    attachmentMaxBytes: Type.Integer({ minimum: 1024, maximum: 100 * 1024 * 1024 }),
    attachmentsMaxTotalBytes: Type.Integer({ minimum: 1024, maximum: 200 * 1024 * 1024 }),
    attachmentsMaxCount: Type.Integer({ minimum: 1, maximum: 100 }),
  }),
  oidc: Type.Optional(
    Type.Object({
      issuer: Type.String({ pattern: '^https?://' }),
      clientId: Type.String({ minLength: 1 }),
      clientSecret: Type.String({ minLength: 1 }),
      roleClaim: Type.String({ minLength: 1 }),
      scope: Type.String({ minLength: 1 }),
    }),
  ),
});
export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}


function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`Expected a boolean, got "${value}"`);
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new ConfigError(`Expected a number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const ROOT = projectRoot();
  const port = int(env.PORT, 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  const oidcIssuer = env.OIDC_ISSUER || undefined;
  const dataDir = resolve(env.DATA_DIR ?? resolve(ROOT, 'data'));
  const smtpUrl = env.SMTP_URL || undefined;
  // A real server needs a real sender; the outbox folder is content with a placeholder.
  if (smtpUrl && !env.MAIL_FROM) throw new ConfigError('Invalid configuration:\n  /mail/from: MAIL_FROM is required when SMTP_URL is set');
  const config = {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    databasePoolSize: int(env.DATABASE_POOL_SIZE, 10),
    // Demo sign-in is on with the embedded database and off against a server, unless said otherwise.
    demoMode: bool(env.DEMO_MODE, databaseUrl === undefined),
    demoClockControl: bool(env.DEMO_MODE, databaseUrl === undefined) && bool(env.DEMO_CLOCK_CONTROL, false),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    sessionHours: int(env.SESSION_HOURS, 10),
    sessionCacheSeconds: int(env.SESSION_CACHE_SECONDS, 10),
    directoryCacheSeconds: int(env.DIRECTORY_CACHE_SECONDS, 30),
    caseListCacheSeconds: int(env.CASE_LIST_CACHE_SECONDS, 5),
    insightsRefreshSeconds: int(env.INSIGHTS_REFRESH_SECONDS, 300),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 1024 * 1024),
    signInRateLimitPerMinute: int(env.SIGNIN_RATE_LIMIT_PER_MINUTE, 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: resolve(env.WEB_DIST_DIR ?? resolve(ROOT, 'web/dist')),
    mail: {
      smtpUrl,
      from: env.MAIL_FROM || 'Samhandling <ikke-svar@samhandling.invalid>',
      outboxDir: resolve(env.MAIL_OUTBOX_DIR || resolve(dataDir, 'outbox')),
      maxAttempts: int(env.MAIL_MAX_ATTEMPTS, 8),
      sendIntervalSeconds: int(env.MAIL_SEND_INTERVAL_SECONDS, 30),
    },
    interop: {
      // The demo names its token in the README; a server without INTEROP_TOKEN accepts no messages.
      token: env.INTEROP_TOKEN || (bool(env.DEMO_MODE, databaseUrl === undefined) ? 'demo-interop-token' : undefined),
      navOrgNumber: env.INTEROP_NAV_ORG_NUMBER ?? '889640782',
      navHerId: env.INTEROP_NAV_HER_ID ?? '79768',
      inboxDir: resolve(env.INTEROP_INBOX_DIR || resolve(dataDir, 'interop', 'inbox')),
      outboxDir: resolve(env.INTEROP_OUTBOX_DIR || resolve(dataDir, 'interop', 'outbox')),
      pollSeconds: int(env.INTEROP_POLL_SECONDS, 5),
      maxDocumentBytes: int(env.INTEROP_MAX_DOCUMENT_BYTES, 25 * 1024 * 1024),
      maxAttachments: int(env.INTEROP_MAX_ATTACHMENTS, 100),
    },
    forums: {
      attachmentMaxBytes: int(env.FORUM_ATTACHMENT_MAX_BYTES, 10 * 1024 * 1024),
      attachmentsMaxTotalBytes: int(env.FORUM_ATTACHMENTS_MAX_TOTAL_BYTES, 25 * 1024 * 1024),
      attachmentsMaxCount: int(env.FORUM_ATTACHMENTS_MAX_COUNT, 10),
    },
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: env.OIDC_CLIENT_ID ?? '',
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          roleClaim: env.OIDC_ROLE_CLAIM ?? 'samhandling_role',
          scope: env.OIDC_SCOPE ?? 'openid profile',
        }
      : undefined,
  };
  if (!Value.Check(ConfigSchema, config)) {
    const problems = [...Value.Errors(ConfigSchema, config)].map((e) => `${e.path}: ${e.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}

/** Secure cookies and HSTS everywhere except plain-HTTP localhost development. */
export function isLocalhost(config: Config): boolean {
  const { hostname, protocol } = new URL(config.publicUrl);
  return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

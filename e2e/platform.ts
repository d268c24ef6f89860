import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');

/** The whole platform as a user gets it: `npm start`'s script on a fresh embedded database. */
export interface RunningPlatform {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPlatform(options: { port?: number; env?: Record<string, string> } = {}): Promise<RunningPlatform> {
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-e2e-'));
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', PUBLIC_URL: url, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the platform exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the platform did not become ready in 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface DemoUser {
  id: string;
  name: string;
  role: string;
  description: string;
}

export async function demoUsers(url: string): Promise<DemoUser[]> {
  return (await (await fetch(`${url}/api/auth/demo-users`)).json()) as DemoUser[];
}

/** Signs in on the demo login page as one demo user, as a person would: their row's button. */
export async function signInAsDemo(page: Page, url: string, user: DemoUser) {
  await page.goto(url);
  await page.locator(`table[aria-labelledby="demo-role-${user.role}"]`).getByRole('button', { name: `Logg inn som ${user.name}` }).first().click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

export interface ApiAnswer<T> {
  status: number;
  /** The parsed JSON, or null when the answer is not JSON. */
  body: T;
  text: string;
}

/** A request with the page's session and CSRF token: what the UI's client sends. */
export async function apiCall<T = unknown>(page: Page, method: string, path: string, json?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
  const answer = await page.evaluate(
    async ({ method, path, json, headers }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), 'x-csrf-token': me.csrfToken, ...headers },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, json, headers },
  );
  let body: unknown = null;
  try {
    body = JSON.parse(answer.text);
  } catch {
    // not JSON
  }
  return { status: answer.status, body: body as T, text: answer.text };
}

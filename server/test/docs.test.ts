import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/platform/paths.js';

const root = projectRoot();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('documentation that cannot drift', () => {
  it('names only paths that exist in docs/ARCHITECTURE.md', () => {
    const paths = [...read('docs/ARCHITECTURE.md').matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1]!)
      .filter((p) => /^(\.ci|scripts|server|web|e2e|docs|package\.json|vitest\.config\.ts)/.test(p));
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('opens the README with the two commands, and every npm script it names exists', () => {
    const readme = read('README.md');
    const firstBlock = readme.split('```')[1] ?? '';
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm test');
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    for (const [, name] of readme.matchAll(/npm run ([a-z0-9:]+)/g)) {
      if (name === 'dev') continue; // the web workspace's own script
      expect(scripts, name).toContain(name);
    }
  });

  it('lists every setting the configuration reads in the README', () => {
    const readme = read('README.md');
    const config = read('server/src/platform/config.ts');
    for (const [, name] of config.matchAll(/env\.([A-Z_]+)/g)) expect(readme, name).toContain(`\`${name}\``);
  });

  it('runs the README’s test command in CI', () => {
    expect(read('.ci/run')).toMatch(/npm test/);
  });
});

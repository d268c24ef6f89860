import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The repository root, found by walking up to the package.json named "samhandling", so paths
 * hold whether the server runs from source (tsx) or from its bundle (server/dist).
 */
export function projectRoot(): string {
  if (cached) return cached;
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'samhandling') {
      return (cached = dir);
    }
    if (dirname(dir) === dir) throw new Error('Cannot find the project root (package.json named "samhandling")');
  }
}

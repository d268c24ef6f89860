#!/usr/bin/env node
// `npm start`: builds the web UI when it is missing, bundles the server, and starts it (API + UI
// in one process).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { buildServer, serverBundle } from './build-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.WEB_DIST_DIR ?? join(root, 'web', 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.log('Building the web UI (first start only) …');
  const build = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Always bundled afresh from source, so a start never runs stale server code.
await buildServer();
await import(pathToFileURL(serverBundle).href);

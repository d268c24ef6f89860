#!/usr/bin/env node
// `npm test`: type check, then the server suite (unit + integration on PGlite and PostgreSQL),
// then the end-to-end suite in Chromium. Ends with one summary line over all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'samhandling-test-'));
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = 0;

if (run('npm', ['run', 'typecheck']) !== 0) failedSteps++;
for (const project of ['server', 'e2e']) {
  const output = join(reports, `${project}.json`);
  const status = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) failedSteps++;
  } catch {
    failedSteps++;
  }
  if (status !== 0) failedSteps++;
}
rmSync(reports, { recursive: true, force: true });
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps > 0 || totals.failed > 0 ? 1 : 0);

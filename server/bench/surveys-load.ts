/**
 * The survey benchmark's load generator, in its own process like load.ts, with one difference:
 * every answer needs a link nobody has used, so the request is built per send (autocannon's
 * setupRequest) from the next token of one list shared by all connections. A static list, as
 * load.ts takes, would be built up front for every connection (tens of thousands of bodies each).
 * Reads the tokens and the answers as JSON on stdin; prints one JSON line like load.ts.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [port, seconds, connections] = process.argv.slice(2);
const { tokens, answers } = JSON.parse(readFileSync(0, 'utf8')) as { tokens: string[]; answers: Record<string, string> };
let next = 0;

const times: number[] = [];
// Status codes other than 201, so a run's errors say what they were.
const refused: Record<string, number> = {};
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: `http://127.0.0.1:${port}`,
      connections: Number(connections),
      duration: Number(seconds),
      requests: [
        {
          method: 'POST',
          path: '/api/public/survey-answers',
          headers: { 'content-type': 'application/json' },
          // Out of links, a made-up one is sent: refused (404) and counted as an error, never a silent reuse.
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ token: tokens[next++] ?? 'out-of-links', answers }) }),
        },
      ],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, status, _bytes, responseTime) => {
    times.push(responseTime);
    if (status !== 201) refused[status] = (refused[status] ?? 0) + 1;
  });
});
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
console.log(
  JSON.stringify({ requests: result.requests.total, errors: result.errors + result.non2xx, p50: at(50), p95: at(95), p99: at(99), rps: result.requests.average, linksUsed: Math.min(next, tokens.length), refused, timeouts: result.timeouts }),
);

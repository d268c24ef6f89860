/**
 * The load generator, run as its own process so the benchmark's bookkeeping (a heap full of bulk
 * load data) never pauses it. Prints one JSON line: requests, errors, p50, p95, p99, rps.
 */
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';

const [port, cookie, seconds, connections] = process.argv.slice(2);
/** A path to GET, or a request to send (POST with a JSON body and extra headers). */
type Target = string | { method: 'POST'; path: string; body: string; headers: Record<string, string> };
const paths = JSON.parse(readFileSync(0, 'utf8') || '[]') as Target[];
const requests = paths.map((target) => (typeof target === 'string' ? { method: 'GET' as const, path: target } : target));
// Each connection starts at its own place in the list, as users do: otherwise all of them send
// the same request at the same moment and measure contention no real office has.
let clientsSetUp = 0;
const spread = (client: autocannon.Client) => {
  const offset = Math.floor((clientsSetUp++ * requests.length) / Number(connections)) % Math.max(1, requests.length);
  if (offset > 0) client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
};
const times: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: `http://127.0.0.1:${port}`,
      connections: Number(connections),
      duration: Number(seconds),
      // As a browser asks: answers the server compresses are measured as users get them.
      headers: { cookie: cookie ?? '', 'accept-encoding': 'gzip, deflate, br' },
      requests,
      setupClient: spread,
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
});
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
console.log(
  JSON.stringify({ requests: result.requests.total, errors: result.errors + result.non2xx, p50: at(50), p95: at(95), p99: at(99), rps: result.requests.average }),
);

/**
 * Load generator for the message endpoint, in its own process: POSTs a sample document again and
 * again, each with a MsgId of its own (and, when given, the patient cycled over a list), so every
 * request is a new message. Prints one JSON line: requests, errors, p50, p95, p99, rps, statuses.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Options {
  port: string;
  token: string;
  file: string;
  msgId: string;
  connections: number;
  seconds?: number;
  amount?: number;
  patient?: { from: string; to: string[] };
}

const options = JSON.parse(process.argv[2]!) as Options;
const template = readFileSync(options.file, 'latin1');
const latin1 = /encoding="ISO-8859-1"/i.test(template.slice(0, 100));
let counter = 0;
const times: number[] = [];
const statuses: Record<string, number> = {};
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: `http://127.0.0.1:${options.port}`,
      connections: options.connections,
      ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
      requests: [
        {
          method: 'POST',
          path: '/api/interop/messages',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/xml' },
          setupRequest: (request) => {
            const n = counter++;
            let text = template.replace(`<MsgId>${options.msgId}</MsgId>`, `<MsgId>bench-${process.pid}-${n}</MsgId>`);
            if (options.patient) text = text.replace(`<Id>${options.patient.from}</Id>`, `<Id>${options.patient.to[n % options.patient.to.length]}</Id>`);
            // The sample's bytes as they were: Latin-1 stays Latin-1.
            return { ...request, body: latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'latin1').toString('utf8') };
          },
        },
      ],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, status, _bytes, responseTime) => {
    times.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
});
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
console.log(JSON.stringify({ requests: result.requests.total, errors: result.errors + result.non2xx, p50: at(50), p95: at(95), p99: at(99), rps: result.requests.average, statuses }));

import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A large JSON answer kept in an answer cache, serialised once and compressed once: every reader
 * of the cached answer is then sent bytes, not an object to serialise again, and a browser (which
 * always accepts gzip) gets a tenth of them.
 */
export interface PreparedJson {
  json: string;
  gzip: Buffer;
}

export function prepareJson(value: unknown): PreparedJson {
  const json = JSON.stringify(value);
  return { json, gzip: gzipSync(json, { level: 6 }) };
}

const ACCEPTS_GZIP = /\bgzip\b/;

export function sendPreparedJson(request: FastifyRequest, reply: FastifyReply, prepared: PreparedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepted = request.headers['accept-encoding'];
  if (typeof accepted === 'string' && ACCEPTS_GZIP.test(accepted)) return reply.header('content-encoding', 'gzip').send(prepared.gzip);
  return reply.send(prepared.json);
}

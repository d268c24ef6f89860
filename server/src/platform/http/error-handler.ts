import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, messageFor, type ErrorCode } from '../errors.js';

interface Problem {
  code: ErrorCode;
  status: number;
  details?: unknown;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/** Every error leaves as `{ code, message, details? }` in the user's language; 5xx never shows internals. */
export function toProblem(error: FastifyError | Error): Problem {
  if (error instanceof AppError) return { code: error.code, status: error.status, details: error.details };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return {
      code: 'VALIDATION_FAILED',
      status: 400,
      details: fastifyError.validation.map((v) => ({
        field: `${fastifyError.validationContext ?? ''}${v.instancePath}`.replace(/\//g, '.'),
        rule: v.keyword,
        message: v.message,
        ...(v.keyword === 'additionalProperties' ? { unknownField: (v.params as { additionalProperty?: string }).additionalProperty } : {}),
      })),
    };
  }
  if (fastifyError.code && FASTIFY_CODES[fastifyError.code]) {
    const code = FASTIFY_CODES[fastifyError.code]!;
    return { code, status: code === 'VALIDATION_FAILED' ? 400 : (fastifyError.statusCode ?? 400) };
  }
  if (fastifyError.statusCode === 429) return { code: 'RATE_LIMITED', status: 429 };
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { code: 'VALIDATION_FAILED', status: fastifyError.statusCode };
  }
  return { code: 'INTERNAL_ERROR', status: 500 };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  return reply
    .code(problem.status)
    .type('application/json; charset=utf-8')
    .send({
      code: problem.code,
      message: messageFor(problem.code, request.lang ?? 'nb'),
      ...(problem.details === undefined ? {} : { details: problem.details }),
    });
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    return sendProblem(request, reply, problem);
  });
}

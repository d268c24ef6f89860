import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Bodies are validated strictly: unknown fields and wrong types are refused, never silently
 * dropped or coerced. Query strings and path parameters arrive as text, so those are coerced.
 */
function makeAjv(options: Options) {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, ...options });
  addFormats.default(ajv);
  return ajv;
}

export function installValidation(app: FastifyInstance) {
  const strict = makeAjv({ coerceTypes: false, removeAdditional: false });
  const coercing = makeAjv({ coerceTypes: 'array', removeAdditional: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema),
  );
}

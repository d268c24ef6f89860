import { safeParseXml } from './safe-parse.js';
import type { validateMsgHead } from './schema.js';

/** A model that cannot be written as a valid message; `problems` lists why. */
export class XmlBuildError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(`${message}: ${problems.join('; ')}`);
    this.name = 'XmlBuildError';
  }
}

/** Parses and validates what we just wrote (it is trusted, so no size limit applies). */
export function validateBuilt(xml: string, validate: typeof validateMsgHead): string[] {
  const parsed = safeParseXml(xml, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) return [`${parsed.error.code}: ${parsed.error.details ?? parsed.error.text}`];
  try {
    return validate(parsed.doc);
  } finally {
    parsed.doc.dispose();
  }
}


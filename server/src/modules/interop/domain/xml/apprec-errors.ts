/**
 * Application-receipt error codes (code list 8221) the codec can decide on its own. `text` is the
 * list's display name, written as Error/@DN in an AppRec, so receivers see the official wording;
 * `details` is the specific reason in Norwegian (Error/@OT), for the GP's support and our logs.
 */
export interface AppRecErrorItem {
  code: string;
  /** Norwegian, human-readable: the display name of the code in list 8221. */
  text: string;
  /** Norwegian: what exactly was wrong (which field, which attachment). */
  details?: string;
}

export const APPREC_ERROR_OID = '2.16.578.1.12.4.1.1.8221';

export const APPREC_ERROR_TEXTS = {
  E10: 'Ugyldig meldingsidentifikator',
  E20: 'Lege finnes ikke',
  E21: 'Mottaker finnes ikke',
  E30: 'Pasientens fødselsnummer mangler',
  E31: 'Pasientens fødselsnummer er feil',
  E32: 'Pasientens navn mangler',
  E35: 'Pasienten finnes ikke i mottakersystemet',
  T01: "Ikke XML / ikke 'well formed' / uleselig",
  T02: 'XML validerer ikke',
  T10: 'Støtter ikke meldingsformatet',
  T99: 'Annen feil på format',
  X99: 'Annen feil',
} as const;

export type AppRecErrorCode = keyof typeof APPREC_ERROR_TEXTS;

export function appRecError(code: AppRecErrorCode, details?: string): AppRecErrorItem {
  return details === undefined ? { code, text: APPREC_ERROR_TEXTS[code] } : { code, text: APPREC_ERROR_TEXTS[code], details };
}

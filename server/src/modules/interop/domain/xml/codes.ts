import type { MessageType } from '../model.js';

/** XML namespaces of the national dialogue messages and NAV's queue wrapper. */
export const NS = {
  msgHead: 'http://www.kith.no/xmlstds/msghead/2006-05-24',
  dialog: 'http://www.kith.no/xmlstds/dialog/2006-10-11',
  base64: 'http://www.kith.no/xmlstds/base64container',
  appRec: 'http://www.kith.no/xmlstds/apprec/2004-11-21',
  fellesformat: 'http://www.nav.no/xml/eiff/2/',
} as const;

export const MSGHEAD_MIG_VERSION = 'v1.2 2006-05-24';
export const APPREC_MIG_VERSION = '1.0 2004-11-21';

/** National code lists live under one OID arc; the list number is its last segment. */
export const CODE_LIST_OID_PREFIX = '2.16.578.1.12.4.1.1.';
export const oidOfList = (list: number) => `${CODE_LIST_OID_PREFIX}${list}`;

/**
 * The list number from an `S` attribute. Real messages carry odd prefixes (1.16…, 6.16…), so only
 * the last segment is trusted; undefined when it is not a number.
 */
export function listFromOid(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const last = s.trim().split('.').pop() ?? '';
  return /^\d{1,9}$/.test(last) ? Number(last) : undefined;
}

export const MESSAGE_TYPES: Record<MessageType, string> = {
  DIALOG_FORESPORSEL: 'Forespørsel',
  DIALOG_NOTAT: 'Notat',
  DIALOG_SVAR: 'Svar på forespørsel',
};

export const isMessageType = (v: string): v is MessageType => Object.hasOwn(MESSAGE_TYPES, v);

/** Display names (DN) of the codes NAV and GPs exchange (the official NAV/NHN table). */
export const THEME_TEXTS: Record<number, Record<number, string>> = {
  8125: { 1: 'Innkalling dialogmøte 2', 2: 'Endring dialogmøte 2', 3: 'Innkalling dialogmøte 3', 4: 'Endring dialogmøte 3' },
  8126: { 1: 'Ja, jeg kommer', 2: 'Jeg ønsker nytt møtetidspunkt', 3: 'Jeg kan ikke komme' },
  8127: {
    1: 'Oppfølgingsplan',
    2: 'Friskmelding til arbeidsformidling',
    3: 'Retur av legeerklæring',
    4: 'Avlysning dialogmøte',
    5: 'Unntak dialogmøte',
    6: 'Tilbakemelding fra NAV',
    8: 'Melding fra NAV',
    9: 'Informasjon fra NAV',
  },
  8128: { 1: 'Henvendelse om sykefraværsoppfølging', 2: 'Henvendelse om pasient' },
  8129: { 1: 'Forespørsel om pasient', 2: 'Påminnelse forespørsel om pasient' },
  9069: { 5: 'Svar på forespørsel' },
  // "Tema for helsefaglig dialog": what municipal health services (a team's note to a GP, issue 8) use.
  7322: { 6: 'Henvendelse om pasient' },
};

/**
 * Which lists each message type may use, and for which body element. The table is the whole
 * rule: a code outside it (8127/7, 9069/1, …) is not a message this platform understands.
 */
export const ACCEPTED_THEMES: Record<MessageType, { element: 'Notat' | 'Foresporsel'; lists: number[] }> = {
  DIALOG_NOTAT: { element: 'Notat', lists: [8128, 8127, 7322] },
  DIALOG_SVAR: { element: 'Notat', lists: [9069, 8126] },
  DIALOG_FORESPORSEL: { element: 'Foresporsel', lists: [8129, 8125] },
};

export const isAcceptedTheme = (type: MessageType, list: number, code: number) =>
  ACCEPTED_THEMES[type].lists.includes(list) && THEME_TEXTS[list]?.[code] !== undefined;

/** The list a quoted request must come from for an answer theme: answers to requests quote 8129, meeting replies quote 8125. */
export const ANSWERED_LIST: Record<number, number> = { 9069: 8129, 8126: 8125 };

/** Identifier types (TypeId V) with their display names and the code list they belong to. */
export const IDENT_TYPES = {
  ENH: { dn: 'Organisasjonsnummeret i Enhetsregister', list: 9051 },
  HER_ORG: { v: 'HER', dn: 'Identifikator fra Helsetjenesteenhetsregisteret (HER-id)', list: 9051 },
  HER_PERSON: { v: 'HER', dn: 'Identifikator fra Helsetjenesteenhetsregisteret (HER-id)', list: 8116 },
  HPR: { dn: 'HPR-nummer', list: 8116 },
  FNR: { dn: 'Fødselsnummer', list: 8116 },
  DNR: { dn: 'D-nummer', list: 8116 },
} as const;

/** Role of the named person in a Dialogmelding (RollerRelatertNotat/RolleNotat), as NAV's own sender writes it. */
export const CONTACT_ROLE = { list: 9057, code: 1 } as const;

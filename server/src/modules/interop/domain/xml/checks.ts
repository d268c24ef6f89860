import type { XmlElement } from 'libxml2-wasm';
import { checkIdentityNumber } from '../../../../platform/identifiers.js';
import type { CodedValue, MessageType, Patient } from '../model.js';
import { appRecError, type AppRecErrorItem } from './apprec-errors.js';
import { ACCEPTED_THEMES, ANSWERED_LIST, MESSAGE_TYPES, NS, isAcceptedTheme, listFromOid } from './codes.js';
import { attr, child, trimmedText } from './dom.js';
import { compact, readIdents } from './read-parties.js';

/**
 * The semantic checks that decide whether an inbound message is accepted. They, not the XSD,
 * decide: GP systems send small schema deviations NAV has always accepted, but a message whose
 * patient, identity or purpose cannot be known is refused with the matching 8221 code.
 */

type Checked<T> = { ok: true; value: T } | { ok: false; error: AppRecErrorItem };

/** MsgId: what GP systems send is a GUID, sometimes braced or prefixed; anything printable without spaces, at most 100 characters. */
export const MSG_ID_PATTERN = /^[!-~]{1,100}$/;

/** xs:dateTime, the form GenDate and IssueDate must have. */
export const DATE_TIME_PATTERN = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

const REASONS_NO: Array<[RegExp, string]> = [
  [/11 digits/, 'det må ha 11 siffer'],
  [/checksum/, 'kontrollsifrene stemmer ikke'],
  [/invalid date/, 'datoen er ugyldig'],
  [/synthetic/, 'syntetiske testnumre tas ikke imot her'],
];

const reasonInNorwegian = (reason: string) =>
  REASONS_NO.filter(([pattern]) => pattern.test(reason))
    .map(([, text]) => text)
    .join(', ') || 'ukjent årsak';

/**
 * The patient's FNR or D-number (E30 when missing, E31 when invalid or declared as the wrong
 * type). The id is never echoed in the reason: the receipt is about a person.
 */
export function checkPatient(patientElement: XmlElement | undefined, allowSynthetic: boolean): Checked<Patient> {
  const idents = readIdents(patientElement);
  const declared = idents.has('FNR') ? 'FNR' : idents.has('DNR') ? 'DNR' : undefined;
  const raw = declared ? idents.get(declared) : undefined;
  if (!declared || !raw) return { ok: false, error: appRecError('E30', 'Meldingen har ikke pasientens fødselsnummer eller D-nummer (Patient/Ident med TypeId FNR eller DNR).') };
  const check = checkIdentityNumber(raw, { allowSynthetic });
  if (!check.ok) return { ok: false, error: appRecError('E31', `Pasientens ${declared} er ugyldig: ${reasonInNorwegian(check.reason)}.`) };
  const { fnr, type } = check.value;
  // Synthetic test numbers keep the D-number mark (first digit 4–7) in the day.
  const actual = type === 'dnr' || (type === 'synthetic' && Number(fnr[0]) >= 4) ? 'DNR' : 'FNR';
  if (actual !== declared) {
    return { ok: false, error: appRecError('E31', `Pasientens nummer er oppgitt som ${declared}, men er et ${actual === 'DNR' ? 'D-nummer' : 'fødselsnummer'}.`) };
  }
  return {
    ok: true,
    value: compact({
      idType: declared,
      id: fnr,
      familyName: trimmedText(child(patientElement, NS.msgHead, 'FamilyName')),
      givenName: trimmedText(child(patientElement, NS.msgHead, 'GivenName')),
      middleName: trimmedText(child(patientElement, NS.msgHead, 'MiddleName')),
    }),
  };
}

/** A coded value (TemaKodet / TypeForesp): list from the last segment of S, code from V. */
export function readCodedValue(element: XmlElement | undefined): CodedValue | undefined {
  const list = listFromOid(attr(element, 'S'));
  const v = attr(element, 'V')?.trim();
  if (list === undefined || !v || !/^\d{1,9}$/.test(v)) return undefined;
  return compact({ list, code: Number(v), text: attr(element, 'DN') });
}

const describe = (theme: CodedValue) => `kode ${theme.code} i kodeverk ${theme.list}`;

/**
 * T10 when the message type, body element and theme do not make one of the messages this
 * platform takes (the NAV/NHN table), or an answer quotes the wrong kind of request.
 */
export function checkTheme(
  type: MessageType,
  element: 'Notat' | 'Foresporsel',
  theme: CodedValue | undefined,
  quoted: CodedValue | undefined,
): AppRecErrorItem[] {
  const rule = ACCEPTED_THEMES[type];
  if (rule.element !== element) return [appRecError('T10', `${type} skal ha en ${rule.element} i Dialogmelding, ikke ${element}.`)];
  if (!theme) return [appRecError('T10', `${element === 'Notat' ? 'TemaKodet' : 'TypeForesp'} mangler eller har ugyldig kodeverk (S) eller kode (V).`)];
  if (!isAcceptedTheme(type, theme.list, theme.code)) {
    const lists = rule.lists.join(' eller ');
    return [appRecError('T10', `${MESSAGE_TYPES[type]} (${type}) med ${describe(theme)} støttes ikke; gyldige kodeverk for denne meldingstypen er ${lists}.`)];
  }
  const answered = ANSWERED_LIST[theme.list];
  if (type === 'DIALOG_SVAR' && quoted && answered !== undefined && quoted.list !== answered) {
    const what = theme.list === 9069 ? 'Svar på forespørsel (9069)' : 'Svar på innkalling til dialogmøte (8126)';
    const expected = answered === 8129 ? 'en forespørsel om pasient (8129)' : 'en innkalling til dialogmøte (8125)';
    return [appRecError('T10', `${what} svarer på ${describe(quoted)}, men kan bare svare på ${expected}.`)];
  }
  return [];
}

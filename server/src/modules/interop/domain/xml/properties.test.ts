import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdentityNumber, orgNumberControlDigit } from '../../../../platform/identifiers.js';
import type { Dialogmelding } from '../model.js';
import { buildAndValidate } from './build.js';
import { parseDialogmelding } from './parse.js';
import { GP_OFFICE, NAV_OFFICE, PDF, outbound, theme } from './test-fixtures.js';
import { escapeAttr, escapeText, normalizeLabel, toXmlText } from './xml-writer.js';

const options = { allowSynthetic: false, maxBytes: 10 * 1024 * 1024 };
const RUNS = { numRuns: 150 };

/** Any UTF-16 code units (lone surrogates, NUL, C0 controls, U+FFFE …), full code points, and XML's special characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((units) => String.fromCharCode(...units)),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\r', '\n', '\r\n', '\t', ' ', '\u000b', '\u000c', '\u0000', 'æ', 'Ø', 'å', '€', '😀', '\ud83d', '\ude00', '\ufffe', '\u0085', '&amp;', 'a'), maxLength: 40 }),
);

function parsed(message: Dialogmelding): Dialogmelding {
  const result = parseDialogmelding(buildAndValidate(message), options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.message;
}

function withControlDigits(first9: string): string | undefined {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const digit = (digits: string, weights: number[]) => {
    const k = 11 - (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11);
    return k === 11 ? 0 : k;
  };
  const k1 = digit(first9, w1);
  if (k1 === 10) return undefined;
  const k2 = digit(first9 + k1, w2);
  return k2 === 10 ? undefined : `${first9}${k1}${k2}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Valid fødselsnumre and D-numbers (day + 40), born 1900–2039 with the matching individual numbers. */
const personNumber = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1900, max: 2039 }), seq: fc.integer({ min: 0, max: 249 }), dnr: fc.boolean() })
  .map(({ day, month, year, seq, dnr }) => {
    const individual = year < 2000 ? seq : 500 + seq;
    const id = withControlDigits(`${pad(day + (dnr ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(individual, 3)}`);
    return id === undefined ? undefined : { id, idType: dnr ? ('DNR' as const) : ('FNR' as const) };
  })
  .filter((p): p is { id: string; idType: 'FNR' | 'DNR' } => p !== undefined);

const orgNumber = fc
  .integer({ min: 0, max: 99_999_999 })
  .map((n) => {
    const first8 = pad(n, 8);
    const control = orgNumberControlDigit(first8);
    return control === undefined ? undefined : `${first8}${control}`;
  })
  .filter((n): n is string => n !== undefined);

const registerId = fc.integer({ min: 1, max: 999_999_999 }).map(String);

describe('codec properties', () => {
  it('toXmlText keeps only what XML 1.0 can carry, changes nothing else, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = toXmlText(text);
        expect(out).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
        expect(toXmlText(out)).toBe(out);
        // Text made only of allowed characters passes unchanged.
        if (/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(text)) expect(out).toBe(text);
        expect(escapeText(text)).not.toMatch(/[<>\r]/);
        expect(escapeAttr(text)).not.toMatch(/[<>"\t\n\r]/);
      }),
      { numRuns: 500 },
    );
    expect(toXmlText('a\u0000b\u0001c\u000bd\u000ce\ufffff\ud800g')).toBe('abc\nd\nefg');
  });

  it('arbitrary text, names and labels survive build → XSD → parse (only XML-impossible characters removed, labels trimmed)', () => {
    fc.assert(
      fc.property(
        fc.record({ text: anyText, subject: anyText, themeText: anyText, quoted: anyText, given: anyText, family: anyText, middle: anyText, org: anyText, description: anyText, docId: anyText }),
        (f) => {
          const message = (t: (s: string) => string | undefined, l: (s: string) => string | undefined): Dialogmelding => {
            const contact = { givenName: l(f.given), familyName: l(f.family) };
            return {
              ...outbound(
                {
                  element: 'Notat',
                  theme: { ...theme(9069, 5), text: t(f.themeText) },
                  subject: t(f.subject),
                  text: t(f.text)!,
                  documentId: l(f.docId),
                  answersRequest: { theme: theme(8129, 1), text: t(f.quoted) },
                  contactPerson: contact.givenName === undefined && contact.familyName === undefined ? undefined : contact,
                },
                'DIALOG_SVAR',
              ),
              sender: { organisation: { ...GP_OFFICE.organisation, name: l(f.org) ?? '' }, professional: { ...GP_OFFICE.professional!, familyName: l(f.family) ?? '', givenName: l(f.given), middleName: l(f.middle) } },
              receiver: NAV_OFFICE,
              patient: { idType: 'FNR', id: '01010142365', familyName: l(f.family), givenName: l(f.given), middleName: l(f.middle) },
              attachments: [{ description: l(f.description) ?? 'Vedlegg', mediaType: 'application/pdf', content: PDF }],
            };
          };
          const raw = message((s) => s, (s) => s);
          expect(parsed(raw)).toEqual(message(toXmlText, normalizeLabel));
        },
      ),
      RUNS,
    );
  });

  it('arbitrary request text and legal basis survive in a Foresporsel', () => {
    fc.assert(
      fc.property(anyText, anyText, (question, reason) => {
        const request = outbound({ element: 'Foresporsel', theme: theme(8129, 1), text: question, reason }, 'DIALOG_FORESPORSEL');
        expect(parsed(request).body).toEqual({ element: 'Foresporsel', theme: theme(8129, 1), text: toXmlText(question), reason: toXmlText(reason) });
      }),
      RUNS,
    );
  });

  it('fødselsnumre and D-numbers, HER-ids, HPR numbers and organisation numbers survive unchanged', () => {
    fc.assert(
      fc.property(personNumber, personNumber, orgNumber, orgNumber, registerId, registerId, registerId, registerId, (patient, gpFnr, gpOrg, navOrg, gpHer, navHer, personHer, hpr) => {
        expect(checkIdentityNumber(patient.id, { allowSynthetic: false }).ok).toBe(true);
        const message: Dialogmelding = {
          ...outbound({ element: 'Notat', theme: theme(8127, 8), text: 'Melding fra NAV' }, 'DIALOG_NOTAT'),
          sender: { organisation: { name: 'NAV', orgNumber: navOrg, herId: navHer } },
          receiver: { organisation: { name: 'Legekontor', orgNumber: gpOrg, herId: gpHer }, professional: { familyName: 'Lege', hprNumber: hpr, herId: personHer, fnr: gpFnr.id } },
          patient: { ...patient, familyName: 'Nordmann' },
          attachments: [],
        };
        expect(parsed(message)).toEqual(message);
      }),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { AppRec } from '../model.js';
import { APPREC_ERROR_OID, APPREC_ERROR_TEXTS, appRecError } from './apprec-errors.js';
import { XmlBuildError, buildAppRec, buildAppRecAndValidate } from './build.js';
import { validateBuilt } from './build-support.js';
import { parseAppRec } from './parse.js';
import { validateAppRec } from './schema.js';
import { readSample } from './test-fixtures.js';

const NAV = { organisation: { name: 'NAV', orgNumber: '889640782', herId: '79768' } };
const GP = {
  organisation: { name: 'Kule helsetjenester AS', orgNumber: '223456789', herId: '0123' },
  // AppRec carries one name per person; the parser keeps it whole in familyName.
  professional: { familyName: 'Valda Inga Fos', hprNumber: '1234567', herId: '1234' },
};

const receipt = (status: AppRec['status'], errors: AppRec['errors']): AppRec => ({
  id: '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a',
  generatedAt: '2026-03-05T08:00:02+01:00',
  status,
  errors,
  sender: NAV,
  receiver: GP,
  original: { type: 'DIALOG_SVAR', issuedAt: '2026-03-05T08:00:00+01:00', msgId: 'c0ffee00-1234-4abc-9def-000000000005' },
});

function roundTrip(apprec: AppRec) {
  const xml = buildAppRecAndValidate(apprec);
  expect(validateBuilt(xml, validateAppRec)).toEqual([]);
  const parsed = parseAppRec(xml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(parsed.envelope).toBe('bare');
  expect(parsed.schemaWarnings).toEqual([]);
  expect(parsed.apprec).toEqual(apprec);
  return xml;
}

describe('application receipts (AppRec 1.0)', () => {
  it('round-trips an OK receipt', () => {
    const xml = roundTrip(receipt('ok', []));
    expect(xml).toContain('<AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21">');
    expect(xml).toContain('<MsgType V="APPREC" DN="Applikasjonskvittering"/>');
    expect(xml).toContain('<MIGversion>1.0 2004-11-21</MIGversion>');
    expect(xml).toContain('<Status V="1" DN="OK"/>');
    expect(xml).not.toContain('<Error');
  });

  it('round-trips a rejection (E21) with the 8221 display text and our reason, and several errors', () => {
    const xml = roundTrip(receipt('rejected', [appRecError('E21', 'Mottakeren 974600951 er ikke et NAV-kontor på denne plattformen.')]));
    expect(xml).toContain('<Status V="2" DN="Avvist"/>');
    expect(xml).toContain(`<Error V="E21" S="${APPREC_ERROR_OID}" DN="Mottaker finnes ikke" OT="Mottakeren 974600951 er ikke et NAV-kontor på denne plattformen."/>`);
    roundTrip(receipt('rejected', [appRecError('E31', 'Pasientens FNR er ugyldig: det må ha 11 siffer.'), appRecError('T10')]));
  });

  it('writes a valid receipt for a sender it knows nothing about (a refused, unreadable message)', () => {
    const unknown: AppRec = { ...receipt('rejected', [appRecError('T01', 'Meldingen er ikke velformet XML')]), receiver: { organisation: { name: 'Ukjent avsender' } }, original: { type: 'UKJENT', issuedAt: '2026-03-05T08:00:00+01:00', msgId: 'ukjent' } };
    const xml = buildAppRecAndValidate(unknown);
    const parsed = parseAppRec(xml);
    expect(parsed.ok && parsed.apprec).toEqual(unknown);
  });

  it('refuses a status that contradicts the errors', () => {
    expect(() => buildAppRec(receipt('ok', [appRecError('X99')]))).toThrow(XmlBuildError);
    expect(() => buildAppRec(receipt('rejected', []))).toThrow(/rejected without an error/);
  });

  it.each([
    ['apprecOK.xml', 'ok', []],
    ['apprecError.xml', 'rejected', ['X99']],
    ['apprecErrorUkjentMottaker.xml', 'rejected', ['E21']],
  ])('reads the sample %s (fellesformat-wrapped): status %s, errors %j, original MsgId', (name, status, codes) => {
    const parsed = parseAppRec(readSample('apprec', name));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.envelope).toBe('fellesformat');
    expect(parsed.schemaWarnings).toEqual([]);
    expect(parsed.apprec.status).toBe(status);
    expect(parsed.apprec.errors.map((e) => e.code)).toEqual(codes);
    expect(parsed.apprec.original).toEqual({ type: 'DIALOG_SVAR', issuedAt: '2020-09-30T16:00:31.476', msgId: 'b62016eb-6c2d-417a-8ecc-157b3c5ee2ca' });
    expect(parsed.apprec.sender).toEqual(NAV);
    expect(parsed.apprec.receiver).toEqual(GP);
  });

  it('reads the E21 sample with its display text', () => {
    const parsed = parseAppRec(readSample('apprec', 'apprecErrorUkjentMottaker.xml'));
    expect(parsed.ok && parsed.apprec.errors).toEqual([{ code: 'E21', text: APPREC_ERROR_TEXTS.E21 }]);
  });

  it('refuses broken receipts with a code instead of throwing', () => {
    expect(parseAppRec('<AppRec')).toMatchObject({ ok: false, errors: [{ code: 'T01' }] });
    expect(parseAppRec('<AppRec xmlns="http://www.kith.no/xmlstds/apprec/2004-11-21"/>')).toMatchObject({ ok: false });
    const noStatus = buildAppRec(receipt('ok', [])).replace('<Status V="1" DN="OK"/>', '<Status V="9"/>');
    const parsed = parseAppRec(noStatus);
    expect(!parsed.ok && parsed.errors.map((e) => e.code)).toEqual(['T02']);
  });
});

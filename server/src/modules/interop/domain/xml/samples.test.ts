import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialogmelding } from '../model.js';
import { parseDialogmelding, type ParseDialogmeldingResult } from './parse.js';
import { patchSample, readSample, standardsDir } from './test-fixtures.js';

/**
 * The 19 GP messages NAV's own tests use (navikt/padm2, navikt/isdialogmelding). Three of the
 * samples meant as valid carry a patient id that is not a valid fødselsnummer (10 digits, or a
 * wrong checksum); the platform refuses those with E31 like any other, and they are also read
 * with a valid id patched in to check everything else.
 */

const options = { allowSynthetic: false, maxBytes: 20 * 1024 * 1024 };
const VALID_FNR = '01010142365';

const parse = (name: string, bytes: Uint8Array = readSample('inbound', name)) => parseDialogmelding(bytes, options);

function accepted(result: ParseDialogmeldingResult): Dialogmelding {
  if (!result.ok) throw new Error(`expected acceptance, got ${JSON.stringify(result.errors)}`);
  return result.message;
}

function refusedCodes(result: ParseDialogmeldingResult): string[] {
  if (result.ok) throw new Error('expected the message to be refused');
  return result.errors.map((e) => e.code);
}

const magic = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).toString('hex');
const PDF_MAGIC = '25504446';
const PNG_MAGIC = '89504e47';

const KULE = { name: 'Kule helsetjenester AS', orgNumber: '223456789', herId: '0123' };
const NAV = { organisation: { name: 'NAV', orgNumber: '889640782', herId: '79768' } };
const VALDA = { familyName: 'Valda', givenName: 'Inga', middleName: 'Fos', hprNumber: '1234567', herId: '1234' };

describe('the national GP message samples', () => {
  it('are all present (19 inbound, 3 receipts)', () => {
    expect(readdirSync(join(standardsDir(), 'samples', 'inbound')).filter((f) => f.endsWith('.xml'))).toHaveLength(19);
    expect(readdirSync(join(standardsDir(), 'samples', 'apprec')).filter((f) => f.endsWith('.xml'))).toHaveLength(3);
  });

  it('reads a GP note in full, ignoring the request an EPJ quoted inside it, and keeps the schema deviations as warnings', () => {
    const result = parse('dialogmelding_dialog_notat.xml');
    expect(result.ok && result.envelope).toBe('fellesformat');
    expect(accepted(result)).toEqual({
      msgId: '37340D30-FE14-42B5-985F-A8FF8FFA0CB5',
      type: 'DIALOG_NOTAT',
      generatedAt: '2019-01-16T22:51:35.5317672+01:00',
      conversation: { conversationId: '37340D30-FE14-42B5-985F-A8FF8FFA0C99', parentId: '37340D30-FE14-42B5-985F-A8FF8FFA0CB5' },
      wantsReceipt: true,
      sender: { organisation: KULE, professional: { ...VALDA, fnr: '01010112377', phone: '98765432' } },
      receiver: NAV,
      patient: { idType: 'FNR', id: VALID_FNR, familyName: 'Test', givenName: 'Etternavn' },
      body: {
        element: 'Notat',
        theme: { list: 8128, code: 1, text: 'Henvendelse om sykefraværsoppfølging' },
        text: 'Hei,Det gjelder pas. Sender som vedlegg epikrisen',
        documentId: 'A1578B81-0042-453B-8527-6CF182BDA6C7',
        date: '2019-01-16',
      },
      attachments: [],
    });
    const warnings = result.ok ? result.schemaWarnings.join('\n') : '';
    expect(warnings).toMatch(/RefToConversation': This element is not expected/);
    expect(warnings).toMatch(/Ack': This element is not expected/);
    expect(warnings).toMatch(/Foresporsel quoted inside Notat ignored/);
  });

  it('accepts a D-number patient (and a DateOfBirth "1991-12-4" and a TeleCom without TeleAddress, as warnings)', () => {
    const result = parse('dialogmelding_dialog_notat_dnr.xml');
    const message = accepted(result);
    expect(message.patient).toEqual({ idType: 'DNR', id: '45088649080', familyName: 'Test', givenName: 'Etternavn' });
    expect(message.conversation).toBeUndefined();
    expect(message.sender.professional?.fnr).toBe('04030350265');
    expect(result.ok && result.schemaWarnings.join('\n')).toMatch(/'1991-12-4' is not a valid value/);
  });

  it.each([
    ['dialogmelding_dialog_notat_in_behandlerdialog.xml', '47340D30-FE14-42B5-985F-A8FF8FFA0CA6'],
    ['dialogmelding_dialog_notat_in_behandlerdialog_with_error.xml', '47340D30-FE14-42B5-985F-A8FF8FFA0AA0'],
    ['dialogmelding_dialog_notat_ukjent_behandler.xml', '37340D30-FE14-42B5-985F-A8FF8FFA0CB5'],
  ])('accepts %s (whether the practitioner is known is for the directory to say)', (name, msgId) => {
    const message = accepted(parse(name));
    expect(message.msgId).toBe(msgId);
    expect(message.body.theme).toMatchObject({ list: 8128, code: 1 });
    expect(message.sender.organisation).toEqual(KULE);
  });

  it('keeps the unchecked practitioner fødselsnummer of the unknown-practitioner sample as sent', () => {
    expect(accepted(parse('dialogmelding_dialog_notat_ukjent_behandler.xml')).sender.professional?.fnr).toBe('01010112459');
  });

  it('accepts missing given names (patient and practitioner) and reads the named contact in the note', () => {
    const message = accepted(parse('dialogmelding_dialog_notat_missing_givenname.xml'));
    expect(message.patient).toEqual({ idType: 'FNR', id: VALID_FNR, familyName: 'Test' });
    expect(message.sender.professional).toMatchObject({ familyName: 'Valda', middleName: 'Fos' });
    expect(message.sender.professional?.givenName).toBeUndefined();
    expect(message.body.contactPerson).toEqual({ familyName: 'Fysiotrening' });
  });

  it('decodes two attachments with their declared media types and descriptions', () => {
    const message = accepted(parse('dialogmelding_dialog_notat_vedlegg.xml'));
    expect(message.attachments.map((a) => [a.mediaType, a.description, a.content.length, magic(a.content)])).toEqual([
      ['application/pdf', 'Et vedlegg fra lege', 166813, PDF_MAGIC],
      ['image/jpeg', 'Et bilde fra lege', 19215, PNG_MAGIC],
    ]);
  });

  it('keeps an old-style image/pjpeg media type as sent', () => {
    expect(accepted(parse('dialogmelding_dialog_notat_vedlegg_pjpeg.xml')).attachments.map((a) => a.mediaType)).toEqual(['application/pdf', 'image/pjpeg']);
  });

  it('decodes a CMYK JPEG attachment', () => {
    const [pdf, jpeg] = accepted(parse('dialogmelding_dialog_notat_cmyk_vedlegg.xml')).attachments;
    expect(magic(pdf!.content)).toBe(PDF_MAGIC);
    expect(jpeg).toMatchObject({ mediaType: 'image/jpeg', description: 'Et bilde fra lege' });
    expect(magic(jpeg!.content)).toBe('ffd8ffee');
  });

  it.each([
    ['dialogmelding_dialog_notat_mange_vedlegg.xml', 38],
    ['dialogmelding_dialog_notat_veldig_mange_vedlegg.xml', 45],
  ])('decodes every attachment of %s (%i), in order', (name, count) => {
    const { attachments } = accepted(parse(name));
    expect(attachments).toHaveLength(count);
    expect(attachments[0]!.mediaType).toBe('application/pdf');
    expect(attachments.slice(1).every((a) => a.mediaType === 'image/jpeg')).toBe(true);
    expect(attachments.at(-1)!.description).toBe('Et siste bilde fra lege');
  });

  it('reads the "pridok bug" (a whole MsgHead nested in Content) as the inner message, without the outer HelseID token', () => {
    const result = parse('dialogmelding_dialog_notat_pridok_bug.xml');
    const message = accepted(result);
    expect(message.patient.id).toBe(VALID_FNR);
    expect(message.attachments.map((a) => [a.mediaType, a.description])).toEqual([['image/jpeg', 'Et bilde fra lege']]);
    expect(result.ok && result.schemaWarnings.join('\n')).toMatch(/MsgHead nested .* 1 outer attachment\(s\) ignored/);
  });

  it('reads a reply to a meeting invitation (8126/1) with the invitation it answers (8125/2)', () => {
    const message = accepted(parse('dialogmelding_dialog_svar_innkalling_dialogmote.xml'));
    expect(message).toMatchObject({
      type: 'DIALOG_SVAR',
      msgId: '9be88bc5-4219-473e-954b-c0dd115ff4e0',
      generatedAt: '2020-09-21T21:11:55+08:00',
      // Sent as RefToParent first, RefToConversation second: the schema's order, read either way.
      conversation: { conversationId: 'd97c669d-484b-42ef-b4e9-79d0f290a71f', parentId: 'd97c669d-484b-42ef-b4e9-79d0f290a71f' },
      sender: { organisation: KULE, professional: VALDA },
    });
    expect(message.body).toMatchObject({ element: 'Notat', theme: { list: 8126, code: 1, text: 'Ja, jeg kommer' }, documentId: 'OD2009169905747', date: '2020-09-21' });
    expect(message.body.answersRequest).toMatchObject({ theme: { list: 8125, code: 2 }, documentId: 'OD2009169905747' });
    expect(message.body.answersRequest?.text).toMatch(/Endret møtetidspunkt for dialogmøte/);
  });

  it('refuses the invalid note: a 10-digit patient id (E31) and an answer theme 9069/5 in a DIALOG_NOTAT (T10)', () => {
    const result = parse('dialogmelding_dialog_notat_invalid.xml');
    expect(refusedCodes(result)).toEqual(['E31', 'T10']);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ code: 'E31', text: 'Pasientens fødselsnummer er feil', details: 'Pasientens FNR er ugyldig: det må ha 11 siffer.' });
    expect(result.errors[1]!.details).toMatch(/DIALOG_NOTAT.*kode 5 i kodeverk 9069/);
    expect(result.msgId).toBe('37340D30-FE14-42B5-985F-A8FF8FFA0CB5');
    expect(result.partial).toMatchObject({ type: 'DIALOG_NOTAT', generatedAt: '2019-01-16T22:51:35.5317672+01:00', sender: { organisation: KULE }, receiver: NAV });
  });

  it('refuses an answer with code 9069/1, which does not exist (T10)', () => {
    const result = parse('dialogmelding_dialog_svar_foresporsel_om_pasient_invalid.xml');
    expect(refusedCodes(result)).toEqual(['T10']);
    expect(!result.ok && result.errors[0]!.details).toMatch(/kode 1 i kodeverk 9069 støttes ikke/);
  });

  it('refuses an "answer to request" (9069/5) that answers a meeting invitation (8125/2): replies to invitations use 8126 (T10)', () => {
    const result = parse('dialogmelding_dialog_svar_innkalling_dialogmote_invalid.xml');
    expect(refusedCodes(result)).toEqual(['T10']);
    expect(!result.ok && result.errors[0]!.details).toBe(
      'Svar på forespørsel (9069) svarer på kode 2 i kodeverk 8125, men kan bare svare på en forespørsel om pasient (8129).',
    );
  });

  describe('samples whose patient id is not a valid fødselsnummer', () => {
    it('refuses the answer to a request: patient id of 10 digits (E31); with a valid id it reads the quoted request', () => {
      const name = 'dialogmelding_dialog_svar_foresporsel_om_pasient.xml';
      expect(refusedCodes(parse(name))).toEqual(['E31']);
      const message = accepted(parse(name, patchSample(readSample('inbound', name), '<Id>3143242342</Id>', `<Id>${VALID_FNR}</Id>`)));
      expect(message).toMatchObject({ type: 'DIALOG_SVAR', wantsReceipt: true, receiver: NAV });
      expect(message.conversation).toBeUndefined();
      expect(message.sender.professional).toEqual({ ...VALDA, professionType: 'LE' });
      expect(message.body).toMatchObject({ theme: { list: 9069, code: 5, text: 'Svar på forespørsel' }, text: 'Pasieten har masse info her', documentId: 'OD1812186729156' });
      expect(message.body.answersRequest).toMatchObject({ theme: { list: 8129, code: 2, text: 'Påminnelse forespørsel om pasient' }, documentId: 'OD1812186729156' });
      expect(message.body.answersRequest?.text).toMatch(/Vi viser til tidligere forespørsel/);
    });

    it('refuses the chiropractor sample: checksum and date wrong (E31); with a valid id the chiropractor is the sender', () => {
      const name = 'dialogmelding_kiropraktor.xml';
      const result = parse(name);
      expect(refusedCodes(result)).toEqual(['E31']);
      expect(!result.ok && result.errors[0]!.details).toBe('Pasientens FNR er ugyldig: kontrollsifrene stemmer ikke, datoen er ugyldig.');
      const patched = parse(name, patchSample(readSample('inbound', name), '<Id>01234567890</Id>', `<Id>${VALID_FNR}</Id>`));
      const message = accepted(patched);
      expect(message.sender).toEqual({
        organisation: { name: 'KNEKK OG TØY KIROPRAKTORKLINIKK AS', orgNumber: '911911911', herId: '12345' },
        // Named only in the body (RollerRelatertNotat/HealthcareProfessional, felleskomponent1 idents).
        professional: { familyName: 'Kiropraktorsen', givenName: 'Lisa', hprNumber: '123456789', phone: '12345678', professionType: 'KI' },
      });
      expect(message.receiver).toEqual(NAV);
      expect(message.wantsReceipt).toBe(false);
      expect(message.patient).toEqual({ idType: 'FNR', id: VALID_FNR, familyName: 'Kinken', givenName: 'Nakke' });
      expect(message.body).toEqual({
        element: 'Notat',
        theme: { list: 8128, code: 1, text: 'Henvendelse om sykefraværsoppfølging' },
        text: 'Kink i nakken.\n                                Mvh Lisa Kiropraktorsen',
        date: '2021-01-16',
        contactPerson: { givenName: 'Lisa', familyName: 'Kiropraktorsen' },
      });
      expect(patched.ok && patched.schemaWarnings).toEqual([]);
    });

    it('refuses the missing-description sample: 10-digit patient id (E31) and a second attachment of two base64 streams glued together (T99)', () => {
      const name = 'dialogmelding_dialog_notat_vedlegg_missing_description.xml';
      const result = parse(name);
      expect(refusedCodes(result)).toEqual(['E31', 'T99']);
      expect(!result.ok && result.errors[1]!.details).toBe('Vedlegg 2 («Et bilde fra lege») har ugyldig base64-innhold.');
      const patched = parse(name, patchSample(readSample('inbound', name), '<Id>3143242342</Id>', `<Id>${VALID_FNR}</Id>`));
      expect(refusedCodes(patched)).toEqual(['T99']);
    });
  });

  it('gives an attachment without Description the description "Vedlegg"', () => {
    const name = 'dialogmelding_dialog_notat_vedlegg.xml';
    const message = accepted(parse(name, patchSample(readSample('inbound', name), '<Description>Et vedlegg fra lege</Description>', '')));
    expect(message.attachments.map((a) => a.description)).toEqual(['Vedlegg', 'Et bilde fra lege']);
  });

  it('reports malformed base64 with T99 and the attachment position, and an attachment without content', () => {
    const name = 'dialogmelding_dialog_notat_vedlegg.xml';
    const text = readSample('inbound', name).toString('latin1');
    // Put a character base64 does not have into the second attachment only.
    const second = text.lastIndexOf('<Base64Container');
    const start = text.indexOf('>', second) + 1;
    const corrupted = Buffer.from(`${text.slice(0, start)}*${text.slice(start)}`, 'latin1');
    const result = parse(name, corrupted);
    expect(refusedCodes(result)).toEqual(['T99']);
    expect(!result.ok && result.errors[0]!.details).toBe('Vedlegg 2 («Et bilde fra lege») har ugyldig base64-innhold.');

    const empty = Buffer.from(text.replace(/<Content>\s*<Base64Container[^>]*>[^<]*<\/Base64Container>\s*<\/Content>/, ''), 'latin1');
    const missing = parse(name, empty);
    expect(!missing.ok && missing.errors).toEqual([{ code: 'T99', text: 'Annen feil på format', details: 'Vedlegg 1 («Et vedlegg fra lege») mangler innhold (Content/Base64Container).' }]);
  });

  it('refuses a message without MsgId (E10), patient (E30), sender organisation or body (T02)', () => {
    const name = 'dialogmelding_dialog_notat.xml';
    let bytes = readSample('inbound', name);
    bytes = patchSample(bytes, '<MsgId>37340D30-FE14-42B5-985F-A8FF8FFA0CB5</MsgId>', '');
    bytes = patchSample(bytes, 'S="2.16.578.1.12.4.1.1.8116" V="FNR"', 'V="XXX"');
    const result = parse(name, bytes);
    expect(refusedCodes(result)).toEqual(['E10', 'E30']);

    const noBody = Buffer.from(readSample('inbound', name).toString('latin1').replace(/<Dialogmelding[\s\S]*<\/Dialogmelding>/, ''), 'latin1');
    expect(refusedCodes(parse(name, noBody))).toEqual(['T02']);

    const noSender = Buffer.from(readSample('inbound', name).toString('latin1').replace(/<Sender>[\s\S]*<\/Sender>/, '<Sender/>'), 'latin1');
    const refused = parse(name, noSender);
    expect(refusedCodes(refused)).toEqual(['T02']);
    expect(!refused.ok && refused.errors[0]!.details).toMatch(/Avsenderens organisasjon/);
  });

  it('refuses a patient number declared as FNR that is a D-number (E31), and synthetic numbers unless allowed', () => {
    const name = 'dialogmelding_dialog_notat.xml';
    const asFnr = patchSample(readSample('inbound', name), `<Id>${VALID_FNR}</Id>`, '<Id>45088649080</Id>');
    const result = parse(name, asFnr);
    expect(refusedCodes(result)).toEqual(['E31']);
    expect(!result.ok && result.errors[0]!.details).toBe('Pasientens nummer er oppgitt som FNR, men er et D-nummer.');

    // A Helsenorge synthetic number (month + 40).
    const synthetic = patchSample(readSample('inbound', name), `<Id>${VALID_FNR}</Id>`, '<Id>01410142348</Id>');
    expect(refusedCodes(parse(name, synthetic))).toEqual(['E31']);
    const allowed = parseDialogmelding(synthetic, { ...options, allowSynthetic: true });
    expect(allowed.ok && allowed.message.patient.id).toBe('01410142348');
    // A synthetic D-number (day + 40, month + 40) must be declared DNR.
    const syntheticDnr = patchSample(readSample('inbound', name), `<Id>${VALID_FNR}</Id>`, '<Id>41500142470</Id>');
    expect(refusedCodes(parseDialogmelding(syntheticDnr, { ...options, allowSynthetic: true }))).toEqual(['E31']);
  });

  it('refuses an unknown message type and a DIALOG_NOTAT code 8127/7 (T10)', () => {
    const name = 'dialogmelding_dialog_notat.xml';
    const unknown = patchSample(readSample('inbound', name), 'V="DIALOG_NOTAT"', 'V="DIALOG_ANNET"');
    expect(refusedCodes(parse(name, unknown))).toEqual(['T10']);
    const seven = patchSample(readSample('inbound', name), 'S="2.16.578.1.12.4.1.1.8128" V="1"', 'S="2.16.578.1.12.4.1.1.8127" V="7"');
    expect(refusedCodes(parse(name, seven))).toEqual(['T10']);
  });
});

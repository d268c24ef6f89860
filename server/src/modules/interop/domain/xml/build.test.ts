import { describe, expect, it } from 'vitest';
import type { Dialogmelding } from '../model.js';
import { XmlBuildError, buildAndValidate, buildDialogmelding } from './build.js';
import { validateBuilt } from './build-support.js';
import { parseDialogmelding } from './parse.js';
import { validateMsgHead } from './schema.js';
import { GP_OFFICE, NAV_OFFICE, PDF, outbound, theme } from './test-fixtures.js';

const options = { allowSynthetic: false, maxBytes: 10 * 1024 * 1024 };

/** build → XSD (no messages at all) → parse → the same model. */
function roundTrip(message: Dialogmelding) {
  const xml = buildAndValidate(message);
  expect(validateBuilt(xml, validateMsgHead)).toEqual([]);
  const parsed = parseDialogmelding(xml, options);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(parsed.schemaWarnings).toEqual([]);
  expect(parsed.envelope).toBe('bare');
  expect(parsed.message).toEqual(message);
  return xml;
}

const request = (code: 1 | 2): Dialogmelding =>
  outbound(
    {
      element: 'Foresporsel',
      theme: theme(8129, code),
      text: code === 1 ? 'Vi ber om opplysninger om arbeidsevne.\nHvilke funksjoner er nedsatt?' : 'Påminnelse: vi har ikke mottatt svar.',
      reason: 'Folketrygdloven § 21-4 gir NAV rett til å innhente opplysninger.',
      documentId: 'OD2603021015001',
      contactPerson: { givenName: 'Jon', familyName: 'Person' },
    },
    'DIALOG_FORESPORSEL',
    code === 2 ? { conversation: { conversationId: '5a4b3c2d-0000-4000-8000-000000000001', parentId: '5a4b3c2d-0000-4000-8000-000000000001' } } : {},
  );

describe('building dialogue messages', () => {
  it.each([1, 2] as const)('round-trips a request about a patient 8129/%i with a PDF', (code) => {
    roundTrip(request(code));
  });

  it.each([1, 2, 3, 4, 5, 6, 8, 9])('round-trips a NAV note 8127/%i (DIALOG_NOTAT) with a PDF', (code) => {
    roundTrip(
      outbound(
        {
          element: 'Notat',
          theme: theme(8127, code),
          subject: 'Melding fra NAV',
          text: 'Referat fra dialogmøtet 2. mars.\n\nMed hilsen\nNAV Drammen',
          documentId: `OD26030210150${code}`,
          date: '2026-03-02',
          contactPerson: { givenName: 'Jon', familyName: 'Person' },
        },
        'DIALOG_NOTAT',
      ),
    );
  });

  it.each([1, 2, 3, 4])('round-trips a meeting invitation or change 8125/%i (DIALOG_FORESPORSEL)', (code) => {
    roundTrip(
      outbound(
        {
          element: 'Foresporsel',
          theme: theme(8125, code),
          text: 'Innkalling til dialogmøte 12.03.2026 kl. 10:00, Møterom «Fjorden», NAV Drammen.',
          documentId: `OD2603021016${code}`,
          contactPerson: { familyName: 'Person' },
        },
        'DIALOG_FORESPORSEL',
      ),
    );
  });

  it('round-trips a GP answer 9069/5 quoting the request, and a meeting reply 8126/2 quoting the invitation', () => {
    const answer: Dialogmelding = {
      msgId: 'c0ffee00-1234-4abc-9def-000000000005',
      type: 'DIALOG_SVAR',
      generatedAt: '2026-03-05T08:00:00Z',
      conversation: { conversationId: '7b1c2c4e-3c1a-4d8e-9f2b-0c6a1e5d9a10', parentId: '7b1c2c4e-3c1a-4d8e-9f2b-0c6a1e5d9a10' },
      wantsReceipt: true,
      sender: GP_OFFICE,
      receiver: NAV_OFFICE,
      patient: { idType: 'DNR', id: '45088649080', familyName: 'Test' },
      body: {
        element: 'Notat',
        theme: theme(9069, 5),
        text: 'Pasienten kan gradvis tilbake i arbeid fra uke 12.',
        documentId: 'OD2603021015001',
        date: '2026-03-05',
        answersRequest: { theme: theme(8129, 1), documentId: 'OD2603021015001', text: 'Vi ber om opplysninger om arbeidsevne.' },
      },
      attachments: [{ description: 'Epikrise', mediaType: 'application/pdf', content: PDF }],
    };
    roundTrip(answer);
    roundTrip({ ...answer, body: { ...answer.body, theme: theme(8126, 2), answersRequest: { theme: theme(8125, 1), documentId: 'OD1' } }, attachments: [] });
  });

  it('writes the schema order: MsgInfo with Ack before ConversationRef, RefToParent before RefToConversation, documents after', () => {
    const xml = buildDialogmelding(request(2));
    const order = ['<Type ', '<MIGversion>', '<GenDate>', '<MsgId>', '<Ack ', '<ConversationRef>', '<RefToParent>', '<RefToConversation>', '<Sender>', '<Receiver>', '<Patient>', '<Document>'];
    const positions = order.map((tag) => xml.indexOf(tag));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24">')).toBe(true);
    expect(xml).toContain('<Type V="DIALOG_FORESPORSEL" DN="Forespørsel"/>');
    expect(xml).toContain('<MIGversion>v1.2 2006-05-24</MIGversion>');
    expect(xml).toContain('<TypeForesp V="2" S="2.16.578.1.12.4.1.1.8129" DN="Påminnelse forespørsel om pasient"/>');
    expect(xml).toContain('<TypeId V="ENH" DN="Organisasjonsnummeret i Enhetsregister" S="2.16.578.1.12.4.1.1.9051"/>');
    expect(xml).toContain('<TypeId V="HPR" DN="HPR-nummer" S="2.16.578.1.12.4.1.1.8116"/>');
    expect(xml).toContain('<TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"/>');
    expect(xml).toContain('<MsgType V="A" DN="Vedlegg"/>');
    expect(xml).toContain('<Base64Container xmlns="http://www.kith.no/xmlstds/base64container">');
  });

  it("fills a theme's display text from the code table when the model has none", () => {
    const message = request(1);
    const xml = buildAndValidate({ ...message, body: { ...message.body, theme: { list: 8129, code: 1 } } });
    expect(xml).toContain('DN="Forespørsel om pasient"');
  });

  it('refuses fields the chosen body element cannot carry, instead of dropping them', () => {
    const message = request(1);
    expect(() => buildDialogmelding({ ...message, body: { ...message.body, subject: 'Emne', date: '2026-03-02' } })).toThrow(XmlBuildError);
    expect(() => buildDialogmelding({ ...message, body: { ...message.body, element: 'Notat' } })).toThrow(/reason \(Begrunnelse\) exists only in a Foresporsel/);
  });

  it('throws a clear error listing the schema messages when the result would not validate', () => {
    const noIds = request(1);
    const invalid = { ...noIds, receiver: { organisation: { name: 'Legekontor uten id' } }, generatedAt: 'i morgen' };
    let error: unknown;
    try {
      buildAndValidate(invalid);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlBuildError);
    const problems = (error as XmlBuildError).problems.join('\n');
    expect(problems).toMatch(/GenDate.*'i morgen' is not a valid value/);
    expect(problems).toMatch(/Expected is .*Ident/);
  });
});

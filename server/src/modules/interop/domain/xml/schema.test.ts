import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XmlDocument } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { buildAppRec, buildDialogmelding } from './build.js';
import { findEnvelope } from './envelope.js';
import { NS } from './codes.js';
import { safeParseXml } from './safe-parse.js';
import { disposeSchemas, validateAppRec, validateMsgHead, xsdDirectory } from './schema.js';
import { outbound, readSample, theme } from './test-fixtures.js';

function withDoc<T>(xml: Uint8Array | string, use: (doc: XmlDocument) => T): T {
  const parsed = safeParseXml(xml, { maxBytes: 20 * 1024 * 1024 });
  if (!parsed.ok) throw new Error(parsed.error.details);
  try {
    return use(parsed.doc);
  } finally {
    parsed.doc.dispose();
  }
}

const request = outbound({ element: 'Foresporsel', theme: theme(8129, 1), text: 'Spørsmål' }, 'DIALOG_FORESPORSEL');

describe('XSD validation', () => {
  it('finds the schema folder with the wrapper, the national schemas and their licence', () => {
    const dir = xsdDirectory();
    for (const file of ['all.xsd', 'MsgHead-v1_2.xsd', 'dialogmelding.xsd', 'kith.xsd', 'felleskomponent1.xsd', 'kith-base64.xsd', 'AppRec-v1.0.xsd', 'xmldsig-core-schema.xsd', 'LICENSE-navikt-syfo-xml-codegen']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });

  it('accepts what the platform builds, as a document and as an element', () => {
    withDoc(buildDialogmelding(request), (doc) => {
      expect(validateMsgHead(doc)).toEqual([]);
      expect(validateMsgHead(doc.root)).toEqual([]);
    });
  });

  it("checks the body inside MsgHead's strict <any> content: a wrong Dialogmelding element is reported", () => {
    const xml = buildDialogmelding(request).replace('<Sporsmal>', '<Sporsmaal>').replace('</Sporsmal>', '</Sporsmaal>');
    withDoc(xml, (doc) => expect(validateMsgHead(doc).join('\n')).toMatch(/Sporsmaal': This element is not expected/));
  });

  it('validates the MsgHead inside a fellesformat sample and reports its known deviations with line numbers', () => {
    withDoc(readSample('inbound', 'dialogmelding_dialog_notat.xml'), (doc) => {
      const msgHead = findEnvelope(doc, NS.msgHead, 'MsgHead')!.element;
      expect(validateMsgHead(msgHead)).toEqual([
        expect.stringMatching(/^line 11: .*RefToConversation': This element is not expected/),
        expect.stringMatching(/^line 14: .*Ack': This element is not expected/),
      ]);
    });
  });

  it('shortens messages that quote large values (a rejected base64 attachment)', () => {
    withDoc(readSample('inbound', 'dialogmelding_dialog_notat_vedlegg_missing_description.xml'), (doc) => {
      const messages = validateMsgHead(findEnvelope(doc, NS.msgHead, 'MsgHead')!.element);
      expect(messages.some((m) => m.includes('Base64Container'))).toBe(true);
      expect(Math.max(...messages.map((m) => m.length))).toBeLessThanOrEqual(401);
    });
  });

  it('validates AppRec with the same schema set, and refuses the wrong root for each', () => {
    const apprec = buildAppRec({
      id: 'a1',
      generatedAt: '2026-03-05T08:00:00Z',
      status: 'ok',
      errors: [],
      sender: { organisation: { name: 'NAV', orgNumber: '889640782' } },
      receiver: { organisation: { name: 'Legekontor', herId: '1234' } },
      original: { type: 'DIALOG_SVAR', issuedAt: '2026-03-05T07:59:00Z', msgId: 'm1' },
    });
    withDoc(apprec, (doc) => {
      expect(validateAppRec(doc)).toEqual([]);
      expect(validateMsgHead(doc)[0]).toMatch(/Expected .*MsgHead, found .*AppRec/);
    });
    withDoc(readSample('apprec', 'apprecOK.xml'), (doc) => expect(validateAppRec(findEnvelope(doc, NS.appRec, 'AppRec')!.element)).toEqual([]));
    withDoc(buildDialogmelding(request), (doc) => expect(validateAppRec(doc)[0]).toMatch(/Expected .*AppRec/));
  });

  it('builds the validator again after it is disposed', () => {
    disposeSchemas();
    withDoc(buildDialogmelding(request), (doc) => expect(validateMsgHead(doc)).toEqual([]));
  });
});

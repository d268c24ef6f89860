import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../../../platform/paths.js';
import type { CodedValue, Dialogmelding, Party } from '../model.js';
import { THEME_TEXTS } from './codes.js';

/**
 * Shared test data for the codec tests. The national samples are read from STANDARDS_DIR, else
 * ../shared/standards beside the repository root, else the copy in server/test/fixtures.
 */
export function standardsDir(): string {
  if (process.env.STANDARDS_DIR) return resolve(process.env.STANDARDS_DIR);
  const shared = resolve(projectRoot(), '..', 'shared', 'standards');
  // A clone without the folder beside it uses the copy of the samples kept with the tests.
  return existsSync(join(shared, 'samples', 'inbound')) ? shared : resolve(projectRoot(), 'server', 'test', 'fixtures', 'standards');
}

export function readSample(folder: 'inbound' | 'apprec', name: string): Buffer {
  const file = join(standardsDir(), 'samples', folder, name);
  if (!existsSync(file)) throw new Error(`Sample ${file} not found; set STANDARDS_DIR to the folder holding samples/ and xsd/`);
  return readFileSync(file);
}

/** Replaces text in a sample byte for byte (latin1 keeps every byte, whatever the sample's encoding). */
export function patchSample(bytes: Uint8Array, from: string, to: string): Buffer {
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.includes(from)) throw new Error(`Patch target not in sample: ${from}`);
  return Buffer.from(text.split(from).join(to), 'latin1');
}

/** A coded value with its official display text, as the builder writes and the parser returns it. */
export const theme = (list: number, code: number): CodedValue => ({ list, code, text: THEME_TEXTS[list]![code]! });

/** A small but real PDF, so attachments round-trip as bytes that mean something. */
export const PDF = new Uint8Array(
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
);

export const NAV_OFFICE: Party = {
  organisation: { name: 'NAV Drammen', orgNumber: '889640782', herId: '79768' },
  professional: { familyName: 'Person', givenName: 'Jon', herId: '90128' },
};

export const GP_OFFICE: Party = {
  organisation: { name: 'Kule helsetjenester AS', orgNumber: '223456789', herId: '0123' },
  professional: { familyName: 'Valda', givenName: 'Inga', middleName: 'Fos', hprNumber: '1234567', herId: '1234', fnr: '01010112377', phone: '98765432', professionType: 'LE' },
};

/** A message NAV sends to a GP; the body and type come from the caller. */
export function outbound(body: Dialogmelding['body'], type: Dialogmelding['type'], extra: Partial<Dialogmelding> = {}): Dialogmelding {
  return {
    msgId: '7b1c2c4e-3c1a-4d8e-9f2b-0c6a1e5d9a10',
    type,
    generatedAt: '2026-03-02T10:15:00+01:00',
    wantsReceipt: true,
    sender: NAV_OFFICE,
    receiver: GP_OFFICE,
    patient: { idType: 'FNR', id: '01010142365', familyName: 'Nordmann', givenName: 'Kari', middleName: 'Ø.' },
    body,
    attachments: [{ description: 'Brev fra NAV', mediaType: 'application/pdf', content: PDF }],
    ...extra,
  };
}

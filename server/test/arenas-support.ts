import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { signInAs, type TestApp, type TestClient } from './test-app.js';

/** Helpers of the arenas' integration tests (arenas-series, arenas-courses). */

let counter = 0;

/** A professional user made for the test at an organisation in `municipality` (a GP office for GPs, the NAV office for NAV staff), signed in. */
export async function staffIn(t: TestApp, role: 'gp' | 'nav_adviser' | 'nav_manager' | 'advisory_physician', municipality: string, family = 'Testesen'): Promise<TestClient> {
  const d = t.database.db;
  const kind = role === 'gp' ? 'gp_office' : 'nav_office';
  const org = await d.selectFrom('organisation').where('kind', '=', kind).where('municipality_number', '=', municipality).select('id').orderBy('name').executeTakeFirstOrThrow();
  counter += 1;
  const person = await d
    .insertInto('person')
    .values({ given_name: `Test${counter}`, family_name: family, hpr_number: role === 'gp' ? 9_900_000 + counter : null, phone: null, email: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await d
    .insertInto('app_user')
    .values({ role, person_id: person.id, citizen_id: null, organisation_id: org.id, oidc_subject: null, is_demo: true, description: `Test ${role} ${counter}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return signInAs(t.request, user.id);
}

export async function notificationsOf(t: TestApp, userId: string) {
  return t.database.db.selectFrom('notification').where('user_id', '=', userId).select(['title_nb', 'body_nb', 'link', 'event']).orderBy('created_at').execute();
}

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** The text of a PDF as PDF.js reads it, whitespace collapsed. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl: STANDARD_FONTS, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** 'YYYY-MM-DD' `days` from now (UTC date; fine for whole-day offsets in tests). */
export const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

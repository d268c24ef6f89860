import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderForm, type RenderedDocument } from '../domain/render.js';
import { type FormTemplate, fieldsInOrder, isEmployerVisible } from '../domain/template.js';
import { SAMPLE, SAMPLE_COMPLETE } from '../domain/test-template.js';
import {
  FOLLOW_UP_PLAN_EXAMPLE,
  FUNCTION_IN_WORK_LATER,
  FUNCTION_IN_WORK_START,
  ICIT_JOB_LIST_EXAMPLE,
  ICIT_OPTIONS_LIST_EXAMPLE,
  ICIT_PROBLEM_LIST_EXAMPLE,
  JOB_SUPPORT_PLAN_EXAMPLE,
  PROS_AND_CONS_EXAMPLE,
  RETURN_TO_WORK_PLAN_EXAMPLE,
} from '../domain/templates/examples.js';
import {
  FOLLOW_UP_PLAN_V1,
  FUNCTION_IN_WORK_V1,
  ICIT_JOB_LIST_V1,
  ICIT_OPTIONS_LIST_V1,
  ICIT_PROBLEM_LIST_V1,
  JOB_SUPPORT_PLAN_V1,
  PROS_AND_CONS_V1,
  RETURN_TO_WORK_PLAN_V1,
  SHIPPED_TEMPLATES,
} from '../domain/templates/registry.js';
import type { FormValues, TableRow } from '../domain/values.js';
import { type FormPdfMeta, formPdfText, renderFormPdf } from './index.js';

// PDF.js in Node: the legacy build, no worker (it runs its "fake worker" in this thread), no
// system fonts; the standard-font data shipped in the package, so Helvetica needs no download.
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

const printedAt = new Date('2026-03-03T12:05:00Z');
const APPROVALS: FormValues = {
  employeeApproval: { by: 'employee', name: 'Kari Nordmann', at: '2026-03-02T09:15:00.000Z' },
  employerApproval: { by: 'employer', name: 'Åse Ødegård', at: '2026-03-02T13:40:00.000Z' },
};
const meta = (overrides: Partial<FormPdfMeta> = {}): FormPdfMeta => ({
  personName: 'Kari Nordmann',
  approvals: [
    { roleLabel: 'arbeidstakeren', name: 'Kari Nordmann', at: '2026-03-02T09:15:00.000Z' },
    { roleLabel: 'nærmeste leder', name: 'Åse Ødegård', at: '2026-03-02T13:40:00.000Z' },
  ],
  revision: 2,
  status: 'shared',
  printedAt,
  footer: 'Samhandling – utskrift av skjema. Inneholder personopplysninger, oppbevares trygt.',
  ...overrides,
});

/** Every shipped template with its filled example. */
const EXAMPLES: Array<[FormTemplate, FormValues]> = [
  [FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_EXAMPLE, ...APPROVALS }],
  [FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_START],
  [FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_LATER],
  [ICIT_PROBLEM_LIST_V1, ICIT_PROBLEM_LIST_EXAMPLE],
  [ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE],
  [ICIT_OPTIONS_LIST_V1, ICIT_OPTIONS_LIST_EXAMPLE],
  [RETURN_TO_WORK_PLAN_V1, RETURN_TO_WORK_PLAN_EXAMPLE],
  [PROS_AND_CONS_V1, PROS_AND_CONS_EXAMPLE],
  [JOB_SUPPORT_PLAN_V1, JOB_SUPPORT_PLAN_EXAMPLE],
];

interface ExtractedPage {
  /** The content lines, top to bottom: the text on one baseline, left to right, joined with spaces. */
  lines: string[];
  /** The footer lines (below the content area). */
  footer: string[];
}

interface Extracted {
  pages: ExtractedPage[];
  info: Record<string, unknown>;
  /** All content lines of all pages, one string, whitespace collapsed. */
  flow: string;
  /** Everything, footers included, whitespace collapsed. */
  all: string;
}

const FOOTER_TOP = 56; // the content never goes below the 20 mm margin; the footer stays below it

/** The PDF's text as PDF.js reads it back, grouped into lines by baseline. */
async function extract(bytes: Uint8Array): Promise<Extracted> {
  const pdf = await getDocument({
    data: bytes.slice(), // PDF.js takes over (detaches) the buffer it is given
    standardFontDataUrl: STANDARD_FONTS,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      // Visual lines: the text on one baseline, left to right (cells that wrap interleave).
      const byBaseline = new Map<number, Array<{ x: number; str: string }>>();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = Math.round(item.transform[5] as number);
        byBaseline.set(y, [...(byBaseline.get(y) ?? []), { x: item.transform[4] as number, str: item.str }]);
      }
      const rows = [...byBaseline]
        .sort(([a], [b]) => b - a)
        .map(([y, parts]) => ({ y, parts: parts.sort((a, b) => a.x - b.x).map((part) => part.str) }));
      const text = (r: { parts: string[] }) => r.parts.join(' ').replace(/\s+/g, ' ').trim();
      pages.push({ lines: rows.filter((r) => r.y >= FOOTER_TOP).map(text), footer: rows.filter((r) => r.y < FOOTER_TOP).map(text) });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    const collapse = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');
    return {
      pages,
      info: info as Record<string, unknown>,
      flow: collapse(pages.flatMap((p) => p.lines)),
      all: collapse(pages.flatMap((p) => [...p.lines, ...p.footer])),
    };
  } finally {
    await pdf.destroy();
  }
}

const collapse = (s: string) => formPdfText(s).replace(/\s+/g, ' ').trim();
const words = (s: string) => collapse(s).split(' ').filter(Boolean);

/** Every label, answer and table cell of the render model is in the PDF's text. */
function expectDocumentIn(extracted: Extracted, document: RenderedDocument) {
  expect(extracted.flow).toContain(collapse(document.title));
  for (const section of document.sections) {
    expect(extracted.flow).toContain(collapse(section.heading));
    for (const item of section.items) {
      expect(extracted.flow).toContain(collapse(item.label));
      if ('table' in item) {
        // Cells wrap beside each other, so a cell is checked word by word.
        for (const cell of [...item.table.headers, ...item.table.rows.flat()]) for (const word of words(cell)) expect(extracted.flow).toContain(word);
      } else {
        expect(extracted.flow).toContain(collapse(item.text));
      }
    }
  }
}

/** The follow-up plan made long (4 pages): 24 work tasks with notes, and long texts. */
function longPlan(): FormValues {
  const tasks: TableRow[] = Array.from({ length: 24 }, (_, i) => ({
    task: `Oppgave ${i + 1}: ${FOLLOW_UP_PLAN_EXAMPLE.workTasks && (FOLLOW_UP_PLAN_EXAMPLE.workTasks as TableRow[])[i % 4]!.task}`,
    status: ['as_before', 'with_adjustment', 'not_now'][i % 3]!,
    note: `Notat ${i + 1}: Må avtales nærmere med avdelingsleder og verneombud før neste turnus, særlig ved tunge løft.`,
  }));
  const long = (what: string) =>
    Array.from({ length: 3 }, (_, i) => `${what} ${i + 1}. Det er krevende å ha ansvar for mange beboere samtidig, og tunge løft alene går ikke nå. Vi prøver kortere vakter, faste pauser og hjelp fra kollega – og ser på det igjen ved evalueringen.`).join('\n\n');
  return {
    ...FOLLOW_UP_PLAN_EXAMPLE,
    ...APPROVALS,
    workTasks: tasks,
    hardNow: long('Vanskelig'),
    adjustmentsTried: long('Prøvd'),
    adjustmentsPlanned: long('Avtalt'),
    goal: long('Mål'),
  };
}

describe('renderFormPdf', () => {
  it.each(EXAMPLES.map(([template, values]) => ({ key: template.key, template, values, round: values.round ?? '' })))(
    'draws every label, answer and table cell of $key $round, with header, approvals and page numbers',
    async ({ template, values }) => {
      const document = renderForm(template, values, { audience: 'full', lang: 'nb' });
      const extracted = await extract(await renderFormPdf(document, meta()));
      expectDocumentIn(extracted, document);
      expect(extracted.flow).toContain(`Mal: ${template.key}, versjon 1`);
      expect(extracted.flow).toContain('Gjelder: Kari Nordmann');
      expect(extracted.flow).toContain('Revisjon: 2');
      expect(extracted.flow).toContain('Status: Delt med fastlegen og NAV');
      expect(extracted.flow).toContain('Utskrevet: 03.03.2026 kl. 13.05');
      expect(extracted.flow).toContain('Godkjenninger Godkjent av Kari Nordmann (arbeidstakeren) 02.03.2026 kl. 10.15');
      expect(extracted.flow).toContain('Godkjent av Åse Ødegård (nærmeste leder) 02.03.2026 kl. 14.40');
      const pages = extracted.pages.length;
      extracted.pages.forEach((page, i) => {
        expect(page.footer.join(' ')).toContain(`Side ${i + 1} av ${pages}`);
        expect(page.footer.join(' ')).toContain('Samhandling – utskrift av skjema.');
      });
    },
  );

  it('shows the follow-up plan as written: work tasks as table rows, Norwegian letters, dashes, Oslo time', async () => {
    const document = renderForm(FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_EXAMPLE, ...APPROVALS }, { audience: 'full', lang: 'nb' });
    const extracted = await extract(await renderFormPdf(document, meta()));
    const lines = extracted.pages.flatMap((p) => p.lines);
    expect(lines[0]).toBe('Oppfølgingsplan');
    expect(lines).toContain('Arbeidsoppgave Kan oppgaven gjøres nå? Hva skal til?');
    expect(lines).toContain('Morgenstell av beboere Kan gjøres med tilrettelegging Med kollega ved tunge løft');
    expect(lines).toContain('Servering og hjelp ved måltider Kan gjøres som før');
    expect(lines).toContain('Nattevakter Kan ikke gjøres nå Vurderes igjen ved evaluering');
    expect(lines).toContain('Dokumentasjon i fagsystemet Kan gjøres som før');
    expect(lines).toContain('Tiltak Ansvarlig Frist');
    expect(lines).toContain('Bestille takheis til rom 12–18 Nærmeste leder 9. mars 2026');
    expect(extracted.flow).toContain('Første fraværsdag 2. februar 2026');
    expect(extracted.flow).toContain('Åpenhet');
    expect(extracted.flow).toContain('takheis på rom 12–18'); // the en dash stays an en dash
    // The approval fields of the plan itself, as the preview shows them.
    expect(extracted.flow).toContain('Godkjent av arbeidstakeren Godkjent av Kari Nordmann (arbeidstakeren) 2. mars 2026 kl. 10.15');
    expect(extracted.pages[0]!.footer.join(' ')).toContain(`Side 1 av ${extracted.pages.length}`);
  });

  it('keeps multi-line answers on their own lines and greys nothing out of the text', async () => {
    const document = renderForm(FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_EXAMPLE, goal: 'Første linje\nAndre linje\n\nTredje etter tom linje' }, { audience: 'full', lang: 'nb' });
    const lines = (await extract(await renderFormPdf(document, meta()))).pages.flatMap((p) => p.lines);
    const at = lines.indexOf('Første linje');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 3)).toEqual(['Første linje', 'Andre linje', 'Tredje etter tom linje']);
    // Unapproved: the plan's own fields say so, and so does the approvals block.
    const unapproved = await extract(await renderFormPdf(renderForm(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE, { audience: 'full', lang: 'nb' }), meta({ approvals: [], status: 'draft' })));
    expect(unapproved.flow).toContain('Status: Utkast');
    expect(unapproved.flow).toContain('Godkjent av arbeidstakeren Ikke godkjent ennå');
    expect(unapproved.flow).toContain('Godkjenninger Ikke godkjent ennå.');
  });

  it('keeps what WinAnsi has (æøå, «», –, …) and transliterates the rest, or draws ?', async () => {
    const document = renderForm(FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_EXAMPLE, goal: 'ÆØÅ æøå «sitat» – “slik” … → \u{1f600} Łukasz Dvořák \u20ac' }, { audience: 'full', lang: 'nb' });
    const extracted = await extract(await renderFormPdf(document, meta({ personName: 'Zoë Dvořák \u{1f44d}' })));
    expect(extracted.flow).toContain('ÆØÅ æøå «sitat» – “slik” … ? ? Lukasz Dvorák €');
    expect(extracted.flow).toContain('Gjelder: Zoë Dvorák ?');
  });

  it('sets the metadata: title, subject, language, creator, producer and the printing time', async () => {
    const document = renderForm(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE, { audience: 'full', lang: 'nb' });
    const { info } = await extract(await renderFormPdf(document, meta()));
    expect(info).toMatchObject({
      Title: 'Oppfølgingsplan',
      Subject: 'Oppfølgingsplan: Kari Nordmann, revisjon 2',
      Keywords: 'follow-up-plan versjon 1',
      Language: 'nb-NO',
      Creator: 'Samhandling',
      Producer: 'Samhandling (pdf-lib)',
      CreationDate: 'D:20260303120500Z',
      ModDate: 'D:20260303120500Z',
    });
  });

  it('writes the same bytes for the same input', async () => {
    for (const [template, values] of [...EXAMPLES, [FOLLOW_UP_PLAN_V1, longPlan()] as const]) {
      const document = renderForm(template, values, { audience: 'full', lang: 'nb' });
      const [a, b] = [await renderFormPdf(document, meta()), await renderFormPdf(structuredClone(document), meta())];
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    }
    const document = renderForm(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE, { audience: 'full', lang: 'nb' });
    const later = await renderFormPdf(document, meta({ printedAt: new Date('2026-03-04T08:00:00Z') }));
    expect(Buffer.from(later).equals(Buffer.from(await renderFormPdf(document, meta())))).toBe(false);
  });

  it('flows a long plan over 4+ pages, repeating the work-task header on every page the table crosses', async () => {
    const values = longPlan();
    const document = renderForm(FOLLOW_UP_PLAN_V1, values, { audience: 'full', lang: 'nb' });
    const extracted = await extract(await renderFormPdf(document, meta()));
    const pages = extracted.pages.length;
    expect(pages).toBeGreaterThanOrEqual(4);
    extracted.pages.forEach((page, i) => expect(page.footer.join(' ')).toContain(`Side ${i + 1} av ${pages}`));
    expectDocumentIn(extracted, document);

    // The header row (its cells may wrap: "Kan oppgaven gjøres" / "nå?").
    const isHeader = (l: string) => l.startsWith('Arbeidsoppgave Kan oppgaven') && l.includes('Hva skal til?');
    const withTasks = extracted.pages.filter((page) => page.lines.some((l) => /^Oppgave \d+:/.test(l)));
    expect(withTasks.length).toBeGreaterThanOrEqual(2); // the table crosses at least one page break
    for (const page of withTasks) {
      expect(page.lines.filter(isHeader)).toHaveLength(1);
      const headerAt = page.lines.findIndex(isHeader);
      expect(headerAt).toBeGreaterThanOrEqual(0);
      expect(headerAt).toBeLessThan(page.lines.findIndex((l) => /^Oppgave \d+:/.test(l)));
    }
    expect(withTasks.slice(1).every((page) => page.lines.includes('Arbeidsoppgaver nå (fortsatt)'))).toBe(true);
    // Every row is there once, in order (a row is never cut in two: its first line starts it).
    const starts = withTasks.flatMap((page) => page.lines.filter((l) => /^Oppgave \d+:/.test(l)).map((l) => Number(/^Oppgave (\d+):/.exec(l)![1])));
    expect(starts).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // The long texts carry on over pages with every paragraph intact.
    for (const n of [1, 3]) expect(extracted.flow).toContain(`Avtalt ${n}. Det er krevende`);

    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await renderFormPdf(document, meta());
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`renderFormPdf, ${pages}-page follow-up plan: median ${((times[9]! + times[10]!) / 2).toFixed(1)} ms of 20 (min ${times[0]!.toFixed(1)}, max ${times[19]!.toFixed(1)})`);
  });

  it('gives the employer the whole follow-up plan, marked as the employer edition', async () => {
    const values = { ...FOLLOW_UP_PLAN_EXAMPLE, ...APPROVALS };
    const employer = renderForm(FOLLOW_UP_PLAN_V1, values, { audience: 'employer', lang: 'nb' });
    const extracted = await extract(await renderFormPdf(employer, meta()));
    expectDocumentIn(extracted, renderForm(FOLLOW_UP_PLAN_V1, values, { audience: 'full', lang: 'nb' }));
    expect(extracted.flow).toContain('Utgave: for arbeidsgiveren (bare det arbeidsgiveren kan se)');
    expect(extracted.flow).toContain('Morgenstell av beboere Kan gjøres med tilrettelegging Med kollega ved tunge løft');
  });

  it('leaves out of the employer edition every field the employer may not see', async () => {
    // A plan where a part is marked medical, the shipped templates, and the engine's sample.
    const withMedical: FormTemplate = {
      ...FOLLOW_UP_PLAN_V1,
      sections: FOLLOW_UP_PLAN_V1.sections.map((section) => ({
        ...section,
        fields: section.fields.map((field) => (field.id === 'hardNow' ? { ...field, visibility: { medical: true } } : field)),
      })),
    };
    const cases: Array<[FormTemplate, FormValues]> = [
      [withMedical, { ...FOLLOW_UP_PLAN_EXAMPLE, hardNow: 'Migrene og svimmelhet gjør lange vakter vanskelige.' }],
      ...EXAMPLES,
      [SAMPLE, { ...SAMPLE_COMPLETE, symptoms: 'Migrene' } as FormValues],
    ];
    for (const [template, values] of cases) {
      const full = await extract(await renderFormPdf(renderForm(template, values, { audience: 'full', lang: 'nb' }), meta()));
      const employer = await extract(await renderFormPdf(renderForm(template, values, { audience: 'employer', lang: 'nb' }), meta()));
      const hidden = fieldsInOrder(template).filter((placed) => !isEmployerVisible(template, placed));
      const shown = fieldsInOrder(template).filter((placed) => isEmployerVisible(template, placed));
      for (const { field } of hidden) {
        const answer = values[field.id];
        if (field.type === 'text' && typeof answer === 'string' && answer.length >= 6 && !shown.some((s) => values[s.field.id] === answer)) {
          expect(full.flow).toContain(collapse(answer));
          expect(employer.all).not.toContain(collapse(answer));
        }
        if (!shown.some((s) => s.field.label.nb === field.label.nb || s.section.title.nb === field.label.nb)) {
          expect(employer.flow).not.toContain(collapse(field.label.nb));
        }
      }
    }
    const plan = await extract(await renderFormPdf(renderForm(withMedical, { ...FOLLOW_UP_PLAN_EXAMPLE, hardNow: 'Migrene og svimmelhet.' }, { audience: 'employer', lang: 'nb' }), meta()));
    expect(plan.all).not.toContain('Migrene');
    expect(plan.flow).toContain('Morgenstell av beboere');
    const sample = await extract(await renderFormPdf(renderForm(SAMPLE, { ...SAMPLE_COMPLETE, symptoms: 'Migrene' } as FormValues, { audience: 'employer', lang: 'nb' }), meta()));
    expect(sample.all).not.toContain('Migrene');
    expect(sample.flow).not.toContain('Helse');
  });

  it('checks every shipped template is among the examples', () => {
    expect(new Set(EXAMPLES.map(([template]) => template.key))).toEqual(new Set(SHIPPED_TEMPLATES.map((template) => template.key)));
  });

  it('draws an English form in English, and odd input without throwing', async () => {
    const document = renderForm(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE, { audience: 'full', lang: 'en' });
    const extracted = await extract(await renderFormPdf(document, meta({ approvals: [{ roleLabel: 'the employee', name: 'Kari', at: 'not a date' }], footer: undefined })));
    expect(extracted.flow).toContain('Template: follow-up-plan, version 1');
    expect(extracted.flow).toContain('Approved by Kari (the employee) not a date');
    expect(extracted.pages[0]!.footer).toEqual([`Page 1 of ${extracted.pages.length}`]);
    expect(extracted.info.Language).toBe('en-GB');

    const odd: RenderedDocument = {
      title: 'T'.repeat(300),
      meta: { templateKey: 'x', version: 3, audience: 'full', lang: 'nb' },
      sections: [
        { heading: 'Tom tabell', items: [{ fieldId: 't', label: 'Tabell', answered: true, table: { headers: ['A', 'B'], rows: [] } }] },
        { heading: 'Lange ord', items: [{ fieldId: 'w', label: 'Ord', answered: true, table: { headers: ['Kort', 'Lang'], rows: [['x', 'y'.repeat(3000)], ['\t\r\n', '\u0007']] } }] },
        { heading: 'Tekst', items: [{ fieldId: 'x', label: '', answered: true, text: 'z'.repeat(20_000) }] },
      ],
    };
    const bytes = await renderFormPdf(odd, meta({ footer: 'fot '.repeat(500) }));
    const oddText = await extract(bytes);
    expect(oddText.pages.length).toBeGreaterThan(2);
    oddText.pages.forEach((page, i) => expect(page.footer.join(' ')).toContain(`Side ${i + 1} av ${oddText.pages.length}`));
  });
});

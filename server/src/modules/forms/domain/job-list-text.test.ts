import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobListText } from './job-list-text.js';
import type { FormTemplate } from './template.js';
import { ICIT_JOB_LIST_EXAMPLE } from './templates/examples.js';
import { ICIT_JOB_LIST_V1 } from './templates/icit-job-list.js';

describe('jobListText', () => {
  it('writes the job list as plain text for the sick note, tasks as lines', () => {
    const { text, truncated } = jobListText(ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE, { lang: 'nb', maxLength: 1000 });
    expect(truncated).toBe(false);
    expect(text).toBe(
      [
        'Jobbliste (ICIT):',
        'Mine arbeidsoppgaver:',
        '- Kassearbeid – Ja, med tilrettelegging – Korte økter, pause hver time',
        '- Varepåfylling – Ja, som før',
        '- Stenge butikken alene – Ikke nå',
        'Hvor mye av stillingen tror du at du kan jobbe nå? 50 %',
        'Dette kan jeg gjøre selv for å klare jobben: Gå tur før jobb og si fra tidlig hvis dagen blir for lang.',
      ].join('\n'),
    );
  });

  it('writes it in English too', () => {
    expect(jobListText(ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE, { lang: 'en', maxLength: 1000 }).text).toContain('- Varepåfylling – Yes, as before');
  });

  it('leaves out unanswered fields', () => {
    expect(jobListText(ICIT_JOB_LIST_V1, { tasks: ICIT_JOB_LIST_EXAMPLE.tasks }, { lang: 'nb', maxLength: 1000 }).text).not.toContain('Ikke besvart');
  });

  it('cuts whole lines to fit the limit and says that it is shortened', () => {
    const { text, truncated } = jobListText(ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE, { lang: 'nb', maxLength: 160 });
    expect(truncated).toBe(true);
    expect([...text].length).toBeLessThanOrEqual(160);
    expect(text).toBe(['Jobbliste (ICIT):', 'Mine arbeidsoppgaver:', '(Forkortet. Hele jobblisten finnes i Samhandling.)'].join('\n'));
  });

  it('never exceeds the limit, whatever the limit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (maxLength) => {
        expect([...jobListText(ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE, { lang: 'nb', maxLength }).text].length).toBeLessThanOrEqual(maxLength);
      }),
    );
  });

  it('never carries a medical field into the sick note, even if a job list version had one', () => {
    const withMedical: FormTemplate = {
      ...ICIT_JOB_LIST_V1,
      version: 2,
      sections: [...ICIT_JOB_LIST_V1.sections, { id: 'health', title: { nb: 'Helse', en: 'Health' }, visibility: { medical: true }, fields: [{ id: 'diagnosis', type: 'text', maxLength: 100, label: { nb: 'Diagnose', en: 'Diagnosis' } }] }],
    };
    const { text } = jobListText(withMedical, { ...ICIT_JOB_LIST_EXAMPLE, diagnosis: 'F32 Depresjon' }, { lang: 'nb', maxLength: 2000 });
    expect(text).not.toContain('F32');
    expect(text).not.toContain('Diagnose');
  });
});

import { osloDate } from '../../../platform/oslo-date.js';
import { AppError } from '../../../platform/errors.js';
import { requireEditor, type CatalogueCtx, type Db } from '../access.js';
import { INTERVIEW_GUIDE } from '../data/interview-guide.js';
import { checkAnswers, choicesOf, prefillModel } from '../domain/interview.js';
import type { ModelSite } from '../domain/model.js';
import { createEntry } from './save.js';

/** The interview guide as the form shows it: each question with the typology values a choice may take. */
export function interviewGuide() {
  return {
    questions: INTERVIEW_GUIDE.map((q) => ({
      key: q.key,
      number: q.number,
      section: q.section,
      question: q.question,
      prompts: q.prompts,
      prefills: q.prefills,
      answerKind: q.answerKind,
      choices: [...new Set(q.prefills.flatMap((target) => choicesOf(target)))],
    })),
  };
}

/** A new draft model pre-filled from a structured interview; the editor completes it in the edit form. */
export async function draftFromInterview(db: Db, ctx: CatalogueCtx, input: { slug: string; title: string; answers: Record<string, string>; sites?: ModelSite[]; informant?: string }): Promise<string> {
  requireEditor(ctx.actor);
  const check = checkAnswers(INTERVIEW_GUIDE, input.answers);
  if (!check.ok) throw new AppError('CATALOGUE_INTERVIEW_ANSWER_INVALID', { invalid: check.invalid });
  const content = prefillModel(INTERVIEW_GUIDE, { ...input, today: osloDate(ctx.clock.now()) });
  return createEntry(db, ctx, { kind: 'model', slug: input.slug, content, changeNote: 'Utkast fra strukturert intervju' });
}

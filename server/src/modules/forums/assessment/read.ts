import { recordAudit } from '../../../platform/audit/audit.js';
import type { AssessmentTemplateDefinition } from '../../../platform/db/schema-forums.js';
import { requireBodyMember, type Db, type ForumCtx } from '../access.js';
import { answeredShare } from '../domain/assessment-template.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { loadAssessment } from './assessment.js';

export interface AssessmentView {
  id: string;
  submissionId: string;
  submission: { id: string; title: string; status: string };
  template: { id: string; version: number; definition: AssessmentTemplateDefinition };
  assignedMembers: Array<{ id: string; name: string; represents: string }>;
  /** Every member's answers, one row per member and item: assigned members see each other's, which is the point. */
  answers: Array<{ memberId: string; memberName: string; itemKey: string; answer: string; updatedAt: string }>;
  progress: { answered: number; total: number };
  conclusion: string | null;
  concludedAt: string | null;
  concludedByName: string | null;
  /** Whether the reader is an assigned member who may still answer. */
  canAnswer: boolean;
}

export async function readAssessment(db: Db, ctx: ForumCtx, assessmentId: string): Promise<AssessmentView> {
  const { assessment, submission } = await loadAssessment(db, assessmentId);
  const standing = await requireBodyMember(db, ctx, submission.body_id);
  const [template, members, answers] = await Promise.all([
    db.selectFrom('forum_assessment_template').where('id', '=', assessment.template_id).select(['id', 'version', 'definition']).executeTakeFirstOrThrow(),
    assessment.assigned_member_ids.length === 0
      ? Promise.resolve([])
      : db.selectFrom('forum_member').where('id', 'in', assessment.assigned_member_ids).select(['id', 'name', 'represents']).orderBy('name').execute(),
    db
      .selectFrom('forum_assessment_answer as a')
      .innerJoin('forum_member as m', 'm.id', 'a.member_id')
      .where('a.assessment_id', '=', assessmentId)
      .select(['a.member_id', 'm.name', 'a.item_key', 'a.answer', 'a.updated_at'])
      .orderBy('m.name')
      .execute(),
  ]);
  await recordAudit(db, ctx, { action: 'read', objectType: 'forum_assessment', objectId: assessmentId, purpose: FORUM_AUDIT_PURPOSE });
  return {
    id: assessment.id,
    submissionId: submission.id,
    submission: { id: submission.id, title: submission.title, status: submission.status },
    template,
    assignedMembers: members,
    answers: answers.map((a) => ({ memberId: a.member_id, memberName: a.name, itemKey: a.item_key, answer: a.answer, updatedAt: new Date(a.updated_at).toISOString() })),
    progress: answeredShare(template.definition, answers.map((a) => a.item_key)),
    conclusion: assessment.conclusion,
    concludedAt: assessment.concluded_at ? new Date(assessment.concluded_at).toISOString() : null,
    concludedByName: assessment.concluded_by_name,
    canAnswer: assessment.concluded_at === null && standing.kind === 'member' && assessment.assigned_member_ids.includes(standing.memberId),
  };
}

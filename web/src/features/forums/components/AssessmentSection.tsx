import { Alert, BodyLong, BodyShort, Button, Checkbox, CheckboxGroup, Heading, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { useAssessment, useSaveConclusion, useStartAssessment } from '../api';
import { caseTexts } from '../texts';
import type { Assessment, BodyDetail, Submission } from '../types';
import { AnswersForm } from './AnswersForm';

interface Props {
  submission: Submission;
  body: BodyDetail;
  manages: boolean;
}

/** The structured assessment of a case: assigned members answer the template's items, the leader concludes. */
export function AssessmentSection({ submission, body, manages }: Props) {
  const t = useTexts(caseTexts);
  const assessment = useAssessment(submission.assessmentId);
  if (!submission.assessmentId) {
    const own = submission.ownStatus ?? submission.status;
    if (manages && own === 'accepted') return <StartAssessmentForm submission={submission} body={body} />;
    return <BodyShort>{t.noAssessment}</BodyShort>;
  }
  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError) return <ApiErrorAlert error={assessment.error} />;
  const a = assessment.data;
  const leads = body.myRole === 'leader' || body.myRole === 'admin';
  return (
    <VStack gap="space-24" data-testid="assessment">
      <VStack gap="space-4">
        <BodyShort className="forums-subtle">{t.templateVersion(a.template.version)}</BodyShort>
        <BodyShort>{t.progress(a.progress.answered, a.progress.total)}</BodyShort>
        <BodyShort>
          {t.assignedTo}: {a.assignedMembers.map((m) => m.name).join(', ')}
        </BodyShort>
      </VStack>
      <AnswersForm assessment={a} myMemberId={body.myMemberId} />
      <Conclusion assessment={a} canWrite={leads} />
    </VStack>
  );
}

function StartAssessmentForm({ submission, body }: { submission: Submission; body: BodyDetail }) {
  const t = useTexts(caseTexts);
  const start = useStartAssessment();
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();
  const current = body.members.filter((m) => m.current);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (memberIds.length === 0) return setProblem(t.chooseAssessors);
    start.mutate({ submissionId: submission.id, memberIds });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="forums-form">
      <VStack gap="space-12">
        <BodyShort>{t.noAssessment}</BodyShort>
        <CheckboxGroup legend={t.assessors} value={memberIds} onChange={(value: string[]) => { setMemberIds(value); setProblem(undefined); }} error={problem}>
          {current.map((m) => (
            <Checkbox key={m.id} value={m.id}>
              {m.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div>
          <Button type="submit" loading={start.isPending} data-testid="start-assessment">
            {t.start}
          </Button>
        </div>
        {start.isError && <ApiErrorAlert error={start.error} />}
      </VStack>
    </form>
  );
}

function Conclusion({ assessment, canWrite }: { assessment: Assessment; canWrite: boolean }) {
  const t = useTexts(caseTexts);
  const save = useSaveConclusion();
  const [text, setText] = useState(assessment.conclusion ?? '');
  const [problem, setProblem] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setProblem(t.required(t.writeConclusion));
    save.mutate({ id: assessment.id, text: text.trim() });
  };
  return (
    <VStack gap="space-12" data-testid="conclusion">
      <Heading level="3" size="small">
        {t.conclusion}
      </Heading>
      {assessment.conclusion ? (
        <>
          <BodyLong className="forums-text">{assessment.conclusion}</BodyLong>
          {assessment.concludedByName && assessment.concludedAt && (
            <BodyShort size="small" className="forums-subtle">
              {t.conclusionBy(assessment.concludedByName, formatDate(assessment.concludedAt))}
            </BodyShort>
          )}
        </>
      ) : (
        !canWrite && <BodyShort>{t.noConclusion}</BodyShort>
      )}
      {canWrite && (
        <form onSubmit={onSubmit} noValidate className="forums-form">
          <VStack gap="space-12">
            <Textarea label={t.writeConclusion} value={text} onChange={(e) => { setText(e.target.value); setProblem(undefined); save.reset(); }} error={problem} maxLength={10_000} minRows={4} />
            <div>
              <Button type="submit" loading={save.isPending}>
                {t.saveConclusion}
              </Button>
            </div>
            {save.isSuccess && <Alert variant="success" size="small" inline role="status">{t.done}</Alert>}
            {save.isError && <ApiErrorAlert error={save.error} />}
          </VStack>
        </form>
      )}
    </VStack>
  );
}

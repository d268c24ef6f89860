import { Alert, BodyShort, HStack, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { forumPath, useBodies, useBody, useSubmission } from '../api';
import { AddAttachmentsForm } from '../components/AddAttachmentsForm';
import { AttachmentList } from '../components/AttachmentList';
import { AssessmentSection } from '../components/AssessmentSection';
import { CaseDetails } from '../components/CaseDetails';
import { CaseRecommendations } from '../components/CaseRecommendations';
import { SubmissionStatusTag } from '../components/StatusTags';
import { TriagePanel } from '../components/TriagePanel';
import { canManageBody } from '../manage';
import { attachmentTexts, caseTexts } from '../texts';
import { useSubmissionOutcome } from '../useSubmissionOutcome';
import { useForumVocabulary } from '../vocabulary';

/** `/samarbeidsforum/sak/:id`: one case for the body's members; its submitter sees it and its outcome. */
export function CasePage() {
  const t = useTexts(caseTexts);
  const a = useTexts(attachmentTexts);
  const v = useForumVocabulary();
  const me = useSignedInUser();
  const outcomeOf = useSubmissionOutcome();
  const { id = '' } = useParams();
  const submission = useSubmission(id);
  // Only a member (or admin) reads the body: a submitter who is no member would only be refused.
  const bodies = useBodies();
  const seat = bodies.data?.find((b) => b.id === submission.data?.bodyId)?.myRole ?? null;
  const body = useBody(seat ? (submission.data?.bodyId ?? '') : '');

  if (submission.isPending) return <LoadingState />;
  if (submission.isError) return <ApiErrorAlert error={submission.error} />;
  const c = submission.data;
  const member = body.data ?? null;
  const manages = member !== null && canManageBody(me, member);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        {member && <AppLink to={forumPath(member.id)}>{t.back(member.name)}</AppLink>}
        <PageHeading>{c.title}</PageHeading>
        <HStack gap="space-12" align="center">
          <BodyShort>{v.submissionKind(c.kind)}</BodyShort>
          <SubmissionStatusTag status={c.status} />
        </HStack>
        <BodyShort className="forums-subtle">
          {c.mine ? t.receivedMine(formatDate(c.createdAt)) : t.received(formatDate(c.createdAt), c.submitterName ?? '')}
          {c.bodyName ? ` · ${c.bodyName}` : ''}
        </BodyShort>
        {c.mergedInto && <Alert variant="info" size="small">{t.mergedInto}</Alert>}
      </VStack>
      <Section title={t.details}>
        <CaseDetails submission={c} />
      </Section>
      <Section title={a.attachments}>
        <VStack gap="space-24">
          <AttachmentList attachments={c.attachments ?? []} />
          {c.canAddAttachments && <AddAttachmentsForm submission={c} />}
        </VStack>
      </Section>
      <Section title={t.outcome}>
        <div data-testid="case-outcome">{outcomeOf(c)}</div>
      </Section>
      {manages && member && (
        <Section title={t.triage}>
          <TriagePanel submission={c} body={member} />
        </Section>
      )}
      {member && (
        <Section title={t.assessment}>
          <AssessmentSection submission={c} body={member} manages={manages} />
        </Section>
      )}
      {member && (
        <Section title={t.recommendations}>
          <CaseRecommendations submission={c} body={member} manages={manages} />
        </Section>
      )}
    </VStack>
  );
}

import { Alert, BodyShort, Button, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { useApproveRecommendation, useBodyMeetings, usePublishRecommendation, useReviseRecommendation, useWithdrawRecommendation } from '../api';
import { recommendationTexts } from '../texts';
import type { Recommendation, RecommendationVersion } from '../types';
import { RecommendationForm } from './RecommendationForm';

interface Props {
  recommendation: Recommendation;
  latest: RecommendationVersion;
  bodyId: string;
}

/** The leader's and secretary's steps: a new version, approval at a held meeting, publication, withdrawal. */
export function RecommendationActions({ recommendation, latest, bodyId }: Props) {
  const t = useTexts(recommendationTexts);
  const revise = useReviseRecommendation();
  const publish = usePublishRecommendation();
  const [revising, setRevising] = useState(false);
  const withdrawn = recommendation.status === 'withdrawn';
  const awaitsPublication = latest.approvedAt !== null && latest.publishedAt === null;
  return (
    <VStack gap="space-24">
      {!withdrawn && latest.approvedAt === null && <ApproveForm recommendationId={recommendation.id} bodyId={bodyId} />}
      {!withdrawn && awaitsPublication && (
        <Section title={t.publish}>
          <BodyShort>{t.publishHint}</BodyShort>
          <div>
            <Button onClick={() => publish.mutate(recommendation.id)} loading={publish.isPending} data-testid="publish-recommendation">
              {t.publish}
            </Button>
          </div>
          {publish.isError && <ApiErrorAlert error={publish.error} />}
        </Section>
      )}
      {!withdrawn && (
        <Section title={t.revise}>
          {revising ? (
            <RecommendationForm
              initial={{ title: latest.title, summary: latest.summary, text: latest.text, themes: recommendation.themes, owner: recommendation.owner, administrator: recommendation.administrator, changeNote: '' }}
              revision
              submitLabel={t.saveVersion}
              pending={revise.isPending}
              onCancel={() => setRevising(false)}
              onSubmit={async (values) => {
                await revise.mutateAsync({
                  id: recommendation.id,
                  input: { title: values.title.trim(), summary: values.summary.trim(), text: values.text.trim(), themes: values.themes, ...(values.changeNote.trim() ? { changeNote: values.changeNote.trim() } : {}) },
                });
                setRevising(false);
              }}
            />
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setRevising(true)}>
                {t.revise}
              </Button>
            </div>
          )}
        </Section>
      )}
      {!withdrawn && recommendation.status !== 'draft' && <WithdrawForm recommendationId={recommendation.id} />}
    </VStack>
  );
}

function ApproveForm({ recommendationId, bodyId }: { recommendationId: string; bodyId: string }) {
  const t = useTexts(recommendationTexts);
  const lang = useLang();
  const meetings = useBodyMeetings(bodyId);
  const approve = useApproveRecommendation();
  const [meetingId, setMeetingId] = useState('');
  const [problem, setProblem] = useState<string>();
  const held = (meetings.data?.meetings ?? []).filter((m) => m.status === 'held');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!meetingId) return setProblem(t.required(t.meeting));
    approve.mutate({ id: recommendationId, meetingId });
  };
  return (
    <Section title={t.approve}>
      {meetings.data && held.length === 0 ? (
        <Alert variant="info" size="small">{t.noHeldMeetings}</Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate className="forums-narrow">
          <VStack gap="space-12">
            <Select label={t.meeting} value={meetingId} onChange={(e) => { setMeetingId(e.target.value); setProblem(undefined); }} error={problem} aria-required>
              <option value="">{t.chooseMeeting}</option>
              {held.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({formatDateTime(m.startsAt, lang)})
                </option>
              ))}
            </Select>
            <div>
              <Button type="submit" loading={approve.isPending} data-testid="approve-recommendation">
                {t.approve}
              </Button>
            </div>
          </VStack>
        </form>
      )}
      {approve.isError && <ApiErrorAlert error={approve.error} />}
    </Section>
  );
}

function WithdrawForm({ recommendationId }: { recommendationId: string }) {
  const t = useTexts(recommendationTexts);
  const withdraw = useWithdrawRecommendation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setProblem(t.required(t.withdrawReason));
    withdraw.mutate({ id: recommendationId, reason: reason.trim() });
  };
  return (
    <Section title={t.withdraw}>
      {!open ? (
        <div>
          <Button variant="danger" onClick={() => setOpen(true)}>
            {t.withdraw}
          </Button>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="forums-form">
          <VStack gap="space-12">
            <Textarea label={t.withdrawReason} value={reason} onChange={(e) => { setReason(e.target.value); setProblem(undefined); }} error={problem} maxLength={4000} minRows={2} aria-required autoFocus />
            <HStack gap="space-12">
              <Button type="submit" variant="danger" loading={withdraw.isPending}>
                {t.withdraw}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
                {t.cancel}
              </Button>
            </HStack>
            {withdraw.isError && <ApiErrorAlert error={withdraw.error} />}
          </VStack>
        </form>
      )}
    </Section>
  );
}

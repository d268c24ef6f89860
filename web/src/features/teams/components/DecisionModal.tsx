import { Button, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useDeclineReferral, useWaitlistReferral } from '../api';
import { teamErrorsFromApi } from '../serverErrors';
import { teamTexts } from '../texts';
import type { ReferralView } from '../types';

const TEXT_MAX = 1000;

interface Props {
  kind: 'waitlist' | 'decline';
  referral: ReferralView;
  onClose: () => void;
  onDone: () => void;
  returnFocusTo: () => HTMLElement | null;
}

/** Waiting list or decline: a reason to the GP, and for a decline a recommendation back (DPS, work rehabilitation …). */
export function DecisionModal({ kind, referral, onClose, onDone, returnFocusTo }: Props) {
  const t = useTexts(teamTexts);
  const form = useTexts(formTexts);
  const waitlist = useWaitlistReferral();
  const decline = useDeclineReferral();
  const mutation = kind === 'waitlist' ? waitlist : decline;
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [reason, setReason] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const formId = fieldId('form');
  const name = referral.person?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!reason.trim()) return feedback.fail({ reason: t.reasonRequired });
    try {
      await mutation.mutateAsync({ id: referral.id, input: { reason: reason.trim(), ...(kind === 'decline' && recommendation.trim() ? { recommendation: recommendation.trim() } : {}) } });
      onDone();
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, { reason: { label: t.declineReason, required: t.reasonRequired }, recommendation: { label: t.declineRecommendation } }, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={kind === 'waitlist' ? t.waitlistHeading(name) : t.declineHeading(name)}
      width="small"
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('reason')}
      footer={
        <>
          <Button type="submit" form={formId} variant={kind === 'decline' ? 'danger' : 'primary'} loading={mutation.isPending}>
            {kind === 'waitlist' ? t.waitlistSubmit : t.declineSubmit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={mutation.isPending}>
            {t.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-16">
          <Textarea
            id={fieldId('reason')}
            label={kind === 'waitlist' ? t.waitlistReason : t.declineReason}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              feedback.clear('reason');
            }}
            error={errors.reason}
            maxLength={TEXT_MAX}
            minRows={2}
            aria-required
          />
          {kind === 'decline' && (
            <Textarea
              id={fieldId('recommendation')}
              label={t.declineRecommendation}
              description={t.declineRecommendationDescription}
              value={recommendation}
              onChange={(e) => setRecommendation(e.target.value)}
              error={errors.recommendation}
              maxLength={TEXT_MAX}
              minRows={2}
            />
          )}
          <FormFeedback feedback={feedback} order={['reason', 'recommendation']} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}

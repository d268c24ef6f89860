import { Alert, BodyLong, BodyShort, Button, Checkbox, CheckboxGroup, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { PAGE_HEADING_SELECTOR } from '../../../shared/focus';
import { formatDate } from '../../../shared/format';
import { DateField, INVALID_DATE } from '../../dialogue/components/DateField';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { useChangeConsent, useWithdrawConsent } from '../api';
import { osloToday } from '../format';
import { coursePartTexts } from '../texts';
import { CONSENT_RECIPIENTS, type ConsentRecipient } from '../types';
import { useTeamVocabulary } from '../vocabulary';

interface Props {
  referralId: string;
  consent: { scope: ConsentRecipient[]; givenOn: string; withdrawnAt: string | null };
  /** A treating member records a change the patient asked for (narrow, widen or withdraw). */
  canChange: boolean;
  /** The patient withdraws their own consent. */
  canWithdraw: boolean;
  onStatus: (message: string) => void;
}

/** What is shared with whom, from when; narrowing, widening (with the new date) and withdrawing. */
export function ConsentPanel({ referralId, consent, canChange, canWithdraw, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const v = useTeamVocabulary();
  const change = useChangeConsent();
  const withdraw = useWithdrawConsent();
  const [scope, setScope] = useState<ConsentRecipient[]>(consent.scope);
  const [givenOn, setGivenOn] = useState(osloToday());
  const [dateError, setDateError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const withdrawn = consent.withdrawnAt !== null;
  const widening = scope.some((r) => !consent.scope.includes(r));
  const unchanged = scope.length === consent.scope.length && scope.every((r) => consent.scope.includes(r));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending || unchanged) return;
    if (widening && (givenOn === '' || givenOn === INVALID_DATE)) return setDateError(t.newGivenOnRequired);
    setDateError(undefined);
    change.mutate({ referralId, scope, ...(widening ? { givenOn } : {}) }, { onSuccess: (result) => onStatus(result.courseEnded || !result.consent || result.consent.withdrawnAt ? t.withdrawn : t.consentSaved) });
  };

  return (
    <VStack gap="space-16" data-testid="consent-panel">
      <BodyShort size="small" className="teams-subtle">
        {t.consentIntro}
      </BodyShort>
      <BodyShort>
        <strong>{t.consentScope}:</strong> {consent.scope.map(v.consent).join(', ')} · {t.consentGivenOn(formatDate(consent.givenOn))}
      </BodyShort>
      {withdrawn && <Alert variant="warning" size="small">{t.consentWithdrawnAt(formatDate(consent.withdrawnAt))}</Alert>}
      {!withdrawn && canChange && (
        <form onSubmit={submit} noValidate className="teams-narrow">
          <VStack gap="space-12">
            <CheckboxGroup legend={t.changeConsent} description={t.changeConsentDescription} value={scope} onChange={(next: ConsentRecipient[]) => setScope(CONSENT_RECIPIENTS.filter((r) => next.includes(r)))}>
              {CONSENT_RECIPIENTS.map((r) => (
                <Checkbox key={r} value={r}>
                  {v.consent(r)}
                </Checkbox>
              ))}
            </CheckboxGroup>
            {!scope.includes('therapist') && (
              <Alert variant="warning" size="small" inline>
                {t.therapistRemovedWarning}
              </Alert>
            )}
            {widening && <DateField label={t.newGivenOn} initialValue={givenOn} onChange={setGivenOn} fromDate={consent.givenOn} toDate={osloToday()} error={dateError} required />}
            {change.isError && <ApiErrorAlert error={change.error} size="small" />}
            <div>
              <Button type="submit" size="small" variant="secondary" loading={change.isPending} disabled={unchanged}>
                {t.saveConsent}
              </Button>
            </div>
          </VStack>
        </form>
      )}
      {!withdrawn && (canChange || canWithdraw) && (
        <div>
          <Button ref={withdrawButton} type="button" size="small" variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t.withdraw}
          </Button>
        </div>
      )}
      {confirming && (
        <AdminModal
          open
          width="small"
          onClose={() => setConfirming(false)}
          heading={t.withdrawHeading}
          // After a withdrawal the button is gone: the focus goes to the page's heading.
          returnFocusTo={() => (withdrawButton.current?.isConnected ? withdrawButton.current : document.querySelector<HTMLElement>(PAGE_HEADING_SELECTOR))}
          footer={
            <>
              <Button
                type="button"
                variant="danger"
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(referralId, {
                    onSuccess: () => {
                      setConfirming(false);
                      onStatus(t.withdrawn);
                    },
                  })
                }
              >
                {t.withdrawConfirm}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={withdraw.isPending}>
                {t.cancel}
              </Button>
            </>
          }
        >
          <VStack gap="space-12">
            <BodyLong>{t.withdrawBody}</BodyLong>
            {withdraw.isError && <ApiErrorAlert error={withdraw.error} size="small" />}
          </VStack>
        </AdminModal>
      )}
    </VStack>
  );
}

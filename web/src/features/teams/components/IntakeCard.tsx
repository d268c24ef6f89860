import { Alert, BodyShort, Button, Heading, HStack, List, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { InfoList } from '../../../shared/components/InfoList';
import { formatDate, formatPercent } from '../../../shared/format';
import { teamTexts } from '../texts';
import type { ReferralView } from '../types';
import { useTeamVocabulary } from '../vocabulary';
import { ReferralStatusTag } from './StatusTags';

export type IntakeAction = 'accept' | 'waitlist' | 'decline';

interface Props {
  referral: ReferralView;
  actions: IntakeAction[];
  onAction: (action: IntakeAction, referral: ReferralView, opener: HTMLElement) => void;
}

/** One referral in intake: who, why, the criteria as answered, any outside-criteria reason, the consent; and the decisions. */
export function IntakeCard({ referral, actions, onAction }: Props) {
  const t = useTexts(teamTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const headingId = `intake-${referral.id}`;
  const name = referral.person?.name ?? '–';
  const age = referral.person?.age ?? referral.ageAtReferral ?? null;
  const sick = referral.sickLeave;
  const answers = referral.criteriaAnswers ?? {};
  return (
    <VStack as="article" gap="space-12" aria-labelledby={headingId} className="teams-card" data-testid="intake-referral" data-status={referral.status}>
      <HStack gap="space-8" align="center" wrap>
        <Heading level="4" size="xsmall" id={headingId} tabIndex={-1}>
          {name}
          {age !== null ? `, ${t.age(age)}` : ''}
        </Heading>
        <ReferralStatusTag status={referral.status} />
      </HStack>
      <BodyShort size="small" className="teams-subtle">
        {t.referredBy(referral.referredByName ?? '–', formatDate(referral.createdAt))}
      </BodyShort>
      {referral.status === 'waiting' && (
        <BodyShort size="small">
          {[referral.waitingPosition ? t.position(referral.waitingPosition) : null, referral.expectedStart ? t.expectedStart(formatDate(referral.expectedStart)) : null].filter(Boolean).join(' · ')}
        </BodyShort>
      )}
      <InfoList
        items={[
          { label: t.reason, value: referral.reason ? <span className="teams-text">{referral.reason}</span> : null },
          { label: t.sickLeave, value: sick ? [v.sickLeave(sick.status), sick.grade !== null ? formatPercent(sick.grade, lang) : null, sick.weeks !== null ? t.weeks(sick.weeks) : null].filter(Boolean).join(', ') : null },
          {
            label: t.consent,
            value: referral.consent ? `${referral.consent.scope.map(v.consent).join(', ')} (${t.consentGiven(formatDate(referral.consent.givenOn))})` : null,
          },
        ]}
      />
      {(referral.criteria?.length ?? 0) > 0 && (
        <VStack gap="space-4">
          <Heading level="5" size="xsmall" id={`${headingId}-criteria`}>
            {t.criteriaAnswers}
          </Heading>
          <List size="small" aria-labelledby={`${headingId}-criteria`}>
            {referral.criteria!.map((c) => (
              <List.Item key={c.key}>
                {v.criterion(c)}: <strong>{answers[c.key] ? t.criterionMet : t.criterionNotMet}</strong>
              </List.Item>
            ))}
          </List>
        </VStack>
      )}
      {referral.outsideCriteriaReason && (
        <Alert variant="warning" size="small">
          <Heading level="5" size="xsmall" spacing>
            {t.outsideCriteria}
          </Heading>
          <BodyShort className="teams-text">{referral.outsideCriteriaReason}</BodyShort>
        </Alert>
      )}
      {actions.length > 0 && (
        <HStack gap="space-8" wrap>
          {actions.map((action) => (
            <Button
              key={action}
              type="button"
              size="small"
              variant={action === 'accept' ? 'primary' : 'secondary'}
              onClick={(event) => onAction(action, referral, event.currentTarget)}
              aria-describedby={headingId}
            >
              {t[action]}
            </Button>
          ))}
        </HStack>
      )}
    </VStack>
  );
}

import { CheckmarkCircleIcon, ClockIcon, ExclamationmarkTriangleIcon, InboxDownIcon, PaperplaneIcon, XMarkOctagonIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatShortDateTime } from '../../dialogue/format';
import { nationalStatusTexts } from '../texts';
import type { NationalError, NationalState } from '../types';
import '../interop.css';

type Texts = (typeof nationalStatusTexts)['nb'];
type Color = 'neutral' | 'info' | 'success' | 'warning';

interface Props {
  national: NationalState | null | undefined;
  /** The side the signed-in user writes for: only NAV follows its own documents' delivery. */
  side: 'gp' | 'nav';
  /** The thread's GP, for "check the address in the directory". */
  gpPersonId?: string;
}

/** A code's advice beyond the general one ("E21": the office's address must be checked). */
function hintFor(t: Texts, code: string): string | undefined {
  const key = `hint_${code}`;
  return Object.hasOwn(t, key) ? (t[key as keyof Texts] as string) : undefined;
}

function ErrorList({ errors }: { errors: NationalError[] }) {
  const t = useTexts(nationalStatusTexts);
  return (
    <ul className="national-errors">
      {errors.map((e, i) => {
        const hint = hintFor(t, e.code);
        return (
          <li key={`${e.code}-${i}`}>
            <BodyShort size="small">
              <strong>{t.errorLine(e.code, e.text)}</strong>
              {e.details && `: ${e.details}`}
            </BodyShort>
            {hint && <BodyShort size="small">{hint}</BodyShort>}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * How a message travelled as a national document, under its receipts. NAV sees its own
 * documents go ordered → sent → received (or rejected / not sent, with the reasons and what to
 * do); both sides see that a GP's message came from the record system as a Dialogmelding.
 */
export function NationalStatus({ national, side, gpPersonId }: Props) {
  const t = useTexts(nationalStatusTexts);
  const lang = useLang();
  if (!national) return null;
  if (national.direction === 'out' && side !== 'nav') return null;
  const at = (value: string | null) => (value ? formatShortDateTime(value, lang) : null);

  let color: Color = 'neutral';
  let icon: ReactNode = null;
  let label: string = national.status;
  let detail: string | null = null;
  let problem: string | null = null;
  if (national.direction === 'in') {
    color = 'info';
    icon = <InboxDownIcon aria-hidden />;
    label = t.inbound;
  } else {
    const sentAt = at(national.sentAt);
    const acknowledgedAt = at(national.acknowledgedAt);
    switch (national.status) {
      case 'ordered':
        icon = <ClockIcon aria-hidden />;
        label = t.ordered;
        detail = t.orderedDetail;
        break;
      case 'sent':
        color = 'info';
        icon = <PaperplaneIcon aria-hidden />;
        label = t.sent;
        detail = sentAt && t.sentDetail(sentAt);
        break;
      case 'ok':
        color = 'success';
        icon = <CheckmarkCircleIcon aria-hidden />;
        label = t.ok;
        detail = acknowledgedAt && t.okDetail(acknowledgedAt);
        break;
      case 'rejected':
        color = 'warning';
        icon = <XMarkOctagonIcon aria-hidden />;
        label = t.rejected;
        detail = acknowledgedAt && t.rejectedDetail(acknowledgedAt);
        problem = t.rejectedTitle;
        break;
      case 'failed':
        color = 'warning';
        icon = <ExclamationmarkTriangleIcon aria-hidden />;
        label = t.failed;
        problem = t.failedTitle;
        break;
    }
  }

  return (
    <VStack gap="space-8" data-testid="national-status" data-direction={national.direction} data-status={national.status}>
      <HStack gap="space-8" align="center" wrap>
        <Tag size="small" variant="moderate" data-color={color} icon={icon}>
          {label}
        </Tag>
        {detail && (
          <Detail as="span" textColor="subtle">
            {detail}
          </Detail>
        )}
      </HStack>
      {problem && (
        <Alert variant="warning" size="small" data-testid="national-problem">
          <VStack gap="space-8">
            <Heading level="4" size="xsmall">
              {problem}
            </Heading>
            {national.errors.length > 0 && <ErrorList errors={national.errors} />}
            <BodyShort size="small">
              {t.notDelivered} {t.whatToDo}
            </BodyShort>
            {gpPersonId && (
              <BodyShort size="small">
                <AppLink to={`/katalog/personer/${encodeURIComponent(gpPersonId)}`}>{t.checkDirectory}</AppLink>
              </BodyShort>
            )}
          </VStack>
        </Alert>
      )}
    </VStack>
  );
}

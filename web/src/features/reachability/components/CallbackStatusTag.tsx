import { Tag, type TagProps } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { callbackVocabulary } from '../texts';
import type { CallbackStatus, Urgency } from '../types';

const STATUS_COLOURS: Record<CallbackStatus, Pick<TagProps, 'variant' | 'data-color'>> = {
  requested: { variant: 'outline', 'data-color': 'warning' },
  claimed: { variant: 'moderate', 'data-color': 'info' },
  called_back: { variant: 'moderate', 'data-color': 'success' },
  no_answer: { variant: 'moderate', 'data-color': 'warning' },
  cancelled: { variant: 'outline', 'data-color': 'neutral' },
};

/** The state of a call-back request in words; the colour repeats what the text says. */
export function CallbackStatusTag({ status }: { status: CallbackStatus }) {
  const words = useTexts(callbackVocabulary);
  return (
    <Tag size="small" {...STATUS_COLOURS[status]} data-testid="callback-status">
      {words.status(status)}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const words = useTexts(callbackVocabulary);
  return (
    <Tag size="small" variant={urgency === 'today' ? 'strong' : 'outline'} data-color={urgency === 'today' ? 'danger' : 'neutral'}>
      {words.urgency(urgency)}
    </Tag>
  );
}

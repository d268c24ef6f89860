import { CheckmarkCircleIcon, ClockIcon, QuestionmarkCircleIcon, XMarkOctagonIcon } from '@navikt/aksel-icons';
import { HStack, Tag, type TagProps } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useMeetingVocabulary } from '../vocabulary';

const STATUS_COLOURS: Record<string, Pick<TagProps, 'variant' | 'data-color'>> = {
  invited: { variant: 'moderate', 'data-color': 'info' },
  new_time_place: { variant: 'moderate', 'data-color': 'warning' },
  cancelled: { variant: 'outline', 'data-color': 'danger' },
  completed: { variant: 'moderate', 'data-color': 'success' },
  closed: { variant: 'outline', 'data-color': 'neutral' },
};

/** Innkalt / Ny tid eller nytt sted / Avlyst / Gjennomført / Avsluttet. The colour repeats the text. */
export function MeetingStatusTag({ status }: { status: string }) {
  const v = useMeetingVocabulary();
  return (
    <Tag size="small" {...(STATUS_COLOURS[status] ?? STATUS_COLOURS.closed)} data-testid="meeting-status">
      {v.status(status)}
    </Tag>
  );
}

const REPLY_STYLE: Record<string, { icon: ReactNode; colours: Pick<TagProps, 'variant' | 'data-color'> }> = {
  coming: { icon: <CheckmarkCircleIcon aria-hidden />, colours: { variant: 'moderate', 'data-color': 'success' } },
  wants_new_time: { icon: <ClockIcon aria-hidden />, colours: { variant: 'moderate', 'data-color': 'warning' } },
  not_coming: { icon: <XMarkOctagonIcon aria-hidden />, colours: { variant: 'moderate', 'data-color': 'danger' } },
  pending: { icon: <QuestionmarkCircleIcon aria-hidden />, colours: { variant: 'outline', 'data-color': 'neutral' } },
};

/** A participant's reply as an icon and words (never colour alone); "Har ikke svart" when none. */
export function ReplyTag({ reply }: { reply: string | null }) {
  const v = useMeetingVocabulary();
  const style = REPLY_STYLE[reply ?? 'pending'] ?? REPLY_STYLE.pending!;
  return (
    <Tag size="small" {...style.colours} icon={style.icon} data-reply={reply ?? 'pending'}>
      {v.reply(reply)}
    </Tag>
  );
}

/** The replies at a glance: one tag per answer with its count (counts of zero left out). */
export function ReplyCountTags({ counts }: { counts: { coming: number; wants_new_time: number; not_coming: number; pending: number } }) {
  const v = useMeetingVocabulary();
  const entries = (['coming', 'wants_new_time', 'not_coming', 'pending'] as const).filter((key) => counts[key] > 0);
  return (
    <HStack gap="space-4" wrap data-testid="reply-counts">
      {entries.map((key) => {
        const style = REPLY_STYLE[key]!;
        return (
          <Tag key={key} size="xsmall" {...style.colours} icon={style.icon} data-reply={key}>
            {`${counts[key]} ${v.reply(key === 'pending' ? null : key).toLocaleLowerCase()}`}
          </Tag>
        );
      })}
    </HStack>
  );
}

export function countReplies(participants: { reply: string | null }[]) {
  const counts = { coming: 0, wants_new_time: 0, not_coming: 0, pending: 0 };
  for (const p of participants) {
    if (p.reply === 'coming' || p.reply === 'wants_new_time' || p.reply === 'not_coming') counts[p.reply] += 1;
    else counts.pending += 1;
  }
  return counts;
}

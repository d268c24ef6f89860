import { useTexts } from '../../app/i18n/useTexts';
import { meetingVocabularyTexts } from './texts';
import type { GpPart, Place } from './types';

export interface MeetingVocabulary {
  kind: (kind: string) => string;
  status: (status: string) => string;
  reply: (reply: string | null) => string;
  role: (role: string) => string;
  place: (kind: string) => string;
  exception: (reason: string) => string;
  owner: (owner: string) => string;
  channel: (channel: string) => string;
  part: (part: GpPart) => string;
  /** `NAV-kontoret, Storgata 1` or the video meeting without its link (shown apart). */
  placeLine: (place: Place) => string;
}

/** Labels for the meetings' code values; unknown values are shown as sent. */
export function useMeetingVocabulary(): MeetingVocabulary {
  const t = useTexts(meetingVocabularyTexts);
  const labels = t as unknown as Record<string, unknown>;
  const lookup = (key: string, fallback: string) => {
    const value = Object.hasOwn(labels, key) ? labels[key] : undefined;
    return typeof value === 'string' ? value : fallback;
  };
  const place = (kind: string) => lookup(`place_${kind}`, kind);
  return {
    kind: (kind) => lookup(`kind_${kind}`, kind),
    status: (status) => lookup(`status_${status}`, status),
    reply: (reply) => (reply ? lookup(`reply_${reply}`, reply) : t.replyPending),
    role: (role) => lookup(`role_${role}`, role),
    place,
    exception: (reason) => lookup(`exception_${reason}`, reason),
    owner: (owner) => lookup(`owner_${owner}`, owner),
    channel: (channel) => lookup(`channel_${channel}`, channel),
    part: (part) => (part.kind === 'last_minutes' ? t.lastMinutes(part.minutes) : t.wholeMeeting),
    placeLine: (p) => (p.text ? `${place(p.kind)}, ${p.text}` : place(p.kind)),
  };
}

import { useTexts } from '../../app/i18n/useTexts';
import { vocabularyTexts } from './texts';
import type { AgendaKind, ArenaKind, ArenaStatus, ParticipantStatus, Part, SessionStatus } from './types';

/** The arenas' words for kinds and statuses, in the user's language. */
export function useArenaVocabulary() {
  const t = useTexts(vocabularyTexts);
  return {
    kind: (kind: ArenaKind) => t[`kind_${kind}`],
    status: (status: ArenaStatus) => t[`status_${status}`],
    session: (status: SessionStatus) => t[`session_${status}`],
    participant: (status: ParticipantStatus) => t[`p_${status}`],
    part: (part: Part) => t[`part_${part}`],
    agenda: (kind: AgendaKind) => t[`agenda_${kind}`],
    minutes: t.minutes,
  };
}

/** 'NOK' amounts the Norwegian way: 5 454. */
export const formatNok = (amount: number) => Math.round(amount).toLocaleString('nb-NO');

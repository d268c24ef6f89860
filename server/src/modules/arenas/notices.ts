import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import { notify } from '../../platform/notify/notify.js';
import type { NotificationEvent } from '../../platform/notify/preferences.js';
import type { Executor } from './access.js';

/**
 * What the arenas tell people, in bokmål and English, through platform/notify in the transaction
 * of the change, as the catalogue's arena event (each user chooses its channels once).
 */
export type ArenaNotice =
  | 'invitation'
  | 'nominated'
  | 'promoted'
  | 'allocated'
  | 'arena_cancelled'
  | 'session_cancelled'
  | 'session_reminder'
  | 'co_organiser_added';

const ARENA_EVENT: NotificationEvent = 'arena_update';

type Texts = { title: { nb: string; en: string }; body: { nb: string; en: string } };

/** Arena titles are the organiser's words: never let them carry an 11-digit number or run past the notification's limits. */
function clean(text: string, max: number): string {
  const safe = text.replace(/\d{11,}/g, '…');
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

function textsFor(notice: ArenaNotice, title: string, extra: { via?: string; when?: string; reason?: string }): Texts {
  const t = clean(title, 150);
  const reason = extra.reason ? clean(extra.reason, 400) : '';
  switch (notice) {
    case 'invitation':
      return {
        title: { nb: `Invitasjon: ${t}`, en: `Invitation: ${t}` },
        body: {
          nb: `${clean(extra.via ?? '', 120)} inviterer deg til «${t}». Du melder deg på for hele serien.`,
          en: `${clean(extra.via ?? '', 120)} invites you to "${t}". You sign up for the whole series.`,
        },
      };
    case 'nominated':
      return {
        title: { nb: `Du er foreslått som deltaker: ${t}`, en: `You have been nominated: ${t}` },
        body: { nb: `${clean(extra.via ?? 'NAV', 120)} foreslår deg som deltaker. Svar ja eller nei på siden.`, en: `${clean(extra.via ?? 'NAV', 120)} nominates you as a participant. Accept or decline on the page.` },
      };
    case 'promoted':
      return { title: { nb: `Du har fått plass: ${t}`, en: `You have a place: ${t}` }, body: { nb: 'En plass ble ledig, og du står nå som påmeldt.', en: 'A place freed up, and you are now signed up.' } };
    case 'allocated':
      return { title: { nb: `Plassene er fordelt: ${t}`, en: `Places allocated: ${t}` }, body: { nb: 'Se på siden om du har fått plass eller står på ventelisten.', en: 'See on the page whether you have a place or are on the waiting list.' } };
    case 'arena_cancelled':
      return { title: { nb: `Avlyst: ${t}`, en: `Cancelled: ${t}` }, body: { nb: reason ? `Begrunnelse: ${reason}` : 'Møteplassen er avlyst.', en: reason ? `Reason: ${reason}` : 'The arena has been cancelled.' } };
    case 'session_cancelled':
      return {
        title: { nb: `Samling avlyst: ${t}`, en: `Session cancelled: ${t}` },
        body: { nb: `Samlingen ${extra.when ?? ''} er avlyst. ${reason ? `Begrunnelse: ${reason}` : ''}`.trim(), en: `The session ${extra.when ?? ''} is cancelled. ${reason ? `Reason: ${reason}` : ''}`.trim() },
      };
    case 'session_reminder':
      return { title: { nb: `Påminnelse: ${t}`, en: `Reminder: ${t}` }, body: { nb: `Neste samling er ${extra.when ?? ''}.`, en: `The next session is ${extra.when ?? ''}.` } };
    case 'co_organiser_added':
      return { title: { nb: `Du er medarrangør: ${t}`, en: `You are co-organiser: ${t}` }, body: { nb: 'Du kan nå sende invitasjoner og se deltakerne.', en: 'You can now send invitations and see the participants.' } };
  }
}

export interface NoticeDeps {
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
}

/** Tells `userIds` about a change to an arena; the link opens the arena (with `query`, e.g. the invitation). */
export async function tellArena(
  executor: Executor,
  deps: NoticeDeps,
  notice: ArenaNotice,
  userIds: readonly string[],
  arena: { id: string; title: string },
  extra: { via?: string; when?: string; reason?: string; query?: string } = {},
): Promise<number> {
  if (userIds.length === 0) return 0;
  const texts = textsFor(notice, arena.title, extra);
  const link = `/moteplasser/${arena.id}${extra.query ? `?${extra.query}` : ''}`;
  const result = await notify(executor, deps.clock, { userIds, event: ARENA_EVENT, ...texts, link }, deps.config);
  return result.notificationIds.length;
}

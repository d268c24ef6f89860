import { BodyLong, BodyShort, Button, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { InfoList } from '../../../shared/components/InfoList';
import { formatDate, formatDateTime } from '../../../shared/format';
import { arenaIcsUrl, evaluationPath, tablePlanPath } from '../api';
import { arenaTexts, listTexts } from '../texts';
import type { ArenaDetail } from '../types';
import { formatNok } from '../vocabulary';

/** The facts of an arena: who organises, where, the area, places and deadline, and the course's or series' own. */
export function ArenaFacts({ arena }: { arena: ArenaDetail }) {
  const t = useTexts(arenaTexts);
  const l = useTexts(listTexts);
  const lang = useLang();
  const items: Array<{ label: string; value: string }> = [
    { label: t.organiser, value: arena.organiser.name },
    ...(arena.coOrganisers.length ? [{ label: t.coOrganisers, value: arena.coOrganisers.map((c) => c.name).join(', ') }] : []),
    ...(arena.hostOrganisation ? [{ label: t.host, value: arena.hostOrganisation.name }] : []),
    ...(arena.location ? [{ label: t.where, value: arena.location }] : []),
    { label: t.area, value: arena.municipalityNumbers.join(', ') || (arena.countyNumber ?? '') },
    { label: t.capacity, value: l.seats(arena.signedUp, arena.capacity) + (arena.waiting ? ` · ${l.waiting(arena.waiting)}` : '') },
    ...(arena.signupDeadline ? [{ label: t.deadline, value: formatDateTime(arena.signupDeadline, lang) }] : []),
    ...(arena.series ? [{ label: t.feeRate, value: t.feeIntro(arena.series.fee.code, formatNok(arena.series.fee.rateNok)) }] : []),
    ...(arena.series && arena.series.guests.length ? [{ label: t.guests, value: arena.series.guests.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name)).join(', ') }] : []),
  ];
  const course = arena.course;
  if (course) {
    items.push(
      { label: t.overnight, value: course.overnightStay ? `${t.yes}${course.accommodation ? ` – ${course.accommodation}` : ''}` : t.no },
      ...(course.coursePoints !== null ? [{ label: t.coursePoints, value: String(course.coursePoints) }] : []),
      { label: t.approval, value: `${t[`approval_${course.approval.status as 'approved'}`] ?? course.approval.status}${course.approval.by ? ` (${course.approval.by})` : ''}` },
    );
  }
  return (
    <VStack gap="space-12">
      {arena.description && <BodyLong>{arena.description}</BodyLong>}
      <InfoList items={items} />
      {course?.gpPriority && <BodyShort size="small">{t.gpPriority}</BodyShort>}
      {course?.allocation === 'at_deadline' && <BodyShort size="small">{t.allocationAtDeadline}</BodyShort>}
      {arena.invitations[0] && <BodyShort size="small">{t.invitedBy(arena.invitations[0].viaName, formatDate(arena.invitations[0].sentAt))}</BodyShort>}
      <div>
        <Link href={arenaIcsUrl(arena.id)} download>
          {t.allIcs}
        </Link>
      </div>
      {arena.kind === 'course' && (arena.me.canManage || arena.me.status === 'signed_up') && (
        <div>
          {arena.me.canManage && (
            <Button as={RouterLink} to={tablePlanPath(arena.id)} size="small" variant="secondary" className="arenas-space-right">
              {t.tablePlan}
            </Button>
          )}{' '}
          <Button as={RouterLink} to={evaluationPath(arena.id)} size="small" variant="secondary">
            {t.evaluation}
          </Button>
        </div>
      )}
    </VStack>
  );
}

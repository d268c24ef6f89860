import { BodyLong, BodyShort, Button, HStack, Pagination, ToggleGroup, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { LiveStatus } from '../../notifications/components/LiveStatus';
import { useWorkListOptions } from '../../sickleave/api';
import { useAssignConversation, useNavInbox } from '../api';
import { AssignControl } from '../components/AssignControl';
import { InboxFilters } from '../components/InboxFilters';
import { InboxTable } from '../components/InboxTable';
import { assignTexts, inboxTexts } from '../texts';
import type { InboxItem, NavScope, NavShow } from '../types';
import { INBOX_PAGE_SIZE, periodOf, useInboxParams, type InboxParams } from '../useInboxParams';

const DEFAULTS: InboxParams = { show: 'open', scope: 'office', q: '', gp: '', from: '', to: '', page: 1 };
const SHOWS: readonly NavShow[] = ['open', 'unread', 'all'];
const SCOPES: readonly NavScope[] = ['office', 'mine', 'unassigned'];
const COUNT_ID = 'nav-inbox-count';

type Announcement = { kind: 'taken'; patient: string } | { kind: 'assigned'; name: string; patient: string };

/**
 * `/nav-innboks` (NAV adviser and manager): the office's threads with GPs, what waits for NAV
 * first. An adviser takes an unassigned thread from its row ("Ta"); a manager assigns any thread
 * to one of the office's advisers ("Tildel").
 */
export function NavInboxPage() {
  const me = useSignedInUser();
  const t = useTexts(inboxTexts);
  const { params, set, setPage, reset, filtered } = useInboxParams(DEFAULTS);
  const show = SHOWS.find((s) => s === params.show) ?? 'open';
  const scope = SCOPES.find((s) => s === params.scope) ?? 'office';
  const inbox = useNavInbox({
    show,
    scope,
    ...(params.q && { q: params.q }),
    ...(params.gp && { gpPersonId: params.gp }),
    ...periodOf(params),
    limit: INBOX_PAGE_SIZE,
    offset: (params.page - 1) * INBOX_PAGE_SIZE,
  });
  // The GPs among the office's open sick-leave cases: the ones threads are usually with.
  const options = useWorkListOptions();
  const assign = useAssignConversation();
  const [pendingId, setPendingId] = useState<string | null>(null);
  // What was done, kept as data so the message follows a change of language.
  const [done, setDone] = useState<Announcement | null>(null);
  const a = useTexts(assignTexts);
  const isManager = me.role === 'nav_manager';

  const data = inbox.data;
  const items = data?.items ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE)) : 1;
  const focusCount = () => document.getElementById(COUNT_ID)?.focus();
  const goTo = (page: number) => {
    setPage(page);
    focusCount();
  };

  const take = (item: InboxItem) => {
    setDone(null);
    setPendingId(item.id);
    assign.mutate(
      { conversationId: item.id, userId: me.id },
      {
        onSuccess: () => {
          setDone({ kind: 'taken', patient: item.citizen.name });
          // The button is gone (and, under "Ikke tildelt", the row): keep the keyboard near.
          focusCount();
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  const assignControl = (item: InboxItem) => (
    <AssignControl
      conversationId={item.id}
      assignedUserId={item.assignedTo?.userId ?? null}
      context={{ subject: item.subject, patient: item.citizen.name }}
      onAssigned={(adviser) => setDone({ kind: 'assigned', name: adviser.name, patient: item.citizen.name })}
      // The row left the list (under "Ikke tildelt" or "Mine"): keep the keyboard near.
      onGone={focusCount}
    />
  );

  const takeButton = (item: InboxItem) =>
    item.assignedTo ? null : (
      <Button
        type="button"
        size="xsmall"
        variant="secondary"
        onClick={() => take(item)}
        loading={pendingId === item.id}
        aria-label={t.takeLabel(item.subject, item.citizen.name)}
      >
        {t.take}
      </Button>
    );

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.navIntro}</BodyLong>
      </VStack>
      <InboxFilters
        params={params}
        set={set}
        reset={reset}
        filtered={filtered}
        gps={options.data?.gps}
        toggles={
          <HStack gap="space-24" wrap>
            <ToggleGroup label={t.scope} value={scope} onChange={(value) => set('scope', value)} size="small">
              <ToggleGroup.Item value="office" label={t.scopeOffice} />
              <ToggleGroup.Item value="mine" label={t.scopeMine} />
              <ToggleGroup.Item value="unassigned" label={t.scopeUnassigned} />
            </ToggleGroup>
            <ToggleGroup label={t.show} value={show} onChange={(value) => set('show', value)} size="small">
              <ToggleGroup.Item value="open" label={t.showOpen} />
              <ToggleGroup.Item value="unread" label={t.showUnread} />
              <ToggleGroup.Item value="all" label={t.showAll} />
            </ToggleGroup>
          </HStack>
        }
      />
      <LiveStatus
        message={done === null ? null : done.kind === 'taken' ? t.taken(done.patient) : a.assignedFor(done.name, done.patient)}
        testId="nav-inbox-status"
      />
      {assign.isError && <ApiErrorAlert error={assign.error} size="small" />}
      {inbox.isPending && <LoadingState />}
      {inbox.isError && <ApiErrorAlert error={inbox.error} />}
      {data && (
        <VStack gap="space-12" aria-busy={inbox.isFetching}>
          <BodyShort id={COUNT_ID} role="status" aria-live="polite" tabIndex={-1} className="focus-target">
            {data.total === 0
              ? filtered || show !== 'all' || scope !== 'office'
                ? t.emptyFiltered
                : t.empty
              : `${filtered ? `${t.filtered} ` : ''}${t.navCounts(data.total, data.overdue, data.unassigned)}${
                  data.total > items.length ? t.showing(data.offset + 1, data.offset + items.length, data.total) : ''
                }`}
          </BodyShort>
          {items.length > 0 && (
            <InboxTable side="nav" items={items} labelledBy={COUNT_ID} testId="nav-inbox-table" myUserId={me.id} action={isManager ? assignControl : takeButton} />
          )}
          {pages > 1 && (
            <Pagination
              page={Math.min(params.page, pages)}
              count={pages}
              onPageChange={goTo}
              size="small"
              prevNextTexts
              srHeading={{ tag: 'h2', text: t.pages }}
              data-testid="nav-inbox-pages"
            />
          )}
        </VStack>
      )}
    </VStack>
  );
}

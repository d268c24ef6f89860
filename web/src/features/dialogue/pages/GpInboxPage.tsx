import { BodyLong, BodyShort, Button, Pagination, ToggleGroup, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { LiveStatus } from '../../notifications/components/LiveStatus';
import { ContactsPanel } from '../../reachability';
import { useGpInbox, useMarkGpInformationRead } from '../api';
import { InboxFilters } from '../components/InboxFilters';
import { InboxTable } from '../components/InboxTable';
import { inboxTexts } from '../texts';
import type { GpShow } from '../types';
import { INBOX_PAGE_SIZE, periodOf, useInboxParams, type InboxParams } from '../useInboxParams';

const DEFAULTS: InboxParams = { show: 'all', scope: '', q: '', gp: '', from: '', to: '', page: 1 };
const SHOWS: readonly GpShow[] = ['awaiting_me', 'unread', 'all'];
const COUNT_ID = 'gp-inbox-count';

/**
 * `/innboks` (GP): requests and messages from NAV, requests waiting for the GP first with the
 * nearest deadline on top. Report 001: the GP's time is the scarcest, so the counts say at once
 * what needs doing and one click clears everything that only informs.
 */
export function GpInboxPage() {
  const t = useTexts(inboxTexts);
  const { params, set, setPage, reset, filtered } = useInboxParams(DEFAULTS);
  const show = SHOWS.find((s) => s === params.show) ?? 'all';
  const inbox = useGpInbox({
    show,
    ...(params.q && { q: params.q }),
    ...periodOf(params),
    limit: INBOX_PAGE_SIZE,
    offset: (params.page - 1) * INBOX_PAGE_SIZE,
  });
  const markRead = useMarkGpInformationRead();
  // The number marked, kept as data so the message follows a change of language.
  const [marked, setMarked] = useState<number | null>(null);

  const data = inbox.data;
  const items = data?.items ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE)) : 1;
  const goTo = (page: number) => {
    setPage(page);
    document.getElementById(COUNT_ID)?.focus();
  };
  const clearInformation = () => {
    setMarked(null);
    markRead.mutate(undefined, { onSuccess: (answer) => setMarked(answer.marked) });
  };

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.gpIntro}</BodyLong>
      </VStack>
      <InboxFilters
        params={params}
        set={set}
        reset={reset}
        filtered={filtered}
        toggles={
          <ToggleGroup label={t.show} value={show} onChange={(value) => set('show', value)} size="small">
            <ToggleGroup.Item value="awaiting_me" label={t.showAwaitingMe} />
            <ToggleGroup.Item value="unread" label={t.showUnread} />
            <ToggleGroup.Item value="all" label={t.showAll} />
          </ToggleGroup>
        }
      />
      <VStack gap="space-8" align="start">
        <Button type="button" variant="secondary" size="small" onClick={clearInformation} loading={markRead.isPending} aria-describedby="mark-read-description">
          {t.markAllRead}
        </Button>
        <BodyShort size="small" id="mark-read-description">
          {t.markAllReadDescription}
        </BodyShort>
        {markRead.isError && <ApiErrorAlert error={markRead.error} size="small" />}
      </VStack>
      <LiveStatus message={marked === null ? null : t.markedRead(marked)} testId="gp-inbox-status" />
      {inbox.isPending && <LoadingState />}
      {inbox.isError && <ApiErrorAlert error={inbox.error} />}
      {data && (
        <VStack gap="space-12" aria-busy={inbox.isFetching}>
          <BodyShort id={COUNT_ID} role="status" aria-live="polite" tabIndex={-1} className="focus-target">
            {data.total === 0
              ? filtered || show !== 'all'
                ? t.emptyFiltered
                : t.empty
              : `${filtered ? `${t.filtered} ` : ''}${t.gpCounts(data.awaitingMe, data.overdue, data.unread)}${
                  data.total > items.length ? t.showing(data.offset + 1, data.offset + items.length, data.total) : ''
                }`}
          </BodyShort>
          {items.length > 0 && <InboxTable side="gp" items={items} labelledBy={COUNT_ID} testId="gp-inbox-table" />}
          {pages > 1 && (
            <Pagination
              page={Math.min(params.page, pages)}
              count={pages}
              onPageChange={goTo}
              size="small"
              prevNextTexts
              srHeading={{ tag: 'h2', text: t.pages }}
              data-testid="gp-inbox-pages"
            />
          )}
        </VStack>
      )}
      {/* Whom to call at NAV when a message is not enough: the GP's own office's contacts. */}
      <ContactsPanel />
    </VStack>
  );
}

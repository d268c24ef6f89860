import { BodyShort, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format';
import { formatShortDateTime } from '../format';
import { dialogueVocabularyTexts, inboxTexts } from '../texts';
import type { InboxItem } from '../types';

export function threadPath(id: string): string {
  return `/dialog/${encodeURIComponent(id)}`;
}

interface Props {
  side: 'gp' | 'nav';
  items: InboxItem[];
  labelledBy: string;
  testId: string;
  /** NAV: the signed-in user's id, to say "Deg" for their own threads. */
  myUserId?: string;
  /** NAV: the row's action (take it), when there is one. */
  action?: (item: InboxItem) => ReactNode;
}

/**
 * One inbox page: what waits for this side first (the server's order). Each row's subject links
 * to the thread; the link also names the patient, so a list of links read out on its own is clear.
 */
export function InboxTable({ side, items, labelledBy, testId, myUserId, action }: Props) {
  const v = useTexts(dialogueVocabularyTexts);
  const t = useTexts(inboxTexts);
  const lang = useLang();
  const unread = (item: InboxItem) => (side === 'gp' ? item.unread.gp : item.unread.nav);
  return (
    <div className="table-scroll">
      <Table size="small" aria-labelledby={labelledBy} data-testid={testId}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{v.patient}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{v.subject}</Table.HeaderCell>
            {side === 'nav' && <Table.HeaderCell scope="col">{v.gp}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{v.deadline}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{side === 'gp' ? v.navOfficeAndAdviser : v.assignedTo}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{v.lastActivity}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{v.status}</Table.HeaderCell>
            {action && <Table.HeaderCell scope="col">{v.action}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((item) => (
            <Table.Row
              key={item.id}
              className={unread(item) ? 'dialogue-inbox__row--unread' : undefined}
              data-unread={unread(item)}
              data-overdue={item.overdue}
              data-awaiting={item.awaiting ?? 'none'}
              data-conversation-id={item.id}
            >
              <Table.HeaderCell scope="row">{item.citizen.name}</Table.HeaderCell>
              <Table.DataCell>
                <VStack gap="space-4" align="start">
                  <AppLink to={threadPath(item.id)}>
                    {item.subject}
                    <span className="aksel-sr-only">, {item.citizen.name}</span>
                  </AppLink>
                  {item.requestKind && (
                    <Tag size="xsmall" variant="outline" data-color="neutral">
                      {v.tariff(item.requestKind)}
                    </Tag>
                  )}
                </VStack>
              </Table.DataCell>
              {side === 'nav' && <Table.DataCell>{item.gp.name}</Table.DataCell>}
              <Table.DataCell>
                <Deadline item={item} side={side} />
              </Table.DataCell>
              <Table.DataCell>
                {side === 'gp' ? (
                  <VStack gap="space-2">
                    <BodyShort size="small">{item.navOffice}</BodyShort>
                    <BodyShort size="small">{item.assignedTo?.name ?? v.officeInbox}</BodyShort>
                  </VStack>
                ) : item.assignedTo ? (
                  item.assignedTo.userId === myUserId ? (
                    `${item.assignedTo.name} (${t.assignedToYou})`
                  ) : (
                    item.assignedTo.name
                  )
                ) : (
                  v.notAssigned
                )}
              </Table.DataCell>
              <Table.DataCell>{formatShortDateTime(item.lastMessageAt, lang)}</Table.DataCell>
              <Table.DataCell>
                <HStack gap="space-4" wrap>
                  {unread(item) && (
                    <Tag size="xsmall" variant="info">
                      {v.unread}
                    </Tag>
                  )}
                  {item.awaiting && (
                    <BodyShort size="small">
                      {item.awaiting === side ? (side === 'gp' ? v.awaitingYou : v.awaitingNav) : item.awaiting === 'gp' ? v.awaitingGp : v.awaitingNav}
                    </BodyShort>
                  )}
                </HStack>
              </Table.DataCell>
              {action && <Table.DataCell>{action(item)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The next deadline in the thread, and whose it is; "Over fristen" when it has passed. */
function Deadline({ item, side }: { item: InboxItem; side: 'gp' | 'nav' }) {
  const v = useTexts(dialogueVocabularyTexts);
  if (!item.dueOn || !item.awaiting) return null;
  const date = formatDate(item.dueOn);
  const mine = item.awaiting === side;
  return (
    <VStack gap="space-4" align="start">
      <BodyShort size="small" weight={mine ? 'semibold' : 'regular'}>
        {side === 'gp' ? (mine ? v.yourAnswerBy(date) : v.navAnswersBy(date)) : mine ? v.navAnswersBy(date) : v.gpAnswersBy(date)}
      </BodyShort>
      {item.overdue && (
        <Tag size="xsmall" variant="error">
          {v.overdue}
        </Tag>
      )}
    </VStack>
  );
}

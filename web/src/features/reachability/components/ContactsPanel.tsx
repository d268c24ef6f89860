import { BodyShort, Box, Heading, HGrid, HStack, Label, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useCaseContacts, useOfficeContacts } from '../api';
import { formatTime } from '../format';
import { contactsTexts } from '../texts';
import type { ContactPerson, Contacts } from '../types';
import { HoursSummary } from './HoursSummary';
import { LineStatusTag } from './LineStatusTag';

type Props = {
  /** The heading level that fits where the panel is placed (h2 on the case page). */
  headingLevel?: '2' | '3';
} & (
  | { /** Contacts for the GP office of this case (audited as a read of the case). */ caseId: string; gpOfficeId?: never }
  | { caseId?: never; /** A GP office; without it, the signed-in GP's own office. */ gpOfficeId?: string | null }
);

/**
 * Whom a GP can reach at NAV, for one GP office: the named NAV contact person, the escalation
 * contact, the NAV office and the clinicians' line with whether each is open now, and the
 * advisory physician on call. For the case page and the inbox; the server decides who may see it.
 */
export function ContactsPanel(props: Props) {
  const byCase = useCaseContacts(props.caseId ?? '');
  const byOffice = useOfficeContacts(props.gpOfficeId ?? null, props.caseId === undefined);
  const query = props.caseId !== undefined ? byCase : byOffice;
  const t = useTexts(contactsTexts);
  const headingId = useId();
  const level = props.headingLevel ?? '2';

  let body: ReactNode;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ApiErrorAlert error={query.error} size="small" />;
  else body = <ContactsBody contacts={query.data} />;

  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} data-testid="contacts-panel">
      <Heading level={level} size={level === '2' ? 'medium' : 'small'} id={headingId}>
        {t.heading}
      </Heading>
      <BodyShort size="small">{t.intro}</BodyShort>
      {body}
    </VStack>
  );
}

function ContactsBody({ contacts }: { contacts: Contacts }) {
  const t = useTexts(contactsTexts);
  const lang = useLang();
  const line = contacts.clinicianLine;
  return (
    <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
      <Card title={t.navContact} testId="contacts-nav-contact">
        {contacts.navContacts.length === 0 ? <BodyShort size="small">{t.noNavContact}</BodyShort> : contacts.navContacts.map((c) => <Person key={c.personId} person={c} />)}
      </Card>
      <Card title={t.escalation} testId="contacts-escalation">
        {contacts.escalationContacts.length === 0 ? <BodyShort size="small">{t.noEscalation}</BodyShort> : contacts.escalationContacts.map((c) => <Person key={c.personId} person={c} />)}
      </Card>
      {contacts.navOffice && (
        <Card title={t.navOffice} testId="contacts-nav-office" open={contacts.navOffice.openNow}>
          <BodyShort size="small" weight="semibold">
            {contacts.navOffice.name}
          </BodyShort>
          <LineStatusTag status={contacts.navOffice} />
          {contacts.navOffice.phone && (
            <BodyShort size="small">
              <PhoneLink phone={contacts.navOffice.phone} />
            </BodyShort>
          )}
          <HoursSummary hours={contacts.navOffice.openingHours} />
        </Card>
      )}
      <Card title={t.clinicianLine} testId="contacts-clinician-line" open={line.openNow}>
        <BodyShort size="small" weight="semibold">
          {line.name[lang]}
        </BodyShort>
        <LineStatusTag status={line} />
        <BodyShort size="small">{line.phone ? <PhoneLink phone={line.phone} /> : t.noPhone}</BodyShort>
        <HoursSummary hours={line.openingHours} />
      </Card>
      <Card title={t.onCall} testId="contacts-on-call">
        {contacts.onCall.length === 0 ? (
          <BodyShort size="small">{t.noneOnCall}</BodyShort>
        ) : (
          contacts.onCall.map((o) => (
            <VStack key={o.shiftId} gap="space-2">
              <BodyShort size="small">{t.onCallUntil(o.name, formatTime(o.endsAt))}</BodyShort>
              {o.phone && (
                <BodyShort size="small">
                  <PhoneLink phone={o.phone} />
                </BodyShort>
              )}
            </VStack>
          ))
        )}
      </Card>
      {contacts.callbackContacts.length > 0 && (
        <Card title={t.callbackContacts} testId="contacts-callback">
          {contacts.callbackContacts.map((c) => (
            <Person key={c.personId} person={c} />
          ))}
        </Card>
      )}
    </HGrid>
  );
}

function Card({ title, testId, open, children }: { title: string; testId: string; open?: boolean; children: ReactNode }) {
  return (
    <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" data-testid={testId} data-open={open === undefined ? undefined : String(open)}>
      <VStack gap="space-4">
        <Label as="p" size="small">
          {title}
        </Label>
        {children}
      </VStack>
    </Box>
  );
}

function Person({ person }: { person: ContactPerson }) {
  return (
    <VStack gap="space-2">
      <BodyShort size="small" weight="semibold">
        {person.name}
      </BodyShort>
      {(person.title || person.organisationName) && (
        <BodyShort size="small">{[person.title, person.organisationName].filter(Boolean).join(', ')}</BodyShort>
      )}
      <HStack gap="space-8" wrap>
        {person.phone && (
          <BodyShort size="small">
            <PhoneLink phone={person.phone} />
          </BodyShort>
        )}
        {person.email && (
          <BodyShort size="small">
            <EmailLink email={person.email} />
          </BodyShort>
        )}
      </HStack>
      {person.note && (
        <BodyShort size="small" textColor="subtle">
          {person.note}
        </BodyShort>
      )}
    </VStack>
  );
}

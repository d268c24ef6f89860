import { BodyLong, BodyShort, Button, Checkbox, Table, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LiveStatus } from './LiveStatus';
import { useSaveNotificationPreferences } from '../api';
import { preferenceTexts } from '../texts';
import type { Channels, NotificationPreferences } from '../types';

/**
 * Events × channels as a table of checkboxes, saved together. Each checkbox is named by channel
 * and event ("Varsle på e-post: Ny forespørsel til meg"), so it makes sense on its own.
 * Mounted with the loaded choices; it keeps its own state until saved.
 */
export function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const t = useTexts(preferenceTexts);
  const lang = useLang();
  const save = useSaveNotificationPreferences(lang);
  const [choices, setChoices] = useState<Record<string, Channels>>(() =>
    Object.fromEntries(initial.events.map((e) => [e.event, { inApp: e.inApp, email: e.email }])),
  );
  const [status, setStatus] = useState<string | null>(null);
  const noEmail = initial.emailAddress === null;

  const toggle = (event: string, channel: keyof Channels, on: boolean) => {
    setStatus(null);
    setChoices((old) => ({ ...old, [event]: { ...old[event]!, [channel]: on } }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    save.mutate(
      initial.events.map(({ event }) => ({ event, ...choices[event]! })),
      { onSuccess: () => setStatus(t.saved) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-16">
        <BodyLong>{t.intro}</BodyLong>
        <BodyShort id="notification-email-address">{noEmail ? t.noEmail : t.emailTo(initial.emailAddress!)}</BodyShort>
        <div className="table-scroll">
          <Table size="small" aria-label={t.tableLabel} data-testid="notification-preferences-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.event}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.inApp}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.email}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {initial.events.map(({ event, label }) => (
                <Table.Row key={event} data-event={event}>
                  <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                  <Table.DataCell>
                    <Checkbox size="small" hideLabel checked={choices[event]!.inApp} onChange={(e) => toggle(event, 'inApp', e.target.checked)}>
                      {t.inAppFor(label)}
                    </Checkbox>
                  </Table.DataCell>
                  <Table.DataCell>
                    <Checkbox
                      size="small"
                      hideLabel
                      checked={choices[event]!.email}
                      disabled={noEmail}
                      aria-describedby={noEmail ? 'notification-email-address' : undefined}
                      onChange={(e) => toggle(event, 'email', e.target.checked)}
                    >
                      {t.emailFor(label)}
                    </Checkbox>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {save.isError && <ApiErrorAlert error={save.error} />}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t.save}
          </Button>
        </div>
        <LiveStatus message={status} testId="notification-preferences-status" />
      </VStack>
    </form>
  );
}

import { BodyShort, Link, Table, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { feeClaimPdfUrl, useFeeClaim } from '../api';
import { arenaTexts } from '../texts';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail } from '../types';
import { formatNok } from '../vocabulary';

/** The GP's meeting-fee claim (takst 14): sessions attended, minutes, amount, and the PDF to download. */
export function FeeClaimPanel({ arena }: { arena: ArenaDetail }) {
  const t = useTexts(arenaTexts);
  const m = useTexts(manageTexts);
  const claim = useFeeClaim(arena.id, arena.me.feeClaim);
  if (!arena.me.feeClaim) return null;
  const data = claim.data;
  return (
    <Section title={t.feeTitle}>
      <VStack gap="space-12" data-testid="fee-claim">
        {claim.isError && <ApiErrorAlert error={claim.error} size="small" />}
        {data && (
          <>
            <BodyShort>{t.feeIntro(data.code, formatNok(data.rateNok))}</BodyShort>
            <Table size="small">
              <caption className="aksel-sr-only">{t.feeTitle}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">{m.attendanceSession}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">min</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">×</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">kr</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.lines.map((l) => (
                  <Table.Row key={l.ordinal}>
                    <Table.DataCell>{`${t.session(l.ordinal)}, ${formatDate(l.date)}`}</Table.DataCell>
                    <Table.DataCell align="right">{l.minutes}</Table.DataCell>
                    <Table.DataCell align="right">{l.units}</Table.DataCell>
                    <Table.DataCell align="right">{formatNok(l.amountNok)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <BodyShort weight="semibold" data-testid="fee-total">
              {t.feeSummary(data.totalUnits, formatNok(data.totalNok))}
            </BodyShort>
          </>
        )}
        <div>
          <Link href={feeClaimPdfUrl(arena.id)} download>
            {t.feeDownload}
          </Link>
        </div>
      </VStack>
    </Section>
  );
}

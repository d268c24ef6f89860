import { Alert, BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { todayIso } from '../manage';
import { bodyTexts } from '../texts';
import type { BodyDetail } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { AddMemberForm } from './AddMemberForm';
import { EndTermButton } from './EndTermButton';
import { adminTexts } from '../texts';

/** Whether the composition rules are met, vacancies per rule, terms ending, and the members. */
export function CompositionPanel({ body, manages }: { body: BodyDetail; manages: boolean }) {
  const t = useTexts(bodyTexts);
  const a = useTexts(adminTexts);
  const v = useForumVocabulary();
  const lang = useLang();
  const today = todayIso();
  const { composition } = body;
  return (
    <VStack gap="space-24">
      <Alert variant={composition.ok ? 'success' : 'warning'} size="small" data-testid="composition-status">
        {composition.ok ? t.compositionOk : t.compositionNotOk}
      </Alert>
      {composition.rules.length > 0 && (
        <Table size="small" data-testid="composition-rules">
          <caption className="forums-caption">{t.rulesCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colRule}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colWanted}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colFilled}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colVacancies}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colOk}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {composition.rules.map((rule) => (
              <Table.Row key={rule.key}>
                <Table.HeaderCell scope="row">{rule[lang]}</Table.HeaderCell>
                <Table.DataCell align="right">{rule.wanted}</Table.DataCell>
                <Table.DataCell align="right">{rule.filled}</Table.DataCell>
                <Table.DataCell align="right">{rule.vacancies}</Table.DataCell>
                <Table.DataCell>{rule.ok ? t.yes : t.no}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t.termsEnding}
        </Heading>
        {composition.termsEnding.length === 0 ? (
          <BodyShort>{t.noTermsEnding}</BodyShort>
        ) : (
          <ul className="plain-list">
            {composition.termsEnding.map((term) => (
              <li key={term.memberId}>{t.termEnds(term.name, formatDate(term.termEnd))}</li>
            ))}
          </ul>
        )}
      </VStack>
      <div className="table-scroll">
        <Table size="small" data-testid="forum-members">
          <caption className="forums-caption">{t.membersCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colName}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colRepresents}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colRole}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colAppointed}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colTerm}</Table.ColumnHeader>
              {manages && <Table.ColumnHeader scope="col">{a.colActions}</Table.ColumnHeader>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {body.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.HeaderCell scope="row">{member.name}</Table.HeaderCell>
                <Table.DataCell>
                  {v.represents(member.represents)}
                  {member.region ? ` (${member.region})` : ''}
                </Table.DataCell>
                <Table.DataCell>{v.memberRole(member.role)}</Table.DataCell>
                <Table.DataCell>
                  {v.appointed(member.appointedHow)}
                  {member.appointedBy ? `, ${member.appointedBy}` : ''}
                </Table.DataCell>
                <Table.DataCell>
                  {formatDate(member.termStart)}–{formatDate(member.termEnd)}
                  {!member.current && member.termEnd && member.termEnd < today && <BodyShort size="small" className="forums-subtle">{t.termEnded}</BodyShort>}
                </Table.DataCell>
                {manages && <Table.DataCell>{(!member.termEnd || member.termEnd >= today) && <EndTermButton member={member} />}</Table.DataCell>}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {manages && <AddMemberForm bodyId={body.id} />}
    </VStack>
  );
}

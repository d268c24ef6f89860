import { Box, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { InfoList, type InfoItem } from '../../../shared/components/InfoList';
import { formatDate, formatDateTime, formatPercent } from '../../../shared/format';
import { caseTexts, followUpTexts } from '../texts';
import type { CaseNote } from '../types';
import { useVocabulary } from '../vocabulary';

/** Every period of every note, in time order: how the grade changed over the sick leave. */
export function PeriodsTable({ notes }: { notes: CaseNote[] }) {
  const t = useTexts(caseTexts);
  const lang = useLang();
  const vocabulary = useVocabulary();
  const rows = notes
    .flatMap((note) => note.periods.map((period, index) => ({ note, period, key: `${note.id}-${index}` })))
    .sort((a, b) => a.period.fom.localeCompare(b.period.fom) || a.note.issuedAt.localeCompare(b.note.issuedAt));
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="periods-table">
        <caption className="aksel-sr-only">{t.periods}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.fom}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.tom}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.grade}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.type}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.note}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(({ note, period, key }) => (
            <Table.Row key={key}>
              <Table.HeaderCell scope="row">{formatDate(period.fom)}</Table.HeaderCell>
              <Table.DataCell>{formatDate(period.tom)}</Table.DataCell>
              <Table.DataCell>{formatPercent(period.grade, lang)}</Table.DataCell>
              <Table.DataCell>{vocabulary.periodType(period.type)}</Table.DataCell>
              <Table.DataCell>
                {formatDate(note.issuedAt)}, {note.issuer}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** One sick note: who wrote it, diagnosis, follow-up need, wishes, whether NAV has seen it, and the medical text. */
export function NoteDetails({ note, employerCopy }: { note: CaseNote; employerCopy: boolean }) {
  const t = useTexts(caseTexts);
  const followUp = useTexts(followUpTexts);
  const lang = useLang();
  const wishes = [note.wantsEarlyMeeting && t.wantsEarlyMeeting, note.wantsEarlyDialogue && t.wantsEarlyDialogue].filter(Boolean);
  const items: InfoItem[] = [{ label: t.issuedBy, value: note.issuer }];
  if (!employerCopy) {
    if (note.diagnosis) {
      items.push({
        label: t.diagnosis,
        value: `${note.diagnosis.code}${note.diagnosis.text ? ` ${note.diagnosis.text}` : ''} (${note.diagnosis.system})`,
      });
    }
    if (note.followUpClass) items.push({ label: t.followUpClass, value: followUpLabel(followUp, note.followUpClass) });
    items.push({ label: t.wishes, value: wishes.length > 0 ? wishes.join(', ') : t.noWishes });
  }
  items.push({ label: t.workAdaptation, value: note.workAdaptationNote });
  if (!employerCopy && note.navFirstOpenedAt !== undefined) {
    items.push({
      label: t.navSeenLabel,
      value: note.navFirstOpenedAt ? t.navSeen(formatDateTime(note.navFirstOpenedAt, lang)) : t.navNotSeen,
    });
  }
  const medical: InfoItem[] = employerCopy
    ? []
    : [
        { label: t.symptomsFindings, value: note.symptomsFindings },
        { label: t.functionDailyLife, value: note.functionDailyLife },
        { label: t.functionWork, value: note.functionWork },
        { label: t.remainingCapacity, value: note.remainingCapacity },
        { label: t.assessment, value: note.assessment },
        { label: t.treatmentPlan, value: note.treatmentPlan },
        { label: t.prognosis, value: note.prognosis },
        { label: t.expectedDuration, value: note.expectedDuration },
        { label: t.fullLeaveJustification, value: note.fullLeaveJustification },
      ];
  return (
    <Box as="article" padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" data-testid="sick-note">
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {t.noteHeading(formatDate(note.issuedAt))}
        </Heading>
        <InfoList items={items} />
        {medical.some((item) => item.value) && (
          <ReadMore header={t.medicalDetails}>
            <InfoList items={medical} />
          </ReadMore>
        )}
      </VStack>
    </Box>
  );
}

/** The newest note in full; older ones behind "Vis tidligere sykmeldinger (n)", so a long case stays readable. */
export function NotesList({ notes, employerCopy }: { notes: CaseNote[]; employerCopy: boolean }) {
  const t = useTexts(caseTexts);
  const newestFirst = [...notes].reverse();
  const [latest, ...older] = newestFirst;
  if (!latest) return null;
  return (
    <VStack gap="space-12">
      <NoteDetails note={latest} employerCopy={employerCopy} />
      {older.length > 0 && (
        <ReadMore header={t.olderNotes(older.length)}>
          <VStack gap="space-12">
            {older.map((note) => (
              <NoteDetails key={note.id} note={note} employerCopy={employerCopy} />
            ))}
          </VStack>
        </ReadMore>
      )}
    </VStack>
  );
}

function followUpLabel(texts: (typeof followUpTexts)['nb'], n: number): string {
  switch (n) {
    case 1:
      return `${texts.class1}: ${texts.class1Description}`;
    case 2:
      return `${texts.class2}: ${texts.class2Description}`;
    case 3:
      return `${texts.class3}: ${texts.class3Description}`;
    case 4:
      return `${texts.class4}: ${texts.class4Description}`;
    default:
      return texts.short(n);
  }
}

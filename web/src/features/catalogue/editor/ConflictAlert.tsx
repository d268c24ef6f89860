import { Alert, BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { FieldValue } from '../components/FieldValue';
import { editorTexts } from '../texts/editor';
import { publicTexts } from '../texts/public';
import type { EditConflict } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

/**
 * A refused stale save (CATALOGUE_EDIT_CONFLICT): who saved in the meantime and when, and what
 * they changed, before and after, so the editor can carry their own change over by hand.
 */
export function ConflictAlert({ conflict, onReload }: { conflict: EditConflict; onReload: () => void }) {
  const t = useTexts(editorTexts);
  const p = useTexts(publicTexts);
  const lang = useLang();
  const v = useCatalogueVocabulary();
  const { editors, changes } = conflict.current;
  return (
    <Alert variant="warning" role="alert" data-testid="edit-conflict">
      <VStack gap="space-12">
        <Heading level="2" size="small">
          {t.conflictTitle}
        </Heading>
        {editors.map((e) => (
          <BodyShort key={e.version}>{t.conflictBy(e.name, formatDateTime(e.at, lang), e.version)}</BodyShort>
        ))}
        {changes.length > 0 && (
          <div className="table-scroll">
            <Table size="small">
              <caption>{t.conflictChanges}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{p.field}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.before}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.after}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {changes.map((change) => (
                  <Table.Row key={change.field}>
                    <Table.HeaderCell scope="row">{v.field(change.field)}</Table.HeaderCell>
                    <Table.DataCell>
                      <FieldValue field={change.field} value={change.before} />
                    </Table.DataCell>
                    <Table.DataCell>
                      <FieldValue field={change.field} value={change.after} />
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        <div>
          <Button type="button" size="small" variant="secondary" onClick={onReload}>
            {t.reload}
          </Button>
        </div>
      </VStack>
    </Alert>
  );
}

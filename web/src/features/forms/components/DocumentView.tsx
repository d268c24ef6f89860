import { BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formTexts } from '../texts';
import type { RenderedDocument, RenderedItem } from '../types';

/**
 * The render model drawn read-only, as the PDF draws it: the title, each section's heading, each
 * answer as label and text, tables as tables. Nothing here is computed from the template: it is
 * the server's document, so what is previewed is what is sent.
 */
export function DocumentView({ document, headingLevel = 3 }: { document: RenderedDocument; headingLevel?: 2 | 3 }) {
  const t = useTexts(formTexts);
  const level = String(headingLevel) as '2' | '3';
  const sub = String(headingLevel + 1) as '3' | '4';
  return (
    <article className="forms-document" data-testid="form-document" data-audience={document.meta.audience} aria-label={document.title}>
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level={level} size="medium">
            {document.title}
          </Heading>
          <BodyShort size="small" className="forms-subtle">
            {t.previewMeta(document.meta.version)}
            {document.meta.audience === 'employer' && ` · ${t.previewAudienceEmployer}`}
          </BodyShort>
        </VStack>
        {document.sections.map((section, index) => (
          <VStack as="section" key={`${index}-${section.heading}`} gap="space-8" className="forms-document__section">
            <Heading level={sub} size="small">
              {section.heading}
            </Heading>
            <dl className="forms-document__items">
              {section.items.map((item) => (
                <DocumentItem key={item.fieldId} item={item} />
              ))}
            </dl>
          </VStack>
        ))}
      </VStack>
    </article>
  );
}

function DocumentItem({ item }: { item: RenderedItem }) {
  const captionId = useId();
  return (
    <div className="forms-document__item" data-field-id={item.fieldId} data-answered={item.answered ? 'true' : 'false'}>
      <dt className="forms-document__label" id={captionId}>
        {item.label}
      </dt>
      <dd className="forms-document__value">
        {'table' in item ? (
          <div className="table-scroll">
            <Table size="small" aria-labelledby={captionId}>
              <Table.Header>
                <Table.Row>
                  {item.table.headers.map((header, i) => (
                    <Table.HeaderCell key={i} scope="col">
                      {header}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {item.table.rows.map((row, r) => (
                  <Table.Row key={r}>
                    {row.map((cell, c) => (
                      <Table.DataCell key={c} className="forms-text">
                        {cell}
                      </Table.DataCell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        ) : (
          <BodyShort className={item.answered ? 'forms-text' : 'forms-text forms-subtle'}>{item.text}</BodyShort>
        )}
      </dd>
    </div>
  );
}

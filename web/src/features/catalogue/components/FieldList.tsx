import { Label } from '@navikt/ds-react';
import { useCatalogueVocabulary } from '../vocabulary';
import { FieldValue } from './FieldValue';

function valueAt(content: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
}

/** A description list of some fields of a content, each labelled and rendered for reading. */
export function FieldList({ content, fields }: { content: object; fields: string[] }) {
  const v = useCatalogueVocabulary();
  return (
    <dl className="info-list catalogue-fields">
      {fields.map((field) => (
        <div key={field} className="info-list__row">
          <dt>
            <Label as="span">{v.field(field)}</Label>
          </dt>
          <dd>
            <FieldValue field={field} value={valueAt(content, field)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

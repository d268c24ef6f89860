import { BodyShort, Label } from '@navikt/ds-react';
import type { ReactNode } from 'react';

export interface InfoItem {
  label: string;
  value: ReactNode;
}

/** A description list (`<dl>`) of label/value pairs. Empty values are left out. */
export function InfoList({ items }: { items: InfoItem[] }) {
  const shown = items.filter((item) => item.value !== null && item.value !== undefined && item.value !== '');
  return (
    <dl className="info-list">
      {shown.map((item) => (
        <div key={item.label} className="info-list__row">
          <dt>
            <Label as="span">{item.label}</Label>
          </dt>
          <dd>
            <BodyShort as="span">{item.value}</BodyShort>
          </dd>
        </div>
      ))}
    </dl>
  );
}

import { BodyShort, Detail } from '@navikt/ds-react';
import type { NationalError } from '../types';

/** 8221 errors as people read them: "E21 Mottaker finnes ikke", with the reason under. */
export function InteropErrors({ errors }: { errors: NationalError[] }) {
  return (
    <ul className="interop-log__errors">
      {errors.map((e, i) => (
        <li key={`${e.code}-${i}`}>
          <BodyShort size="small" weight="semibold">
            {e.code} {e.text}
          </BodyShort>
          {e.details && <Detail>{e.details}</Detail>}
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { InfoList } from '../../../shared/components/InfoList';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { PersonDetail, PersonPosition } from '../types';
import { PersonContactRolesTable } from './PersonContactRolesTable';
import { PersonPositionsTable } from './PersonPositionsTable';

interface Props {
  person: PersonDetail;
  /** Shown instead of the contact details (the administrator's edit form). */
  replaceDetails?: ReactNode;
  /** Shown above the positions table (the administrator's "add" button and messages). */
  positionActions?: ReactNode;
  positionRowAction?: (position: PersonPosition) => ReactNode;
}

/** The body of the person page below its heading; administrators get extra controls. */
export function PersonSections({ person, replaceDetails, positionActions, positionRowAction }: Props) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  return (
    <>
      {replaceDetails ?? (
        <Section title={t.details}>
          <InfoList
            items={[
              { label: t.hpr, value: person.hprNumber },
              { label: common.phone, value: person.phone && <PhoneLink phone={person.phone} /> },
              { label: common.email, value: person.email && <EmailLink email={person.email} /> },
            ]}
          />
        </Section>
      )}
      <Section title={t.positions}>
        {positionActions}
        <PersonPositionsTable positions={person.positions} rowAction={positionRowAction} />
      </Section>
      <Section title={t.contactRoles}>
        <PersonContactRolesTable contactRoles={person.contactRoles} />
      </Section>
    </>
  );
}

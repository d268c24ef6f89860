import type { ReactNode } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { Section } from '../../../shared/components/Section';
import { detailTexts } from '../texts';
import type { OrgContactRole, OrgDetail } from '../types';
import { ContactPersonsTable } from './ContactPersonsTable';
import { OpeningHoursTable } from './OpeningHoursTable';
import { OrganisationFacts } from './OrganisationFacts';
import { StaffTable } from './StaffTable';

interface Props {
  org: OrgDetail;
  /** Shown instead of the contact details and opening hours (the administrator's edit form). */
  replaceDetails?: ReactNode;
  /** Shown above the contact-person table (the administrator's "add" button and messages). */
  contactActions?: ReactNode;
  contactRowAction?: (role: OrgContactRole) => ReactNode;
}

/** The body of the organisation page below its heading; administrators get extra controls. */
export function OrganisationSections({ org, replaceDetails, contactActions, contactRowAction }: Props) {
  const t = useTexts(detailTexts);
  return (
    <>
      {replaceDetails ?? (
        <>
          <Section title={t.details}>
            <OrganisationFacts org={org} />
          </Section>
          <Section title={t.openingHours}>
            <OpeningHoursTable hours={org.openingHours} />
          </Section>
        </>
      )}
      <Section title={t.contactPersons}>
        {contactActions}
        <ContactPersonsTable contactRoles={org.contactRoles} rowAction={contactRowAction} />
      </Section>
      <Section title={t.staff}>
        <StaffTable positions={org.positions} />
      </Section>
    </>
  );
}

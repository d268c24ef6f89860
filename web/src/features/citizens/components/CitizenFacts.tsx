import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { PhoneLink } from '../../../shared/components/ContactLinks';
import { InfoList } from '../../../shared/components/InfoList';
import { formatAddress } from '../../../shared/address';
import { formatDate, formatFnr } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { citizenTexts } from '../texts';
import type { CitizenDetail, Ref } from '../types';

/** Identity, address and phone. The address is replaced by a notice when it is protected. */
export function CitizenFacts({ citizen }: { citizen: CitizenDetail }) {
  const t = useTexts(citizenTexts);
  const common = useTexts(commonTexts);
  const address = citizen.addressProtected ? t.addressProtected : formatAddress(citizen.address) || common.notGiven;
  return (
    <InfoList
      items={[
        { label: t.fnr, value: formatFnr(citizen.fnr) },
        { label: t.birthDate, value: formatDate(citizen.birthDate) },
        { label: t.address, value: address },
        { label: t.municipality, value: citizen.municipalityName },
        { label: t.phone, value: citizen.phone ? <PhoneLink phone={citizen.phone} /> : common.notGiven },
      ]}
    />
  );
}

function OrgLink({ org }: { org: Ref }) {
  return <AppLink to={`/katalog/organisasjoner/${encodeURIComponent(org.id)}`}>{org.name}</AppLink>;
}

/** Who follows the citizen up: GP, GP office, NAV office and employer. */
export function CitizenRelations({ citizen }: { citizen: CitizenDetail }) {
  const t = useTexts(citizenTexts);
  const common = useTexts(commonTexts);
  return (
    <InfoList
      items={[
        { label: t.regularGp, value: citizen.regularGp?.name ?? common.notGiven },
        { label: t.gpOffice, value: citizen.gpOffice ? <OrgLink org={citizen.gpOffice} /> : common.notGiven },
        { label: t.navOffice, value: citizen.navOffice ? <OrgLink org={citizen.navOffice} /> : common.notGiven },
        { label: t.employer, value: citizen.employer?.name ?? common.notGiven },
      ]}
    />
  );
}

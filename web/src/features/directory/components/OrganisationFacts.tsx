import { useOrgKindLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { InfoList } from '../../../shared/components/InfoList';
import { formatAddress } from '../../../shared/address';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { OrgDetail } from '../types';

/** Kind, identifiers, address and contact channels of an organisation. */
export function OrganisationFacts({ org }: { org: OrgDetail }) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const kindLabel = useOrgKindLabel();
  const address = formatAddress(org.address);
  const municipality = [org.municipalityName, org.municipalityNumber && `(${org.municipalityNumber})`]
    .filter(Boolean)
    .join(' ');
  return (
    <InfoList
      items={[
        { label: t.kind, value: kindLabel(org.kind) },
        { label: t.orgNumber, value: org.orgNumber },
        { label: t.herIds, value: org.herIds.join(', ') },
        { label: common.address, value: address },
        { label: t.municipality, value: municipality },
        { label: common.phone, value: org.phone && <PhoneLink phone={org.phone} /> },
        { label: common.email, value: org.email && <EmailLink email={org.email} /> },
      ]}
    />
  );
}

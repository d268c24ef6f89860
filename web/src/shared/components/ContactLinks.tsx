import { Link } from '@navikt/ds-react';

export function PhoneLink({ phone }: { phone: string | null | undefined }) {
  if (!phone) return null;
  return <Link href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</Link>;
}

export function EmailLink({ email }: { email: string | null | undefined }) {
  if (!email) return null;
  return <Link href={`mailto:${email}`}>{email}</Link>;
}

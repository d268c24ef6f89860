import { Alert, BodyShort, Button, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useMe } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useRegister } from '../api';
import { publicTexts } from '../texts';

/** Registration for an open thematic meeting: signed in as oneself, or with name and e-mail. */
export function RegistrationForm({ meetingId, title }: { meetingId: string; title: string }) {
  const t = useTexts(publicTexts);
  const me = useMe().data ?? null;
  const register = useRegister();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [problems, setProblems] = useState<{ name?: string; email?: string }>({});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!me) {
      const found = { ...(!name.trim() ? { name: t.required(t.name) } : {}), ...(!email.trim() ? { email: t.required(t.email) } : {}) };
      setProblems(found);
      if (Object.keys(found).length > 0) return;
    }
    register.mutate({
      meetingId,
      input: { ...(name.trim() && !me ? { name: name.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}), ...(organisation.trim() ? { organisation: organisation.trim() } : {}) },
    });
  };
  if (register.isSuccess) return <Alert variant="success" size="small" role="status">{t.registered}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${t.register}: ${title}`} className="forums-narrow">
      <VStack gap="space-12">
        {me ? (
          <BodyShort>{t.signedInAs(me.name)}</BodyShort>
        ) : (
          <>
            <TextField label={t.name} value={name} onChange={(e) => setName(e.target.value)} error={problems.name} maxLength={200} autoComplete="name" aria-required />
            <TextField label={t.email} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={problems.email} maxLength={254} autoComplete="email" aria-required />
          </>
        )}
        {!me && <TextField label={t.organisation} value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={200} autoComplete="organization" />}
        <div>
          <Button type="submit" size="small" loading={register.isPending}>
            {t.register}
          </Button>
        </div>
        {register.isError && <ApiErrorAlert error={register.error} size="small" />}
      </VStack>
    </form>
  );
}

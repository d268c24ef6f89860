import { Alert, BodyShort, Button, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { useAddCoOrganiser, useAllocate, useCancelArena, useCandidates, useMunicipalPhysicians, useNominate, useSendInvitation } from '../api';
import { arenaTexts } from '../texts';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail } from '../types';

/** Invitations to the area's GPs, sent through the municipal physician (series). */
export function InvitationPanel({ arena }: { arena: ArenaDetail }) {
  const m = useTexts(manageTexts);
  const send = useSendInvitation();
  const [message, setMessage] = useState('');
  if (!arena.coOrganisers.some((c) => c.role === 'municipal_physician')) return <AddMunicipalPhysician arena={arena} />;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate({ id: arena.id, message: message.trim() || undefined });
  };
  return (
    <Section title={m.invitationTitle}>
      <form onSubmit={onSubmit} className="arenas-narrow" data-testid="invitation-form">
        <VStack gap="space-12">
          <BodyShort size="small">{m.invitationIntro}</BodyShort>
          <Textarea label={m.invitationMessage} size="small" value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} minRows={2} />
          <div>
            <Button size="small" type="submit" loading={send.isPending}>
              {m.sendInvitation}
            </Button>
          </div>
          {send.isSuccess && (
            <Alert variant="success" size="small" role="status">
              {m.invitationSent(send.data.recipientCount, send.data.viaName)}
            </Alert>
          )}
          {send.isError && <ApiErrorAlert error={send.error} size="small" />}
        </VStack>
      </form>
    </Section>
  );
}

/** Before invitations can go out through the municipal physician, they are added as co-organiser. */
function AddMunicipalPhysician({ arena }: { arena: ArenaDetail }) {
  const m = useTexts(manageTexts);
  const physicians = useMunicipalPhysicians();
  const add = useAddCoOrganiser();
  const [userId, setUserId] = useState('');
  return (
    <Section title={m.invitationTitle}>
      <VStack gap="space-12" className="arenas-narrow">
        <BodyShort size="small">{m.needMunicipalPhysician}</BodyShort>
        <Select label={m.municipalPhysician} size="small" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{m.chooseNominee}</option>
          {(physicians.data ?? []).map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.organisationName ? `${p.name} (${p.organisationName})` : p.name}
            </option>
          ))}
        </Select>
        <div>
          <Button size="small" disabled={!userId} loading={add.isPending} onClick={() => add.mutate({ id: arena.id, userId })}>
            {m.addCoOrganiser}
          </Button>
        </div>
        {(add.isError || physicians.isError) && <ApiErrorAlert error={add.error ?? physicians.error} size="small" />}
      </VStack>
    </Section>
  );
}

/** NAV staff of the area (and the organisers) nominate a GP, who is told and answers. */
export function NominationPanel({ arena }: { arena: ArenaDetail }) {
  const m = useTexts(manageTexts);
  const candidates = useCandidates(arena.id, arena.me.canNominate);
  const nominate = useNominate();
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return setProblem(m.required);
    setProblem(undefined);
    nominate.mutate({ id: arena.id, userId, note: note.trim() || undefined }, { onSuccess: () => setUserId('') });
  };
  return (
    <Section title={m.nominateTitle}>
      <form onSubmit={onSubmit} className="arenas-narrow" data-testid="nomination-form">
        <VStack gap="space-12">
          <BodyShort size="small">{m.nominateIntro}</BodyShort>
          <Select label={m.nominee} size="small" value={userId} onChange={(e) => setUserId(e.target.value)} error={problem}>
            <option value="">{m.chooseNominee}</option>
            {(candidates.data ?? []).map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.organisationName ? `${c.name} (${c.organisationName})` : c.name}
              </option>
            ))}
          </Select>
          <TextField label={m.nominateNote} size="small" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
          <div>
            <Button size="small" type="submit" loading={nominate.isPending}>
              {m.nominate}
            </Button>
          </div>
          {nominate.isSuccess && (
            <Alert variant="success" size="small" role="status">
              {m.nominated}
            </Alert>
          )}
          {(nominate.isError || candidates.isError) && <ApiErrorAlert error={nominate.error ?? candidates.error} size="small" />}
        </VStack>
      </form>
    </Section>
  );
}

/** A course that allocates at the deadline: the organiser allocates once it has passed. */
export function AllocatePanel({ arena }: { arena: ArenaDetail }) {
  const t = useTexts(arenaTexts);
  const allocate = useAllocate();
  return (
    <VStack gap="space-8" className="arenas-narrow">
      <div>
        <Button size="small" variant="secondary" loading={allocate.isPending} onClick={() => allocate.mutate(arena.id)}>
          {t.allocate}
        </Button>
      </div>
      {allocate.isSuccess && (
        <Alert variant="success" size="small" role="status">
          {t.allocated(allocate.data.promoted, allocate.data.waiting)}
        </Alert>
      )}
      {allocate.isError && <ApiErrorAlert error={allocate.error} size="small" />}
    </VStack>
  );
}

/** Cancelling the whole arena, with a reason everyone signed up is told. */
export function CancelArenaPanel({ arena }: { arena: ArenaDetail }) {
  const t = useTexts(arenaTexts);
  const cancel = useCancelArena();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <div>
        <Button size="small" variant="tertiary" onClick={() => setOpen(true)}>
          {t.cancelArena}
        </Button>
      </div>
    );
  }
  return (
    <VStack gap="space-8" className="arenas-narrow">
      <Textarea label={t.cancelReason} size="small" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} minRows={2} />
      <div>
        <Button size="small" variant="danger" loading={cancel.isPending} onClick={() => cancel.mutate({ id: arena.id, reason })}>
          {t.confirmCancel}
        </Button>
      </div>
      {cancel.isError && <ApiErrorAlert error={cancel.error} size="small" />}
    </VStack>
  );
}

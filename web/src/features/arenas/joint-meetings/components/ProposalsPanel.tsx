import { Alert, BodyLong, BodyShort, Box, Button, Heading, HGrid, HStack, Select, Tag, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { formatRange } from '../../../reachability/format';
import { useDecideProposal, usePropose } from '../api';
import { jointTexts, word } from '../texts';
import type { JointMeeting, Proposal, Side } from '../types';

const STATUS_COLOUR = { proposed: 'neutral', accepted: 'success', declined: 'danger' } as const;

/** Proposals from the GP side and the NAV side, each column its own list; the organiser decides on each. */
export function ProposalsPanel({ meeting }: { meeting: JointMeeting }) {
  const t = useTexts(jointTexts);
  const open = meeting.status !== 'cancelled' && meeting.status !== 'completed';
  return (
    <VStack gap="space-24">
      <BodyShort>{t.proposalsIntro}</BodyShort>
      <HGrid gap="space-24" columns={{ xs: 1, md: 2 }} align="start">
        {(['gp', 'nav'] as const).map((side) => (
          <SideColumn key={side} side={side} meeting={meeting} proposals={meeting.proposals.filter((p) => p.side === side)} />
        ))}
      </HGrid>
      {open && <ProposeForm meeting={meeting} />}
    </VStack>
  );
}

function SideColumn({ side, meeting, proposals }: { side: Side; meeting: JointMeeting; proposals: Proposal[] }) {
  const t = useTexts(jointTexts);
  const id = useId();
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} data-testid={`proposals-${side}`}>
      <Heading level="3" size="small" id={id}>
        {word(t, 'side', side)}
      </Heading>
      {proposals.length === 0 && <BodyShort size="small">{t.noProposals}</BodyShort>}
      <ul className="arena-outreach-plain-list">
        {proposals.map((p) => (
          <li key={p.id}>
            <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
              <VStack gap="space-8">
                <HStack gap="space-8" align="center" justify="space-between">
                  <Heading level="4" size="xsmall">
                    {p.title}
                  </Heading>
                  <Tag size="xsmall" variant="moderate" data-color={STATUS_COLOUR[p.status]}>
                    {word(t, 'status', p.status)}
                  </Tag>
                </HStack>
                {p.description && <BodyLong size="small">{p.description}</BodyLong>}
                {p.proposedBy && <BodyShort size="small" className="arena-outreach-subtle">{t.proposedBy(p.proposedBy.name)}</BodyShort>}
                {p.decisionNote && <BodyShort size="small">{p.decisionNote}</BodyShort>}
                {meeting.canManage && p.status === 'proposed' && <DecideForm meeting={meeting} proposal={p} />}
              </VStack>
            </Box>
          </li>
        ))}
      </ul>
    </VStack>
  );
}

function DecideForm({ meeting, proposal }: { meeting: JointMeeting; proposal: Proposal }) {
  const t = useTexts(jointTexts);
  const lang = useLang();
  const decide = useDecideProposal();
  const planned = meeting.sessions.filter((s) => s.status === 'planned');
  const [sessionId, setSessionId] = useState(planned[0]?.id ?? '');
  const [minutes, setMinutes] = useState('15');
  const [note, setNote] = useState('');
  const send = (accept: boolean) => decide.mutate({ id: proposal.id, input: accept ? { accept, sessionId, minutes: Number(minutes), note: note.trim() || undefined } : { accept, note: note.trim() || undefined } });
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="end">
        <Select label={t.session} size="small" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
          {planned.map((s) => (
            <option key={s.id} value={s.id}>
              {formatRange(s.startsAt, s.endsAt, lang)}
            </option>
          ))}
        </Select>
        <TextField label={t.minutes} size="small" type="number" min={5} max={240} htmlSize={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </HStack>
      <TextField label={t.note} size="small" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      {decide.isError && <ApiErrorAlert error={decide.error} size="small" />}
      <HStack gap="space-8">
        <Button size="small" disabled={!sessionId} loading={decide.isPending} onClick={() => send(true)}>
          {t.accept}
        </Button>
        <Button size="small" variant="secondary" loading={decide.isPending} onClick={() => send(false)}>
          {t.decline}
        </Button>
      </HStack>
    </VStack>
  );
}

function ProposeForm({ meeting }: { meeting: JointMeeting }) {
  const t = useTexts(jointTexts);
  const id = useId();
  const propose = usePropose();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    propose.mutate(
      { id: meeting.id, input: { title: title.trim(), description: description.trim() || undefined } },
      { onSuccess: () => (setTitle(''), setDescription('')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={id}>
      <VStack gap="space-12">
        <Heading level="3" size="small" id={id}>
          {t.proposeTitle}
        </Heading>
        <BodyShort size="small">{word(t, 'proposalSide', meeting.mySide)}</BodyShort>
        <TextField label={t.proposalTitle} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} aria-required />
        <Textarea label={t.proposalDescription} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} />
        {propose.isError && <ApiErrorAlert error={propose.error} />}
        {propose.isSuccess && (
          <Alert variant="success" size="small" role="status">
            {t.proposed}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={propose.isPending}>
            {t.propose}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

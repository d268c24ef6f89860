import { Alert, BodyShort, Button, HStack, Radio, RadioGroup, Select, Tag, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { useAcceptProposal, useDeclineProposal, usePropose, useProposals } from '../api';
import { arenaTexts } from '../texts';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail, Proposal } from '../types';

/**
 * Topics (NAV advisers) and anonymised cases (participants) for a series; the organiser takes one
 * into a session's agenda. The server refuses a text that could identify a patient and says why.
 */
export function ProposalsPanel({ arena }: { arena: ArenaDetail }) {
  const m = useTexts(manageTexts);
  const proposals = useProposals(arena.id, arena.me.canPropose || arena.me.canManage);
  const propose = usePropose();
  const [kind, setKind] = useState<'topic' | 'case'>(arena.me.status === 'signed_up' ? 'case' : 'topic');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setProblem(m.required);
    setProblem(undefined);
    propose.mutate({ id: arena.id, input: { kind, title: title.trim(), text: text.trim() } }, { onSuccess: () => { setTitle(''); setText(''); } });
  };
  return (
    <Section title={m.proposalsTitle}>
      <VStack gap="space-16">
        {proposals.data && proposals.data.length === 0 && <BodyShort size="small">{m.noProposals}</BodyShort>}
        {proposals.data && proposals.data.length > 0 && (
          <ul className="arenas-agenda" data-testid="proposals">
            {proposals.data.map((p) => (
              <li key={p.id}>
                <ProposalItem arena={arena} proposal={p} />
              </li>
            ))}
          </ul>
        )}
        {arena.me.canPropose && (
          <form onSubmit={onSubmit} className="arenas-narrow" data-testid="proposal-form">
            <VStack gap="space-12">
              <BodyShort size="small">{m.proposalsIntro}</BodyShort>
              <RadioGroup legend={m.proposalKind} size="small" value={kind} onChange={(value: 'topic' | 'case') => setKind(value)}>
                <Radio value="topic">{m.kindTopic}</Radio>
                <Radio value="case">{m.kindCase}</Radio>
              </RadioGroup>
              <TextField label={m.proposalTitle} size="small" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} error={problem} />
              <Textarea label={m.proposalText} size="small" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} minRows={3} />
              <div>
                <Button size="small" type="submit" loading={propose.isPending}>
                  {m.propose}
                </Button>
              </div>
              {propose.isSuccess && (
                <Alert variant="success" size="small" role="status">
                  {m.proposed}
                </Alert>
              )}
              {propose.isError && <ApiErrorAlert error={propose.error} size="small" />}
            </VStack>
          </form>
        )}
      </VStack>
    </Section>
  );
}

function ProposalItem({ arena, proposal }: { arena: ArenaDetail; proposal: Proposal }) {
  const m = useTexts(manageTexts);
  const t = useTexts(arenaTexts);
  const accept = useAcceptProposal();
  const decline = useDeclineProposal();
  const planned = arena.sessions.filter((s) => s.status === 'planned');
  const [sessionId, setSessionId] = useState(planned[0]?.id ?? '');
  const [minutes, setMinutes] = useState('15');
  return (
    <VStack gap="space-4" paddingBlock="space-8">
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">{proposal.title}</BodyShort>
        <Tag size="xsmall" variant={proposal.status === 'accepted' ? 'success' : proposal.status === 'declined' ? 'neutral' : 'info'}>
          {m[`proposal_${proposal.status}`]}
        </Tag>
      </HStack>
      <BodyShort size="small">
        {proposal.kind === 'topic' ? m.kindTopic : m.kindCase} · {m.proposedBy(proposal.proposerName)} · {formatDate(proposal.createdAt)}
      </BodyShort>
      {proposal.text && <BodyShort size="small">{proposal.text}</BodyShort>}
      {arena.me.canManage && proposal.status === 'proposed' && planned.length > 0 && (
        <HStack gap="space-8" align="end" wrap>
          <Select label={m.acceptInto} size="small" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            {planned.map((s) => (
              <option key={s.id} value={s.id}>
                {`${t.session(s.ordinal)}, ${formatDate(s.startsAt)}`}
              </option>
            ))}
          </Select>
          <TextField label={m.acceptMinutes} size="small" htmlSize={4} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ''))} />
          <Button size="small" loading={accept.isPending} onClick={() => accept.mutate({ id: proposal.id, sessionId, minutes: Number(minutes) || undefined })}>
            {m.accept}
          </Button>
          <Button size="small" variant="tertiary" loading={decline.isPending} onClick={() => decline.mutate(proposal.id)}>
            {m.declineProposal}
          </Button>
        </HStack>
      )}
      {(accept.isError || decline.isError) && <ApiErrorAlert error={accept.error ?? decline.error} size="small" />}
    </VStack>
  );
}

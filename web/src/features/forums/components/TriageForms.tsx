import { Alert, Button, HStack, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { DateInput } from '../../directory-admin/components/DateInput';
import { useBodySubmissions, useForward, useMerge, useReject, useSetOutcome } from '../api';
import { caseTexts } from '../texts';
import type { Submission } from '../types';

const TEXT_MAX = 4000;

/** Rejecting needs a reason: the submitter is told it. */
export function RejectForm({ submissionId, onDone }: { submissionId: string; onDone: () => void }) {
  const t = useTexts(caseTexts);
  const reject = useReject();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setProblem(t.required(t.rejectReason));
    reject.mutate({ id: submissionId, reason: reason.trim() }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <Textarea label={t.rejectReason} value={reason} onChange={(e) => { setReason(e.target.value); setProblem(undefined); }} error={problem} maxLength={TEXT_MAX} minRows={2} aria-required autoFocus />
        <FormButtons pending={reject.isPending} label={t.reject} onCancel={onDone} />
        {reject.isError && <ApiErrorAlert error={reject.error} />}
      </VStack>
    </form>
  );
}

/** Forwarding to a hospital department or a municipality, with a reply deadline. */
export function ForwardForm({ submissionId, onDone }: { submissionId: string; onDone: () => void }) {
  const t = useTexts(caseTexts);
  const forward = useForward();
  const [to, setTo] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problems, setProblems] = useState<{ to?: string; dueOn?: string }>({});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(!to.trim() ? { to: t.required(t.forwardTo) } : {}),
      ...(!/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? { dueOn: t.required(t.forwardDue) } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    forward.mutate({ id: submissionId, to: to.trim(), dueOn }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <TextField label={t.forwardTo} value={to} onChange={(e) => setTo(e.target.value)} error={problems.to} maxLength={200} aria-required autoFocus />
        <DateInput id="forward-due" label={t.forwardDue} initialValue="" onChange={setDueOn} error={problems.dueOn} required />
        <FormButtons pending={forward.isPending} label={t.forward} onCancel={onDone} />
        {forward.isError && <ApiErrorAlert error={forward.error} />}
      </VStack>
    </form>
  );
}

/** Merging a duplicate into another case of the same body; it then follows that case. */
export function MergeForm({ submission, bodyId, onDone }: { submission: Submission; bodyId: string; onDone: () => void }) {
  const t = useTexts(caseTexts);
  const merge = useMerge();
  const cases = useBodySubmissions(bodyId, {});
  const [intoId, setIntoId] = useState('');
  const [problem, setProblem] = useState<string>();
  const candidates = (cases.data ?? []).filter((c) => c.id !== submission.id && c.status !== 'merged' && c.status !== 'rejected');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!intoId) return setProblem(t.required(t.mergeInto));
    merge.mutate({ id: submission.id, intoId }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <Select label={t.mergeInto} value={intoId} onChange={(e) => { setIntoId(e.target.value); setProblem(undefined); }} error={problem} aria-required>
          <option value="">{t.chooseCase}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </Select>
        <FormButtons pending={merge.isPending} label={t.merge} onCancel={onDone} />
        {merge.isError && <ApiErrorAlert error={merge.error} />}
      </VStack>
    </form>
  );
}

/** The outcome the submitter is told (after a recommendation, a forwarding's answer, or another resolution). */
export function OutcomeForm({ submission }: { submission: Submission }) {
  const t = useTexts(caseTexts);
  const save = useSetOutcome();
  const [text, setText] = useState(submission.outcome ?? '');
  const [problem, setProblem] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setProblem(t.required(t.outcomeText));
    save.mutate({ id: submission.id, text: text.trim() });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <Textarea label={t.outcomeText} value={text} onChange={(e) => { setText(e.target.value); setProblem(undefined); save.reset(); }} error={problem} maxLength={TEXT_MAX} minRows={3} data-testid="outcome-text" />
        <div>
          <Button variant="secondary" type="submit" loading={save.isPending}>
            {t.saveOutcome}
          </Button>
        </div>
        {save.isSuccess && <Alert variant="success" size="small" inline role="status">{t.done}</Alert>}
        {save.isError && <ApiErrorAlert error={save.error} />}
      </VStack>
    </form>
  );
}

function FormButtons({ pending, label, onCancel }: { pending: boolean; label: string; onCancel: () => void }) {
  const t = useTexts(caseTexts);
  return (
    <HStack gap="space-12">
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        {t.cancel}
      </Button>
    </HStack>
  );
}

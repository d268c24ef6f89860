import { Button, VStack } from '@navikt/ds-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useUpdateMember } from '../api';
import { todayIso } from '../manage';
import { forumErrorsFromApi } from '../serverErrors';
import { adminTexts, bodyTexts } from '../texts';
import type { Member } from '../types';

/**
 * Ends a member's term: the last day (today unless another is chosen) becomes the seat's end
 * date. From the day after, the member is refused on the body's cases (FORUM_TERM_ENDED) and the
 * composition check counts the seat as vacant.
 */
export function EndTermButton({ member }: { member: Member }) {
  const t = useTexts(adminTexts);
  const b = useTexts(bodyTexts);
  const update = useUpdateMember();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [open, setOpen] = useState(false);
  const [termEnd, setTermEnd] = useState(todayIso());
  const button = useRef<HTMLButtonElement>(null);
  const formId = `end-term-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  const close = () => {
    setOpen(false);
    feedback.reset();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(termEnd)) return feedback.fail({ termEnd: t.termEndInvalid });
    try {
      await update.mutateAsync({ id: member.id, input: { termEnd } });
      close();
    } catch (error) {
      const { fields, general } = forumErrorsFromApi(error, { termEnd: { label: t.endTermDate } }, t.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <>
      <Button ref={button} type="button" size="xsmall" variant="secondary" onClick={() => setOpen(true)} aria-label={t.endTermFor(member.name)}>
        {t.endTerm}
      </Button>
      <AdminModal
        open={open}
        onClose={close}
        heading={t.endTermFor(member.name)}
        returnFocusTo={() => button.current}
        initialFocusId={fieldId('termEnd')}
        width="small"
        footer={
          <>
            <Button type="submit" form={formId} loading={update.isPending}>
              {t.endTerm}
            </Button>
            <Button type="button" variant="secondary" onClick={close} disabled={update.isPending}>
              {b.cancel}
            </Button>
          </>
        }
      >
        <form id={formId} onSubmit={onSubmit} noValidate>
          <VStack gap="space-16">
            <DateInput id={fieldId('termEnd')} label={t.endTermDate} initialValue={termEnd} onChange={(value) => {
                setTermEnd(value);
                feedback.clear('termEnd');
              }} error={errors.termEnd} required />
            <FormFeedback feedback={feedback} order={['termEnd']} heading={t.fixErrors} />
          </VStack>
        </form>
      </AdminModal>
    </>
  );
}

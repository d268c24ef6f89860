import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { markRefusal, setProblem, toUploads, type PickedFile } from '../attachments';
import { useAddAttachments, useAttachmentLimits } from '../manageApi';
import { attachmentTexts } from '../texts';
import type { Submission } from '../types';
import { AttachmentPicker } from './AttachmentPicker';
import { useFileSize } from './AttachmentList';

/** The submitter adds files to their case while it is still received (the server says when: `canAddAttachments`). */
export function AddAttachmentsForm({ submission }: { submission: Submission }) {
  const t = useTexts(attachmentTexts);
  const size = useFileSize();
  const limits = useAttachmentLimits();
  const add = useAddAttachments();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [problem, setProblemText] = useState<string>();
  const [general, setGeneral] = useState<unknown>(null);
  const [added, setAdded] = useState(0);
  const stored = submission.attachments ?? [];
  const already = { count: stored.length, bytes: stored.reduce((sum, a) => sum + a.sizeBytes, 0) };

  if (limits.isPending) return <LoadingState />;
  if (limits.isError) return <ApiErrorAlert error={limits.error} />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    setAdded(0);
    const whole = setProblem(files, limits.data, already);
    const message = files.length === 0 ? t.chooseFirst : whole === 'count' ? t.tooMany(limits.data.maxCount) : whole === 'total' ? t.tooMuch(size(limits.data.maxTotalBytes)) : undefined;
    setProblemText(message);
    if (message || files.some((f) => f.error)) return;
    try {
      await add.mutateAsync({ submissionId: submission.id, attachments: await toUploads(files) });
      setAdded(files.length);
      setFiles([]);
    } catch (error) {
      const marked = markRefusal(files, error);
      setFiles(marked.files);
      if (!marked.marked) setGeneral(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={add.isPending} data-testid="add-attachments-form">
      <VStack gap="space-12" className="forums-form">
        <Heading level="3" size="small">
          {t.addTitle}
        </Heading>
        <BodyShort>{t.addIntro}</BodyShort>
        <AttachmentPicker
          id="add-attachments"
          files={files} limits={limits.data} already={already} error={problem} onChange={(next) => {
            setFiles(next);
            setProblemText(undefined);
          }}
        />
        {Boolean(general) && <ApiErrorAlert error={general} />}
        {added > 0 && (
          <Alert variant="success" size="small" role="status">
            {t.added(added)}
          </Alert>
        )}
        <div>
          <Button type="submit" variant="secondary" loading={add.isPending}>
            {t.add}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

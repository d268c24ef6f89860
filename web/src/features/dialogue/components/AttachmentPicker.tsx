import { TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, FileUpload, Select, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { answerFormTexts } from '../texts';
import { ATTACHMENT_CATEGORIES, type AttachmentCategory, type DialogueLimits } from '../types';
import type { DraftAttachment } from '../useAttachmentDrafts';
import { useDialogueVocabulary } from '../vocabulary';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

interface Props {
  id: string;
  items: DraftAttachment[];
  count: number;
  limits: DialogueLimits['attachments'];
  error?: string;
  onAdd: (accepted: File[], rejected: { file: File; reason: string }[]) => void;
  onCategory: (key: string, category: AttachmentCategory) => void;
  onRemove: (key: string) => void;
}

/**
 * Choose files (or drop them), each with the kind of document it is. The type and size are
 * checked here for a quick answer; the server checks the content again.
 */
export function AttachmentPicker({ id, items, count, limits, error, onAdd, onCategory, onRemove }: Props) {
  const t = useTexts(answerFormTexts);
  const vocabulary = useDialogueVocabulary();
  const maxSize = vocabulary.size(limits.maxBytes);
  return (
    <VStack gap="space-12">
      <FileUpload.Dropzone
        id={id}
        label={t.attachments}
        description={t.attachmentsDescription(maxSize, limits.maxCount)}
        accept={ACCEPT}
        maxSizeInBytes={limits.maxBytes}
        fileLimit={{ max: limits.maxCount, current: count }}
        error={error}
        onSelect={(_files, { accepted, rejected }) =>
          onAdd(
            accepted,
            rejected.map((r) => ({ file: r.file, reason: r.reasons.includes('fileSize') ? t.rejectedSize(maxSize) : t.rejectedType })),
          )
        }
      />
      {items.length > 0 && (
        <VStack as="ul" gap="space-12" aria-label={t.attachmentsList} className="plain-list" data-testid="answer-attachments">
          {items.map((item) => (
            <VStack as="li" key={item.key} gap="space-8" data-status={item.status}>
              <FileUpload.Item
                file={{ name: item.name, size: item.size }}
                status={item.status === 'uploading' ? 'uploading' : 'idle'}
                error={item.status === 'failed' || item.status === 'rejected' ? (item.error ?? t.attachmentFailed) : undefined}
                button={
                  <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => onRemove(item.key)}>
                    <span className="aksel-sr-only">{t.remove(item.name)}</span>
                  </Button>
                }
              />
              {item.status !== 'rejected' &&
                (item.file ? (
                  <Select
                    label={t.category(item.name)}
                    size="small"
                    value={item.category}
                    disabled={item.status === 'uploading'}
                    onChange={(e) => onCategory(item.key, ATTACHMENT_CATEGORIES.find((c) => c === e.target.value) ?? 'document')}
                    className="dialogue-category"
                  >
                    {ATTACHMENT_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {vocabulary.category(c)}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <BodyShort size="small">{t.category(vocabulary.category(item.category))}</BodyShort>
                ))}
            </VStack>
          ))}
        </VStack>
      )}
    </VStack>
  );
}

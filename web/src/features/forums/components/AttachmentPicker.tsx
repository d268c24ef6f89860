import { TrashIcon } from '@navikt/aksel-icons';
import { Button, FileUpload, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { acceptOf, hasForbiddenExtension, pickedKey, type PickedFile } from '../attachments';
import { attachmentTexts } from '../texts';
import type { AttachmentLimits } from '../types';
import { useFileSize } from './AttachmentList';

interface Props {
  id: string;
  files: PickedFile[];
  limits: AttachmentLimits;
  /** Files already on the case (adding later): they count against the limits. */
  already?: { count: number; bytes: number };
  /** A problem with the set as a whole (too many, too large in all). */
  error?: string;
  onChange: (files: PickedFile[]) => void;
}

/**
 * Choose files (or drop them) for a submission. Each file shows its own problem, found here
 * (size, extension) or by the server (type by content, patient data), next to its name; a chosen
 * file can be removed. The native file input inside is labelled, so it is keyboard and screen
 * reader usable.
 */
export function AttachmentPicker({ id, files, limits, already = { count: 0, bytes: 0 }, error, onChange }: Props) {
  const t = useTexts(attachmentTexts);
  const size = useFileSize();
  const problemOf = (file: File): string | undefined => {
    if (file.size > limits.maxBytes) return t.rejectedSize(size(limits.maxBytes));
    if (file.size === 0) return t.readFailed;
    if (hasForbiddenExtension(file.name, limits)) return t.rejectedType;
    return undefined;
  };
  return (
    <VStack gap="space-12">
      <FileUpload.Dropzone
        id={id}
        label={t.label}
        description={t.description(t.typesList, size(limits.maxBytes), size(limits.maxTotalBytes), limits.maxCount)}
        accept={acceptOf(limits)}
        fileLimit={{ max: limits.maxCount, current: already.count + files.length }}
        error={error}
        onSelect={(selected) => onChange([...files, ...selected.map(({ file }) => ({ key: pickedKey(), file, error: problemOf(file) }))])}
      />
      {files.length > 0 && (
        <VStack as="ul" gap="space-8" aria-label={t.listLabel} className="plain-list" data-testid="picked-attachments">
          {files.map((picked) => (
            <li key={picked.key}>
              <FileUpload.Item
                file={picked.file}
                error={picked.error}
                button={
                  <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => onChange(files.filter((f) => f.key !== picked.key))}>
                    <span className="aksel-sr-only">{t.remove(picked.file.name)}</span>
                  </Button>
                }
              />
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}

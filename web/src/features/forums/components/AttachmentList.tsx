import { PaperclipIcon } from '@navikt/aksel-icons';
import { BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatNumber } from '../../dialogue/format';
import { attachmentUrl } from '../manageApi';
import { attachmentTexts } from '../texts';
import type { Attachment } from '../types';

/** A file size in words: "812 B", "14 kB", "2,5 MB". */
export function useFileSize() {
  const t = useTexts(attachmentTexts);
  const lang = useLang();
  return (bytes: number) => {
    if (bytes < 1024) return t.bytes(formatNumber(bytes, lang));
    if (bytes < 1024 * 1024) return t.kilobytes(formatNumber(Math.round(bytes / 1024), lang));
    return t.megabytes(formatNumber(bytes / (1024 * 1024), lang, 1));
  };
}

/** A case's attachments with download links (the server checks who may download and logs it). */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const t = useTexts(attachmentTexts);
  const size = useFileSize();
  const check = { full: t.checkFull, partial: t.checkPartial, none: t.checkNone };
  if (attachments.length === 0) return <BodyShort>{t.noAttachments}</BodyShort>;
  return (
    <VStack as="ul" gap="space-12" className="plain-list" data-testid="case-attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <HStack gap="space-8" align="center" wrap={false}>
            <PaperclipIcon aria-hidden fontSize="1.25rem" />
            <Link href={attachmentUrl(a.id)} download={a.filename}>
              {a.filename}
            </Link>
            <BodyShort size="small" className="forums-subtle">
              {size(a.sizeBytes)}
            </BodyShort>
          </HStack>
          <BodyShort size="small" className="forums-subtle">
            {check[a.textCheck]}
          </BodyShort>
        </li>
      ))}
    </VStack>
  );
}

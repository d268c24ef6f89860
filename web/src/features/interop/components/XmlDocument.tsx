import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatNumber } from '../../dialogue/format';
import { interopLogTexts } from '../texts';
import '../interop.css';

/** Shown on the page; longer documents (letters as base64 PDF) are complete in the download. */
const SHOWN_CHARS = 200_000;

/** Saves text as a file through a Blob URL (same origin, no second request for the document). */
export function downloadText(text: string, filename: string, type = 'application/xml') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

interface Props {
  title: string;
  xml: string | null;
  /** Shown when there is no document. */
  empty: string;
  filename: string;
  testId: string;
}

/** A section with an XML document in a scrollable, keyboard-reachable block and its download. */
export function XmlDocument({ title, xml, empty, filename, testId }: Props) {
  const t = useTexts(interopLogTexts);
  const lang = useLang();
  const headingId = useId();
  const shown = xml && xml.length > SHOWN_CHARS ? xml.slice(0, SHOWN_CHARS) : xml;
  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} data-testid={testId}>
      <HStack gap="space-16" align="center" justify="space-between" wrap>
        <Heading level="2" size="medium" id={headingId}>
          {title}
        </Heading>
        {xml && (
          <Button type="button" size="small" variant="secondary" icon={<DownloadIcon aria-hidden />} aria-describedby={headingId} onClick={() => downloadText(xml, filename)}>
            {t.download}
          </Button>
        )}
      </HStack>
      {xml === null ? (
        <BodyShort>{empty}</BodyShort>
      ) : (
        <>
          {shown !== xml && <BodyShort size="small">{t.truncated(formatNumber(SHOWN_CHARS, lang))}</BodyShort>}
          {/* Focusable, so the keyboard can scroll it. */}
          <pre className="interop-xml" tabIndex={0}>
            <code>{shown}</code>
          </pre>
        </>
      )}
    </VStack>
  );
}

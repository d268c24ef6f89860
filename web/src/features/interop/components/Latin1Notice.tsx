import { InformationSquareIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Detail, HStack, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatReplacementPairs, replacementPairs } from '../latin1';
import { latin1Texts } from '../texts';
import type { Latin1CheckState } from '../useLatin1Check';
import '../interop.css';

/**
 * Under a text field bound for a GP's record system: a warning when characters cannot be shown
 * there (not an error: sending is still allowed), or a quiet line naming the characters that will
 * be converted. Always on the page as a polite live region, so the warning is heard when it
 * appears; the field points at it with `aria-describedby` while it says something.
 */
export function Latin1Notice({ state }: { state: Latin1CheckState }) {
  const t = useTexts(latin1Texts);
  const { check, noticeId } = state;
  const pairs = check ? replacementPairs(check.replaced) : [];
  const replacedLine = pairs.length > 0 ? t.replaced(formatReplacementPairs(pairs, t)) : null;
  const unsupported = check && check.unsupported.length > 0 ? check : null;
  const kind = unsupported ? 'unsupported' : replacedLine ? 'replaced' : 'none';
  return (
    <div id={noticeId} aria-live="polite" data-testid="latin1-notice" data-kind={kind}>
      {unsupported ? (
        <Alert variant="warning" size="small">
          <VStack gap="space-4">
            <BodyShort size="small" weight="semibold">
              {t.unsupportedTitle}
            </BodyShort>
            <BodyShort size="small">{unsupported.message ?? unsupported.unsupported.map((u) => `${u.char} (${u.codePoint})`).join(', ')}</BodyShort>
            {replacedLine && <BodyShort size="small">{replacedLine}</BodyShort>}
            <BodyShort size="small">{t.unsupportedHint}</BodyShort>
          </VStack>
        </Alert>
      ) : (
        replacedLine && (
          <HStack gap="space-4" align="start" wrap={false} className="latin1-info">
            <InformationSquareIcon aria-hidden fontSize="1.25rem" className="latin1-info__icon" />
            <Detail>{replacedLine}</Detail>
          </HStack>
        )
      )}
    </div>
  );
}

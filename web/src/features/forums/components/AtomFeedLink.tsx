import { FileTextIcon } from '@navikt/aksel-icons';
import { Link } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ATOM_FEED_URL } from '../api';
import { publicTexts } from '../texts';

/** The feed announced to feed readers (React places the `<link>` in the document head) and as a visible link. */
export function AtomFeedLink() {
  const t = useTexts(publicTexts);
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={t.feedTitle} href={ATOM_FEED_URL} />
      <Link href={ATOM_FEED_URL} data-testid="atom-feed-link">
        <FileTextIcon aria-hidden />
        {t.feed}
      </Link>
    </>
  );
}

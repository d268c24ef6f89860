import { Alert, BodyShort, Button, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { useAnnualDocument, usePublishAnnual, useSaveAnnual } from '../api';
import { todayIso } from '../manage';
import { bodyTexts } from '../texts';
import type { AnnualKind } from '../types';
import { useForumVocabulary } from '../vocabulary';

/** The annual plan and report, generated from the data; the leader or secretary edits and publishes them. */
export function AnnualPanel({ bodyId, manages }: { bodyId: string; manages: boolean }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<AnnualKind>('plan');
  const doc = useAnnualDocument(bodyId, year, kind);
  const save = useSaveAnnual(bodyId);
  const publish = usePublishAnnual(bodyId);
  const [text, setText] = useState('');
  const [done, setDone] = useState<'saved' | 'published' | null>(null);
  useEffect(() => {
    if (doc.data) setText(doc.data.text);
  }, [doc.data]);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const failed = save.error ?? publish.error;

  const onSave = async () => {
    setDone(null);
    await save.mutateAsync({ year, kind, text }).then(() => setDone('saved'), () => undefined);
  };
  const onPublish = async () => {
    setDone(null);
    // What is on screen is what gets published.
    await save.mutateAsync({ year, kind, text }).then(() => publish.mutateAsync({ year, kind })).then(() => setDone('published'), () => undefined);
  };

  return (
    <VStack gap="space-16" className="forums-form">
      <HStack gap="space-16">
        <Select label={t.annualYear} value={String(year)} onChange={(e) => setYear(Number(e.target.value))} size="small">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
        <Select label={t.annualKind} value={kind} onChange={(e) => setKind(e.target.value as AnnualKind)} size="small">
          <option value="plan">{v.annualKind('plan')}</option>
          <option value="report">{v.annualKind('report')}</option>
        </Select>
      </HStack>
      {doc.isPending && <LoadingState />}
      {doc.isError && <ApiErrorAlert error={doc.error} />}
      {doc.data && (
        <>
          <BodyShort>{doc.data.publishedAt ? t.annualPublished(formatDate(doc.data.publishedAt)) : t.annualDraft}</BodyShort>
          <Textarea label={t.annualText} value={text} onChange={(e) => setText(e.target.value)} minRows={12} maxLength={50_000} readOnly={!manages} data-testid="annual-text" />
          {manages && (
            <HStack gap="space-16">
              <Button variant="secondary" onClick={onSave} loading={save.isPending && !publish.isPending}>
                {t.save}
              </Button>
              <Button onClick={onPublish} loading={publish.isPending}>
                {t.publish}
              </Button>
            </HStack>
          )}
          {done && (
            <Alert variant="success" size="small" role="status">
              {done === 'saved' ? t.saved : t.published}
            </Alert>
          )}
          {Boolean(failed) && <ApiErrorAlert error={failed} />}
        </>
      )}
    </VStack>
  );
}

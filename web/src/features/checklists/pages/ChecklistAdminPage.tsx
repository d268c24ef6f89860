import { Alert, BodyLong, BodyShort, Button, Checkbox, ErrorMessage, Fieldset, HStack, List, ReadMore, Select, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import type { FieldErrors } from '../../directory-admin/validation';
import { useAddChecklistVersion, useChecklists, useChecklistVersions } from '../api';
import { checklistAdminTexts } from '../texts';
import type { ChecklistItem, ChecklistVersion } from '../types';

const ITEM_MAX = 500;

/** `/admin/huskelister`: the checklists' versions, and a new version (earlier ones are never changed). */
export function ChecklistAdminPage() {
  const t = useTexts(checklistAdminTexts);
  const lang = useLang();
  const list = useChecklists();
  const [key, setKey] = useState('');
  const selected = key || list.data?.[0]?.key || '';
  const versions = useChecklistVersions(selected);
  const [status, setStatus] = useState<string | null>(null);
  const summary = list.data?.find((c) => c.key === selected);

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {list.data && (
        <Select
          label={t.checklist}
          value={selected}
          onChange={(e) => {
            setKey(e.target.value);
            setStatus(null);
          }}
        >
          {list.data.map((c) => (
            <option key={c.key} value={c.key}>
              {c.title[lang]}
            </option>
          ))}
        </Select>
      )}
      <div role="status" aria-live="polite" data-testid="checklist-admin-status">
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      {versions.isError && <ApiErrorAlert error={versions.error} />}
      {versions.data && summary && (
        <>
          <Section title={t.versionsHeading}>
            <ul className="plain-list" data-testid="checklist-versions">
              {versions.data.map((v) => (
                <li key={v.version} data-version={v.version} data-published={String(v.published)}>
                  <VersionEntry version={v} current={v.version === summary.currentVersion} />
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t.newHeading}>
            <NewVersionForm
              // A fresh form per checklist and per saved version, filled with what is shown now.
              key={`${selected}-${summary.latestVersion}`}
              checklistKey={selected}
              initial={(versions.data.find((v) => v.version === summary.currentVersion) ?? versions.data[0])?.items ?? []}
              onSaved={(version) => setStatus(t.saved(version))}
            />
          </Section>
        </>
      )}
    </VStack>
  );
}

function VersionEntry({ version, current }: { version: ChecklistVersion; current: boolean }) {
  const t = useTexts(checklistAdminTexts);
  const lang = useLang();
  const when = formatDateTime(version.createdAt, lang);
  return (
    <VStack gap="space-4">
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">{t.version(version.version)}</BodyShort>
        <Tag size="small" variant={version.published ? 'moderate' : 'outline'} data-color={version.published ? 'success' : 'neutral'}>
          {version.published ? t.published : t.draft}
        </Tag>
        {current && (
          <Tag size="small" variant="strong" data-color="info">
            {t.current}
          </Tag>
        )}
        <BodyShort size="small">{version.createdBy ? t.createdBy(version.createdBy, when) : t.createdAt(when)}</BodyShort>
      </HStack>
      <ReadMore header={t.showItems(version.version)} size="small">
        <List size="small">
          {version.items.map((item, i) => (
            <List.Item key={i}>{item[lang]}</List.Item>
          ))}
        </List>
      </ReadMore>
    </VStack>
  );
}

interface Row extends ChecklistItem {
  key: number;
}

function NewVersionForm({ checklistKey, initial, onSaved }: { checklistKey: string; initial: ChecklistItem[]; onSaved: (version: number) => void }) {
  const t = useTexts(checklistAdminTexts);
  const add = useAddChecklistVersion(checklistKey);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const nextKey = useRef(initial.length + 1);
  const [rows, setRows] = useState<Row[]>(() => initial.map((item, i) => ({ ...item, key: i + 1 })));
  const [published, setPublished] = useState(true);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(fieldId(`item-${focusRow}-nb`))?.focus();
    setFocusRow(null);
  }, [focusRow, fieldId]);

  const update = (key: number, change: Partial<ChecklistItem>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const found: FieldErrors = {};
    const filled = rows.filter((r) => r.nb.trim() || r.en.trim());
    if (filled.length === 0) found.items = t.empty;
    for (const r of filled) {
      if (!r.nb.trim() || !r.en.trim()) found[`item-${r.key}-${r.nb.trim() ? 'en' : 'nb'}`] = t.required;
      else if (r.nb.length > ITEM_MAX) found[`item-${r.key}-nb`] = t.tooLong;
      else if (r.en.length > ITEM_MAX) found[`item-${r.key}-en`] = t.tooLong;
    }
    if (Object.keys(found).length > 0) {
      feedback.fail(found);
      return;
    }
    try {
      const saved = await add.mutateAsync({ items: filled.map((r) => ({ nb: r.nb.trim(), en: r.en.trim() })), published });
      onSaved(saved.version);
    } catch (error) {
      feedback.fail({}, error);
    }
  };

  const order = ['items', ...rows.flatMap((r) => [`item-${r.key}-nb`, `item-${r.key}-en`])];
  return (
    <form onSubmit={submit} noValidate data-testid="checklist-form">
      <VStack gap="space-16">
        <BodyShort>{t.newIntro}</BodyShort>
        <div id={fieldId('items')} tabIndex={-1}>
          {errors.items && <ErrorMessage>{errors.items}</ErrorMessage>}
        </div>
        {rows.map((row, index) => (
          <Fieldset key={row.key} legend={t.item(index + 1)} data-testid="checklist-item">
            <VStack gap="space-8">
              <Textarea
                id={fieldId(`item-${row.key}-nb`)}
                label={t.textNb}
                value={row.nb}
                onChange={(e) => {
                  update(row.key, { nb: e.target.value });
                  feedback.clear(`item-${row.key}-nb`);
                }}
                error={errors[`item-${row.key}-nb`]}
                maxLength={ITEM_MAX}
                minRows={2}
              />
              <Textarea
                id={fieldId(`item-${row.key}-en`)}
                label={t.textEn}
                value={row.en}
                onChange={(e) => {
                  update(row.key, { en: e.target.value });
                  feedback.clear(`item-${row.key}-en`);
                }}
                error={errors[`item-${row.key}-en`]}
                maxLength={ITEM_MAX}
                minRows={2}
              />
              <div>
                <Button type="button" size="small" variant="tertiary" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                  {t.removeItem(index + 1)}
                </Button>
              </div>
            </VStack>
          </Fieldset>
        ))}
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => {
              const key = nextKey.current++;
              setRows((all) => [...all, { key, nb: '', en: '' }]);
              setFocusRow(key);
              feedback.clear('items');
            }}
          >
            {t.addItem}
          </Button>
        </div>
        <Checkbox checked={published} onChange={(e) => setPublished(e.target.checked)} description={t.publishDescription}>
          {t.publish}
        </Checkbox>
        <FormFeedback feedback={feedback} order={order} heading={t.errorHeading} />
        <div>
          <Button type="submit" loading={add.isPending}>
            {t.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

import { Alert, BodyLong, BodyShort, Button, ErrorSummary, Heading, HStack, List, Table, Textarea, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { useFormTemplate, useFormTemplates, usePublishFormTemplate } from '../api';
import type { FormTemplate, TemplateSummary } from '../types';
import { formTemplateAdminTexts } from './texts';

/** `/admin/skjemamaler`: the form templates' latest versions, and a new version as JSON (earlier versions are never changed). */
export function FormTemplateAdminPage() {
  const t = useTexts(formTemplateAdminTexts);
  const lang = useLang();
  const list = useFormTemplates();
  const [selectedKey, setSelectedKey] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const summary = list.data?.find((s) => s.key === selectedKey);
  const titleOf = (s: TemplateSummary) => (typeof s.title === 'string' ? s.title : s.title[lang]);

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        <BodyLong>{t.versionsKept}</BodyLong>
      </VStack>
      <div role="status" aria-live="polite" data-testid="form-template-admin-status">
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      <Section title={t.listHeading}>
        {list.isPending && <LoadingState />}
        {list.isError && <ApiErrorAlert error={list.error} />}
        {list.data && list.data.length === 0 && <BodyShort>{t.empty}</BodyShort>}
        {list.data && list.data.length > 0 && (
          <Table size="small" aria-label={t.tableLabel} data-testid="form-template-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colTitle}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colKey}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colVersion}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.map((s) => (
                <Table.Row key={s.key} selected={s.key === selectedKey} data-key={s.key} data-version={s.version}>
                  <Table.HeaderCell scope="row">
                    <Button
                      type="button"
                      size="small"
                      variant="tertiary"
                      aria-pressed={s.key === selectedKey}
                      aria-label={t.show(titleOf(s))}
                      onClick={() => {
                        setSelectedKey(s.key);
                        setStatus(null);
                      }}
                    >
                      {titleOf(s)}
                    </Button>
                  </Table.HeaderCell>
                  <Table.DataCell>
                    <code>{s.key}</code>
                  </Table.DataCell>
                  <Table.DataCell data-testid="form-template-version">{s.version}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>
      {summary && (
        <TemplateDetail
          // A fresh view (and closed editor) per template and per published version.
          key={`${summary.key}-${summary.version}`}
          summary={summary}
          title={titleOf(summary)}
          onPublished={(key, version) => setStatus(t.published(key, version))}
        />
      )}
    </VStack>
  );
}

function TemplateDetail({ summary, title, onPublished }: { summary: TemplateSummary; title: string; onPublished: (key: string, version: number) => void }) {
  const t = useTexts(formTemplateAdminTexts);
  const template = useFormTemplate(summary.key, summary.version);
  const [editing, setEditing] = useState(false);
  const json = template.data ? JSON.stringify(template.data, null, 2) : '';

  return (
    <Section title={t.templateHeading(title, summary.version)}>
      {template.isPending && <LoadingState />}
      {template.isError && <ApiErrorAlert error={template.error} />}
      {template.data && (
        <>
          <pre className="form-template-json" tabIndex={0} role="region" aria-label={t.jsonLabel(title, summary.version)} data-testid="form-template-json">
            {json}
          </pre>
          {!editing && (
            <div>
              <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
                {t.makeNew}
              </Button>
            </div>
          )}
          {editing && (
            <NewVersionForm
              template={template.data}
              onCancel={() => setEditing(false)}
              onPublished={(key, version) => {
                setEditing(false);
                onPublished(key, version);
              }}
            />
          )}
        </>
      )}
    </Section>
  );
}

interface Problem {
  code: string;
  path: string;
  detail?: string;
}

/** The problems of a `FORM_TEMPLATE_INVALID` refusal (`details.problems[]`); none for other refusals. */
function problemsOf(error: unknown): Problem[] {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return [];
  const problems = (error.details as { problems?: unknown }).problems;
  if (!Array.isArray(problems)) return [];
  return problems.map((p: unknown) => {
    const o = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    const path = Array.isArray(o.path) ? o.path.join('.') : String(o.path ?? '');
    return { code: String(o.code ?? ''), path, detail: o.detail === undefined ? undefined : String(o.detail) };
  });
}

function NewVersionForm({
  template,
  onCancel,
  onPublished,
}: {
  template: FormTemplate;
  onCancel: () => void;
  onPublished: (key: string, version: number) => void;
}) {
  const t = useTexts(formTemplateAdminTexts);
  const publish = usePublishFormTemplate();
  const editorId = `${useId().replace(/[^a-zA-Z0-9]/g, '')}-json`;
  const nextVersion = template.version + 1;
  const [text, setText] = useState(() => JSON.stringify({ ...template, version: nextVersion }, null, 2));
  const [clientError, setClientError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  // After a failed submit, focus goes to what explains it.
  useEffect(() => {
    if (attempt === 0) return;
    (summaryRef.current ?? refusalRef.current)?.focus();
  }, [attempt]);

  useEffect(() => {
    document.getElementById(editorId)?.focus();
  }, [editorId]);

  const fail = (message: string | null, error: unknown) => {
    setClientError(message);
    setRefusal(error);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (publish.isPending) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      fail(t.invalidJson(error instanceof Error ? error.message : String(error)), null);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      fail(t.notAnObject, null);
      return;
    }
    try {
      const saved = await publish.mutateAsync(parsed);
      onPublished(saved.key, saved.version);
    } catch (error) {
      fail(null, error);
    }
  };

  const problems = problemsOf(refusal);
  return (
    <form onSubmit={submit} noValidate data-testid="form-template-form">
      <VStack gap="space-16">
        <Heading level="3" size="small">
          {t.newHeading(nextVersion)}
        </Heading>
        <BodyShort>{t.newIntro}</BodyShort>
        <Textarea
          id={editorId}
          className="form-template-editor"
          label={t.editorLabel}
          description={t.editorDescription}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setClientError(null);
          }}
          error={clientError ?? undefined}
          minRows={24}
          maxRows={40}
          spellCheck={false}
          autoComplete="off"
        />
        {clientError && (
          <ErrorSummary ref={summaryRef} heading={t.errorHeading}>
            <ErrorSummary.Item
              href={`#${editorId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(editorId)?.focus();
              }}
            >
              {clientError}
            </ErrorSummary.Item>
          </ErrorSummary>
        )}
        {Boolean(refusal) && (
          <div ref={refusalRef} tabIndex={-1} className="focus-target" data-testid="form-template-refusal">
            <Alert variant="error" role="alert">
              <Heading level="4" size="xsmall" spacing>
                {t.refusedHeading}
              </Heading>
              <BodyShort spacing>
                {isApiError(refusal) || refusal instanceof Error ? refusal.message : ''}
                {isApiError(refusal) && (
                  <>
                    {' '}
                    (<code>{refusal.code}</code>)
                  </>
                )}
              </BodyShort>
              {problems.length > 0 && <BodyShort>{t.problemsIntro}</BodyShort>}
              {problems.length > 0 && (
                <List size="small" data-testid="form-template-problems">
                  {problems.map((p, i) => (
                    <List.Item key={i}>
                      <code>{t.problem(p.path, p.code)}</code>
                      {p.detail ? ` – ${p.detail}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          </div>
        )}
        <HStack gap="space-8">
          <Button type="submit" loading={publish.isPending}>
            {t.publish}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

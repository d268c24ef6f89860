import { BodyLong, BodyShort, Heading, List, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { useInteropMessage } from '../api';
import { InteropErrors } from '../components/InteropErrors';
import { InteropStatusTag } from '../components/InteropStatusTag';
import { XmlDocument } from '../components/XmlDocument';
import { interopLogTexts } from '../texts';
import type { InteropMessageDetail } from '../types';
import { useInteropVocabulary } from '../vocabulary';

/** `/admin/meldinger/:id`: one national document as it travelled, its receipt and its schema deviations. */
export function InteropMessagePage() {
  const { id = '' } = useParams();
  const t = useTexts(interopLogTexts);
  const common = useTexts(commonTexts);
  const query = useInteropMessage(id);
  const back = (
    <div>
      <AppLink to="/admin/meldinger">{t.backToLog}</AppLink>
    </div>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <VStack gap="space-16">
        {back}
        <PageHeading>{notFound ? t.notFoundTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }
  return <MessageView message={query.data} back={back} />;
}

function MessageView({ message, back }: { message: InteropMessageDetail; back: ReactNode }) {
  const t = useTexts(interopLogTexts);
  const lang = useLang();
  const vocabulary = useInteropVocabulary();
  const errorsId = useId();
  const warningsId = useId();
  const title = `${vocabulary.type(message.type)} – ${vocabulary.direction(message.direction).toLocaleLowerCase(lang === 'en' ? 'en-GB' : 'nb-NO')}`;
  const base = message.msgId ?? message.id;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        {back}
        <PageHeading documentTitle={`${title} – ${t.title}`}>{title}</PageHeading>
        <InfoList
          items={[
            { label: t.status, value: <InteropStatusTag status={message.status} /> },
            { label: t.direction, value: vocabulary.direction(message.direction) },
            { label: t.type, value: message.type ? `${vocabulary.type(message.type)} (${message.type})` : t.typeUnknown },
            { label: t.msgId, value: message.msgId },
            { label: t.createdAt, value: <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, lang)}</time> },
            { label: t.conversationId, value: message.conversationId },
          ]}
        />
      </VStack>

      {message.errors.length > 0 && (
        <VStack as="section" gap="space-12" aria-labelledby={errorsId} data-testid="interop-errors">
          <Heading level="2" size="medium" id={errorsId}>
            {t.errorsHeading}
          </Heading>
          <InteropErrors errors={message.errors} />
        </VStack>
      )}

      <VStack as="section" gap="space-12" aria-labelledby={warningsId} data-testid="interop-schema-warnings">
        <Heading level="2" size="medium" id={warningsId}>
          {t.schemaWarnings}
        </Heading>
        <BodyLong size="small">{t.schemaWarningsIntro}</BodyLong>
        {message.schemaWarnings.length === 0 ? (
          <BodyShort>{t.noSchemaWarnings}</BodyShort>
        ) : (
          <List size="small">
            {message.schemaWarnings.map((warning, i) => (
              <List.Item key={i}>
                {warning}
              </List.Item>
            ))}
          </List>
        )}
      </VStack>

      <XmlDocument title={t.document} xml={message.document} empty={t.noDocument} filename={`${base}.xml`} testId="interop-document" />
      <XmlDocument title={t.apprec} xml={message.apprec} empty={t.noApprec} filename={`${base}-apprec.xml`} testId="interop-apprec" />
    </VStack>
  );
}

import { BodyLong, HStack, Tabs, VStack } from '@navikt/ds-react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { publicForumPath, useBody } from '../api';
import { BodyRecommendationsPanel } from '../components/BodyRecommendationsPanel';
import { AnnualPanel } from '../components/AnnualPanel';
import { CasesPanel } from '../components/CasesPanel';
import { CompositionPanel } from '../components/CompositionPanel';
import { CoveragePanel } from '../components/CoveragePanel';
import { HoursPanel } from '../components/HoursPanel';
import { MeetingsPanel } from '../components/MeetingsPanel';
import { BodySettingsPanel } from '../components/BodySettingsPanel';
import { TemplatePanel } from '../components/TemplatePanel';
import { canManageBody } from '../manage';
import { adminTexts, bodyTexts } from '../texts';
import { useForumVocabulary } from '../vocabulary';

const TABS = ['saker', 'anbefalinger', 'sammensetning', 'moter', 'dekning', 'timer', 'arsdokumenter', 'vurderingsmal', 'innstillinger'] as const;
type Tab = (typeof TABS)[number];

/** `/samarbeidsforum/:id`: what a member sees of their body; the leader and secretary also manage it. */
export function BodyPage() {
  const t = useTexts(bodyTexts);
  const a = useTexts(adminTexts);
  const v = useForumVocabulary();
  const me = useSignedInUser();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const body = useBody(id);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('fane') ?? '') ? (params.get('fane') as Tab) : 'saker';

  if (body.isPending) return <LoadingState />;
  if (body.isError) return <ApiErrorAlert error={body.error} />;
  const detail = body.data;
  const manages = canManageBody(me, detail);
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/samarbeidsforum">{t.back}</AppLink>
        <PageHeading>{detail.name}</PageHeading>
        <InfoList items={[{ label: t.kindLabel, value: v.bodyKind(detail.kind) }, { label: t.owner, value: detail.owner }]} />
        {detail.mandate && <BodyLong className="forums-text">{detail.mandate}</BodyLong>}
        <HStack gap="space-16">
          <AppLink to={publicForumPath(detail.slug)}>{t.publicPage}</AppLink>
        </HStack>
      </VStack>
      <Tabs value={tab} onChange={(value) => setParams({ fane: value }, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="saker" label={t.tabCases} />
          <Tabs.Tab value="anbefalinger" label={t.tabRecommendations} />
          <Tabs.Tab value="sammensetning" label={t.tabComposition} />
          <Tabs.Tab value="moter" label={t.tabMeetings} />
          <Tabs.Tab value="dekning" label={t.tabCoverage} />
          {manages && <Tabs.Tab value="timer" label={t.tabHours} />}
          <Tabs.Tab value="arsdokumenter" label={t.tabAnnual} />
          <Tabs.Tab value="vurderingsmal" label={a.templateTab} />
          {manages && <Tabs.Tab value="innstillinger" label={a.tabSettings} />}
        </Tabs.List>
        <Tabs.Panel value="saker" className="forums-panel">
          <CasesPanel bodyId={detail.id} />
        </Tabs.Panel>
        <Tabs.Panel value="anbefalinger" className="forums-panel">
          <BodyRecommendationsPanel bodyId={detail.id} />
        </Tabs.Panel>
        <Tabs.Panel value="sammensetning" className="forums-panel">
          <CompositionPanel body={detail} manages={manages} />
        </Tabs.Panel>
        <Tabs.Panel value="moter" className="forums-panel">
          <MeetingsPanel body={detail} manages={manages} />
        </Tabs.Panel>
        <Tabs.Panel value="dekning" className="forums-panel">
          <CoveragePanel bodyId={detail.id} />
        </Tabs.Panel>
        {manages && (
          <Tabs.Panel value="timer" className="forums-panel">
            <HoursPanel body={detail} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="arsdokumenter" className="forums-panel">
          <AnnualPanel bodyId={detail.id} manages={manages} />
        </Tabs.Panel>
        <Tabs.Panel value="vurderingsmal" className="forums-panel">
          <TemplatePanel bodyId={detail.id} manages={manages} />
        </Tabs.Panel>
        {manages && (
          <Tabs.Panel value="innstillinger" className="forums-panel">
            <BodySettingsPanel body={detail} />
          </Tabs.Panel>
        )}
      </Tabs>
    </VStack>
  );
}

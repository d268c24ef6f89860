import { BodyLong, BodyShort, Button, HStack, Tabs, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { newCoursePath, newSeriesPath, useArenas } from '../api';
import { ArenaList } from '../components/ArenaList';
import { CountyCalendar } from '../components/CountyCalendar';
import { MySessions } from '../components/MySessions';
import { OutreachPages } from '../components/OutreachPages';
import { CREATOR_ROLES } from '../roles';
import { listTexts } from '../texts';

type Tab = 'mine' | 'open' | 'county';

/** `/moteplasser`: my upcoming sessions; tabs with my arenas, those open to me, and the county calendar. */
export function ArenasPage() {
  const t = useTexts(listTexts);
  const me = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const tab = (['mine', 'open', 'county'].includes(params.get('fane') ?? '') ? params.get('fane') : 'mine') as Tab;
  const canCreate = CREATOR_ROLES.includes(me.role);
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        {canCreate && (
          <HStack gap="space-12">
            <Button as={RouterLink} to={newSeriesPath} size="small">
              {t.newSeries}
            </Button>
            <Button as={RouterLink} to={newCoursePath} size="small" variant="secondary">
              {t.newCourse}
            </Button>
          </HStack>
        )}
        <OutreachPages />
      </VStack>
      <MySessions />
      <Tabs value={tab} onChange={(value) => setParams({ fane: value }, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="mine" label={t.tabMine} />
          <Tabs.Tab value="open" label={t.tabOpen} />
          <Tabs.Tab value="county" label={t.tabCounty} />
        </Tabs.List>
        <Tabs.Panel value="mine" className="arenas-tab">
          {tab === 'mine' && <ArenaTab scope="mine" empty={t.noneMine} />}
        </Tabs.Panel>
        <Tabs.Panel value="open" className="arenas-tab">
          {tab === 'open' && <ArenaTab scope="open" empty={t.noneOpen} />}
        </Tabs.Panel>
        <Tabs.Panel value="county" className="arenas-tab">
          {tab === 'county' && <CountyCalendar />}
        </Tabs.Panel>
      </Tabs>
    </VStack>
  );
}

function ArenaTab({ scope, empty }: { scope: 'mine' | 'open'; empty: string }) {
  const arenas = useArenas(scope);
  if (arenas.isPending) return <LoadingState />;
  if (arenas.isError) return <ApiErrorAlert error={arenas.error} />;
  if (arenas.data.length === 0) return <BodyShort>{empty}</BodyShort>;
  return <ArenaList arenas={arenas.data} testId={`arenas-${scope}`} />;
}

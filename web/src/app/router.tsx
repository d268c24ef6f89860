import { createBrowserRouter } from 'react-router-dom';
import type { Role } from '../api/types';
import { AccessLogPage } from '../features/access-log/pages/AccessLogPage';
import { CitizenListPage } from '../features/citizens/pages/CitizenListPage';
import { CitizenPage } from '../features/citizens/pages/CitizenPage';
import { DirectorySearchPage } from '../features/directory/pages/DirectorySearchPage';
import { OrganisationPage } from '../features/directory/pages/OrganisationPage';
import { PersonPage } from '../features/directory/pages/PersonPage';
import { NotificationsPage } from '../features/notifications/pages/NotificationsPage';
import { LoadingState } from '../shared/components/LoadingState';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RequireRole } from './session/RequireRole';
import { RequireSignIn } from './session/RequireSignIn';
import { SignInRoute } from './session/SignInRoute';
import { RootLayout } from './shell/RootLayout';

const CITIZEN_LIST_ROLES: Role[] = ['gp', 'nav_adviser', 'nav_manager'];

/** Paths are Norwegian, as users see them; components are English. */
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    // Shown while a lazily loaded page's code arrives on first load.
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: '/logg-inn', element: <SignInRoute /> },
          // Published recommendations and the bodies' public pages: open without sign-in.
          {
            path: 'anbefalinger',
            lazy: async () => ({ Component: (await import('../features/forums/routes')).PublicRecommendationsRoute }),
          },
          {
            path: 'anbefalinger/:slug',
            lazy: async () => ({ Component: (await import('../features/forums/routes')).PublicRecommendationRoute }),
          },
          {
            path: 'forum/:slug',
            lazy: async () => ({ Component: (await import('../features/forums/routes')).PublicForumRoute }),
          },
          // A pulse-survey invitation: the single-use link (its code after '#') is the credential, no sign-in.
          {
            path: 'sporreundersokelse',
            lazy: async () => ({ Component: (await import('../features/insights/surveys/routes')).RespondRoute }),
          },
          // The knowledge base (catalogue): published content, open without sign-in.
          {
            path: 'kunnskap',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).KnowledgeHomeRoute }),
          },
          {
            path: 'kunnskap/modeller',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ModelsRoute }),
          },
          {
            path: 'kunnskap/modeller/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ModelRoute }),
          },
          {
            path: 'kunnskap/modell/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ModelRoute }),
          },
          {
            path: 'kunnskap/sammenlign',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).CompareRoute }),
          },
          {
            path: 'kunnskap/tiltak/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).MeasureRoute }),
          },
          {
            path: 'kunnskap/regler/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ArticleRoute }),
          },
          {
            path: 'kunnskap/artikkel/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ArticleRoute }),
          },
          {
            path: 'kunnskap/sjekkliste/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).ChecklistRoute }),
          },
          {
            path: 'kunnskap/mal/:slug',
            lazy: async () => ({ Component: (await import('../features/catalogue/routes')).TemplateRoute }),
          },
          {
            element: <RequireSignIn />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'katalog', element: <DirectorySearchPage /> },
              { path: 'katalog/organisasjoner/:id', element: <OrganisationPage /> },
              { path: 'katalog/personer/:id', element: <PersonPage /> },
              {
                path: 'personer',
                element: (
                  <RequireRole roles={CITIZEN_LIST_ROLES}>
                    <CitizenListPage />
                  </RequireRole>
                ),
              },
              { path: 'personer/:id', element: <CitizenPage /> },
              {
                path: 'innsyn',
                element: (
                  <RequireRole roles={['patient']}>
                    <AccessLogPage />
                  </RequireRole>
                ),
              },
              { path: 'varsler', element: <NotificationsPage /> },
              {
                path: 'sykmeldte',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).SickListedRoute }),
              },
              {
                path: 'sykmeldinger/ny',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).NewSickNoteRoute }),
              },
              {
                path: 'saker/:id',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).CaseRoute }),
              },
              {
                path: 'arbeidsliste',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).WorkListRoute }),
              },
              {
                path: 'oppgaver',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).TasksRoute }),
              },
              {
                path: 'min-sykmelding',
                lazy: async () => ({ Component: (await import('../features/sickleave/routes')).MyCasesRoute }),
              },
              {
                path: 'innboks',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).GpInboxRoute }),
              },
              {
                path: 'nav-innboks',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).NavInboxRoute }),
              },
              {
                path: 'dialog/:id',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).ThreadRoute }),
              },
              {
                path: 'saker/:caseId/foresporsel',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).NewRequestRoute }),
              },
              {
                path: 'saker/:caseId/notat',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).NavNoteRoute }),
              },
              {
                path: 'saker/:caseId/melding',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).GpCaseMessageRoute }),
              },
              {
                path: 'personer/:id/melding',
                lazy: async () => ({ Component: (await import('../features/dialogue/routes')).GpCitizenMessageRoute }),
              },
              {
                path: 'saker/:caseId/dialogmote/ny',
                lazy: async () => ({ Component: (await import('../features/meetings/routes')).NewMeetingRoute }),
              },
              {
                path: 'dialogmoter',
                lazy: async () => ({ Component: (await import('../features/meetings/routes')).MeetingsRoute }),
              },
              {
                path: 'dialogmoter/:id',
                lazy: async () => ({ Component: (await import('../features/meetings/routes')).MeetingRoute }),
              },
              {
                path: 'skjema/:id',
                lazy: async () => ({ Component: (await import('../features/forms/routes')).FormRoute }),
              },
              {
                path: 'admin/revisjon',
                lazy: async () => ({ Component: (await import('../features/admin/routes')).AuditRoute }),
              },
              {
                path: 'admin/import',
                lazy: async () => ({ Component: (await import('../features/admin/routes')).ImportRoute }),
              },
              {
                path: 'admin/katalog/ny-organisasjon',
                lazy: async () => ({
                  Component: (await import('../features/directory-admin/routes')).NewOrganisationRoute,
                }),
              },
              {
                path: 'admin/katalog/ny-person',
                lazy: async () => ({ Component: (await import('../features/directory-admin/routes')).NewPersonRoute }),
              },
              {
                path: 'radgivende-leger',
                lazy: async () => ({ Component: (await import('../features/reachability/routes')).AdvisoryPhysiciansRoute }),
              },
              {
                path: 'ringeliste',
                lazy: async () => ({ Component: (await import('../features/reachability/routes')).CallbackQueueRoute }),
              },
              {
                path: 'admin/vaktliste',
                lazy: async () => ({ Component: (await import('../features/reachability/routes')).RotaRoute }),
              },
              {
                path: 'admin/meldinger',
                lazy: async () => ({ Component: (await import('../features/interop/routes')).InteropLogRoute }),
              },
              {
                path: 'admin/meldinger/:id',
                lazy: async () => ({ Component: (await import('../features/interop/routes')).InteropMessageRoute }),
              },
              {
                path: 'admin/huskelister',
                lazy: async () => ({ Component: (await import('../features/checklists/routes')).ChecklistAdminRoute }),
              },
              {
                path: 'admin/skjemamaler',
                lazy: async () => ({ Component: (await import('../features/forms/admin/routes')).FormTemplateAdminRoute }),
              },
              {
                path: 'henvis',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).ReferralRoute }),
              },
              {
                path: 'henvisninger',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).GpReferralsRoute }),
              },
              {
                path: 'team',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).MyTeamsRoute }),
              },
              {
                path: 'team/evaluering',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).EvaluationRoute }),
              },
              {
                path: 'innsikt',
                lazy: async () => ({ Component: (await import('../features/insights/routes')).InsightsRoute }),
              },
              {
                path: 'innsikt/sporreundersokelser',
                lazy: async () => ({ Component: (await import('../features/insights/surveys/routes')).SurveysRoute }),
              },
              {
                path: 'innsikt/sporreundersokelser/ny',
                lazy: async () => ({ Component: (await import('../features/insights/surveys/routes')).ComposeSurveyRoute }),
              },
              {
                path: 'innsikt/sporreundersokelser/:id',
                lazy: async () => ({ Component: (await import('../features/insights/surveys/routes')).SurveyRoute }),
              },
              {
                path: 'team/forlop/:courseId',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).CourseRoute }),
              },
              {
                path: 'team/:teamId',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).TeamBoardRoute }),
              },
              {
                path: 'admin/team',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).TeamAdminRoute }),
              },
              {
                path: 'mitt-forlop',
                lazy: async () => ({ Component: (await import('../features/teams/routes')).MyCourseRoute }),
              },
              {
                path: 'samarbeidsforum',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).ForumsRoute }),
              },
              {
                path: 'samarbeidsforum/meld',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).SubmitRoute }),
              },
              {
                path: 'samarbeidsforum/nytt',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).NewBodyRoute }),
              },
              {
                path: 'samarbeidsforum/sak/:id',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).CaseRoute }),
              },
              {
                path: 'samarbeidsforum/anbefaling/:id',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).RecommendationRoute }),
              },
              {
                path: 'samarbeidsforum/mote/:id',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).ForumMeetingRoute }),
              },
              {
                path: 'samarbeidsforum/:id',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).BodyRoute }),
              },
              {
                path: 'mine-innmeldinger',
                lazy: async () => ({ Component: (await import('../features/forums/routes')).MySubmissionsRoute }),
              },
              {
                path: 'kunnskap/redaksjon',
                lazy: async () => ({ Component: (await import('../features/catalogue/routes')).EditorListRoute }),
              },
              {
                path: 'kunnskap/redaksjon/ny',
                lazy: async () => ({ Component: (await import('../features/catalogue/routes')).NewEntryRoute }),
              },
              {
                path: 'kunnskap/redaksjon/intervju',
                lazy: async () => ({ Component: (await import('../features/catalogue/routes')).InterviewRoute }),
              },
              {
                path: 'kunnskap/redaksjon/:id',
                lazy: async () => ({ Component: (await import('../features/catalogue/routes')).EntryEditRoute }),
              },
              {
                path: 'kunnskap/redaksjon/:id/versjoner/:version',
                lazy: async () => ({ Component: (await import('../features/catalogue/routes')).VersionRoute }),
              },
              // Arenas (issue 10): the list and calendar, small-group series, courses, table plans, evaluations.
              {
                path: 'moteplasser',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).ArenasRoute }),
              },
              {
                path: 'moteplasser/ny-smagruppe',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).NewSeriesRoute }),
              },
              {
                path: 'moteplasser/nytt-kurs',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).NewCourseRoute }),
              },
              {
                path: 'moteplasser/:id',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).ArenaRoute }),
              },
              {
                path: 'moteplasser/:id/bordplan',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).TablePlanRoute }),
              },
              {
                path: 'moteplasser/:id/evaluering',
                lazy: async () => ({ Component: (await import('../features/arenas/routes')).EvaluationRoute }),
              },
              // Arenas that reach out (issue 10 points 3–5): visit rounds, joint meetings, practice consultants, case slots.
              {
                path: 'moteplasser/besoksrunder',
                lazy: async () => ({ Component: (await import('../features/arenas/visits/routes')).VisitRoundsRoute }),
              },
              {
                path: 'moteplasser/besoksrunder/:id',
                lazy: async () => ({ Component: (await import('../features/arenas/visits/routes')).VisitRoundRoute }),
              },
              {
                path: 'moteplasser/fellesmoter',
                lazy: async () => ({ Component: (await import('../features/arenas/joint-meetings/routes')).JointMeetingsRoute }),
              },
              {
                path: 'moteplasser/fellesmoter/:id',
                lazy: async () => ({ Component: (await import('../features/arenas/joint-meetings/routes')).JointMeetingRoute }),
              },
              {
                path: 'moteplasser/praksiskonsulenter',
                lazy: async () => ({ Component: (await import('../features/arenas/consultants/routes')).ConsultantPostsRoute }),
              },
              {
                path: 'moteplasser/praksiskonsulenter/:id',
                lazy: async () => ({ Component: (await import('../features/arenas/consultants/routes')).ConsultantPostRoute }),
              },
              {
                path: 'moteplasser/saksgjennomgang',
                lazy: async () => ({ Component: (await import('../features/arenas/case-slots/routes')).CaseSlotsRoute }),
              },
              {
                path: 'moteplasser/saksgjennomgang/:id',
                lazy: async () => ({ Component: (await import('../features/arenas/case-slots/routes')).CaseSlotRoute }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

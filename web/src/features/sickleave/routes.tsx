import { useSignedInUser } from '../../app/session/api';
import { RequireRole } from '../../app/session/RequireRole';
import { CasePage } from './pages/CasePage';
import { EmployerCasesPage } from './pages/EmployerCasesPage';
import { GpCasesPage } from './pages/GpCasesPage';
import { MyCasesPage } from './pages/MyCasesPage';
import { NewSickNotePage } from './pages/NewSickNotePage';
import { TasksPage } from './pages/TasksPage';
import { WorkListPage } from './pages/WorkListPage';

/** Sick-leave pages, loaded on demand. The server decides access; the role checks are for clarity. */

/** `/sykmeldte`: the GP's sick-listed patients, or the employer's sick-listed employees. */
export function SickListedRoute() {
  const me = useSignedInUser();
  return (
    <RequireRole roles={['gp', 'employer']}>{me.role === 'employer' ? <EmployerCasesPage /> : <GpCasesPage />}</RequireRole>
  );
}

export function NewSickNoteRoute() {
  return (
    <RequireRole roles={['gp']}>
      <NewSickNotePage />
    </RequireRole>
  );
}

export function CaseRoute() {
  return <CasePage />;
}

export function WorkListRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <WorkListPage />
    </RequireRole>
  );
}

export function TasksRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <TasksPage />
    </RequireRole>
  );
}

export function MyCasesRoute() {
  return (
    <RequireRole roles={['patient']}>
      <MyCasesPage />
    </RequireRole>
  );
}

import { RequireRole } from '../../app/session/RequireRole';
import { GpCaseMessagePage, GpCitizenMessagePage } from './pages/GpMessagePage';
import { GpInboxPage } from './pages/GpInboxPage';
import { NavInboxPage } from './pages/NavInboxPage';
import { NavNotePage } from './pages/NavNotePage';
import { NewRequestPage } from './pages/NewRequestPage';
import { ThreadPage } from './pages/ThreadPage';
import './dialogue.css';

/** Dialogue pages, loaded on demand. The server decides access; the role checks are for clarity. */

export function GpInboxRoute() {
  return (
    <RequireRole roles={['gp']}>
      <GpInboxPage />
    </RequireRole>
  );
}

export function NavInboxRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <NavInboxPage />
    </RequireRole>
  );
}

/** A thread: the GP party or the NAV office's advisers and manager (others get "not found"). */
export function ThreadRoute() {
  return (
    <RequireRole roles={['gp', 'nav_adviser', 'nav_manager']}>
      <ThreadPage />
    </RequireRole>
  );
}

export function NewRequestRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <NewRequestPage />
    </RequireRole>
  );
}

export function NavNoteRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <NavNotePage />
    </RequireRole>
  );
}

export function GpCaseMessageRoute() {
  return (
    <RequireRole roles={['gp']}>
      <GpCaseMessagePage />
    </RequireRole>
  );
}

export function GpCitizenMessageRoute() {
  return (
    <RequireRole roles={['gp']}>
      <GpCitizenMessagePage />
    </RequireRole>
  );
}

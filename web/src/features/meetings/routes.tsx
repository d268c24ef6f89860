import { RequireRole } from '../../app/session/RequireRole';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { NewMeetingPage } from './pages/NewMeetingPage';
import './meetings.css';

/** Dialogue-meeting pages, loaded on demand. The server decides access; the role checks are for clarity. */

export const MEETING_ROLES = ['nav_adviser', 'nav_manager', 'gp', 'patient', 'employer'] as const;

export function MeetingsRoute() {
  return (
    <RequireRole roles={MEETING_ROLES}>
      <MeetingsPage />
    </RequireRole>
  );
}

/** One meeting: its participants and NAV of the office (others get "not found" from the server). */
export function MeetingRoute() {
  return <MeetingPage />;
}

export function NewMeetingRoute() {
  return (
    <RequireRole roles={['nav_adviser', 'nav_manager']}>
      <NewMeetingPage />
    </RequireRole>
  );
}

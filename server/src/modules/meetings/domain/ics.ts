import { TZDate } from '@date-fns/tz';
import { ICalAttendeeRole, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ParticipantRole } from './kinds.js';
import { OSLO_VTIMEZONE } from './oslo-vtimezone.js';

/**
 * A participant's calendar file (iTIP over e-mail, RFC 5546): one event per participant, with
 * that participant's own part of the meeting. The UID stays the same through every change, and
 * SEQUENCE grows with every move and the cancellation, so a calendar updates or removes the event
 * it already has instead of adding a second one.
 *
 * Times are written as Oslo wall-clock times with TZID=Europe/Oslo and the VTIMEZONE the file
 * itself carries (RFC 5545 requires one for every TZID). A calendar then shows "09.00 Norwegian
 * time" even to someone abroad, and a client that does not know the zone name (Outlook relies on
 * the VTIMEZONE) still converts correctly across summer time. DTSTAMP is in UTC, as RFC 5545
 * requires.
 */
export const CALENDAR_PRODID = { company: 'Samhandling', product: 'Samhandling dialogue meetings', language: 'NB' } as const;

export interface CalendarInput {
  /** REQUEST for invitations and changes, CANCEL for a cancellation. */
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  /** The meeting's sequence: 0 at the invitation, increased by every move and the cancellation. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  organizer: { name: string; email: string };
  attendee?: { name: string; email?: string | null; role: ParticipantRole } | null;
  timezone: 'Europe/Oslo';
  /** When the file is made (DTSTAMP): the same input gives the same file. */
  now: Date;
}

/** `meeting-<meeting id>-<participant id>@samhandling`: stable for the participant's event across changes. */
export function calendarUid(meetingId: string, participantId: string): string {
  return `meeting-${meetingId}-${participantId}@samhandling`;
}

/** The VTIMEZONE for the one zone the platform writes; any other name gets none (and is not used). */
function vtimezone(name: string): string | null {
  return name === 'Europe/Oslo' ? OSLO_VTIMEZONE : null;
}

/**
 * ical-generator escapes URL like text (`,` → `\,`), but URL is a URI value where a backslash is
 * literal; percent-encoding the three characters keeps the link the same for any web server.
 */
function uriValue(url: string): string {
  return url.replace(/[,;\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function meetingCalendar(input: CalendarInput): string {
  // The calendar itself has no zone name: ical-generator writes DTSTAMP in the calendar's zone,
  // and DTSTAMP must be UTC. The event's zone alone brings in the VTIMEZONE.
  const calendar = new ICalCalendar({
    prodId: CALENDAR_PRODID,
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: vtimezone },
  });
  const event = calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now,
    // ical-generator reads the wall-clock time of a TZDate in the event's zone; a plain Date
    // would be read in the server's own zone.
    start: new TZDate(input.start.getTime(), input.timezone),
    end: new TZDate(input.end.getTime(), input.timezone),
    timezone: input.timezone,
    summary: input.summary,
    description: input.description,
    location: input.location || null,
    url: input.url ? uriValue(input.url) : null,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // An attendee needs an address in iCalendar; a platform-only participant is simply not listed.
  // RSVP is off: replies go through the platform, not as e-mails to the organiser's address.
  if (input.attendee?.email) {
    event.createAttendee({ name: input.attendee.name, email: input.attendee.email, role: ICalAttendeeRole.REQ, rsvp: false });
  }
  return calendar.toString();
}

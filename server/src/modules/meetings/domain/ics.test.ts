import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarInput, calendarUid, meetingCalendar } from './ics.js';
import { OSLO_VTIMEZONE } from './oslo-vtimezone.js';

const uid = calendarUid('6f1c', 'p-42');
const base: CalendarInput = {
  method: 'REQUEST',
  uid,
  sequence: 0,
  start: new Date('2026-12-10T08:00:00Z'),
  end: new Date('2026-12-10T09:00:00Z'),
  summary: 'Dialogmøte 2',
  description: 'Innkalling til dialogmøte 2 hos NAV Grünerløkka.',
  location: 'NAV Grünerløkka',
  organizer: { name: 'NAV Grünerløkka', email: 'ikke-svar@samhandling.example' },
  attendee: { name: 'Kari Nordmann', email: 'kari@example.no', role: 'employee' },
  timezone: 'Europe/Oslo',
  now: new Date('2026-11-20T12:34:56Z'),
};

/**
 * The file as a calendar reads it: parsed by ical.js, with the zone taken from the file's own
 * VTIMEZONE (ical.js knows no zones by itself), so the times prove the VTIMEZONE right too.
 */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event };
}

const text = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name)?.toString();

describe('meeting calendar files', () => {
  it('builds the UID from the meeting and the participant', () => {
    expect(uid).toBe('meeting-6f1c-p-42@samhandling');
  });

  it('an invitation is METHOD:REQUEST with the given UID, SEQUENCE, a confirmed status, and a Samhandling PRODID', () => {
    const { calendar, vevent, event } = parse(meetingCalendar(base));
    expect(text(calendar, 'method')).toBe('REQUEST');
    expect(text(calendar, 'prodid')).toMatch(/Samhandling/);
    expect(text(calendar, 'version')).toBe('2.0');
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(0);
    expect(text(vevent, 'status')).toBe('CONFIRMED');
    expect(text(vevent, 'organizer')).toBe('mailto:ikke-svar@samhandling.example');
    const attendee = vevent.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()?.toString().toLowerCase()).toBe('mailto:kari@example.no');
    expect(attendee?.getParameter('cn')).toBe('Kari Nordmann');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
  });

  it('a change keeps the UID and carries a higher SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const files = [
      meetingCalendar(base),
      meetingCalendar({ ...base, sequence: 1, start: new Date('2026-12-11T08:00:00Z'), end: new Date('2026-12-11T09:00:00Z') }),
      meetingCalendar({ ...base, method: 'CANCEL', sequence: 2 }),
    ].map(parse);
    expect(files.map((f) => f.event.uid)).toEqual([uid, uid, uid]);
    expect(files.map((f) => f.event.sequence)).toEqual([0, 1, 2]);
    expect(files.map((f) => text(f.calendar, 'method'))).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(text(files[2]!.vevent, 'status')).toBe('CANCELLED');
  });

  it('is deterministic: DTSTAMP is `now` in UTC, and the same input gives the same file', () => {
    const file = meetingCalendar(base);
    expect(file).toBe(meetingCalendar({ ...base }));
    const stamp = parse(file).vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe('2026-11-20T12:34:56.000Z');
    expect(file).toMatch(/\r\nDTSTAMP:20261120T123456Z\r\n/);
  });

  it.each([
    ['winter', '2026-12-10T08:00:00Z', '2026-12-10T09:00:00Z', [9, 0], [10, 0]],
    ['the morning summer time starts (29 March 2026)', '2026-03-29T08:00:00Z', '2026-03-29T09:00:00Z', [10, 0], [11, 0]],
    ['the morning summer time ends (25 October 2026)', '2026-10-25T08:00:00Z', '2026-10-25T09:00:00Z', [9, 0], [10, 0]],
    ['the day before summer time ends', '2026-10-24T07:00:00Z', '2026-10-24T08:15:00Z', [9, 0], [10, 15]],
  ])('writes Oslo wall-clock times with TZID=Europe/Oslo that convert back to the same instants: %s', (_, start, end, [sh, sm], [eh, em]) => {
    const { event } = parse(meetingCalendar({ ...base, start: new Date(start), end: new Date(end) }));
    expect(event.startDate.zone?.tzid).toBe('Europe/Oslo');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([sh, sm]);
    expect([event.endDate.hour, event.endDate.minute]).toEqual([eh, em]);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(new Date(end).toISOString());
  });

  it('property: any start and end survive the round trip through TZID and the VTIMEZONE', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.integer({ min: 15, max: 240 }), (startMinute, duration) => {
        const start = new Date(startMinute * 60_000);
        const end = new Date(start.getTime() + duration * 60_000);
        const { event } = parse(meetingCalendar({ ...base, start, end }));
        expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
        expect(event.endDate.toJSDate().getTime()).toBe(end.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('the embedded VTIMEZONE agrees with the tz database every three hours from 2026 to 2035', () => {
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(OSLO_VTIMEZONE)));
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2036, 0, 1); ms += 3 * 3_600_000) {
      const local = ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(zone);
      const oslo = new TZDate(ms, 'Europe/Oslo');
      if (local.hour !== oslo.getHours() || local.day !== oslo.getDate()) {
        throw new Error(`${new Date(ms).toISOString()}: VTIMEZONE says ${local.toString()}, tz database ${oslo.toString()}`);
      }
    }
  });

  it('keeps æøå, commas, semicolons, backslashes and line breaks in the texts', () => {
    const tricky = {
      summary: 'Dialogmøte 2; Kåre Ærø, «avd. Øst»',
      description: 'Første linje, med komma; og semikolon\nAndre linje: æøå ÆØÅ\r\nTredje \\ linje',
      location: 'Blåbærveien 5, 0150 Oslo; 2. etasje',
      url: 'https://video.example.no/rom?id=1,2;3',
    };
    const { event, vevent } = parse(meetingCalendar({ ...base, ...tricky, attendee: { name: 'Åse "Åsa" Ødegård, Jr.', email: 'ase@example.no', role: 'gp' } }));
    expect(event.summary).toBe(tricky.summary);
    expect(event.description).toBe(tricky.description.replace('\r\n', '\n'));
    expect(event.location).toBe(tricky.location);
    // A link is a URI, not text: its commas and semicolons are percent-encoded, not backslashed.
    expect(text(vevent, 'url')).toBe('https://video.example.no/rom?id=1%2C2%3B3');
    expect(vevent.getFirstProperty('attendee')?.getParameter('cn')).toBe('Åse "Åsa" Ødegård, Jr.');
  });

  it('leaves out the attendee when the participant has no e-mail address, and LOCATION and URL when not given', () => {
    const file = meetingCalendar({ ...base, attendee: { name: 'Ola', email: null, role: 'employer' }, location: null, url: undefined });
    const { vevent } = parse(file);
    expect(vevent.getFirstProperty('attendee')).toBeNull();
    expect(vevent.getFirstProperty('location')).toBeNull();
    expect(vevent.getFirstProperty('url')).toBeNull();
  });
});

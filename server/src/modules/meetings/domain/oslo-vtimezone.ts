/**
 * Europe/Oslo as an iCalendar VTIMEZONE: CET (+01:00) in winter, CEST (+02:00) from the last
 * Sunday of March at 02.00 to the last Sunday of October at 03.00 local time — the EU rule Norway
 * has followed since 1996, as published for this zone by tzurl.org. Fixed text rather than a
 * dependency: it is one zone, and the tests check it against the tz database for years ahead.
 * Should Norway change its rules, this text and the tests that compare it must change together.
 */
export const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

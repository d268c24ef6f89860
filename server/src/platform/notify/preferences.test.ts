import { describe, expect, it } from 'vitest';
import { composeEmail } from './email-text.js';
import { retryDelayMs } from './mailer.js';
import { channelsFor, EVENT_CATALOGUE, isNotificationEvent, mergePreferences, NOTIFICATION_EVENTS, unknownEvents } from './preferences.js';

describe('notification preferences', () => {
  it('lists the events the modules notify about, each once', () => {
    expect(NOTIFICATION_EVENTS).toEqual(['request_received', 'answer_received', 'reminder', 'escalation', 'message_received', 'callback_update', 'task_assigned', 'meeting_invitation', 'meeting_update', 'team_update', 'forum_update', 'forum_work', 'survey_invitation', 'arena_update']);
    expect(new Set(NOTIFICATION_EVENTS).size).toBe(NOTIFICATION_EVENTS.length);
  });

  it('notifies in the app about everything by default, and by e-mail about what needs someone to act', () => {
    for (const definition of EVENT_CATALOGUE) expect(definition.defaults.inApp, definition.event).toBe(true);
    const emailByDefault = EVENT_CATALOGUE.filter((d) => d.defaults.email).map((d) => d.event);
    expect(emailByDefault.sort()).toEqual(['arena_update', 'callback_update', 'escalation', 'forum_work', 'meeting_invitation', 'reminder', 'request_received', 'survey_invitation']);
  });

  it('takes a stored choice over the default, and the default when nothing is stored', () => {
    expect(channelsFor('request_received', undefined)).toEqual({ inApp: true, email: true });
    expect(channelsFor('message_received', null)).toEqual({ inApp: true, email: false });
    expect(channelsFor('request_received', { in_app: false, email: false })).toEqual({ inApp: false, email: false });
    expect(channelsFor('task_assigned', { in_app: false, email: true })).toEqual({ inApp: false, email: true });
  });

  it('merges stored choices over the whole catalogue, in catalogue order, with labels in the language asked for', () => {
    const merged = mergePreferences(
      [
        { event: 'task_assigned', in_app: true, email: true },
        { event: 'reminder', in_app: false, email: false },
        { event: 'retired_event', in_app: false, email: true },
      ],
      'en',
    );
    expect(merged.map((p) => p.event)).toEqual(NOTIFICATION_EVENTS);
    expect(merged.find((p) => p.event === 'task_assigned')).toMatchObject({ inApp: true, email: true, defaults: { inApp: true, email: false }, label: 'A task assigned to me' });
    expect(merged.find((p) => p.event === 'reminder')).toMatchObject({ inApp: false, email: false, defaults: { inApp: true, email: true } });
    expect(merged.find((p) => p.event === 'escalation')).toMatchObject({ inApp: true, email: true });
    expect(mergePreferences([], 'nb')[0]!.label).toBe('Ny forespørsel til meg');
  });

  it('has a label and an e-mail text in both languages for every event', () => {
    for (const d of EVENT_CATALOGUE) {
      for (const text of [d.label, d.email.subject, d.email.intro]) {
        expect(text.nb.length, d.event).toBeGreaterThan(0);
        expect(text.en.length, d.event).toBeGreaterThan(0);
        expect(text.nb, d.event).not.toBe(text.en);
      }
    }
  });

  it('names the unknown events in a request', () => {
    expect(isNotificationEvent('reminder')).toBe(true);
    expect(isNotificationEvent('constructor')).toBe(false);
    expect(unknownEvents(['reminder', 'birthday', 'escalation', 'REMINDER'])).toEqual(['birthday', 'REMINDER']);
  });
});

describe('notification e-mail text', () => {
  it('is the event’s fixed sentence, the full link and where to change the choice, in the user’s language', () => {
    const nb = composeEmail('request_received', 'nb', 'https://samhandling.example.no/', '/saker/0b7e');
    expect(nb.subject).toBe('Ny forespørsel i Samhandling');
    expect(nb.text).toContain('Du har en ny forespørsel i Samhandling.');
    expect(nb.text).toContain('https://samhandling.example.no/saker/0b7e\n');
    expect(nb.text).toContain('https://samhandling.example.no/varsler');
    const en = composeEmail('escalation', 'en', 'http://localhost:3000', '/oppgaver');
    expect(en.subject).toBe('Escalation in Samhandling');
    expect(en.text).toContain('http://localhost:3000/oppgaver');
  });
});

describe('e-mail retries', () => {
  it('wait twice as long after each failure, at most six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
    expect(retryDelayMs(0)).toBe(60_000);
  });
});

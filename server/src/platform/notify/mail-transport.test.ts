import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createMailTransport } from './mail-transport.js';

describe('mail transport selection', () => {
  it('uses the SMTP server when SMTP_URL is set, and never shows its password', () => {
    const transport = createMailTransport(loadConfig({ SMTP_URL: 'smtp://user:secret@mail.example.no:587', MAIL_FROM: 'post@example.no' }));
    expect(transport.description).toBe('SMTP smtp://mail.example.no:587');
    transport.close();
  });
  it('writes into the outbox folder otherwise', () => {
    const transport = createMailTransport(loadConfig({ DATA_DIR: '/srv/samhandling' }));
    expect(transport.description).toBe('folder /srv/samhandling/outbox');
    transport.close();
  });
});

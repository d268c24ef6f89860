import type { FastifyInstance } from 'fastify';
import { createMailTransport, type MailTransport } from './mail-transport.js';
import { deliverPendingEmails } from './mailer.js';

/**
 * Sends the outbox every MAIL_SEND_INTERVAL_SECONDS (30 s by default) while the app runs. Safe on
 * several instances (the mailer claims rows with SKIP LOCKED); one instance never runs two
 * deliveries at once, and closing waits for a delivery under way before the database goes.
 */
export function installMailDelivery(app: FastifyInstance, transport: MailTransport = createMailTransport(app.platform.config)) {
  const { db, clock, config } = app.platform;
  const intervalMs = config.mail.sendIntervalSeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const tick = () => {
    if (running) return;
    running = deliverPendingEmails(db, transport, clock, { maxAttempts: config.mail.maxAttempts })
      .then((report) => {
        if (report.sent.length || report.retrying.length || report.failed.length) {
          app.log.info({ sent: report.sent.length, retrying: report.retrying.length, failed: report.failed.length }, 'e-mail delivery');
        }
        if (report.failed.length) app.log.warn({ ids: report.failed }, 'e-mails given up after the last attempt');
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'e-mail delivery failed'))
      .finally(() => {
        running = undefined;
      });
  };

  app.addHook('onReady', async () => {
    if (intervalMs === 0) return;
    app.log.info({ mail: transport.description }, 'e-mail notifications go to');
    timer = setInterval(tick, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    transport.close();
  });
}

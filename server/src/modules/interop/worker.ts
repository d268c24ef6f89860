import type { FastifyInstance } from 'fastify';
import { dialogueSettingsCache } from '../dialogue/settings.js';
import { receiveDocument } from './inbound/receive.js';
import { produceOwedDocuments } from './outbound/produce.js';
import { createFolderTransport, type FolderTransport } from './transport/folder.js';

/**
 * The folder transport while the app runs: every INTEROP_POLL_SECONDS the documents the platform
 * owes are produced into the outbox, and the inbox is read (each file answered with an AppRec in
 * the outbox, then moved aside). Passes never overlap; closing waits for the one under way.
 * Production documents go the same way until an adapter for the national message service
 * replaces the folder (see the README).
 */
export function installInteropExchange(app: FastifyInstance, transport?: FolderTransport) {
  const { db, clock, config } = app.platform;
  const folder = transport ?? createFolderTransport({ inboxDir: config.interop.inboxDir, outboxDir: config.interop.outboxDir, logger: app.log });
  const settings = dialogueSettingsCache(db).get;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const pass = async () => {
    // Owed documents first, in batches, so a backlog drains within one pass.
    for (;;) {
      const produced = await produceOwedDocuments({ db, clock, config, transport: folder });
      if (produced.sent > 0 || produced.failed > 0) app.log.info(produced, 'national documents produced');
      if (produced.sent + produced.failed === 0) break;
    }
    const report = await folder.pollOnce(async (file) => {
      const outcome = await receiveDocument({ db, clock, config, settings }, file.bytes, 'folder');
      return { result: outcome.result, apprec: outcome.apprec };
    });
    if (report.processed || report.failed || report.errors) app.log.info(report, 'interop inbox read');
  };
  const tick = () => {
    if (running) return;
    running = pass()
      .catch((error: unknown) => app.log.warn({ err: error }, 'interop exchange failed'))
      .finally(() => {
        running = undefined;
      });
  };

  app.addHook('onReady', async () => {
    if (config.interop.pollSeconds === 0) return;
    app.log.info({ inbox: folder.inboxDir, outbox: folder.outboxDir }, 'national messages exchanged through');
    timer = setInterval(tick, config.interop.pollSeconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
  return { runOnce: () => pass() };
}

import type { FastifyInstance } from 'fastify';

/**
 * A job the app runs every few minutes while it is up (reminders, follow-ups, refreshes). One run
 * at a time: a tick that finds the previous run still going is skipped. A failure is logged and
 * the next tick tries again. The timer never keeps the process alive, and closing the app waits
 * for a run under way. The jobs themselves are safe with several instances (each claims its rows).
 */
export function runPeriodically(app: FastifyInstance, name: string, intervalMs: number, job: () => Promise<unknown>): void {
  if (intervalMs <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = job()
      .then(() => undefined)
      .catch((error: unknown) => app.log.warn({ err: error }, `${name} failed`))
      .finally(() => {
        running = undefined;
      });
  };
  app.addHook('onReady', async () => {
    timer = setInterval(tick, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}

import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { DialogueSettings } from '../../dialogue/settings.js';
import type { InboundDocument, ReceiveOutcome } from './inbound.js';
import { storeInboundDocuments, type StoreDeps } from './store.js';

interface Waiting {
  document: InboundDocument;
  resolve: (outcome: ReceiveOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Documents that arrive together are stored together (group commit): what arrives in the same
 * turn of the event loop, or while the previous batch commits, is stored in one transaction with
 * a few statements for all of it, and each sender gets its AppRec after that commit. Twenty
 * senders at once then cost the database one transaction instead of twenty of fifteen round trips.
 */
export class InboundBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;
  // One batch at a time: what arrives meanwhile goes into the next.
  private writing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: Omit<StoreDeps, 'settings'> & { settings: () => Promise<DialogueSettings> },
    private readonly maxBatch = 100,
  ) {}

  store(document: InboundDocument): Promise<ReceiveOutcome> {
    return new Promise<ReceiveOutcome>((resolve, reject) => {
      this.queue.push({ document, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.writing = true;
    try {
      const settings = await this.deps.settings();
      const settled = await storeInboundDocuments(this.db, { ...this.deps, settings }, batch.map((b) => b.document));
      batch.forEach((b, i) => {
        const result = settled[i]!;
        if (result.ok) b.resolve(result.outcome);
        else b.reject(result.error);
      });
    } catch (error) {
      for (const b of batch) b.reject(error);
    } finally {
      this.writing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}

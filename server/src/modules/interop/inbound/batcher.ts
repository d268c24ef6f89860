import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { DialogueSettings } from '../../dialogue/settings.js';
import type { InboundDocument, ReceiveOutcome } from './inbound.js';
import { storeInboundDocuments, type StoreDeps } from './store.js';

interface Waiting {
  document: InboundDocument;
  keys: string[];
  resolve: (outcome: ReceiveOutcome) => void;
  reject: (error: unknown) => void;
}

export interface BatcherOptions {
  /** Documents per transaction at most. */
  maxBatch?: number;
  /** Transactions under way at once: one commits (waits for the disk) while the next is written. */
  maxInFlight?: number;
}

/**
 * Documents that arrive together are stored together (group commit): what arrives in the same
 * turn of the event loop, or while the batches under way commit, is stored in one transaction
 * with a few statements for all of it, and each sender gets its AppRec after that commit. Twenty
 * senders at once then cost the database one or two transactions instead of twenty of fifteen
 * round trips each.
 *
 * Batches under way at the same time never share a MsgId or a patient: a document waits for the
 * batch that has its MsgId or its patient to commit. So two copies of a message are never stored
 * side by side (the later one finds the first), and two transactions never lock the same
 * person's threads in opposite order.
 */
export class InboundBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;
  private inFlight = 0;
  private readonly busy = new Set<string>();
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: Omit<StoreDeps, 'settings'> & { settings: () => Promise<DialogueSettings> },
    options: BatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 100;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  store(document: InboundDocument): Promise<ReceiveOutcome> {
    const keys = [document.header.msgId ? `m:${document.header.msgId}` : null, document.kind === 'store' ? `p:${document.message.patient.id}` : null].filter((k): k is string => k !== null);
    return new Promise<ReceiveOutcome>((resolve, reject) => {
      this.queue.push({ document, keys, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  /** The waiting documents whose MsgId and patient no batch under way has, in the order they came. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    const taken = new Set<string>();
    for (const waiting of this.queue) {
      // Within a batch the same key is fine (its store runs them in rounds); across batches it waits.
      if (batch.length < this.maxBatch && !waiting.keys.some((k) => this.busy.has(k))) {
        batch.push(waiting);
        for (const k of waiting.keys) taken.add(k);
      } else rest.push(waiting);
    }
    this.queue = rest;
    for (const k of taken) this.busy.add(k);
    return batch;
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.take();
    if (batch.length === 0) return;
    this.inFlight++;
    // Another batch may start at once with what is still waiting (and arrives meanwhile).
    this.schedule();
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
      for (const b of batch) for (const k of b.keys) this.busy.delete(k);
      this.inFlight--;
      this.schedule();
    }
  }
}

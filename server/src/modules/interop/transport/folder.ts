import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseLogger } from 'pino';

/**
 * The folder transport, the embedded default for exchanging message files with a record system
 * (EPJ) or a message-service client: outbound XML goes to an outbox folder, inbound XML is picked
 * up from an inbox folder.
 *
 *   <outbox>/.tmp/      files being written (never read by the other side)
 *   <outbox>/*.xml      finished outbound messages and our AppRecs (apprec-<inbound name>)
 *   <inbox>/*.xml       inbound messages (dotfiles and anything not *.xml are ignored)
 *   <inbox>/processed/  inbound files stored, seen before (duplicate) or receipts
 *   <inbox>/rejected/   inbound files refused (their AppRec says why)
 *
 * Writing is atomic: the bytes go to <outbox>/.tmp/, are fsynced, then appear under their final
 * name in one step (a hard link, or a rename where the file system has no hard links) and the
 * directory is fsynced; a reader never sees a half-written file.
 *
 * Reading is at-least-once, and the handler makes it exactly-once: a file is moved out of the
 * inbox only after the handler has resolved (the message is committed to the database and its
 * AppRec produced) and the AppRec is safely in the outbox. If the process dies anywhere before
 * the move — in the handler after its commit, while writing the AppRec, or between them — the
 * file is still in the inbox and the next pass (after the restart) hands it to the handler
 * again; the handler must be idempotent (same MsgId → 'duplicate', and the same AppRec again,
 * which is then rewritten under the same name, so the other side may receive it twice — harmless,
 * and what a sender who missed it needs). A file that throws stays where it is for the next pass.
 *
 * The transport itself never loses or double-moves a file: the move links the file into
 * processed/ (or rejected/) under a name not taken, then unlinks it from the inbox. A crash
 * between the two leaves the same file (same inode) in both places; the next pass notices that
 * and only unlinks. An earlier file of the same name in processed/ is never overwritten (the new
 * one is kept as <name>-1.xml …). Several instances on one inbox are safe too: a file another
 * instance moved first is simply gone (and its handler call was a duplicate).
 */

export type InboundResult = 'stored' | 'duplicate' | 'rejected' | 'receipt';

export interface InboundFile {
  /** The file name in the inbox (as the other side wrote it). */
  name: string;
  bytes: Uint8Array;
}

/**
 * What the handler made of a file: stored (new), duplicate (seen before), receipt (an AppRec for
 * one of ours) → processed/; rejected → rejected/. `apprec`, when given, is written to the outbox
 * as apprec-<name> before the file is moved. A bare result means no AppRec.
 */
export type InboundOutcome = InboundResult | { result: InboundResult; apprec?: string | null };

export type InboundHandler = (file: InboundFile) => Promise<InboundOutcome>;

export interface PollReport {
  /** Moved to processed/ (stored, duplicate, receipt). */
  processed: number;
  /** Moved to rejected/. */
  failed: number;
  /** Left in the inbox for the next pass: the handler threw, or the AppRec or move failed. */
  errors: number;
}

/** The part of the platform's pino logger (Fastify's app.log) the transport uses. */
export type TransportLogger = Pick<BaseLogger, 'info' | 'warn' | 'error'>;

export interface FolderTransportOptions {
  inboxDir: string;
  outboxDir: string;
  logger?: TransportLogger;
  /** At most this many inbound files per pass (default 1000). */
  batchSize?: number;
}

export interface FolderTransport {
  readonly inboxDir: string;
  readonly outboxDir: string;
  /**
   * Writes one outbound file atomically; returns its path. The name is sanitized; an existing
   * file of that name is never overwritten (the new one gets <name>-1.xml …). A string is
   * encoded as its XML declaration says (UTF-8 unless ISO-8859-1).
   */
  send(name: string, xml: string | Uint8Array): Promise<string>;
  /** One pass over the inbox. Passes never overlap: a call during a pass runs after it. */
  pollOnce(handler: InboundHandler): Promise<PollReport>;
  /** Polls now and then `intervalMs` after each pass ends, until stop(). */
  start(handler: InboundHandler, intervalMs: number): void;
  /** Stops polling; resolves when the pass under way (if any) has finished. */
  stop(): Promise<void>;
}

const TMP = '.tmp';
const PROCESSED = 'processed';
const REJECTED = 'rejected';
const MAX_NAME = 200;
const STALE_TMP_MS = 60 * 60 * 1000;
const RESULTS: ReadonlySet<string> = new Set<InboundResult>(['stored', 'duplicate', 'rejected', 'receipt']);
const silent: TransportLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * A file name that stays in its folder: only [A-Za-z0-9._-], no leading dot (so no '..', no
 * dotfile), at most 200 characters (the extension kept). Throws on an empty name.
 */
export function sanitizeFileName(name: string): string {
  let safe = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  if (!safe) throw new TypeError('A file name cannot be empty');
  if (safe.length > MAX_NAME) {
    const ext = /\.[A-Za-z0-9_-]{1,10}$/.exec(safe)?.[0] ?? '';
    safe = safe.slice(0, MAX_NAME - ext.length) + ext;
  }
  return safe;
}

/**
 * The outbox name of the AppRec for an inbound file: apprec-<name>; when the name had to be
 * sanitized, a short hash of the original keeps two different names from sharing one AppRec file.
 */
export function appRecFileName(inboundName: string): string {
  const safe = sanitizeFileName(inboundName);
  if (safe === inboundName) return sanitizeFileName(`apprec-${safe}`);
  const hash = createHash('sha256').update(inboundName).digest('hex').slice(0, 8);
  const ext = /\.xml$/i.exec(safe)?.[0] ?? '';
  return sanitizeFileName(`apprec-${safe.slice(0, safe.length - ext.length).slice(0, MAX_NAME - 24)}-${hash}${ext}`);
}

/** The bytes of an XML string in the encoding its declaration names (UTF-8 unless ISO-8859-1). */
export function encodeXml(xml: string): Buffer {
  const declared = /^\ufeff?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(xml)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return Buffer.from(xml, 'utf8');
  if (['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1'].includes(declared)) {
    if (/[^\x00-\xff]/.test(xml)) throw new RangeError('The XML declares ISO-8859-1 but has characters outside it');
    return Buffer.from(xml, 'latin1');
  }
  throw new RangeError(`Unsupported XML encoding: ${declared}`);
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** File systems (some network shares) that cannot hard-link answer with one of these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (code(error) === 'ENOENT') return false;
    throw error;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch (error) {
    if (code(error) === 'ENOENT') return false;
    throw error;
  }
}

/** fsync a directory so that a rename or link in it is durable (a no-op where not supported). */
async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES', 'ENOTSUP'].includes(code(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

function candidateName(name: string, n: number): string {
  if (n === 0) return name;
  const ext = /\.[A-Za-z0-9_-]{1,10}$/.exec(name)?.[0] ?? '';
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}

/**
 * Puts `src` into `dir` under `name`, or <name>-1 … when that is taken by another file, and
 * removes it from where it was. Returns the new path, or null when `src` was already gone (moved
 * by another instance). Safe to repeat after a crash: if `src` is already linked in `dir`, only
 * the old name is removed.
 */
async function moveWithoutOverwrite(src: string, dir: string, name: string): Promise<string | null> {
  for (let n = 0; n < 10_000; n++) {
    const dest = join(dir, candidateName(name, n));
    try {
      await link(src, dest);
    } catch (error) {
      const c = code(error);
      if (c === 'EEXIST') {
        if (!(await sameFile(src, dest))) continue;
      } else if (c === 'ENOENT' && !(await exists(src))) {
        return null;
      } else if (c && NO_LINKS.has(c)) {
        if (await exists(dest)) continue;
        try {
          await rename(src, dest);
        } catch (renameError) {
          if (code(renameError) === 'ENOENT' && !(await exists(src))) return null;
          throw renameError;
        }
        return dest;
      } else {
        throw error;
      }
    }
    try {
      await unlink(src);
    } catch (error) {
      if (code(error) !== 'ENOENT') throw error;
    }
    return dest;
  }
  throw new Error(`No free name for ${name} in ${dir}`);
}

export function createFolderTransport(options: FolderTransportOptions): FolderTransport {
  const { inboxDir, outboxDir } = options;
  const logger = options.logger ?? silent;
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  const tmpDir = join(outboxDir, TMP);
  const processedDir = join(inboxDir, PROCESSED);
  const rejectedDir = join(inboxDir, REJECTED);

  let cleaned: Promise<void> | undefined;
  /** mkdir -p for all folders; the first time also removes temp files a crash left behind. */
  async function ensureDirs(): Promise<void> {
    await Promise.all([tmpDir, processedDir, rejectedDir].map((dir) => mkdir(dir, { recursive: true })));
    cleaned ??= removeStaleTemp().catch((error: unknown) => logger.warn({ err: error, dir: tmpDir }, 'could not clean temporary files'));
    await cleaned;
  }

  /** Temporary files older than an hour are left from a crash (a write takes milliseconds). */
  async function removeStaleTemp(): Promise<void> {
    const now = Date.now();
    for (const entry of await readdir(tmpDir)) {
      const path = join(tmpDir, entry);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() && now - info.mtimeMs > STALE_TMP_MS) await rm(path, { force: true });
    }
  }

  /** Writes `bytes` to .tmp, fsyncs, then links (or renames, with `replace`) it into the outbox. */
  async function writeAtomically(name: string, bytes: Uint8Array, replace: boolean): Promise<string> {
    await ensureDirs();
    const tmp = join(tmpDir, `${name}.${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      let path: string;
      if (replace) {
        path = join(outboxDir, name);
        await rename(tmp, path);
      } else {
        const moved = await moveWithoutOverwrite(tmp, outboxDir, name);
        if (!moved) throw new Error(`The temporary file for ${name} disappeared`);
        path = moved;
      }
      await syncDir(outboxDir);
      return path;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async function send(name: string, xml: string | Uint8Array): Promise<string> {
    const bytes = typeof xml === 'string' ? encodeXml(xml) : xml;
    return writeAtomically(sanitizeFileName(name), bytes, false);
  }

  /** Files (by name and modification time) whose handler threw in an earlier pass, and how often. */
  const failures = new Map<string, number>();

  async function listInbox(): Promise<Array<{ name: string; key: string; mtimeMs: number }>> {
    const entries = await readdir(inboxDir, { withFileTypes: true });
    const files = await Promise.all(
      entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.xml$/i.test(e.name))
        .map(async (e) => {
          const info = await stat(join(inboxDir, e.name)).catch((error: unknown) => {
            if (code(error) === 'ENOENT') return undefined;
            throw error;
          });
          return info && { name: e.name, key: `${e.name}\0${info.mtimeMs}\0${info.size}`, mtimeMs: info.mtimeMs };
        }),
    );
    const present = files.filter((f) => f !== undefined);
    const keys = new Set(present.map((f) => f.key));
    for (const key of failures.keys()) if (!keys.has(key)) failures.delete(key);
    // Oldest first, then by name (code units, not locale). A file that threw before waits behind
    // the others, so that one bad file cannot hold up a whole batch pass after pass.
    return present.sort(
      (a, b) =>
        (failures.get(a.key) ?? 0) - (failures.get(b.key) ?? 0) ||
        a.mtimeMs - b.mtimeMs ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }

  function readOutcome(outcome: InboundOutcome): { result: InboundResult; apprec: string | null } {
    const value = typeof outcome === 'string' ? { result: outcome, apprec: null } : outcome;
    if (!value || !RESULTS.has(value.result)) throw new TypeError(`The handler returned an unknown result: ${String(value?.result)}`);
    if (value.apprec != null && typeof value.apprec !== 'string') throw new TypeError('The handler returned an AppRec that is not a string');
    return { result: value.result, apprec: value.apprec ?? null };
  }

  async function pass(handler: InboundHandler): Promise<PollReport> {
    await ensureDirs();
    const report: PollReport = { processed: 0, failed: 0, errors: 0 };
    const batch = (await listInbox()).slice(0, batchSize);
    for (const file of batch) {
      const path = join(inboxDir, file.name);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        if (code(error) === 'ENOENT') continue; // taken by another instance since the listing
        report.errors++;
        logger.error({ err: error, file: file.name }, 'could not read an inbound message file');
        continue;
      }
      let outcome: { result: InboundResult; apprec: string | null };
      try {
        outcome = readOutcome(await handler({ name: file.name, bytes }));
      } catch (error) {
        report.errors++;
        failures.set(file.key, (failures.get(file.key) ?? 0) + 1);
        logger.error({ err: error, file: file.name }, 'inbound message file failed; it stays in the inbox for the next pass');
        continue;
      }
      try {
        // The AppRec first: once the file has left the inbox, nothing would write it again.
        if (outcome.apprec !== null) await writeAtomically(appRecFileName(file.name), encodeXml(outcome.apprec), true);
        const rejected = outcome.result === 'rejected';
        const moved = await moveWithoutOverwrite(path, rejected ? rejectedDir : processedDir, file.name);
        if (rejected) report.failed++;
        else report.processed++;
        failures.delete(file.key);
        if (!moved) logger.info({ file: file.name }, 'inbound message file was already moved by another pass');
      } catch (error) {
        report.errors++;
        failures.set(file.key, (failures.get(file.key) ?? 0) + 1);
        logger.error({ err: error, file: file.name, result: outcome.result }, 'inbound message handled but its AppRec or move failed; it stays in the inbox');
      }
    }
    if (report.processed || report.failed) {
      await Promise.all([inboxDir, processedDir, rejectedDir].map(syncDir));
    }
    return report;
  }

  let chain: Promise<unknown> = Promise.resolve();
  function pollOnce(handler: InboundHandler): Promise<PollReport> {
    const run = chain.then(() => pass(handler));
    chain = run.catch(() => undefined);
    return run;
  }

  let running = false;
  let generation = 0; // a loop from before a stop() never schedules itself again
  let timer: NodeJS.Timeout | undefined;
  function start(handler: InboundHandler, intervalMs: number): void {
    if (running) throw new Error('The folder transport is already polling');
    if (!(intervalMs > 0)) throw new RangeError('intervalMs must be positive');
    running = true;
    const mine = ++generation;
    const active = () => running && generation === mine;
    const tick = async () => {
      timer = undefined;
      if (!active()) return;
      try {
        const report = await pollOnce(handler);
        if (report.processed || report.failed || report.errors) logger.info({ ...report, inbox: inboxDir }, 'inbox pass');
      } catch (error) {
        logger.error({ err: error, inbox: inboxDir }, 'inbox pass failed');
      }
      if (active()) {
        timer = setTimeout(() => void tick(), intervalMs);
        timer.unref();
      }
    };
    void tick();
  }

  async function stop(): Promise<void> {
    running = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
    await chain;
  }

  return { inboxDir, outboxDir, send, pollOnce, start, stop };
}

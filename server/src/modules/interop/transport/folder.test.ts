import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { link, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appRecFileName,
  createFolderTransport,
  encodeXml,
  sanitizeFileName,
  type FolderTransport,
  type InboundFile,
  type InboundHandler,
} from './folder.js';

let root: string;
let inbox: string;
let outbox: string;
const fakeLogger = () => ({
  info: vi.fn<(...args: unknown[]) => void>(),
  warn: vi.fn<(...args: unknown[]) => void>(),
  error: vi.fn<(...args: unknown[]) => void>(),
});
let logger: ReturnType<typeof fakeLogger>;
let transport: FolderTransport;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'folder-transport-'));
  inbox = join(root, 'inbox');
  outbox = join(root, 'outbox');
  logger = fakeLogger();
  transport = createFolderTransport({ inboxDir: inbox, outboxDir: outbox, logger });
});

afterEach(async () => {
  await transport.stop();
  await rm(root, { recursive: true, force: true });
});

const ls = async (dir: string) => (await readdir(dir)).sort();
const xml = (id: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<MsgHead><MsgId>${id}</MsgId><Tekst>Hei på deg</Tekst></MsgHead>\n`;
const apprecFor = (name: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<AppRec><OriginalMsgId>${name}</OriginalMsgId></AppRec>\n`;

/** Drops a file in the inbox with a given modification time (seconds since epoch). */
async function drop(name: string, content: string, mtime = 1_700_000_000) {
  await mkdir(inbox, { recursive: true });
  const path = join(inbox, name);
  await writeFile(path, content);
  await utimes(path, mtime, mtime);
  return path;
}

/** A handler that keeps messages in a "database" by content, idempotently, like the real one. */
function storingHandler(db = new Map<string, string>()) {
  const calls: string[] = [];
  const handler: InboundHandler = async ({ name, bytes }) => {
    calls.push(name);
    const text = Buffer.from(bytes).toString('utf8');
    const result = db.has(text) ? 'duplicate' : 'stored';
    db.set(text, name);
    return { result, apprec: apprecFor(name) };
  };
  return { handler, calls, db };
}

describe('send', () => {
  it('writes the file into the outbox and leaves nothing in .tmp', async () => {
    const path = await transport.send('msg-1.xml', xml('1'));
    expect(path).toBe(join(outbox, 'msg-1.xml'));
    expect(await readFile(path, 'utf8')).toBe(xml('1'));
    expect(await ls(outbox)).toEqual(['.tmp', 'msg-1.xml']);
    expect(await ls(join(outbox, '.tmp'))).toEqual([]);
  });

  it('creates missing folders (mkdir -p)', async () => {
    const deep = createFolderTransport({ inboxDir: join(root, 'a/b/in'), outboxDir: join(root, 'c/d/out') });
    await deep.send('x.xml', xml('x'));
    expect(await ls(join(root, 'c/d/out'))).toContain('x.xml');
    expect(await deep.pollOnce(storingHandler().handler)).toEqual({ processed: 0, failed: 0, errors: 0 });
    expect(await ls(join(root, 'a/b/in'))).toEqual(['processed', 'rejected']);
  });

  it('never shows a reader a partly written file', async () => {
    const size = 512 * 1024;
    const body = (i: number) => `<x>${String(i).padStart(4, '0')}${'a'.repeat(size)}</x>`;
    let writing = true;
    let seen = 0;
    const reader = (async () => {
      for (;;) {
        const last = !writing; // one more look after the writes are done
        for (const name of await readdir(outbox).catch(() => [])) {
          if (!name.endsWith('.xml')) continue;
          const content = await readFile(join(outbox, name), 'utf8');
          expect(content.length).toBe(size + 11);
          expect(content.endsWith('</x>')).toBe(true);
          seen++;
        }
        if (last) return;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all(Array.from({ length: 30 }, (_, i) => transport.send(`big-${i}.xml`, body(i))));
    writing = false;
    await reader;
    expect((await ls(outbox)).filter((n) => n.endsWith('.xml'))).toHaveLength(30);
    expect(await ls(join(outbox, '.tmp'))).toEqual([]);
    expect(seen).toBeGreaterThanOrEqual(30);
  });

  it('never overwrites an outbound file of the same name', async () => {
    const first = await transport.send('same.xml', xml('1'));
    const second = await transport.send('same.xml', xml('2'));
    const third = await transport.send('same.xml', xml('3'));
    expect([first, second, third]).toEqual([join(outbox, 'same.xml'), join(outbox, 'same-1.xml'), join(outbox, 'same-2.xml')]);
    expect(await readFile(first, 'utf8')).toBe(xml('1'));
    expect(await readFile(third, 'utf8')).toBe(xml('3'));
  });

  it('keeps every name inside the outbox', async () => {
    for (const evil of ['../evil.xml', '../../etc/passwd', '/abs/path.xml', '..', '.', 'a/../../b.xml', '..\\..\\win.xml', '.hidden.xml']) {
      const path = await transport.send(evil, xml(evil));
      expect(dirname(path)).toBe(outbox);
      expect(resolve(path).startsWith(`${outbox}/`)).toBe(true);
    }
    expect(await ls(root)).toEqual(['inbox', 'outbox']);
    expect((await ls(outbox)).filter((n) => n.startsWith('.'))).toEqual(['.tmp']);
  });

  it('refuses an empty name', async () => {
    await expect(transport.send('', xml('1'))).rejects.toThrow(TypeError);
  });

  it('writes a string in the encoding its XML declaration names, bytes as they are', async () => {
    const latin1 = '<?xml version="1.0" encoding="ISO-8859-1"?><a>æøå</a>';
    expect([...(await readFile(await transport.send('l.xml', latin1)))].slice(-8)).toEqual([0x3e, 0xe6, 0xf8, 0xe5, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(await readFile(await transport.send('u.xml', '<a>æøå</a>'), 'utf8')).toBe('<a>æøå</a>');
    const raw = new Uint8Array([1, 2, 3, 255]);
    expect([...(await readFile(await transport.send('b.xml', raw)))]).toEqual([1, 2, 3, 255]);
  });

  it('removes temporary files a crash left behind, but not fresh ones', async () => {
    await mkdir(join(outbox, '.tmp'), { recursive: true });
    const stale = join(outbox, '.tmp', 'old.xml.123-abc');
    const fresh = join(outbox, '.tmp', 'new.xml.456-def');
    await writeFile(stale, '<half');
    await writeFile(fresh, '<half');
    await utimes(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    await transport.send('x.xml', xml('x'));
    expect(await ls(join(outbox, '.tmp'))).toEqual(['new.xml.456-def']);
  });
});

describe('sanitizeFileName, appRecFileName, encodeXml', () => {
  it.each([
    ['msg-1.xml', 'msg-1.xml'],
    ['Dialogmelding 2025.xml', 'Dialogmelding_2025.xml'],
    ['../evil.xml', '___evil.xml'],
    ['..', '__'],
    ['.hidden', '_hidden'],
    ['a/b\\c:d*e?.xml', 'a_b_c_d_e_.xml'],
    ['brev-ø.xml', 'brev-_.xml'],
    ['nul\u0000byte.xml', 'nul_byte.xml'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });
  it('shortens a long name and keeps its extension', () => {
    const long = sanitizeFileName(`${'x'.repeat(500)}.xml`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.xml')).toBe(true);
  });
  it('names the AppRec after the inbound file, with a hash when the name had to change', () => {
    expect(appRecFileName('msg-1.xml')).toBe('apprec-msg-1.xml');
    const a = appRecFileName('a b.xml');
    const b = appRecFileName('a_b.xml');
    expect(a).toMatch(/^apprec-a_b-[0-9a-f]{8}\.xml$/);
    expect(b).toBe('apprec-a_b.xml');
    expect(appRecFileName('a b.xml')).toBe(a);
    expect(appRecFileName('a?b.xml')).not.toBe(a);
  });
  it('encodes by the XML declaration', () => {
    expect([...encodeXml("<?xml version='1.0' encoding='iso-8859-1'?><a>ø</a>")].at(-5)).toBe(0xf8);
    expect(() => encodeXml('<?xml version="1.0" encoding="ISO-8859-1"?><a>\u{1f600}</a>')).toThrow(RangeError);
    expect(() => encodeXml('<?xml version="1.0" encoding="UTF-16"?><a/>')).toThrow(RangeError);
    expect(encodeXml('<a>ø</a>').toString('utf8')).toBe('<a>ø</a>');
  });
});

describe('pollOnce', () => {
  it('hands each file to the handler oldest first, then by name', async () => {
    await drop('c.xml', xml('c'), 1_700_000_100);
    await drop('b.xml', xml('b'), 1_700_000_300);
    await drop('a.xml', xml('a'), 1_700_000_300);
    await drop('d.xml', xml('d'), 1_700_000_200);
    await drop('B2.xml', xml('B2'), 1_700_000_300);
    const { handler, calls } = storingHandler();
    expect(await transport.pollOnce(handler)).toEqual({ processed: 5, failed: 0, errors: 0 });
    expect(calls).toEqual(['c.xml', 'd.xml', 'B2.xml', 'a.xml', 'b.xml']);
  });

  it('gives the handler the name and the exact bytes', async () => {
    const content = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), Buffer.from([0xe6, 0xf8, 0xe5]), Buffer.from('</a>')]);
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, 'm.xml'), content);
    const seen: InboundFile[] = [];
    await transport.pollOnce(async (file) => {
      seen.push(file);
      return 'stored';
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.name).toBe('m.xml');
    expect(Buffer.from(seen[0]!.bytes).equals(content)).toBe(true);
  });

  it('moves stored and duplicate files to processed/ after the handler resolves, and writes the AppRec', async () => {
    await drop('one.xml', xml('1'));
    await drop('two.xml', xml('1'), 1_700_000_001); // same message again
    let insideHandler: string[] = [];
    const { handler, db } = storingHandler();
    const results: string[] = [];
    const report = await transport.pollOnce(async (file) => {
      insideHandler = await ls(inbox); // still in the inbox while the handler runs
      expect(insideHandler).toContain(file.name);
      const outcome = await handler(file);
      results.push(typeof outcome === 'string' ? outcome : outcome.result);
      return outcome;
    });
    expect(report).toEqual({ processed: 2, failed: 0, errors: 0 });
    expect(results).toEqual(['stored', 'duplicate']);
    expect(db.size).toBe(1);
    expect(await ls(inbox)).toEqual(['processed', 'rejected']);
    expect(await ls(join(inbox, 'processed'))).toEqual(['one.xml', 'two.xml']);
    expect(await readFile(join(inbox, 'processed', 'one.xml'), 'utf8')).toBe(xml('1'));
    expect(await readFile(join(outbox, 'apprec-one.xml'), 'utf8')).toBe(apprecFor('one.xml'));
    expect(await readFile(join(outbox, 'apprec-two.xml'), 'utf8')).toBe(apprecFor('two.xml'));
    expect(await ls(join(outbox, '.tmp'))).toEqual([]);
  });

  it('moves a rejected file to rejected/ with its AppRec', async () => {
    await drop('bad.xml', '<not a message');
    const report = await transport.pollOnce(async ({ name }) => ({ result: 'rejected', apprec: apprecFor(`rejected ${name}`) }));
    expect(report).toEqual({ processed: 0, failed: 1, errors: 0 });
    expect(await ls(join(inbox, 'rejected'))).toEqual(['bad.xml']);
    expect(await ls(join(inbox, 'processed'))).toEqual([]);
    expect(await readFile(join(outbox, 'apprec-bad.xml'), 'utf8')).toBe(apprecFor('rejected bad.xml'));
  });

  it('writes no AppRec for a receipt or a bare result, and still moves the file', async () => {
    await drop('receipt.xml', '<AppRec/>');
    await drop('bare.xml', xml('bare'), 1_700_000_001);
    const outcomes = [{ result: 'receipt' as const, apprec: null }, 'stored' as const];
    expect(await transport.pollOnce(async () => outcomes.shift()!)).toEqual({ processed: 2, failed: 0, errors: 0 });
    expect(await ls(join(inbox, 'processed'))).toEqual(['bare.xml', 'receipt.xml']);
    expect(await ls(outbox)).toEqual(['.tmp']);
  });

  it('leaves the file in place when the handler throws, logs it, and takes it on the next pass', async () => {
    await drop('flaky.xml', xml('f'));
    const error = new Error('database unavailable');
    expect(await transport.pollOnce(async () => Promise.reject(error))).toEqual({ processed: 0, failed: 0, errors: 1 });
    expect(await ls(inbox)).toEqual(['flaky.xml', 'processed', 'rejected']);
    expect(await ls(outbox)).toEqual(['.tmp']);
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ err: error, file: 'flaky.xml' }), expect.any(String));
    const { handler } = storingHandler();
    expect(await transport.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(await ls(join(inbox, 'processed'))).toEqual(['flaky.xml']);
  });

  it('leaves the file in place when the handler returns something unknown', async () => {
    await drop('odd.xml', xml('o'));
    const odd = (async () => ({ result: 'maybe' })) as unknown as InboundHandler;
    expect(await transport.pollOnce(odd)).toEqual({ processed: 0, failed: 0, errors: 1 });
    expect(await ls(inbox)).toContain('odd.xml');
  });

  it('does not let a file that keeps failing hold up the others', async () => {
    const small = createFolderTransport({ inboxDir: inbox, outboxDir: outbox, logger, batchSize: 1 });
    await drop('a-poison.xml', xml('p'), 1_700_000_000);
    await drop('b-good.xml', xml('g'), 1_700_000_001);
    const handler: InboundHandler = async ({ name }) => {
      if (name.includes('poison')) throw new Error('cannot parse');
      return 'stored';
    };
    expect(await small.pollOnce(handler)).toEqual({ processed: 0, failed: 0, errors: 1 });
    expect(await small.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(await ls(join(inbox, 'processed'))).toEqual(['b-good.xml']);
    expect(await ls(inbox)).toContain('a-poison.xml');
  });

  it('ignores dotfiles, .tmp, folders, symlinks and files that are not .xml', async () => {
    await drop('.half-written.xml', xml('h'));
    await drop('readme.txt', 'hello');
    await drop('upper.XML', xml('U'));
    await mkdir(join(inbox, '.tmp'), { recursive: true });
    await writeFile(join(inbox, '.tmp', 'inside.xml'), xml('t'));
    await mkdir(join(inbox, 'folder.xml'));
    await writeFile(join(root, 'outside.xml'), xml('outside'));
    await symlink(join(root, 'outside.xml'), join(inbox, 'link.xml'));
    const { handler, calls } = storingHandler();
    expect(await transport.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(calls).toEqual(['upper.XML']);
    expect(await ls(inbox)).toEqual(['.half-written.xml', '.tmp', 'folder.xml', 'link.xml', 'processed', 'readme.txt', 'rejected']);
  });

  it('sanitizes an inbound name for its AppRec so that it cannot leave the outbox', async () => {
    await drop('a b;rm -rf ..xml', xml('x'));
    const { handler } = storingHandler();
    expect(await transport.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    const files = (await ls(outbox)).filter((n) => n !== '.tmp');
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^apprec-a_b_rm_-rf_\.-[0-9a-f]{8}\.xml$/);
    expect(await ls(join(inbox, 'processed'))).toEqual(['a b;rm -rf ..xml']);
  });

  it('keeps an earlier processed file when a new file arrives with the same name', async () => {
    await drop('reused.xml', xml('first'));
    const { handler } = storingHandler();
    await transport.pollOnce(handler);
    await drop('reused.xml', xml('second'));
    await transport.pollOnce(handler);
    expect(await ls(join(inbox, 'processed'))).toEqual(['reused-1.xml', 'reused.xml']);
    expect(await readFile(join(inbox, 'processed', 'reused.xml'), 'utf8')).toBe(xml('first'));
    expect(await readFile(join(inbox, 'processed', 'reused-1.xml'), 'utf8')).toBe(xml('second'));
  });

  it('takes at most batchSize files per pass', async () => {
    const small = createFolderTransport({ inboxDir: inbox, outboxDir: outbox, batchSize: 3 });
    for (let i = 0; i < 5; i++) await drop(`m${i}.xml`, xml(String(i)), 1_700_000_000 + i);
    const { handler, calls } = storingHandler();
    expect(await small.pollOnce(handler)).toEqual({ processed: 3, failed: 0, errors: 0 });
    expect(await small.pollOnce(handler)).toEqual({ processed: 2, failed: 0, errors: 0 });
    expect(calls).toEqual(['m0.xml', 'm1.xml', 'm2.xml', 'm3.xml', 'm4.xml']);
  });

  it('processes 200 files in one pass, in order, each once', async () => {
    await mkdir(inbox, { recursive: true });
    for (let i = 0; i < 200; i++) await drop(`msg-${String(i).padStart(3, '0')}.xml`, xml(String(i)), 1_700_000_000 + (i % 7));
    const { handler, calls, db } = storingHandler();
    expect(await transport.pollOnce(handler)).toEqual({ processed: 200, failed: 0, errors: 0 });
    expect(calls).toHaveLength(200);
    expect(new Set(calls).size).toBe(200);
    const expected = Array.from({ length: 200 }, (_, i) => ({ name: `msg-${String(i).padStart(3, '0')}.xml`, m: i % 7 }))
      .sort((a, b) => a.m - b.m || (a.name < b.name ? -1 : 1))
      .map((f) => f.name);
    expect(calls).toEqual(expected);
    expect(db.size).toBe(200);
    expect(await ls(join(inbox, 'processed'))).toHaveLength(200);
    expect((await ls(outbox)).filter((n) => n.startsWith('apprec-'))).toHaveLength(200);
    expect(await ls(inbox)).toEqual(['processed', 'rejected']);
  });
});

describe('restarts', () => {
  it('re-delivers a file whose move was not done, and the idempotent handler says duplicate', async () => {
    // State after a crash between the handler's commit and the move: the file is still in the inbox.
    await drop('m.xml', xml('m'));
    const { handler, db, calls } = storingHandler();
    const text = xml('m');
    db.set(text, 'm.xml'); // committed before the crash
    expect(await transport.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(calls).toEqual(['m.xml']);
    expect(await ls(join(inbox, 'processed'))).toEqual(['m.xml']);
    expect(await readFile(join(outbox, 'apprec-m.xml'), 'utf8')).toBe(apprecFor('m.xml'));
  });

  it('finishes a move that a crash interrupted (file in both places) without a second copy', async () => {
    await drop('m.xml', xml('m'));
    const { handler } = storingHandler();
    await transport.pollOnce(handler);
    // Crash between link and unlink: the same file (same inode) in the inbox and in processed/.
    await link(join(inbox, 'processed', 'm.xml'), join(inbox, 'm.xml'));
    const again = createFolderTransport({ inboxDir: inbox, outboxDir: outbox });
    const results: string[] = [];
    expect(
      await again.pollOnce(async (file) => {
        const outcome = await handler(file);
        results.push(typeof outcome === 'string' ? outcome : outcome.result);
        return outcome;
      }),
    ).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(results).toEqual(['duplicate']);
    expect(await ls(join(inbox, 'processed'))).toEqual(['m.xml']);
    expect(await ls(inbox)).toEqual(['processed', 'rejected']);
    expect((await stat(join(inbox, 'processed', 'm.xml'))).nlink).toBe(1);
  });

  it('survives a process that dies right after the handler committed', async () => {
    await drop('m.xml', xml('m'));
    const database = join(root, 'database.txt');
    const script = join(root, 'crash.mts');
    const folder = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'folder.ts')).href;
    await writeFile(
      script,
      `import { appendFile } from 'node:fs/promises';
       import { createFolderTransport } from ${JSON.stringify(folder)};
       const [inbox, outbox, database] = process.argv.slice(2);
       const transport = createFolderTransport({ inboxDir: inbox, outboxDir: outbox });
       await transport.pollOnce(async ({ name }) => {
         await appendFile(database, name + '\\n'); // committed
         process.exit(42); // and the process dies before the handler returns
       });`,
    );
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const crashed = await promisify(execFile)(process.execPath, ['--import', tsx, script, inbox, outbox, database]).catch((e: { code: number }) => e);
    expect((crashed as { code: number }).code).toBe(42);
    expect(await readFile(database, 'utf8')).toBe('m.xml\n');
    expect(await ls(inbox)).toEqual(['m.xml', 'processed', 'rejected']);

    // After the restart: the handler sees the message again and finds it committed.
    const results: string[] = [];
    const restarted = createFolderTransport({ inboxDir: inbox, outboxDir: outbox });
    const report = await restarted.pollOnce(async ({ name }) => {
      const committed = (await readFile(database, 'utf8')).split('\n').includes(name);
      results.push(committed ? 'duplicate' : 'stored');
      return { result: committed ? 'duplicate' : 'stored', apprec: apprecFor(name) };
    });
    expect(report).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect(results).toEqual(['duplicate']);
    expect(await ls(join(inbox, 'processed'))).toEqual(['m.xml']);
    expect(await readFile(join(outbox, 'apprec-m.xml'), 'utf8')).toBe(apprecFor('m.xml'));
  });

  it('rewrites the same AppRec when a file comes back after the AppRec was written but not the move', async () => {
    await drop('m.xml', xml('m'));
    await mkdir(outbox, { recursive: true });
    await writeFile(join(outbox, 'apprec-m.xml'), apprecFor('m.xml'));
    const { handler, db } = storingHandler();
    db.set(xml('m'), 'm.xml');
    expect(await transport.pollOnce(handler)).toEqual({ processed: 1, failed: 0, errors: 0 });
    expect((await ls(outbox)).filter((n) => n !== '.tmp')).toEqual(['apprec-m.xml']);
  });
});

describe('start and stop', () => {
  it('polls until stopped, and stop waits for the pass under way', async () => {
    let active = 0;
    let maxActive = 0;
    const handled: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const handler: InboundHandler = async ({ name }) => {
      active++;
      maxActive = Math.max(maxActive, active);
      if (name === 'slow.xml') await gate;
      await new Promise((r) => setTimeout(r, 5));
      active--;
      handled.push(name);
      return 'stored';
    };
    transport.start(handler, 10);
    expect(() => transport.start(handler, 10)).toThrow();
    await drop('first.xml', xml('1'));
    await vi.waitFor(() => expect(handled).toContain('first.xml'), { timeout: 5000 });
    await drop('slow.xml', xml('s'));
    await vi.waitFor(() => expect(active).toBe(1), { timeout: 5000 });
    // Manual passes meanwhile wait their turn instead of overlapping.
    const manual = transport.pollOnce(handler);
    let stopped = false;
    const stopping = transport.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await manual).toEqual({ processed: 0, failed: 0, errors: 0 });
    expect(handled).toEqual(['first.xml', 'slow.xml']);
    expect(maxActive).toBe(1);
    expect(await ls(join(inbox, 'processed'))).toEqual(['first.xml', 'slow.xml']);

    // Stopped: new files stay.
    await drop('later.xml', xml('l'));
    await new Promise((r) => setTimeout(r, 60));
    expect(await ls(inbox)).toContain('later.xml');

    // And it can be started again.
    transport.start(handler, 10);
    await vi.waitFor(() => expect(handled).toContain('later.xml'), { timeout: 5000 });
    await transport.stop();
  });

  it('logs a pass that fails as a whole and keeps polling', async () => {
    await mkdir(root, { recursive: true });
    const broken = createFolderTransport({ inboxDir: join(root, 'in'), outboxDir: join(root, 'out'), logger });
    await writeFile(join(root, 'in'), 'a file where the inbox folder should be');
    broken.start(async () => 'stored', 10);
    await vi.waitFor(() => expect(logger.error.mock.calls.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    await broken.stop();
    await unlink(join(root, 'in'));
  });
});

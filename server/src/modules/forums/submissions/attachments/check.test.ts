import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../platform/config.js';
import { AppError } from '../../../../platform/errors.js';
import { personalDataIn, prepareAttachments, type AttachmentUpload } from './check.js';
import { contentTypeOf, extensionOf, nameForType, ALLOWED_TYPES } from './file-types.js';
import { docxOf, EXE, HTML, JPEG, odtOf, pdfOf, PNG, zipOf } from './sample-files.js';

const FNR = '15057523414';
const limits = { attachmentMaxBytes: 64 * 1024, attachmentsMaxTotalBytes: 100 * 1024, attachmentsMaxCount: 3 };
const upload = (filename: string, content: Buffer | string): AttachmentUpload => ({ filename, contentBase64: Buffer.from(content).toString('base64') });

async function refusal(uploads: AttachmentUpload[], already?: { count: number; bytes: number }): Promise<{ code: string; details: unknown }> {
  try {
    await prepareAttachments(uploads, limits, already);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('not refused');
}

describe('attachment types by content', () => {
  it('recognises every allowed type from its content', async () => {
    const samples = [await pdfOf('Rutine'), PNG, JPEG, Buffer.from('Ren tekst\n'), docxOf('Avtale'), odtOf('Avtale')];
    const found = await Promise.all(samples.map(async (s) => (await contentTypeOf(s)).allowed?.mime));
    expect(found).toEqual(ALLOWED_TYPES.map((t) => t.mime));
  });

  it('refuses executables, HTML, SVG and binary data, whatever they are called', async () => {
    expect(await contentTypeOf(EXE)).toEqual({ allowed: null, detected: 'application/x-msdownload' });
    expect(await contentTypeOf(HTML)).toEqual({ allowed: null, detected: 'text/html' });
    expect((await contentTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'))).allowed).toBeNull();
    expect((await contentTypeOf(Buffer.from('Tekst med <script>alert(1)</script> inni'))).allowed).toBeNull();
    expect((await contentTypeOf(Buffer.from([0x41, 0x00, 0x42])))).toEqual({ allowed: null, detected: 'application/octet-stream' });
  });

  it('reads text in Windows-1252 as well as UTF-8', async () => {
    expect(await contentTypeOf(Buffer.from('Rutine for p\xe5minnelser', 'latin1'))).toMatchObject({ charset: 'windows-1252' });
    expect(await contentTypeOf(Buffer.from('Rutine for påminnelser', 'utf8'))).toMatchObject({ charset: 'utf-8' });
  });

  it('keeps a name whose extension fits, adds one when missing, and rejects a disguise', () => {
    const pdf = ALLOWED_TYPES[0]!;
    expect(nameForType('avtale.PDF', pdf)).toBe('avtale.PDF');
    expect(nameForType('Referat 12.03.2024', pdf)).toBe('Referat 12.03.2024.pdf');
    expect(nameForType('avtale.docx', pdf)).toBeNull();
    expect(extensionOf('bilde.jpeg')).toBe('jpeg');
    expect(extensionOf('uten-endelse')).toBeNull();
  });
});

describe('preparing attachments', () => {
  it('allows 10 MB a file, 25 MB in all and 10 files unless configured otherwise', () => {
    expect(loadConfig({}).forums).toEqual({ attachmentMaxBytes: 10 * 1024 * 1024, attachmentsMaxTotalBytes: 25 * 1024 * 1024, attachmentsMaxCount: 10 });
    expect(loadConfig({ FORUM_ATTACHMENT_MAX_BYTES: '2048' }).forums.attachmentMaxBytes).toBe(2048);
    expect(() => loadConfig({ FORUM_ATTACHMENTS_MAX_COUNT: '0' })).toThrow(/forums/);
  });

  it('prepares allowed files with type, size, checksum and how much text was checked', async () => {
    const files = await prepareAttachments([upload('rutine.txt', 'Rutine for epikriser\n'), upload('skjermbilde', PNG), upload('avtale.pdf', await pdfOf('Delavtale'))], limits);
    expect(files.map((f) => [f.filename, f.mediaType, f.textCheck])).toEqual([
      ['rutine.txt', 'text/plain; charset=utf-8', 'full'],
      ['skjermbilde.png', 'image/png', 'none'],
      ['avtale.pdf', 'application/pdf', 'partial'],
    ]);
    expect(files[0]!.sizeBytes).toBe(21);
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a forbidden type and a disguised one, each with its own code and the file index', async () => {
    expect(await refusal([upload('ok.txt', 'tekst'), upload('avtale.pdf', EXE)])).toMatchObject({ code: 'FORUM_ATTACHMENT_TYPE_FORBIDDEN', details: { index: 1, detected: 'application/x-msdownload' } });
    expect(await refusal([upload('side.txt', HTML)])).toMatchObject({ code: 'FORUM_ATTACHMENT_TYPE_FORBIDDEN', details: { detected: 'text/html' } });
    expect(await refusal([upload('bilde.pdf', PNG)])).toMatchObject({ code: 'FORUM_ATTACHMENT_TYPE_MISMATCH', details: { detected: 'image/png' } });
  });

  it('refuses too many, too large, too large in all, and empty or non-base64 files', async () => {
    expect((await refusal([1, 2, 3, 4].map((i) => upload(`${i}.txt`, 'x')))).code).toBe('FORUM_ATTACHMENT_LIMIT_REACHED');
    expect((await refusal([upload('a.txt', 'x')], { count: 3, bytes: 3 })).code).toBe('FORUM_ATTACHMENT_LIMIT_REACHED');
    expect(await refusal([upload('stor.txt', 'a'.repeat(64 * 1024 + 1))])).toMatchObject({ code: 'FORUM_ATTACHMENT_TOO_LARGE', details: { maxBytes: 65536 } });
    expect((await refusal([upload('a.txt', 'a'.repeat(60_000)), upload('b.txt', 'b'.repeat(60_000))])).code).toBe('FORUM_ATTACHMENTS_TOTAL_TOO_LARGE');
    expect((await refusal([upload('a.txt', 'a'.repeat(10_000))], { count: 1, bytes: 95_000 })).code).toBe('FORUM_ATTACHMENTS_TOTAL_TOO_LARGE');
    expect((await refusal([{ filename: 'tom.txt', contentBase64: '' }])).code).toBe('FORUM_ATTACHMENT_EMPTY');
    expect((await refusal([{ filename: 'rar.txt', contentBase64: 'ikke base64!' }])).code).toBe('FORUM_ATTACHMENT_EMPTY');
  });

  it('refuses a fødselsnummer in plain text, Word, OpenDocument and PDF text, and in the file name, without echoing it', async () => {
    for (const file of [upload('notat.txt', `Pasient ${FNR} ble sendt hjem`), upload('notat.docx', docxOf(`Linje én\nPasient ${FNR}`)), upload('notat.odt', odtOf(`Pasient ${FNR}`)), upload('notat.pdf', await pdfOf(`Pasient ${FNR.slice(0, 6)} ${FNR.slice(6)}`))]) {
      const refused = await refusal([file]);
      expect(refused).toMatchObject({ code: 'FORUM_ATTACHMENT_PERSONAL_DATA', details: { index: 0, part: 'text', kind: 'identity_number' } });
      expect(JSON.stringify(refused.details)).not.toContain(FNR.slice(0, 6));
    }
    expect(await refusal([upload(`${FNR}.png`, PNG)])).toMatchObject({ code: 'FORUM_ATTACHMENT_PERSONAL_DATA', details: { part: 'filename' } });
    expect(await refusal([upload('Kari_Nordmann_01.02.1980.pdf', await pdfOf('Rutine'))])).toMatchObject({ details: { part: 'filename', kind: 'name_and_date' } });
    expect(await refusal([upload('rutine.pdf', await pdfOf('Rutine', `Kari Nordmann, f. 01.02.1980`))])).toMatchObject({ details: { part: 'text', kind: 'name_and_date' } });
  });

  it('lets a number that only looks like an identity number through', async () => {
    await expect(prepareAttachments([upload('avtale.txt', 'Avtalenummer 12345678901 og konto 1234.56.78903')], limits)).resolves.toHaveLength(1);
  });

  it('refuses a damaged Word file and a ZIP bomb as unreadable', async () => {
    const docx = docxOf('Avtale');
    const damaged = Buffer.concat([docx.subarray(0, 600), Buffer.alloc(200)]);
    expect(['FORUM_ATTACHMENT_UNREADABLE', 'FORUM_ATTACHMENT_TYPE_FORBIDDEN']).toContain((await refusal([upload('skadet.docx', damaged)])).code);
    // 70 MB of spaces deflate to about 70 kB: more than the 64 MB a document part may inflate to.
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: 'word/document.xml', data: Buffer.alloc(70 * 1024 * 1024, 0x20) },
    ]);
    const roomy = { ...limits, attachmentMaxBytes: 1024 * 1024, attachmentsMaxTotalBytes: 1024 * 1024 };
    await expect(prepareAttachments([upload('bombe.docx', bomb)], roomy)).rejects.toMatchObject({ code: 'FORUM_ATTACHMENT_UNREADABLE' });
  });
});

describe('the identifier check over long texts', () => {
  it('finds a number anywhere in a text of megabytes, also across window edges, and survives long digit runs', () => {
    const filler = 'Rutinen for utskrivning ble ikke fulgt. '.repeat(40_000);
    for (const at of [0, 128 * 1024 - 10, 128 * 1024 - 1030, filler.length]) {
      expect(personalDataIn(`${filler.slice(0, at)} ${FNR} ${filler.slice(at)}`)).toBe('identity_number');
    }
    expect(personalDataIn(filler)).toBeNull();
    expect(personalDataIn('1.'.repeat(1_500_000))).toBeNull();
  });
});

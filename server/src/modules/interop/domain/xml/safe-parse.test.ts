import { describe, expect, it } from 'vitest';
import { parseDialogmelding } from './parse.js';
import { safeParseXml } from './safe-parse.js';
import { readSample } from './test-fixtures.js';

const LIMIT = { maxBytes: 10 * 1024 * 1024 };

function refused(input: Uint8Array | string, maxBytes = LIMIT.maxBytes) {
  const result = safeParseXml(input, { maxBytes });
  if (result.ok) {
    result.doc.dispose();
    throw new Error('expected the document to be refused');
  }
  return result;
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE MsgHead [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24"><MsgInfo><MsgId>&xxe;</MsgId></MsgInfo></MsgHead>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz a="&lol9;">&lol9;</lolz>`;

describe('safe XML parsing', () => {
  it('refuses an external entity (XXE) with T01, before libxml2 reads the declaration', () => {
    const result = refused(XXE);
    expect(result.error.code).toBe('T01');
    expect(result.reason).toBe('doctype');
    expect(result.error.text).toBe("Ikke XML / ikke 'well formed' / uleselig");
  });

  it('refuses entity expansion ("billion laughs") with T01, quickly', () => {
    const started = performance.now();
    const result = refused(BILLION_LAUGHS);
    expect(result.error.code).toBe('T01');
    expect(result.reason).toBe('doctype');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a DOCTYPE hidden after comments and processing instructions, in bytes and with a BOM', () => {
    const sneaky = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- hello --><?pi x?>\n<!DOCTYPE a SYSTEM "http://evil.example/a.dtd"><a/>`;
    expect(refused(Buffer.from(sneaky, 'utf8')).reason).toBe('doctype');
  });

  it('refuses text that is not XML, an empty body and whitespace only with T01', () => {
    expect(refused('Hei, dette er ikke XML').error).toMatchObject({ code: 'T01' });
    expect(refused(new Uint8Array()).reason).toBe('empty');
    expect(refused('   \n  ').error.code).toBe('T01');
    expect(refused('<MsgHead><unclosed></MsgHead>')).toMatchObject({ reason: 'malformed', error: { code: 'T01' } });
    expect(refused('<a xmlns:x="urn:x"><y:b/></a>').error.code).toBe('T01');
  });

  it('refuses encodings the prolog check cannot read (UTF-16, declared EBCDIC) with T01', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a/>', 'utf16le')]);
    expect(refused(utf16).reason).toBe('encoding');
    expect(refused('<?xml version="1.0" encoding="IBM037"?><a/>').reason).toBe('encoding');
  });

  it('refuses a message over the size limit with T99 before parsing (a 50 MB string against 10 MB)', () => {
    const huge = `<a>${'x'.repeat(50 * 1024 * 1024)}</a>`;
    const started = performance.now();
    const result = refused(huge);
    expect(result.reason).toBe('too_large');
    expect(result.error).toMatchObject({ code: 'T99', text: 'Annen feil på format' });
    expect(result.error.details).toMatch(/for stor/);
    expect(performance.now() - started).toBeLessThan(50);
    expect(refused(Buffer.from('<a>0123456789</a>'), 10).reason).toBe('too_large');
  });

  it('parses well-formed ISO-8859-1 bytes by their declaration, and a JS string as UTF-8 whatever it declares', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Brønnøysund</a>', 'latin1');
    const fromBytes = safeParseXml(latin1, LIMIT);
    expect(fromBytes.ok && fromBytes.doc.root.content).toBe('Brønnøysund');
    if (fromBytes.ok) fromBytes.doc.dispose();
    const fromString = safeParseXml('<?xml version="1.0" encoding="ISO-8859-1"?><a>Brønnøysund</a>', LIMIT);
    expect(fromString.ok && fromString.doc.root.content).toBe('Brønnøysund');
    if (fromString.ok) fromString.doc.dispose();
  });

  it('gives T01 from parseDialogmelding for each hostile or broken input, never an exception', () => {
    for (const input of [XXE, BILLION_LAUGHS, 'ikke xml', '', new Uint8Array([0, 1, 2, 3])]) {
      const result = parseDialogmelding(input, { allowSynthetic: false, maxBytes: LIMIT.maxBytes });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['T01']);
    }
    const tooLarge = parseDialogmelding(readSample('inbound', 'dialogmelding_dialog_notat_vedlegg.xml'), { allowSynthetic: false, maxBytes: 100_000 });
    expect(!tooLarge.ok && tooLarge.errors.map((e) => e.code)).toEqual(['T99']);
  });

  it('refuses a well-formed document that is not a dialogue message with T02, and an AppRec with T10', () => {
    const other = parseDialogmelding('<Something xmlns="urn:x"/>', { allowSynthetic: false, maxBytes: 1000 });
    expect(!other.ok && other.errors.map((e) => e.code)).toEqual(['T02']);
    const apprec = parseDialogmelding(readSample('apprec', 'apprecOK.xml'), { allowSynthetic: false, maxBytes: 100_000 });
    expect(!apprec.ok && apprec.errors.map((e) => e.code)).toEqual(['T10']);
  });
});

import type { XmlElement } from 'libxml2-wasm';
import type { Attachment, Body, CodedValue, HealthProfessional } from '../model.js';
import { appRecError, type AppRecErrorItem } from './apprec-errors.js';
import { NS } from './codes.js';
import { attr, child, children, rawText, trimmedText } from './dom.js';
import { readCodedValue } from './checks.js';
import { compact, readDialogProfessional } from './read-parties.js';

/** Description given to an attachment that has none (some EPJs leave it out). */
export const DEFAULT_ATTACHMENT_DESCRIPTION = 'Vedlegg';
export const DEFAULT_ATTACHMENT_MEDIA_TYPE = 'application/octet-stream';

export interface MsgHeadDocuments {
  /** RefDoc/Content of the first XML-instans document. */
  bodyContent?: XmlElement;
  /** The RefDoc of each attachment (MsgType A), in order. */
  attachments: XmlElement[];
  warnings: string[];
}

const msgTypeOf = (refDoc: XmlElement | undefined) => attr(child(refDoc, NS.msgHead, 'MsgType'), 'V')?.trim();

export function splitDocuments(msgHead: XmlElement): MsgHeadDocuments {
  const result: MsgHeadDocuments = { attachments: [], warnings: [] };
  for (const document of children(msgHead, NS.msgHead, 'Document')) {
    const refDoc = child(document, NS.msgHead, 'RefDoc');
    const type = msgTypeOf(refDoc);
    if (type === 'A') result.attachments.push(refDoc!);
    else if (type === 'XML' && !result.bodyContent) result.bodyContent = child(refDoc, NS.msgHead, 'Content');
    else result.warnings.push(`Document with RefDoc/MsgType "${type ?? ''}" ignored`);
  }
  return result;
}

export interface ReadBody {
  body: Body;
  /** Notat/Foresporsel as quoted in a Notat (answers quote the request they answer). */
  quoted?: { theme?: CodedValue; documentId?: string; text?: string };
  /** The HealthcareProfessional a RollerRelatertNotat names (chiropractors' systems put the sender there). */
  namedProfessional?: HealthProfessional;
  /** Theme as read; undefined when the element is missing or its S/V cannot be read. */
  theme?: CodedValue;
  warnings: string[];
}

/** The Dialogmelding body, or a T02 error when there is none to read. */
export function readBody(content: XmlElement | undefined): { ok: true; value: ReadBody } | { ok: false; error: AppRecErrorItem } {
  const dialogmelding = child(content, NS.dialog, 'Dialogmelding');
  if (!dialogmelding) return { ok: false, error: appRecError('T02', 'Meldingen mangler Dialogmelding (Document/RefDoc med MsgType XML og Content/Dialogmelding).') };
  const notater = children(dialogmelding, NS.dialog, 'Notat');
  const foresporsler = children(dialogmelding, NS.dialog, 'Foresporsel');
  const warnings: string[] = [];
  if (notater.length + foresporsler.length > 1) warnings.push('Dialogmelding has more than one Notat/Foresporsel; only the first is read');
  const notat = notater[0];
  const foresporsel = foresporsler[0];
  if (notat) {
    const themeElement = child(notat, NS.dialog, 'TemaKodet');
    const theme = readCodedValue(themeElement);
    const quotedElement = child(notat, NS.dialog, 'Foresporsel');
    const roles = readRoles(notat);
    return {
      ok: true,
      value: {
        theme,
        warnings,
        ...roles,
        quoted: quotedElement
          ? compact({
              theme: readCodedValue(child(quotedElement, NS.dialog, 'TypeForesp')),
              documentId: trimmedText(child(quotedElement, NS.dialog, 'DokIdForesp')),
              text: rawText(child(quotedElement, NS.dialog, 'Sporsmal')),
            })
          : undefined,
        body: compact({
          element: 'Notat' as const,
          // A missing theme is refused by checkTheme (T10), so this placeholder never reaches a caller.
          theme: theme ?? { list: 0, code: 0 },
          subject: rawText(child(notat, NS.dialog, 'Tema')),
          text: rawText(child(notat, NS.dialog, 'TekstNotatInnhold')) ?? '',
          documentId: trimmedText(child(notat, NS.dialog, 'DokIdNotat')),
          date: trimmedText(child(notat, NS.dialog, 'DatoNotat')),
          contactPerson: roles.contactPerson,
        }),
      },
    };
  }
  if (foresporsel) {
    const theme = readCodedValue(child(foresporsel, NS.dialog, 'TypeForesp'));
    const roles = readRoles(foresporsel);
    return {
      ok: true,
      value: {
        theme,
        warnings,
        ...roles,
        body: compact({
          element: 'Foresporsel' as const,
          theme: theme ?? { list: 0, code: 0 },
          text: rawText(child(foresporsel, NS.dialog, 'Sporsmal')) ?? '',
          reason: rawText(child(foresporsel, NS.dialog, 'Begrunnelse')),
          documentId: trimmedText(child(foresporsel, NS.dialog, 'DokIdForesp')),
          contactPerson: roles.contactPerson,
        }),
      },
    };
  }
  return { ok: false, error: appRecError('T02', 'Dialogmelding har verken Notat eller Foresporsel.') };
}

/** The first person a RollerRelatertNotat names, as a contact; a HealthcareProfessional there is also returned whole. */
function readRoles(parent: XmlElement): { contactPerson?: Body['contactPerson']; namedProfessional?: HealthProfessional } {
  for (const role of children(parent, NS.dialog, 'RollerRelatertNotat')) {
    const person = child(role, NS.dialog, 'Person');
    const professional = child(role, NS.dialog, 'HealthcareProfessional');
    const named = person ?? professional;
    if (!named) continue;
    const contact = compact({
      givenName: trimmedText(child(named, NS.dialog, 'GivenName')),
      familyName: trimmedText(child(named, NS.dialog, 'FamilyName')),
    });
    return compact({
      contactPerson: contact.givenName || contact.familyName ? contact : undefined,
      namedProfessional: professional ? readDialogProfessional(professional) : undefined,
    });
  }
  return {};
}

// Strict base64 after whitespace is removed: Buffer.from(…, 'base64') would silently skip junk.
// A flat character class plus the length rule says the same as quartets-then-padding, without a
// group iteration per four characters over megabytes of attachments.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
export const isStrictBase64 = (text: string) => text.length % 4 === 0 && BASE64_CHARS.test(text);

/** Attachments in order; a missing or malformed content is a T99 naming the attachment's position. */
export function readAttachments(refDocs: XmlElement[]): { attachments: Attachment[]; errors: AppRecErrorItem[] } {
  const attachments: Attachment[] = [];
  const errors: AppRecErrorItem[] = [];
  refDocs.forEach((refDoc, index) => {
    const position = index + 1;
    const description = trimmedText(child(refDoc, NS.msgHead, 'Description')) ?? DEFAULT_ATTACHMENT_DESCRIPTION;
    const label = `Vedlegg ${position} («${description.slice(0, 80)}»)`;
    if (child(refDoc, NS.msgHead, 'Compression')) {
      errors.push(appRecError('T99', `${label} er komprimert; komprimerte vedlegg støttes ikke.`));
      return;
    }
    const container = child(child(refDoc, NS.msgHead, 'Content'), NS.base64, 'Base64Container');
    if (!container) {
      errors.push(appRecError('T99', `${label} mangler innhold (Content/Base64Container).`));
      return;
    }
    const base64 = container.content.replace(/[\t\n\r ]+/g, '');
    if (!isStrictBase64(base64)) {
      errors.push(appRecError('T99', `${label} har ugyldig base64-innhold.`));
      return;
    }
    const decoded = Buffer.from(base64, 'base64');
    attachments.push({
      description,
      mediaType: trimmedText(child(refDoc, NS.msgHead, 'MimeType')) ?? DEFAULT_ATTACHMENT_MEDIA_TYPE,
      // A plain copy: Buffer.from may hand out a slice of a shared pool.
      content: new Uint8Array(decoded),
    });
  });
  return { attachments, errors };
}

import type { XmlElement } from 'libxml2-wasm';
import type { HealthProfessional, Organisation, Party } from '../model.js';
import { NS } from './codes.js';
import { attr, child, children, trimmedText } from './dom.js';

/**
 * Readers for the people and organisations in a MsgHead (and the Dialogmelding's own
 * HealthcareProfessional, whose Ident and TeleCom children are in the felleskomponent1
 * namespace). Identifier types are read from TypeId/@V only: real messages carry all sorts of
 * OIDs in TypeId/@S, so the OID says nothing reliable.
 */

const FK1 = 'http://www.kith.no/xmlstds/felleskomponent1';

/** Drops undefined properties, so parsed objects compare equal to the models they came from. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

interface IdentNamespaces {
  /** Namespace of the Ident / TeleCom elements themselves. */
  container: string;
  /** Namespace of their children (Id, TypeId, TeleAddress). */
  inner: string;
}

const MSGHEAD_IDENTS: IdentNamespaces = { container: NS.msgHead, inner: NS.msgHead };
const DIALOG_IDENTS: IdentNamespaces = { container: NS.dialog, inner: FK1 };

/** The first id of each type (TypeId/@V, upper-cased), in document order. */
export function readIdents(parent: XmlElement | undefined, ns: IdentNamespaces = MSGHEAD_IDENTS): Map<string, string> {
  const found = new Map<string, string>();
  for (const ident of children(parent, ns.container, 'Ident')) {
    const id = trimmedText(child(ident, ns.inner, 'Id'));
    const type = attr(child(ident, ns.inner, 'TypeId'), 'V')?.trim().toUpperCase();
    if (id && type && !found.has(type)) found.set(type, id);
  }
  return found;
}

function readPhone(parent: XmlElement, ns: IdentNamespaces): string | undefined {
  for (const telecom of children(parent, ns.container, 'TeleCom')) {
    const address = attr(child(telecom, ns.inner, 'TeleAddress'), 'V')?.trim();
    if (address) return address.replace(/^tel:/i, '');
  }
  return undefined;
}

function readProfessional(element: XmlElement, ns: IdentNamespaces): HealthProfessional {
  const idents = readIdents(element, ns);
  const own = ns.container;
  return compact({
    familyName: trimmedText(child(element, own, 'FamilyName')) ?? '',
    givenName: trimmedText(child(element, own, 'GivenName')),
    middleName: trimmedText(child(element, own, 'MiddleName')),
    hprNumber: idents.get('HPR'),
    herId: idents.get('HER'),
    fnr: idents.get('FNR') ?? idents.get('DNR'),
    phone: readPhone(element, ns),
    professionType: attr(child(element, own, 'TypeHealthcareProfessional'), 'V')?.trim() || undefined,
  });
}

/** A MsgHead HealthcareProfessional. */
export const readMsgHeadProfessional = (element: XmlElement) => readProfessional(element, MSGHEAD_IDENTS);

/** A Dialogmelding HealthcareProfessional (RollerRelatertNotat), with felleskomponent1 children. */
export const readDialogProfessional = (element: XmlElement) => readProfessional(element, DIALOG_IDENTS);

/**
 * Sender or Receiver: the top organisation, and the professional named directly under it or
 * under its one sub-organisation (a department), which is where GP systems put the doctor.
 */
export function readParty(partyElement: XmlElement | undefined): Party | undefined {
  const org = child(partyElement, NS.msgHead, 'Organisation');
  if (!org) return undefined;
  const name = trimmedText(child(org, NS.msgHead, 'OrganisationName'));
  const idents = readIdents(org);
  const organisation: Organisation = compact({ name: name ?? '', orgNumber: idents.get('ENH'), herId: idents.get('HER') });
  const professionalElement =
    child(org, NS.msgHead, 'HealthcareProfessional') ?? child(child(org, NS.msgHead, 'Organisation'), NS.msgHead, 'HealthcareProfessional');
  return compact({ organisation, professional: professionalElement ? readMsgHeadProfessional(professionalElement) : undefined });
}

export const hasOrganisationName = (partyElement: XmlElement | undefined) =>
  child(child(partyElement, NS.msgHead, 'Organisation'), NS.msgHead, 'OrganisationName') !== undefined;

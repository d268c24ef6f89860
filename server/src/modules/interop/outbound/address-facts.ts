import type { OutboundFacts } from '../domain/outbound.js';

/**
 * The receiving end of every outbound document, selected the same way whatever sends it: the GP
 * (`gp`), their office (`gpo`) and the patient (`z`). Queries join those three aliases and select
 * these columns; `receiverFacts` turns the row into the document's parts.
 */
export const RECEIVER_COLUMNS = [
  'gpo.name as gpo_name',
  'gpo.org_number as gpo_org_number',
  'gpo.her_ids as gpo_her_ids',
  'gp.given_name as gp_given_name',
  'gp.family_name as gp_family_name',
  'gp.hpr_number as gp_hpr',
  'gp.her_id as gp_her_id',
  'z.fnr',
  'z.given_name as z_given_name',
  'z.family_name as z_family_name',
] as const;

export interface ReceiverRow {
  gpo_name: string | null;
  gpo_org_number: string | null;
  gpo_her_ids: number[] | null;
  gp_given_name: string;
  gp_family_name: string;
  gp_hpr: string | number | null;
  gp_her_id: string | number | null;
  fnr: string;
  z_given_name: string;
  z_family_name: string;
}

/** An organisation's first HER-id, as the address register lists it. */
export const firstHer = (ids: number[] | null) => (ids && ids.length > 0 ? String(ids[0]) : null);

export function receiverFacts(row: ReceiverRow): Pick<OutboundFacts, 'gpOffice' | 'gp' | 'patient'> {
  return {
    gpOffice: row.gpo_name ? { name: row.gpo_name, orgNumber: row.gpo_org_number, herId: firstHer(row.gpo_her_ids) } : null,
    gp: { givenName: row.gp_given_name, familyName: row.gp_family_name, hprNumber: row.gp_hpr ? String(row.gp_hpr) : null, herId: row.gp_her_id ? String(row.gp_her_id) : null },
    patient: { fnr: row.fnr, givenName: row.z_given_name, familyName: row.z_family_name },
  };
}
